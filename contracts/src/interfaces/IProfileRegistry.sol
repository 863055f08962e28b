// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice Errors of the ProfileRegistry.
interface IProfileRegistryErrors {
    /// @notice The rollup-kind preference has bits outside `ANY_KIND` (bit 0 Optimistic, bit 1 ZK).
    error ProfileRegistryInvalidRollupKinds(uint8 rollupKinds);
    /// @notice The gas payment mode is inconsistent with its stablecoin and ERA share: ERA needs
    ///         no stablecoin and a zero share, Stablecoin needs a stablecoin and a zero share,
    ///         Split needs a stablecoin and an ERA share strictly between 0 and 10,000 bps.
    error ProfileRegistryInvalidGasPayment(uint8 mode, address stablecoin, uint16 eraShareBps);
    /// @notice The profile has more cross-chain rules than `MAX_RULES`.
    error ProfileRegistryTooManyRules(uint256 count, uint256 maximum);
    /// @notice Rule `ruleIndex` has no target rollups or more than `MAX_TARGETS`.
    error ProfileRegistryInvalidTargetCount(uint256 ruleIndex, uint256 count, uint256 maximum);
    /// @notice Rule `ruleIndex` lists target rollup `rollupId` out of order, twice, or as 0: targets
    ///         must be strictly increasing non-zero rollup ids.
    error ProfileRegistryInvalidTarget(uint256 ruleIndex, uint32 rollupId);
    /// @notice The admin given to the constructor is the zero address.
    error ProfileRegistryZeroAdmin();
    /// @notice The user whose profile is applied is the zero address.
    error ProfileRegistryZeroUser();
    /// @notice A profile is applied with config id 0, which means "set by the user".
    error ProfileRegistryZeroConfigId();
}

/// @notice Events of the ProfileRegistry.
interface IProfileRegistryEvents {
    /// @notice `user` set their own profile.
    event ProfileSet(address indexed user, uint8 rollupKinds, uint8 gasMode, uint256 ruleCount);
    /// @notice A profile writer (the ConfigMarket) applied version `version` of config `configId`
    ///         to `user`'s profile at the user's request.
    event ProfileApplied(address indexed user, uint256 indexed configId, uint32 version);
    /// @notice `user` deleted their profile.
    event ProfileCleared(address indexed user);
}

/// @title IProfileRegistry
/// @notice A user's personal chain profile, read by the keeper's intent router: which kinds of
///         rollup the user prefers, rules that spread a token balance over rollups once it passes
///         a threshold, and how the user pays gas. The user sets it, or the ConfigMarket applies a
///         configuration the user subscribed to.
interface IProfileRegistry is IProfileRegistryErrors, IProfileRegistryEvents {
    /// @notice How the user pays gas.
    enum GasPaymentMode {
        Era,
        Stablecoin,
        Split
    }

    /// @notice The gas payment mode with its parameters.
    /// @param mode ERA, one stablecoin, or a split between the two.
    /// @param stablecoin The stablecoin paid in modes Stablecoin and Split; zero in mode Era.
    /// @param eraShareBps In mode Split, the share of gas paid in ERA (the rest in the stablecoin),
    ///        strictly between 0 and 10,000; zero in the other modes.
    struct GasPayment {
        GasPaymentMode mode;
        address stablecoin;
        uint16 eraShareBps;
    }

    /// @notice An automatic cross-chain rule: when the user's balance of `token` on a rollup
    ///         exceeds `threshold`, the excess is spread over the `targets`.
    /// @param token The token; the zero address means the rollup's native coin.
    /// @param threshold The balance above which the rule acts.
    /// @param targets Target rollup ids (`RollupId` values; plain uint32 so that generated
    ///        bindings can encode the struct), strictly increasing, at most `MAX_TARGETS`.
    struct CrossChainRule {
        address token;
        uint256 threshold;
        uint32[] targets;
    }

    /// @notice A user's profile.
    /// @param rollupKinds Preferred rollup kinds as a bitmask: bit 0 Optimistic, bit 1 ZK; 0 means
    ///        no preference.
    /// @param gas The gas payment mode.
    /// @param rules At most `MAX_RULES` automatic cross-chain rules.
    struct Profile {
        uint8 rollupKinds;
        GasPayment gas;
        CrossChainRule[] rules;
    }

    /// @notice Where a profile came from: config 0 means the user set it themselves.
    struct ProfileSource {
        uint256 configId;
        uint32 version;
    }

    /// @notice Sets the caller's profile, replacing any previous one.
    /// @param profile The new profile; reverts unless `validateProfile` accepts it.
    function setProfile(Profile calldata profile) external;

    /// @notice Deletes the caller's profile.
    function clearProfile() external;

    /// @notice Sets `user`'s profile from a configuration; only a holder of `Roles.PROFILE_WRITER`
    ///         (the ConfigMarket, acting at the user's own request).
    /// @param user Whose profile to set.
    /// @param profile The configuration's profile.
    /// @param configId The configuration it came from (non-zero).
    /// @param version The configuration version it came from.
    function applyProfile(address user, Profile calldata profile, uint256 configId, uint32 version)
        external;

    /// @notice Reverts with the reason when `profile` is not a valid profile; returns otherwise.
    /// @param profile The profile to check.
    function validateProfile(Profile calldata profile) external pure;

    /// @notice `user`'s profile (all zero when none is set).
    /// @param user The user.
    function profileOf(address user) external view returns (Profile memory);

    /// @notice Which configuration `user`'s profile was applied from (config 0: set by the user).
    /// @param user The user.
    function profileSource(address user) external view returns (ProfileSource memory);
}

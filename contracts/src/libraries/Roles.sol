// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title Roles
/// @notice The access-control roles shared by every ERA Metalayer contract. Governance (the core
///         timelock once governance is deployed) holds `DEFAULT_ADMIN_ROLE` (0x00) of each
///         contract and grants the others; the deployer renounces everything at hand-over.
library Roles {
    /// @notice The keeper: rollup status, boost windows, redistribution, threshold lowering,
    ///         emergency channels. Always bounded by governance parameters.
    bytes32 internal constant KEEPER = keccak256("era.role.keeper");
    /// @notice Parameters that shard governance may change for rollups of its own domain (e.g.
    ///         a rollup's gas limit). Held by the core timelock and the shard executor.
    bytes32 internal constant PARAMETER = keccak256("era.role.parameter");
    /// @notice The security council: may veto emergency channels and passed shard proposals.
    bytes32 internal constant COUNCIL = keccak256("era.role.council");
    /// @notice Relays hub channel updates to a rollup's ChannelEndpoint.
    bytes32 internal constant RELAYER = keccak256("era.role.relayer");
    /// @notice Writes a user's profile on the user's behalf in the ProfileRegistry: held by the
    ///         ConfigMarket, which applies a subscribed configuration at the subscriber's request.
    bytes32 internal constant PROFILE_WRITER = keccak256("era.role.profile-writer");
}

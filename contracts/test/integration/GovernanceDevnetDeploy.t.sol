// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CoreGovernor} from "../../src/governance/CoreGovernor.sol";
import {EraTimelock} from "../../src/governance/EraTimelock.sol";
import {ShardGovernor} from "../../src/governance/ShardGovernor.sol";
import {IRollupRegistry, RollupKind} from "../../src/interfaces/IRollupRegistry.sol";
import {
    IShardGovernorErrors,
    ShardProposalState,
    ShardSettings
} from "../../src/interfaces/IShardGovernor.sol";
import {Roles} from "../../src/libraries/Roles.sol";
import {ComponentMarket} from "../../src/market/ComponentMarket.sol";
import {ConfigMarket} from "../../src/market/ConfigMarket.sol";
import {ProfileRegistry} from "../../src/market/ProfileRegistry.sol";
import {RollupRegistry} from "../../src/registry/RollupRegistry.sol";
import {RewardDistributor} from "../../src/staking/RewardDistributor.sol";
import {StakingHub} from "../../src/staking/StakingHub.sol";
import {EraToken} from "../../src/token/EraToken.sol";
import {RollupId} from "../../src/types/RollupId.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {Test} from "forge-std/Test.sol";
import {Vm} from "forge-std/Vm.sol";

/// @notice The exact deployment and hand-over sequence `era-deploy devnet` performs for the whole
///         hub suite with both governance layers (devnet-short periods), then the proof that the
///         deployer holds no role on any contract afterwards, and governance flows on the result:
///         core propose -> vote -> queue -> execute, a shard gas-limit change end to end, and a
///         core-layer veto of a passed shard proposal through a core proposal.
contract GovernanceDevnetDeployTest is Test {
    // Governance: devnet-short periods, in seconds (a real network: core 1 day / 7 days / 2 days
    // timelock, shard ~24 h voting).
    uint48 internal constant CORE_VOTING_DELAY = 1;
    uint32 internal constant CORE_VOTING_PERIOD = 60;
    uint256 internal constant CORE_PROPOSAL_THRESHOLD = 1000 ether;
    uint256 internal constant CORE_QUORUM_PERCENT = 1;
    uint48 internal constant CORE_VOTE_EXTENSION = 30;
    uint256 internal constant CORE_TIMELOCK_DELAY = 60;
    uint32 internal constant SHARD_VOTING_DELAY = 1;
    uint32 internal constant SHARD_VOTING_PERIOD = 60;
    uint16 internal constant SHARD_QUORUM_BPS = 2000;
    uint96 internal constant SHARD_PROPOSAL_THRESHOLD = 100 ether;
    // A domain's two stakers (1,000 ERA each) reach the floor together, one alone does not.
    uint96 internal constant SHARD_MIN_QUORUM = 1500 ether;
    uint256 internal constant SHARD_TIMELOCK_DELAY = 300;
    // The rest of the suite (placeholders; era-deploy owns these values).
    uint64 internal constant MAX_LOWERING = 1 hours;
    uint48 internal constant UNBONDING = 1 hours;
    uint64 internal constant EPOCH = 5 minutes;
    uint256 internal constant EMISSION = 1000 ether;
    uint16 internal constant FEE_BPS = 500;
    uint128 internal constant MIN_STAKE = 1000 ether;
    uint64 internal constant GAS_LIMIT = 30_000_000;
    // Seeding: each staker gets enough ERA that together their votes pass the 1% core quorum.
    uint256 internal constant STAKER_ERA = 5_000_000 ether;

    address internal deployer = makeAddr("deployer");
    address internal keeper = makeAddr("keeper");
    address internal reporter = makeAddr("reporter");
    address internal council = makeAddr("council");
    address[3] internal validators =
        [makeAddr("validator0"), makeAddr("validator1"), makeAddr("validator2")];
    address[4] internal stakers =
        [makeAddr("staker0"), makeAddr("staker1"), makeAddr("staker2"), makeAddr("staker3")];

    EraToken internal era;
    EraTimelock internal coreTimelock;
    CoreGovernor internal coreGovernor;
    RollupRegistry internal registry;
    StakingHub internal hub;
    RewardDistributor internal distributor;
    ProfileRegistry internal profiles;
    ConfigMarket internal configs;
    ComponentMarket internal components;
    EraTimelock internal shardTimelock;
    ShardGovernor internal shardGovernor;
    RollupId[3] internal rollups;

    Vm.Log[] internal deploymentLogs;

    function setUp() public {
        vm.warp(1_700_000_000);
        vm.recordLogs();
        _deploySuite();
        Vm.Log[] memory logs = vm.getRecordedLogs();
        for (uint256 i; i < logs.length; ++i) {
            deploymentLogs.push(logs[i]);
        }
        vm.warp(block.timestamp + 1);
    }

    /// @dev THE SEQUENCE. Every call is sent by the deployer; the numbers are the steps the Rust
    ///      deploy replicates.
    function _deploySuite() internal {
        address[] memory none = new address[](0);
        vm.startPrank(deployer);
        // -- Contracts, every admin the deployer until hand-over --------------------------------
        // 1. EraToken(holder = deployer)
        era = new EraToken(deployer);
        // 2. EraTimelock(minDelay, proposers = [], executors = [], admin = deployer): core timelock
        coreTimelock = new EraTimelock(CORE_TIMELOCK_DELAY, none, none, deployer);
        // 3. CoreGovernor(era, coreTimelock, votingDelay, votingPeriod, threshold, quorum%, ext.)
        coreGovernor = new CoreGovernor(
            era,
            coreTimelock,
            CORE_VOTING_DELAY,
            CORE_VOTING_PERIOD,
            CORE_PROPOSAL_THRESHOLD,
            CORE_QUORUM_PERCENT,
            CORE_VOTE_EXTENSION
        );
        // 4. RollupRegistry(admin = deployer, maxLoweringDuration)
        registry = new RollupRegistry(deployer, MAX_LOWERING);
        // 5. StakingHub(admin = deployer, era, registry, slashRecipient = coreTimelock, ...)
        hub = new StakingHub(
            deployer, era, IRollupRegistry(address(registry)), address(coreTimelock), UNBONDING, 0
        );
        // 6. RewardDistributor(admin = deployer, era, registry, hub, epoch, genesis 0, emission)
        distributor = new RewardDistributor(
            deployer, era, IRollupRegistry(address(registry)), hub, EPOCH, 0, EMISSION
        );
        // 7. ProfileRegistry(admin = deployer)
        profiles = new ProfileRegistry(deployer);
        // 8. ConfigMarket(era, profiles, treasury = coreTimelock, admin = deployer, fee, period)
        configs = new ConfigMarket(era, profiles, address(coreTimelock), deployer, FEE_BPS, 30 days);
        // 9. ComponentMarket(era, treasury = coreTimelock, admin = deployer, fee)
        components = new ComponentMarket(era, address(coreTimelock), deployer, FEE_BPS);
        // 10. EraTimelock(minDelay, [], [], admin = deployer): shard timelock
        shardTimelock = new EraTimelock(SHARD_TIMELOCK_DELAY, none, none, deployer);
        // 11. ShardGovernor(admin = deployer, hub, registry, shardTimelock, delay, period, quorum,
        //     threshold, quorum floor)
        shardGovernor = new ShardGovernor(
            deployer,
            hub,
            IRollupRegistry(address(registry)),
            shardTimelock,
            SHARD_VOTING_DELAY,
            SHARD_VOTING_PERIOD,
            SHARD_QUORUM_BPS,
            SHARD_PROPOSAL_THRESHOLD,
            SHARD_MIN_QUORUM
        );

        // -- Wiring ----------------------------------------------------------------------------
        // 12. Core timelock: the core governor proposes, cancels and executes.
        coreTimelock.grantRole(coreTimelock.PROPOSER_ROLE(), address(coreGovernor));
        coreTimelock.grantRole(coreTimelock.CANCELLER_ROLE(), address(coreGovernor));
        coreTimelock.grantRole(coreTimelock.EXECUTOR_ROLE(), address(coreGovernor));
        // 13. Shard timelock: the shard governor proposes and executes; the core timelock and
        //     the council cancel (veto).
        shardTimelock.grantRole(shardTimelock.PROPOSER_ROLE(), address(shardGovernor));
        shardTimelock.grantRole(shardTimelock.EXECUTOR_ROLE(), address(shardGovernor));
        shardTimelock.grantRole(shardTimelock.CANCELLER_ROLE(), address(coreTimelock));
        shardTimelock.grantRole(shardTimelock.CANCELLER_ROLE(), council);
        // 14. Registry: the keeper; PARAMETER for the shard timelock (and the core timelock).
        registry.grantRole(Roles.KEEPER, keeper);
        registry.grantRole(Roles.PARAMETER, address(shardTimelock));
        registry.grantRole(Roles.PARAMETER, address(coreTimelock));
        // 15. Hub <- distributor; reporters (M = 1).
        hub.setRewardDistributor(address(distributor));
        distributor.addReporter(reporter);
        distributor.setThreshold(1);
        // 16. The ConfigMarket writes profiles.
        profiles.grantRole(Roles.PROFILE_WRITER, address(configs));
        // 17. Rollups (domains 1, 1, 2 here).
        rollups[0] =
            registry.registerRollup(31_338, RollupKind.Optimistic, 1, MIN_STAKE, 0, GAS_LIMIT);
        rollups[1] = registry.registerRollup(31_339, RollupKind.ZK, 1, MIN_STAKE, 0, GAS_LIMIT);
        rollups[2] = registry.registerRollup(31_340, RollupKind.ZK, 2, MIN_STAKE, 0, GAS_LIMIT);
        // 18. Shard layer: copy rollup domains (permissionless) and allow-list the gas limit
        //     (argument 0 is the RollupId: mask 0x01).
        shardGovernor.syncRollups();
        shardGovernor.allowCall(address(registry), IRollupRegistry.setGasLimit.selector, 0x01);

        // -- Hand-over: the core timelock becomes admin of everything, the deployer renounces ----
        // 19. grantRole(DEFAULT_ADMIN_ROLE, coreTimelock) on every AccessControl contract (the
        //     core timelock administers itself already).
        bytes32 adminRole = registry.DEFAULT_ADMIN_ROLE();
        IAccessControl[8] memory handed = _handedOver();
        for (uint256 i; i < handed.length; ++i) {
            handed[i].grantRole(adminRole, address(coreTimelock));
        }
        // 20. renounceRole(DEFAULT_ADMIN_ROLE, deployer) on the same contracts and the core
        //     timelock.
        for (uint256 i; i < handed.length; ++i) {
            handed[i].renounceRole(adminRole, deployer);
        }
        coreTimelock.renounceRole(adminRole, deployer);

        // -- Seeding (no privileges involved) --------------------------------------------------
        // 21. Validators and stakers get ERA; stakers self-delegate their votes for core
        //     governance. Validators register with MIN_STAKE; stakers stake 1,000 ERA.
        for (uint256 i; i < validators.length; ++i) {
            era.transfer(validators[i], MIN_STAKE);
        }
        for (uint256 i; i < stakers.length; ++i) {
            era.transfer(stakers[i], STAKER_ERA);
        }
        // 22. The rest of the supply goes to the treasury: the core timelock.
        era.transfer(address(coreTimelock), era.balanceOf(deployer));
        vm.stopPrank();

        for (uint256 i; i < validators.length; ++i) {
            vm.startPrank(validators[i]);
            era.approve(address(hub), MIN_STAKE);
            hub.registerValidator(rollups[i], 1000, MIN_STAKE);
            vm.stopPrank();
        }
        for (uint256 i; i < stakers.length; ++i) {
            vm.startPrank(stakers[i]);
            era.delegate(stakers[i]);
            era.approve(address(hub), 1000 ether);
            // Stakers 0 and 1 in domain 1, 2 and 3 in domain 2.
            hub.delegate(validators[i < 2 ? i : 2], 1000 ether);
            vm.stopPrank();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Hand-over
    // ------------------------------------------------------------------------------------------

    /// @dev Every role granted to the deployer during deployment is gone, on every contract that
    ///      emitted a RoleGranted; and no contract lets the deployer hold any known role.
    function test_handOver_deployerHoldsNoRole() public view {
        bytes32 granted = IAccessControl.RoleGranted.selector;
        uint256 grantsToDeployer;
        for (uint256 i; i < deploymentLogs.length; ++i) {
            Vm.Log memory log = deploymentLogs[i];
            if (log.topics[0] != granted) continue;
            assertTrue(_isAccessControlled(log.emitter), "RoleGranted from an unlisted contract");
            address account = address(uint160(uint256(log.topics[2])));
            if (account != deployer) continue;
            ++grantsToDeployer;
            assertFalse(
                IAccessControl(log.emitter).hasRole(log.topics[1], deployer), "deployer kept a role"
            );
        }
        // The deployer was admin of all nine access-controlled contracts.
        assertEq(grantsToDeployer, 9);

        IAccessControl[9] memory all = _accessControlled();
        bytes32[9] memory roles = _knownRoles();
        for (uint256 c; c < all.length; ++c) {
            assertTrue(all[c].hasRole(bytes32(0), address(coreTimelock)), "core timelock admin");
            for (uint256 r; r < roles.length; ++r) {
                assertFalse(all[c].hasRole(roles[r], deployer), "deployer holds a role");
            }
        }
        // The core governor has no roles: only its timelock acts for it.
        assertEq(coreGovernor.timelock(), address(coreTimelock));
        // The deployer holds no ERA and no votes.
        assertEq(era.balanceOf(deployer), 0);
        assertEq(era.getVotes(deployer), 0);
    }

    function test_handOver_deployerCannotAdminister() public {
        bytes32 adminRole = bytes32(0);
        vm.startPrank(deployer);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, deployer, adminRole
            )
        );
        registry.registerRollup(1, RollupKind.ZK, 1, MIN_STAKE, 0, GAS_LIMIT);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, deployer, adminRole
            )
        );
        shardGovernor.allowCall(address(hub), bytes4(0x12345678), 1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, deployer, Roles.PARAMETER
            )
        );
        registry.setGasLimit(rollups[0], GAS_LIMIT);
        vm.stopPrank();
    }

    // ------------------------------------------------------------------------------------------
    // Flows on the devnet suite
    // ------------------------------------------------------------------------------------------

    /// @dev Core governance registers a rollup in domain 2 (propose -> vote -> queue -> execute);
    ///      domain 2's stakers then raise its gas limit through the shard layer.
    function test_devnet_coreRegistersRollup_shardSetsItsGasLimit() public {
        bytes memory register = abi.encodeCall(
            IRollupRegistry.registerRollup,
            (31_341, RollupKind.Optimistic, 2, MIN_STAKE, 0, GAS_LIMIT)
        );
        _coreExecute(address(registry), register, "Register rollup 31341 in domain 2");
        RollupId fresh = registry.rollupIdOf(31_341);
        assertEq(registry.domainOf(fresh), 2);
        shardGovernor.syncRollups();

        (address[] memory targets, bytes[] memory calldatas) = _gasLimit(fresh, 60_000_000);
        uint256 id = _passShard(stakers[2], 2, targets, calldatas, "Rollup 31341 to 60M gas");
        vm.warp(block.timestamp + SHARD_TIMELOCK_DELAY);
        shardGovernor.execute(2, targets, calldatas, keccak256("Rollup 31341 to 60M gas"));
        assertEq(registry.getRollup(fresh).gasLimit, 60_000_000);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Executed));
    }

    /// @dev A shard proposal passes and is queued; the core layer vetoes it through a core
    ///      proposal that cancels the shard timelock operation before it becomes executable.
    function test_devnet_coreProposalVetoesPassedShardProposal() public {
        (address[] memory targets, bytes[] memory calldatas) = _gasLimit(rollups[0], 50_000_000);
        uint256 id = _passShard(stakers[0], 1, targets, calldatas, "Rollup 31338 to 50M gas");
        bytes32 operation = shardGovernor.proposalOperation(id);
        uint256 readyAt = shardTimelock.getTimestamp(operation);

        _coreExecute(
            address(shardTimelock),
            abi.encodeCall(shardTimelock.cancel, (operation)),
            "Veto shard proposal: 50M is unsafe"
        );
        assertLt(block.timestamp, readyAt, "the core flow fits in the shard timelock delay");
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Vetoed));
        vm.warp(readyAt);
        vm.expectRevert(
            abi.encodeWithSelector(
                IShardGovernorErrors.ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Vetoed,
                ShardProposalState.Queued
            )
        );
        shardGovernor.execute(1, targets, calldatas, keccak256("Rollup 31338 to 50M gas"));
        assertEq(registry.getRollup(rollups[0]).gasLimit, GAS_LIMIT);
    }

    /// @dev On the devnet's first day no domain had stake when the day began, so the quorum
    ///      share is 0 and the floor is the quorum: one staker's 1,000 ERA for are Defeated (no
    ///      one against), while both domain stakers' 2,000 pass.
    function test_devnet_shardVoteBelowFloorDefeatedOnFirstDay() public {
        (address[] memory targets, bytes[] memory calldatas) = _gasLimit(rollups[0], 50_000_000);
        vm.prank(stakers[0]);
        uint256 id = shardGovernor.propose(1, targets, calldatas, "Rollup 31338 to 50M gas");
        (, uint48 voteStart, uint48 voteEnd,,) = shardGovernor.proposal(id);
        vm.warp(uint256(voteStart) + 1);
        assertEq(hub.getTotalDomainStakeAtPeriodStart(1, voteStart), 0, "first day");
        assertEq(shardGovernor.proposalQuorum(id), SHARD_MIN_QUORUM);
        vm.prank(stakers[0]);
        shardGovernor.castVote(id, 1);
        vm.warp(uint256(voteEnd) + 1);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Defeated));
        vm.expectRevert(
            abi.encodeWithSelector(
                IShardGovernorErrors.ShardGovernorUnexpectedState.selector,
                id,
                ShardProposalState.Defeated,
                ShardProposalState.Succeeded
            )
        );
        shardGovernor.queue(1, targets, calldatas, keccak256("Rollup 31338 to 50M gas"));

        uint256 passed = _passShard(stakers[0], 1, targets, calldatas, "Both stakers: 50M gas");
        assertEq(uint8(shardGovernor.state(passed)), uint8(ShardProposalState.Queued));
    }

    /// @dev Core governance tightens the shard settings and appoints a new council: the old one
    ///      can no longer veto, the new one can.
    function test_devnet_coreAppointsCouncilAndSetsShardSettings() public {
        address newCouncil = makeAddr("newCouncil");
        bytes32 canceller = shardTimelock.CANCELLER_ROLE();
        _coreExecute(
            address(shardTimelock),
            abi.encodeCall(IAccessControl.revokeRole, (canceller, council)),
            "Retire council"
        );
        _coreExecute(
            address(shardTimelock),
            abi.encodeCall(IAccessControl.grantRole, (canceller, newCouncil)),
            "Appoint council"
        );
        _coreExecute(
            address(shardGovernor),
            abi.encodeCall(
                ShardGovernor.setSettings, (ShardSettings(1, 120, 3000, 200 ether, 2000 ether))
            ),
            "Shard settings"
        );
        assertEq(shardGovernor.settings().quorumBps, 3000);
        assertEq(shardGovernor.settings().minQuorum, 2000 ether);

        (address[] memory targets, bytes[] memory calldatas) = _gasLimit(rollups[1], 40_000_000);
        uint256 id = _passShard(stakers[1], 1, targets, calldatas, "Rollup 31339 to 40M gas");
        bytes32 operation = shardGovernor.proposalOperation(id);
        vm.prank(council);
        vm.expectRevert(
            abi.encodeWithSelector(
                IAccessControl.AccessControlUnauthorizedAccount.selector, council, canceller
            )
        );
        shardTimelock.cancel(operation);
        vm.prank(newCouncil);
        shardTimelock.cancel(operation);
        assertEq(uint8(shardGovernor.state(id)), uint8(ShardProposalState.Vetoed));
    }

    // ------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------

    function _handedOver() internal view returns (IAccessControl[8] memory) {
        return [
            IAccessControl(address(registry)),
            IAccessControl(address(hub)),
            IAccessControl(address(distributor)),
            IAccessControl(address(profiles)),
            IAccessControl(address(configs)),
            IAccessControl(address(components)),
            IAccessControl(address(shardGovernor)),
            IAccessControl(address(shardTimelock))
        ];
    }

    function _accessControlled() internal view returns (IAccessControl[9] memory all) {
        IAccessControl[8] memory handed = _handedOver();
        for (uint256 i; i < handed.length; ++i) {
            all[i] = handed[i];
        }
        all[8] = IAccessControl(address(coreTimelock));
    }

    function _isAccessControlled(address emitter) internal view returns (bool) {
        IAccessControl[9] memory all = _accessControlled();
        for (uint256 i; i < all.length; ++i) {
            if (address(all[i]) == emitter) return true;
        }
        return false;
    }

    function _knownRoles() internal view returns (bytes32[9] memory) {
        return [
            bytes32(0),
            Roles.KEEPER,
            Roles.PARAMETER,
            Roles.COUNCIL,
            Roles.RELAYER,
            Roles.PROFILE_WRITER,
            coreTimelock.PROPOSER_ROLE(),
            coreTimelock.EXECUTOR_ROLE(),
            coreTimelock.CANCELLER_ROLE()
        ];
    }

    function _gasLimit(RollupId id, uint64 gasLimit)
        internal
        view
        returns (address[] memory targets, bytes[] memory calldatas)
    {
        targets = new address[](1);
        calldatas = new bytes[](1);
        targets[0] = address(registry);
        calldatas[0] = abi.encodeCall(IRollupRegistry.setGasLimit, (id, gasLimit));
    }

    /// @dev Proposes in `domain`, every staker with stake there votes for, and queues.
    function _passShard(
        address proposer,
        uint32 domain,
        address[] memory targets,
        bytes[] memory calldatas,
        string memory description
    ) internal returns (uint256 id) {
        vm.prank(proposer);
        id = shardGovernor.propose(domain, targets, calldatas, description);
        (, uint48 voteStart, uint48 voteEnd,,) = shardGovernor.proposal(id);
        vm.warp(uint256(voteStart) + 1);
        for (uint256 i; i < stakers.length; ++i) {
            if (shardGovernor.getVotes(stakers[i], domain, voteStart) == 0) continue;
            vm.prank(stakers[i]);
            shardGovernor.castVote(id, 1);
        }
        vm.warp(uint256(voteEnd) + 1);
        shardGovernor.queue(domain, targets, calldatas, keccak256(bytes(description)));
    }

    /// @dev A one-call core proposal, passed by every staker's ERA votes (20M, 2% of supply).
    function _coreExecute(address target, bytes memory data, string memory description) internal {
        address[] memory targets = new address[](1);
        uint256[] memory values = new uint256[](1);
        bytes[] memory calldatas = new bytes[](1);
        targets[0] = target;
        calldatas[0] = data;
        vm.prank(stakers[0]);
        uint256 id = coreGovernor.propose(targets, values, calldatas, description);
        vm.warp(coreGovernor.proposalSnapshot(id) + 1);
        for (uint256 i; i < stakers.length; ++i) {
            vm.prank(stakers[i]);
            coreGovernor.castVote(id, 1);
        }
        vm.warp(coreGovernor.proposalDeadline(id) + 1);
        bytes32 descriptionHash = keccak256(bytes(description));
        coreGovernor.queue(targets, values, calldatas, descriptionHash);
        vm.warp(coreGovernor.proposalEta(id));
        coreGovernor.execute(targets, values, calldatas, descriptionHash);
        assertEq(uint8(coreGovernor.state(id)), uint8(IGovernor.ProposalState.Executed));
    }
}

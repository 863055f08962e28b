//! Contract names, as the deployment manifest keys them (the Solidity contract names in
//! `contracts/src`, except the two timelocks, which are named by what they guard).

/// EraTimelock owned by the CoreGovernor.
pub const CORE_TIMELOCK: &str = "CoreTimelock";
/// EraToken.
pub const ERA_TOKEN: &str = "EraToken";
/// RollupRegistry.
pub const ROLLUP_REGISTRY: &str = "RollupRegistry";
/// StakingHub.
pub const STAKING_HUB: &str = "StakingHub";
/// RewardDistributor.
pub const REWARD_DISTRIBUTOR: &str = "RewardDistributor";
/// ElasticPool.
pub const ELASTIC_POOL: &str = "ElasticPool";
/// EmergencyChannels.
pub const EMERGENCY_CHANNELS: &str = "EmergencyChannels";
/// ProfileRegistry.
pub const PROFILE_REGISTRY: &str = "ProfileRegistry";
/// ConfigMarket.
pub const CONFIG_MARKET: &str = "ConfigMarket";
/// ComponentMarket.
pub const COMPONENT_MARKET: &str = "ComponentMarket";
/// CoreGovernor.
pub const CORE_GOVERNOR: &str = "CoreGovernor";
/// EraTimelock owned by the ShardGovernor.
pub const SHARD_TIMELOCK: &str = "ShardTimelock";
/// ShardGovernor.
pub const SHARD_GOVERNOR: &str = "ShardGovernor";
/// The contract on each rollup chain that mirrors the hub's emergency channels.
pub const CHANNEL_ENDPOINT: &str = "ChannelEndpoint";

/// The hub contracts the keeper cannot run without.
pub const KEEPER_REQUIRED: [&str; 3] = [ROLLUP_REGISTRY, STAKING_HUB, REWARD_DISTRIBUTOR];
/// The hub contracts that enable the keeper's optional strategies.
pub const KEEPER_OPTIONAL: [&str; 2] = [ELASTIC_POOL, EMERGENCY_CHANNELS];

/// The hub contracts whose admin role the deployment hands to the core timelock (the core
/// timelock administers itself).
pub const HANDED_TO_CORE_TIMELOCK: [&str; 10] = [
    ROLLUP_REGISTRY,
    STAKING_HUB,
    REWARD_DISTRIBUTOR,
    ELASTIC_POOL,
    EMERGENCY_CHANNELS,
    PROFILE_REGISTRY,
    CONFIG_MARKET,
    COMPONENT_MARKET,
    SHARD_GOVERNOR,
    SHARD_TIMELOCK,
];

/// Every hub contract the devnet deploys, in deployment order.
pub const HUB_SUITE: [&str; 13] = [
    CORE_TIMELOCK,
    ERA_TOKEN,
    ROLLUP_REGISTRY,
    STAKING_HUB,
    REWARD_DISTRIBUTOR,
    ELASTIC_POOL,
    EMERGENCY_CHANNELS,
    PROFILE_REGISTRY,
    CONFIG_MARKET,
    COMPONENT_MARKET,
    CORE_GOVERNOR,
    SHARD_TIMELOCK,
    SHARD_GOVERNOR,
];

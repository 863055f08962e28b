//! The RewardDistributor's EIP-712 domain (`EIP712("EraRewardDistributor", "1")`).

use alloy::{
    primitives::Address,
    sol_types::{eip712_domain, Eip712Domain},
};

/// The EIP-712 domain name of the RewardDistributor.
pub const REPORT_DOMAIN_NAME: &str = "EraRewardDistributor";
/// The EIP-712 domain version of the RewardDistributor.
pub const REPORT_DOMAIN_VERSION: &str = "1";

/// The domain traffic reports are signed in, for the distributor at `verifying_contract` on the
/// hub chain `chain_id`.
pub fn report_domain(chain_id: u64, verifying_contract: Address) -> Eip712Domain {
    eip712_domain! {
        name: REPORT_DOMAIN_NAME,
        version: REPORT_DOMAIN_VERSION,
        chain_id: chain_id,
        verifying_contract: verifying_contract,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name and version are the ones the contract passes to OpenZeppelin's EIP712.
    #[test]
    fn domain_matches_the_contract() {
        let source = include_str!("../../contracts/src/staking/RewardDistributor.sol");
        assert!(
            source.contains(&format!("EIP712(\"{REPORT_DOMAIN_NAME}\", \"{REPORT_DOMAIN_VERSION}\")")),
            "RewardDistributor.sol does not declare EIP712(\"{REPORT_DOMAIN_NAME}\", \"{REPORT_DOMAIN_VERSION}\")"
        );
        let domain = report_domain(31337, Address::repeat_byte(9));
        assert_eq!(domain.chain_id, Some(alloy::primitives::U256::from(31337)));
        assert_eq!(domain.verifying_contract, Some(Address::repeat_byte(9)));
    }
}

//! Whether a block an endpoint returned can be true of the chain, before it counts.
//!
//! One lying (or broken) endpoint must not move funds or status: a block whose gas used is above
//! its gas limit, whose base fee rose faster than the chain's fee rule allows since the last
//! block the keeper accepted, or whose timestamp goes back from its parent's, is suspect data.
//! The checks are against the last accepted block only, so an endpoint that lies consistently
//! and slowly (a base fee that climbs at the fee rule's maximum, as a real surge does) passes
//! them: they stop crude lies, not a patient liar.

use crate::observation::Head;

/// The most blocks over which a base-fee bound is compounded; beyond it the bound is not
/// checked (after 64 blocks at 12.5% a block, it is above 1,800 times the old fee anyway).
const MAX_COMPOUNDED_BLOCKS: u64 = 64;

/// What a chain's rules allow from one block to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlausibilityRules {
    /// The base fee rises at most this much per block, in bps (EIP-1559: 1/8 = 1,250).
    pub max_base_fee_rise_bps: u64,
}

impl Default for PlausibilityRules {
    fn default() -> Self {
        Self { max_base_fee_rise_bps: 1_250 }
    }
}

impl PlausibilityRules {
    /// Ok when `head` can follow `last` (the last block accepted, if any); otherwise why not.
    pub fn check(&self, last: Option<&Head>, head: &Head) -> Result<(), String> {
        if head.gas_used > head.gas_limit {
            return Err(format!(
                "block {}: gas used {} is above its gas limit {}",
                head.number, head.gas_used, head.gas_limit
            ));
        }
        let Some(last) = last else { return Ok(()) };
        if head.number <= last.number {
            return Ok(());
        }
        let is_child = head.number == last.number + 1 && head.parent_hash == last.hash;
        if is_child && head.timestamp < last.timestamp {
            return Err(format!(
                "block {}: timestamp {} is before its parent's {}",
                head.number, head.timestamp, last.timestamp
            ));
        }
        if let (Some(fee), Some(last_fee)) = (head.base_fee_per_gas, last.base_fee_per_gas) {
            // Across a reorg the common ancestor may be a few blocks back: allow 8 more.
            let blocks = head.number - last.number + if is_child { 0 } else { 8 };
            if let Some(max) = self.max_base_fee_after(last_fee, blocks) {
                if fee > max {
                    return Err(format!(
                        "block {}: base fee {fee} is above {max}, the most the fee rule allows \
                         {blocks} block(s) after block {} at {last_fee}",
                        head.number, last.number
                    ));
                }
            }
        }
        Ok(())
    }

    /// The highest base fee `blocks` blocks after one at `fee`, rounded up by one wei a block
    /// (the fee rule rounds its delta up to at least 1); None when not bounded.
    fn max_base_fee_after(&self, fee: u64, blocks: u64) -> Option<u64> {
        if blocks > MAX_COMPOUNDED_BLOCKS {
            return None;
        }
        let mut max = u128::from(fee);
        for _ in 0..blocks {
            max += max * u128::from(self.max_base_fee_rise_bps) / 10_000 + 1;
            if max >= u128::from(u64::MAX) {
                return None;
            }
        }
        Some(max as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloy::primitives::B256;

    fn block(number: u64, fee: u64, gas_used: u64) -> Head {
        Head {
            number,
            hash: B256::with_last_byte(number as u8),
            parent_hash: B256::with_last_byte(number.wrapping_sub(1) as u8),
            timestamp: 1_000 + number,
            base_fee_per_gas: Some(fee),
            gas_used,
            gas_limit: 30_000_000,
            tx_count: 1,
        }
    }

    #[test]
    fn a_real_eip1559_rise_passes() {
        let rules = PlausibilityRules::default();
        let parent = block(10, 1_000_000_000, 30_000_000);
        // A full block raises the fee by exactly 1/8.
        assert_eq!(rules.check(Some(&parent), &block(11, 1_125_000_000, 0)), Ok(()));
        // A tiny fee rises by at least 1 wei.
        assert_eq!(rules.check(Some(&block(10, 7, 0)), &block(11, 8, 0)), Ok(()));
        // Falls are always plausible.
        assert_eq!(rules.check(Some(&parent), &block(11, 1, 0)), Ok(()));
    }

    #[test]
    fn the_lying_endpoints_base_fee_is_suspect() {
        let rules = PlausibilityRules::default();
        let parent = block(10, 1_000_000_000, 0);
        let lie = block(11, i64::MAX as u64, 30_000_000);
        let reason = rules.check(Some(&parent), &lie).unwrap_err();
        assert!(reason.contains("base fee 9223372036854775807 is above 1125000001"), "{reason}");
        // Just above the rule's bound is suspect too.
        assert!(rules.check(Some(&parent), &block(11, 1_125_000_002, 0)).is_err());
        // Three blocks later (not its child), the bound compounds over 3 + 8 blocks:
        // 1.125^11 = 3.65 times.
        assert!(rules.check(Some(&parent), &block(13, 3_700_000_000, 0)).is_err());
        assert_eq!(rules.check(Some(&parent), &block(13, 3_600_000_000, 0)), Ok(()));
    }

    #[test]
    fn gas_used_above_the_limit_is_suspect() {
        let rules = PlausibilityRules::default();
        let reason = rules.check(None, &block(1, 1, 60_000_000)).unwrap_err();
        assert!(reason.contains("gas used 60000000 is above its gas limit 30000000"), "{reason}");
    }

    #[test]
    fn a_timestamp_before_the_parents_is_suspect() {
        let rules = PlausibilityRules::default();
        let parent = block(10, 100, 0);
        let mut child = block(11, 100, 0);
        child.timestamp = parent.timestamp - 1;
        assert!(rules.check(Some(&parent), &child).unwrap_err().contains("before its parent"));
    }

    #[test]
    fn a_reorg_gets_slack_and_a_far_gap_is_not_bounded() {
        let rules = PlausibilityRules::default();
        let last = block(10, 1_000, 0);
        // Not the parent (another branch): the bound compounds over 1 + 8 blocks.
        let mut other_branch = block(11, 2_500, 0);
        other_branch.parent_hash = B256::repeat_byte(0xee);
        assert_eq!(rules.check(Some(&last), &other_branch), Ok(()));
        // A block far ahead (after a skipped gap) is not bounded.
        assert_eq!(rules.check(Some(&last), &block(200, u64::MAX / 2, 0)), Ok(()));
        // A block at or below the last one is the tracker's business, not a lie.
        assert_eq!(rules.check(Some(&last), &block(9, u64::MAX / 2, 0)), Ok(()));
    }
}

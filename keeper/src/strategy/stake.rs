//! Validator shortage and stake concentration, computed from the hub's stake per rollup.

use alloy::primitives::U256;

use crate::observation::RollupId;

/// What the hub says about one rollup's validators and pool allocation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RollupStake {
    /// The rollup.
    pub rollup_id: RollupId,
    /// Stake of each active validator of the rollup.
    pub validator_stakes: Vec<U256>,
    /// The rollup's base minimum validator stake.
    pub base_minimum: u128,
    /// The lowest the minimum may be lowered to.
    pub threshold_floor: u128,
    /// Whether a temporary lowering is already in force.
    pub threshold_lowered: bool,
    /// ElasticPool stake currently allocated to the rollup.
    pub pool_allocation: U256,
}

/// How concentrated a rollup's stake is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Concentration {
    /// The largest validator's share, in basis points.
    pub top_share_bps: u32,
    /// Herfindahl-Hirschman index in basis points (10000 = a single validator).
    pub hhi_bps: u32,
}

/// Concentration of a set of stakes; `None` when there is no stake at all.
pub fn concentration(stakes: &[U256]) -> Option<Concentration> {
    let total = stakes.iter().fold(U256::ZERO, |sum, s| sum.saturating_add(*s));
    if total.is_zero() {
        return None;
    }
    let bps = U256::from(10_000u64);
    let top = stakes.iter().max().copied().unwrap_or_default();
    let top_share_bps = top * bps / total;
    // Σ (s / total)² in bps = Σ s² · 10000 / total²; fits U256 for any realistic stake.
    let squares = stakes.iter().fold(U256::ZERO, |sum, s| sum.saturating_add(s.saturating_mul(*s)));
    let hhi_bps = squares.saturating_mul(bps) / total.saturating_mul(total);
    Some(Concentration { top_share_bps: top_share_bps.to(), hhi_bps: hhi_bps.to() })
}

/// The temporary minimum: `percent` of the base minimum (the hub enforces the floor).
pub fn lowered_minimum(base_minimum: u128, percent: u8) -> u128 {
    base_minimum / 100 * u128::from(percent) + base_minimum % 100 * u128::from(percent) / 100
}

/// Whether a rollup has fewer validators than needed and no lowering in force yet.
pub fn is_short_of_validators(stake: &RollupStake, min_validators: u32) -> bool {
    !stake.threshold_lowered && (stake.validator_stakes.len() as u64) < u64::from(min_validators)
}

/// Whether a concentration exceeds either bound.
pub fn is_concentrated(c: Concentration, max_top_share_bps: u16, max_hhi_bps: u16) -> bool {
    c.top_share_bps > u32::from(max_top_share_bps) || c.hhi_bps > u32::from(max_hhi_bps)
}

/// The share of an allocation to move away, `move_bps` of it.
pub fn redistribution_amount(allocation: U256, move_bps: u16) -> U256 {
    allocation * U256::from(move_bps) / U256::from(10_000u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stakes(values: &[u64]) -> Vec<U256> {
        values.iter().map(|v| U256::from(*v)).collect()
    }

    #[test]
    fn concentration_of_equal_stakes_is_one_over_n() {
        let c = concentration(&stakes(&[10, 10, 10, 10])).unwrap();
        assert_eq!(c, Concentration { top_share_bps: 2_500, hhi_bps: 2_500 });
    }

    #[test]
    fn a_single_validator_is_fully_concentrated() {
        let c = concentration(&stakes(&[0, 7])).unwrap();
        assert_eq!(c, Concentration { top_share_bps: 10_000, hhi_bps: 10_000 });
        assert_eq!(concentration(&stakes(&[0, 0])), None);
        assert_eq!(concentration(&[]), None);
    }

    #[test]
    fn concentration_handles_token_sized_stakes() {
        let era = U256::from(10u64).pow(U256::from(18));
        let big = vec![era * U256::from(1_000_000_000u64), era * U256::from(1_000_000_000u64)];
        assert_eq!(concentration(&big).unwrap().hhi_bps, 5_000);
    }

    #[test]
    fn skewed_stake_exceeds_the_bounds() {
        let c = concentration(&stakes(&[70, 10, 10, 10])).unwrap();
        assert_eq!(c.top_share_bps, 7_000);
        assert_eq!(c.hhi_bps, 5_200);
        assert!(is_concentrated(c, 4_000, 9_000));
        assert!(is_concentrated(c, 9_000, 5_000));
        assert!(!is_concentrated(c, 7_000, 5_200));
    }

    #[test]
    fn lowered_minimum_is_a_percentage_without_overflow() {
        assert_eq!(lowered_minimum(1_000, 50), 500);
        assert_eq!(lowered_minimum(999, 50), 499);
        assert_eq!(
            lowered_minimum(u128::MAX, 99),
            u128::MAX / 100 * 99 + u128::MAX % 100 * 99 / 100
        );
    }

    #[test]
    fn shortage_counts_validators_and_skips_when_already_lowered() {
        let mut stake = RollupStake {
            rollup_id: 1,
            validator_stakes: stakes(&[1, 1, 1]),
            base_minimum: 100,
            threshold_floor: 10,
            threshold_lowered: false,
            pool_allocation: U256::ZERO,
        };
        assert!(is_short_of_validators(&stake, 4));
        assert!(!is_short_of_validators(&stake, 3));
        stake.threshold_lowered = true;
        assert!(!is_short_of_validators(&stake, 4));
    }

    #[test]
    fn redistribution_moves_a_share_of_the_allocation() {
        assert_eq!(redistribution_amount(U256::from(1_000u64), 2_500), U256::from(250u64));
    }
}

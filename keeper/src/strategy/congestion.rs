//! Congestion: blocks full and expensive for `k` consecutive blocks; cleared after `k` calm ones.

/// What makes a single block congested.
#[derive(Debug, Clone, PartialEq)]
pub struct CongestionRule {
    /// Gas used / gas limit at or above which a block is full.
    pub fullness_threshold: f64,
    /// Base fee / baseline at or above which a block is expensive.
    pub base_fee_ratio: f64,
    /// Consecutive blocks that start or end congestion.
    pub k_blocks: u32,
}

impl CongestionRule {
    /// A block is congested when it is full *and* its base fee is well above the baseline:
    /// either alone is normal on a busy chain. `fee_ratio` is `None` during warm-up.
    pub fn is_congested_block(&self, fullness: f64, fee_ratio: Option<f64>) -> bool {
        fullness >= self.fullness_threshold && fee_ratio.is_some_and(|r| r >= self.base_fee_ratio)
    }
}

/// A change of a rollup's congestion state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CongestionChange {
    /// `k` congested blocks in a row.
    Began,
    /// `k` calm blocks in a row after congestion.
    Cleared,
}

/// Counts consecutive congested or calm blocks for one rollup.
#[derive(Debug, Clone, PartialEq)]
pub struct CongestionDetector {
    k_blocks: u32,
    congested: bool,
    run: u32,
}

impl CongestionDetector {
    /// A detector that starts congested or not (after a restart, from the hub's status).
    pub fn new(k_blocks: u32, congested: bool) -> Self {
        Self { k_blocks, congested, run: 0 }
    }

    /// Whether the rollup is currently congested.
    pub fn is_congested(&self) -> bool {
        self.congested
    }

    /// Feeds one block's verdict; returns a change when the run reaches `k`.
    pub fn on_block(&mut self, block_congested: bool) -> Option<CongestionChange> {
        if block_congested == self.congested {
            self.run = 0;
            return None;
        }
        self.run += 1;
        if self.run < self.k_blocks {
            return None;
        }
        self.run = 0;
        self.congested = block_congested;
        Some(if block_congested { CongestionChange::Began } else { CongestionChange::Cleared })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule() -> CongestionRule {
        CongestionRule { fullness_threshold: 0.9, base_fee_ratio: 1.5, k_blocks: 3 }
    }

    #[test]
    fn a_block_needs_both_fullness_and_a_high_fee() {
        let rule = rule();
        assert!(rule.is_congested_block(0.95, Some(1.6)));
        assert!(rule.is_congested_block(0.9, Some(1.5)));
        assert!(!rule.is_congested_block(0.95, Some(1.2)));
        assert!(!rule.is_congested_block(0.5, Some(3.0)));
        assert!(!rule.is_congested_block(1.0, None), "no verdict before warm-up");
    }

    #[test]
    fn begins_after_k_consecutive_congested_blocks() {
        let mut detector = CongestionDetector::new(3, false);
        assert_eq!(detector.on_block(true), None);
        assert_eq!(detector.on_block(true), None);
        assert_eq!(detector.on_block(true), Some(CongestionChange::Began));
        assert!(detector.is_congested());
        assert_eq!(detector.on_block(true), None, "fires once per episode");
    }

    #[test]
    fn a_calm_block_resets_the_run() {
        let mut detector = CongestionDetector::new(3, false);
        detector.on_block(true);
        detector.on_block(true);
        assert_eq!(detector.on_block(false), None);
        assert_eq!(detector.on_block(true), None);
        assert_eq!(detector.on_block(true), None);
        assert_eq!(detector.on_block(true), Some(CongestionChange::Began));
    }

    #[test]
    fn clears_after_k_calm_blocks() {
        let mut detector = CongestionDetector::new(2, true);
        assert_eq!(detector.on_block(false), None);
        assert_eq!(detector.on_block(true), None, "a congested block resets the calm run");
        assert_eq!(detector.on_block(false), None);
        assert_eq!(detector.on_block(false), Some(CongestionChange::Cleared));
        assert!(!detector.is_congested());
    }
}

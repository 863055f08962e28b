//! Abnormal gas surge: one block's base fee far above the baseline. Fires once when a surge
//! begins and re-arms when the fee falls back below the ratio.

/// Watches one rollup for surges.
#[derive(Debug, Clone, PartialEq)]
pub struct SurgeDetector {
    ratio: f64,
    surging: bool,
}

impl SurgeDetector {
    /// A detector for base fee / baseline at or above `ratio`.
    pub fn new(ratio: f64) -> Self {
        Self { ratio, surging: false }
    }

    /// Whether this block is a surge block (fee ratio at or above the surge ratio).
    pub fn is_surge_block(&self, fee_ratio: Option<f64>) -> bool {
        fee_ratio.is_some_and(|r| r >= self.ratio)
    }

    /// Feeds one block's fee ratio (`None` during warm-up); true when a surge begins.
    pub fn on_block(&mut self, fee_ratio: Option<f64>) -> bool {
        let surge = self.is_surge_block(fee_ratio);
        let began = surge && !self.surging;
        self.surging = surge;
        began
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fires_once_per_surge_and_rearms_when_fees_fall() {
        let mut detector = SurgeDetector::new(4.0);
        assert!(!detector.on_block(Some(1.0)));
        assert!(detector.on_block(Some(4.0)));
        assert!(!detector.on_block(Some(9.0)), "still the same surge");
        assert!(!detector.on_block(Some(2.0)));
        assert!(detector.on_block(Some(5.0)), "a new surge");
    }

    #[test]
    fn never_fires_before_warmup() {
        let mut detector = SurgeDetector::new(4.0);
        assert!(!detector.on_block(None));
    }
}

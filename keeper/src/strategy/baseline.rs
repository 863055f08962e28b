//! The EWMA baseline that congestion and surge detection compare a block against.

/// The weight a falling fee gets in the baseline: a calm block cheaper than the baseline is
/// the new normal at once.
pub const FALLING_ALPHA: f64 = 1.0;

/// An exponentially weighted moving average.
#[derive(Debug, Clone, PartialEq)]
pub struct Ewma {
    alpha: f64,
    value: Option<f64>,
    samples: u32,
}

impl Ewma {
    /// An empty average; `alpha` in (0, 1] is the weight of each new sample.
    pub fn new(alpha: f64) -> Self {
        Self { alpha, value: None, samples: 0 }
    }

    /// Adds a sample.
    pub fn update(&mut self, sample: f64) {
        self.value = Some(match self.value {
            None => sample,
            Some(value) => value + self.alpha * (sample - value),
        });
        self.samples = self.samples.saturating_add(1);
    }

    /// The average, once there is a sample.
    pub fn value(&self) -> Option<f64> {
        self.value
    }

    /// How many samples went in.
    pub fn samples(&self) -> u32 {
        self.samples
    }
}

/// A rollup's normal base fee: an EWMA over calm blocks, never below a floor, and only trusted
/// after a warm-up. It follows a falling fee at once ([`FALLING_ALPHA`]) and a rising one at
/// the configured pace: an EIP-1559 fee falls 12.5% a quiet block, and a baseline
/// that lagged behind a long fall would sit far above the fee, hiding the next congestion.
#[derive(Debug, Clone, PartialEq)]
pub struct FeeBaseline {
    fee: Ewma,
    floor_wei: f64,
    warmup_blocks: u32,
}

impl FeeBaseline {
    /// An empty baseline.
    pub fn new(alpha: f64, floor_wei: u64, warmup_blocks: u32) -> Self {
        Self { fee: Ewma::new(alpha), floor_wei: floor_wei as f64, warmup_blocks }
    }

    /// Learns from a calm block.
    pub fn learn(&mut self, base_fee_wei: u64) {
        let sample = base_fee_wei as f64;
        match self.fee.value() {
            Some(value) if sample < value => {
                let alpha = self.fee.alpha.max(FALLING_ALPHA);
                self.fee.value = Some(value + alpha * (sample - value));
                self.fee.samples = self.fee.samples.saturating_add(1);
            }
            _ => self.fee.update(sample),
        }
    }

    /// The fee a block is compared against, once warmed up.
    pub fn reference_wei(&self) -> Option<f64> {
        if self.fee.samples() < self.warmup_blocks {
            return None;
        }
        self.fee.value().map(|fee| fee.max(self.floor_wei))
    }

    /// `base_fee / reference`, once warmed up.
    pub fn ratio(&self, base_fee_wei: u64) -> Option<f64> {
        self.reference_wei().map(|reference| base_fee_wei as f64 / reference)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baseline_follows_a_long_quiet_fall_so_the_next_flood_stands_out() {
        // A fresh EIP-1559 chain: the fee falls 12.5% a quiet block from 1 gwei for 40 blocks.
        let mut baseline = FeeBaseline::new(0.1, 1, 5);
        let mut fee = 1e9;
        for _ in 0..40 {
            baseline.learn(fee as u64);
            fee *= 0.875;
        }
        // Four full blocks later (+12.5% each) the fee is 1.4x the last quiet block's.
        let flooded = (fee * 1.125f64.powi(4)) as u64;
        let ratio = baseline.ratio(flooded).unwrap();
        assert!(ratio > 1.3, "ratio {ratio}: the baseline lagged the fall");
        // A plain (symmetric) EWMA would still be far above the fee.
        let mut plain = Ewma::new(0.1);
        let mut fee = 1e9;
        for _ in 0..40 {
            plain.update(fee);
            fee *= 0.875;
        }
        assert!(flooded as f64 / plain.value().unwrap() < 0.5);
    }

    #[test]
    fn baseline_rises_only_at_the_configured_pace() {
        let mut baseline = FeeBaseline::new(0.1, 1, 1);
        baseline.learn(100);
        baseline.learn(200);
        assert_eq!(baseline.reference_wei(), Some(110.0));
        baseline.learn(10);
        assert_eq!(baseline.reference_wei(), Some(10.0));
    }

    #[test]
    fn ewma_starts_at_the_first_sample_and_moves_by_alpha() {
        let mut ewma = Ewma::new(0.5);
        assert_eq!(ewma.value(), None);
        ewma.update(10.0);
        assert_eq!(ewma.value(), Some(10.0));
        ewma.update(20.0);
        assert_eq!(ewma.value(), Some(15.0));
        assert_eq!(ewma.samples(), 2);
    }

    #[test]
    fn baseline_waits_for_warmup_and_respects_the_floor() {
        let mut baseline = FeeBaseline::new(1.0, 100, 2);
        baseline.learn(10);
        assert_eq!(baseline.ratio(1_000), None);
        baseline.learn(10);
        assert_eq!(baseline.reference_wei(), Some(100.0));
        assert_eq!(baseline.ratio(400), Some(4.0));
        baseline.learn(1_000);
        assert_eq!(baseline.ratio(2_000), Some(2.0));
    }
}

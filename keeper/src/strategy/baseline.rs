//! The EWMA baseline that congestion and surge detection compare a block against.

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
/// after a warm-up.
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
        self.fee.update(base_fee_wei as f64);
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

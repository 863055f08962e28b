//! EIP-1559 fees: the node's estimate, capped, and the bump of a replacement.

use super::*;

/// EIP-1559 fees of one transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fees {
    /// Max fee per gas.
    pub max_fee_per_gas: u128,
    /// Priority fee per gas.
    pub max_priority_fee_per_gas: u128,
}

impl Fees {
    /// The node's estimate, capped; the priority fee never exceeds the max fee.
    pub fn capped(estimate: Fees, settings: &ExecutorSettings) -> Self {
        let max_fee_per_gas = estimate.max_fee_per_gas.min(settings.max_fee_per_gas);
        let max_priority_fee_per_gas = estimate
            .max_priority_fee_per_gas
            .min(settings.max_priority_fee_per_gas)
            .min(max_fee_per_gas);
        Self { max_fee_per_gas, max_priority_fee_per_gas }
    }

    /// Fees for a replacement: both raised by at least `bump_bps` (rounded up, at least 1 wei)
    /// or to the current estimate if higher; `None` when the caps forbid a valid replacement.
    pub fn bumped(self, estimate: Fees, settings: &ExecutorSettings) -> Option<Self> {
        let raise = |fee: u128| {
            let bumped = fee.saturating_mul(10_000 + settings.fee_bump_bps).div_ceil(10_000);
            bumped.max(fee + 1)
        };
        let max_fee_per_gas = raise(self.max_fee_per_gas).max(estimate.max_fee_per_gas);
        let max_priority_fee_per_gas =
            raise(self.max_priority_fee_per_gas).max(estimate.max_priority_fee_per_gas);
        let fits = max_fee_per_gas <= settings.max_fee_per_gas
            && max_priority_fee_per_gas <= settings.max_priority_fee_per_gas;
        let raised_fits = raise(self.max_fee_per_gas) <= settings.max_fee_per_gas
            && raise(self.max_priority_fee_per_gas) <= settings.max_priority_fee_per_gas;
        match (fits, raised_fits) {
            (true, _) => Some(Self {
                max_fee_per_gas,
                max_priority_fee_per_gas: max_priority_fee_per_gas.min(max_fee_per_gas),
            }),
            // The estimate is above the cap but the minimum bump is not: bump to the cap.
            (false, true) => Some(Self {
                max_fee_per_gas: max_fee_per_gas.min(settings.max_fee_per_gas),
                max_priority_fee_per_gas: max_priority_fee_per_gas
                    .min(settings.max_priority_fee_per_gas)
                    .min(max_fee_per_gas.min(settings.max_fee_per_gas)),
            }),
            (false, false) => None,
        }
    }
}

impl Executor {
    pub(super) async fn fee_estimate(&self) -> Option<Fees> {
        match self.provider.estimate_eip1559_fees().await {
            Ok(e) => Some(Fees {
                max_fee_per_gas: e.max_fee_per_gas,
                max_priority_fee_per_gas: e.max_priority_fee_per_gas,
            }),
            Err(e) => {
                tracing::warn!(error = %e, "fee estimation failed; will retry");
                None
            }
        }
    }

    /// Replaces a stuck transaction with higher fees, same nonce.
    pub(super) async fn bump(&mut self, in_flight: &mut InFlight) -> Result<(), ExecutorError> {
        let key = in_flight.action.key.clone();
        let estimate = self.fee_estimate().await.unwrap_or(in_flight.fees());
        let Some(fees) = in_flight.fees().bumped(estimate, &self.settings) else {
            tracing::warn!(%key, fees = ?in_flight.fees(), "stuck at the fee cap; rebroadcasting");
            self.broadcast(&in_flight.raw).await.ok();
            in_flight.last_sent = Instant::now();
            return Ok(());
        };
        tracing::info!(%key, nonce = in_flight.tx.nonce, from = ?in_flight.fees(), to = ?fees, "bumping fees");
        let mut replacement = in_flight.clone();
        replacement.tx.max_fee_per_gas = fees.max_fee_per_gas;
        replacement.tx.max_priority_fee_per_gas = fees.max_priority_fee_per_gas;
        self.sign_record_broadcast(replacement).await?;
        if let Some(sent) = self.in_flight.remove(&key) {
            *in_flight = sent;
        } else {
            // Not recorded (the lease moved on): the old transaction is still the one to watch.
            in_flight.last_sent = Instant::now();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> ExecutorSettings {
        ExecutorSettings::from(&ExecutorConfig {
            max_fee_per_gas_gwei: 100,
            max_priority_fee_per_gas_gwei: 10,
            ..ExecutorConfig::default()
        })
    }

    const GWEI: u128 = 1_000_000_000;

    fn fees(max: u128, priority: u128) -> Fees {
        Fees { max_fee_per_gas: max, max_priority_fee_per_gas: priority }
    }

    #[test]
    fn estimates_are_capped_and_priority_never_exceeds_max() {
        let s = settings();
        assert_eq!(Fees::capped(fees(500 * GWEI, 50 * GWEI), &s), fees(100 * GWEI, 10 * GWEI));
        assert_eq!(Fees::capped(fees(5 * GWEI, 8 * GWEI), &s), fees(5 * GWEI, 5 * GWEI));
        assert_eq!(Fees::capped(fees(5 * GWEI, GWEI), &s), fees(5 * GWEI, GWEI));
    }

    #[test]
    fn a_bump_raises_both_fees_by_at_least_the_bump() {
        let s = settings();
        let bumped = fees(8 * GWEI, GWEI).bumped(fees(GWEI, 1), &s).unwrap();
        assert_eq!(bumped, fees(9 * GWEI, GWEI + GWEI / 8));
        let tiny = fees(1, 1).bumped(fees(0, 0), &s).unwrap();
        assert_eq!(tiny, fees(2, 2), "always at least one wei more");
    }

    #[test]
    fn a_bump_follows_a_higher_estimate() {
        let s = settings();
        let bumped = fees(8 * GWEI, GWEI).bumped(fees(40 * GWEI, 3 * GWEI), &s).unwrap();
        assert_eq!(bumped, fees(40 * GWEI, 3 * GWEI));
    }

    #[test]
    fn a_bump_stops_at_the_caps() {
        let s = settings();
        let bumped = fees(80 * GWEI, 8 * GWEI).bumped(fees(400 * GWEI, 30 * GWEI), &s).unwrap();
        assert_eq!(bumped, fees(100 * GWEI, 10 * GWEI), "estimate above the cap: bump to it");
        assert_eq!(fees(95 * GWEI, GWEI).bumped(fees(0, 0), &s), None, "no valid replacement");
    }
}

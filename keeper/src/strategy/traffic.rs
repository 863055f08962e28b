//! Per-epoch traffic: transactions observed on each rollup, attributed to epochs by block time.

use std::collections::BTreeMap;

use crate::observation::RollupId;

/// Maps unix time to reward epochs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EpochClock {
    /// Unix second at which epoch 0 starts.
    pub origin_seconds: u64,
    /// Epoch length in seconds (non-zero).
    pub length_seconds: u64,
}

impl EpochClock {
    /// The epoch containing unix second `at`.
    pub fn epoch_at(&self, at_seconds: u64) -> u64 {
        at_seconds.saturating_sub(self.origin_seconds) / self.length_seconds
    }
}

/// Transaction counts per epoch and rollup; each block counted once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrafficLedger {
    tx_volume: BTreeMap<u64, BTreeMap<RollupId, u64>>,
    last_counted: BTreeMap<RollupId, u64>,
}

impl TrafficLedger {
    /// Counts a block's transactions in `epoch` unless the block was already counted.
    pub fn record_block(&mut self, rollup_id: RollupId, number: u64, epoch: u64, tx_count: u64) {
        if self.last_counted.get(&rollup_id).is_some_and(|last| number <= *last) {
            return;
        }
        self.last_counted.insert(rollup_id, number);
        *self.tx_volume.entry(epoch).or_default().entry(rollup_id).or_default() += tx_count;
    }

    /// Takes the counts of `epoch` and forgets it and everything before it.
    pub fn close_epoch(&mut self, epoch: u64) -> BTreeMap<RollupId, u64> {
        let counts = self.tx_volume.remove(&epoch).unwrap_or_default();
        self.tx_volume.retain(|e, _| *e > epoch);
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epochs_start_at_the_origin() {
        let clock = EpochClock { origin_seconds: 100, length_seconds: 60 };
        assert_eq!(clock.epoch_at(50), 0);
        assert_eq!(clock.epoch_at(159), 0);
        assert_eq!(clock.epoch_at(160), 1);
    }

    #[test]
    fn counts_each_block_once_per_epoch() {
        let mut ledger = TrafficLedger::default();
        ledger.record_block(1, 10, 0, 5);
        ledger.record_block(1, 10, 0, 5);
        ledger.record_block(1, 9, 0, 5);
        ledger.record_block(1, 11, 0, 2);
        ledger.record_block(2, 3, 0, 4);
        ledger.record_block(1, 12, 1, 8);
        assert_eq!(ledger.close_epoch(0), BTreeMap::from([(1, 7), (2, 4)]));
        assert_eq!(ledger.close_epoch(0), BTreeMap::new());
        assert_eq!(ledger.close_epoch(1), BTreeMap::from([(1, 8)]));
    }
}

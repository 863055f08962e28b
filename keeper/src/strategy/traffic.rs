//! Per-epoch traffic: transactions observed on each rollup, attributed to the hub's reward
//! epochs by block time.

use std::collections::BTreeMap;

use crate::observation::RollupId;

/// The RewardDistributor's epochs: numbered from 1, epoch `e` is
/// `[genesis + (e - 1) * length, genesis + e * length)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RewardEpochs {
    /// Unix second at which epoch 1 starts.
    pub genesis: u64,
    /// Epoch length in seconds (non-zero).
    pub length: u64,
    /// The last epoch the distributor accepted a report for (0: none).
    pub last_reported: u64,
}

impl RewardEpochs {
    /// The epoch containing unix second `at` (0 before genesis), as `currentEpoch()`.
    pub fn epoch_at(&self, at: u64) -> u64 {
        if at < self.genesis || self.length == 0 {
            return 0;
        }
        (at - self.genesis) / self.length + 1
    }

    /// When `epoch` ends (its last second is one before), as `epochEnd(epoch)`.
    pub fn end_of(&self, epoch: u64) -> u64 {
        self.genesis.saturating_add(epoch.saturating_mul(self.length))
    }

    /// When `epoch` starts.
    pub fn start_of(&self, epoch: u64) -> u64 {
        self.end_of(epoch.saturating_sub(1))
    }
}

/// Transaction counts per block second and rollup, each block counted once, until the epoch
/// holding them is reported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrafficLedger {
    tx_volume: BTreeMap<u64, BTreeMap<RollupId, u64>>,
    last_counted: BTreeMap<RollupId, u64>,
}

impl TrafficLedger {
    /// Counts a block's transactions at its timestamp unless the block was already counted.
    pub fn record_block(&mut self, rollup_id: RollupId, number: u64, timestamp: u64, txs: u64) {
        if self.last_counted.get(&rollup_id).is_some_and(|last| number <= *last) {
            return;
        }
        self.last_counted.insert(rollup_id, number);
        *self.tx_volume.entry(timestamp).or_default().entry(rollup_id).or_default() += txs;
    }

    /// The counts of blocks in `[start, end)`; forgets everything before `end`.
    pub fn take(&mut self, start: u64, end: u64) -> BTreeMap<RollupId, u64> {
        let later = self.tx_volume.split_off(&end);
        let earlier = std::mem::replace(&mut self.tx_volume, later);
        let mut counts = BTreeMap::new();
        for (_, per_rollup) in earlier.range(start..) {
            for (rollup_id, txs) in per_rollup {
                *counts.entry(*rollup_id).or_default() += txs;
            }
        }
        counts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epochs_are_numbered_from_one_at_genesis() {
        let epochs = RewardEpochs { genesis: 100, length: 60, last_reported: 0 };
        assert_eq!(epochs.epoch_at(50), 0);
        assert_eq!(epochs.epoch_at(100), 1);
        assert_eq!(epochs.epoch_at(159), 1);
        assert_eq!(epochs.epoch_at(160), 2);
        assert_eq!((epochs.start_of(1), epochs.end_of(1)), (100, 160));
        assert_eq!((epochs.start_of(2), epochs.end_of(2)), (160, 220));
    }

    #[test]
    fn counts_each_block_once_in_the_range_of_its_timestamp() {
        let mut ledger = TrafficLedger::default();
        ledger.record_block(1, 10, 100, 5);
        ledger.record_block(1, 10, 100, 5);
        ledger.record_block(1, 9, 99, 5);
        ledger.record_block(1, 11, 101, 2);
        ledger.record_block(2, 3, 90, 4);
        ledger.record_block(2, 4, 159, 1);
        ledger.record_block(1, 12, 160, 8);
        assert_eq!(ledger.take(100, 160), BTreeMap::from([(1, 7), (2, 1)]), "block at 90 is older");
        assert_eq!(ledger.take(100, 160), BTreeMap::new());
        assert_eq!(ledger.take(160, 220), BTreeMap::from([(1, 8)]));
    }
}

//! Outage: no new head for `T` (a stalled chain or a failing RPC endpoint). Recovery when a new
//! head arrives.
//!
//! An endpoint that answers with implausible data (a block whose numbers cannot be true, or
//! the wrong chain) is neither progress nor proof of an outage: the keeper cannot tell what the
//! rollup does. It abstains: no Down verdict while suspect answers keep arriving. That is the
//! safe side for a lie: a lying endpoint can delay marking a really stalled rollup Down, but its
//! implausible answers neither make a live one Down (which would divert its users) nor count as
//! progress. (Plausible fake blocks are another matter: only a quorum of endpoints stops them.)

/// Why a rollup is considered down.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutageCause {
    /// The endpoint answers but the head does not move.
    Stalled,
    /// The endpoint fails; the last error.
    Unreachable(String),
}

/// A change of a rollup's liveness.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LivenessChange {
    /// No progress for `T`; `last_block` is the last head seen, if any.
    WentDown {
        /// The last head seen before the outage.
        last_block: Option<u64>,
        /// Why.
        cause: OutageCause,
    },
    /// A new head after an outage.
    Recovered {
        /// The first new head.
        block: u64,
    },
}

/// Tracks when a rollup last made progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Liveness {
    after_ms: u64,
    down: bool,
    last_block: Option<u64>,
    /// Start of the current silence: the last new head, or the first thing seen.
    silent_since_ms: Option<u64>,
    last_error: Option<String>,
    /// When the endpoint last answered with implausible data.
    suspect_at_ms: Option<u64>,
}

impl Liveness {
    /// A tracker that declares an outage after `after_ms` of silence. `down` is the state the
    /// hub already has (after a restart).
    pub fn new(after_ms: u64, down: bool) -> Self {
        Self {
            after_ms,
            down,
            last_block: None,
            silent_since_ms: None,
            last_error: None,
            suspect_at_ms: None,
        }
    }

    /// Whether the rollup is considered down.
    pub fn is_down(&self) -> bool {
        self.down
    }

    /// Whether a head has been seen since start.
    pub fn has_head(&self) -> bool {
        self.last_block.is_some()
    }

    /// A head arrived; only a higher block number counts as progress. Known down (after a
    /// restart), the first head seen is only where the chain stands: a stalled chain shows its
    /// last block again, so only a later one means it recovered.
    pub fn on_head(&mut self, block: u64, at_ms: u64) -> Option<LivenessChange> {
        if self.last_block.is_some_and(|last| block <= last) {
            self.start_clock(at_ms);
            return None;
        }
        let first = self.last_block.is_none();
        self.last_block = Some(block);
        self.silent_since_ms = Some(at_ms);
        self.last_error = None;
        self.suspect_at_ms = None;
        if self.down && !first {
            self.down = false;
            return Some(LivenessChange::Recovered { block });
        }
        None
    }

    /// A poll failed.
    pub fn on_failure(&mut self, error: &str, at_ms: u64) {
        self.last_error = Some(error.to_string());
        self.start_clock(at_ms);
    }

    /// The endpoint answered with data that cannot be true: no progress, and no verdict either
    /// while such answers keep coming (see the module's note).
    pub fn on_suspect(&mut self, at_ms: u64) {
        self.suspect_at_ms = Some(at_ms);
        self.start_clock(at_ms);
    }

    /// Time passed; declares the outage once the silence reaches `T`, unless the endpoint gave a
    /// suspect answer within the last `T`.
    pub fn on_tick(&mut self, now_ms: u64) -> Option<LivenessChange> {
        self.start_clock(now_ms);
        let silent_since = self.silent_since_ms?;
        if self.down || now_ms.saturating_sub(silent_since) < self.after_ms {
            return None;
        }
        if self.suspect_at_ms.is_some_and(|at| now_ms.saturating_sub(at) < self.after_ms) {
            return None;
        }
        self.down = true;
        let cause = match &self.last_error {
            Some(error) => OutageCause::Unreachable(error.clone()),
            None => OutageCause::Stalled,
        };
        Some(LivenessChange::WentDown { last_block: self.last_block, cause })
    }

    fn start_clock(&mut self, at_ms: u64) {
        self.silent_since_ms.get_or_insert(at_ms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stalled_head_goes_down_after_t() {
        let mut liveness = Liveness::new(10_000, false);
        assert_eq!(liveness.on_head(5, 0), None);
        assert_eq!(liveness.on_head(5, 4_000), None, "same head is no progress");
        assert_eq!(liveness.on_tick(9_999), None);
        assert_eq!(
            liveness.on_tick(10_000),
            Some(LivenessChange::WentDown { last_block: Some(5), cause: OutageCause::Stalled })
        );
        assert!(liveness.is_down());
        assert_eq!(liveness.on_tick(50_000), None, "declared once");
    }

    #[test]
    fn suspect_answers_are_no_progress_and_no_verdict() {
        let mut liveness = Liveness::new(10_000, false);
        assert_eq!(liveness.on_head(5, 0), None);
        for at in (1_000..=30_000).step_by(1_000) {
            liveness.on_suspect(at);
            assert_eq!(liveness.on_tick(at), None, "abstains at {at} ms");
        }
        assert!(!liveness.is_down());
        // The liar goes quiet: T after its last answer, the silence since block 5 counts.
        assert_eq!(liveness.on_tick(39_999), None);
        assert_eq!(
            liveness.on_tick(40_000),
            Some(LivenessChange::WentDown { last_block: Some(5), cause: OutageCause::Stalled })
        );
        // A suspect answer is not a recovery either.
        liveness.on_suspect(41_000);
        assert!(liveness.is_down());
        assert_eq!(liveness.on_head(6, 42_000), Some(LivenessChange::Recovered { block: 6 }));
    }

    #[test]
    fn new_heads_keep_it_alive() {
        let mut liveness = Liveness::new(10_000, false);
        for (block, at) in [(1, 0), (2, 8_000), (3, 16_000)] {
            liveness.on_head(block, at);
            assert_eq!(liveness.on_tick(at + 9_000), None);
        }
    }

    #[test]
    fn a_failing_endpoint_goes_down_with_its_error() {
        let mut liveness = Liveness::new(1_000, false);
        liveness.on_failure("connection refused", 0);
        assert_eq!(liveness.on_tick(500), None);
        assert_eq!(
            liveness.on_tick(1_000),
            Some(LivenessChange::WentDown {
                last_block: None,
                cause: OutageCause::Unreachable("connection refused".into())
            })
        );
    }

    #[test]
    fn recovers_on_a_new_head() {
        let mut liveness = Liveness::new(1_000, false);
        liveness.on_head(7, 0);
        liveness.on_tick(2_000);
        assert_eq!(liveness.on_head(7, 2_500), None);
        assert_eq!(liveness.on_head(8, 3_000), Some(LivenessChange::Recovered { block: 8 }));
        assert!(!liveness.is_down());
    }

    #[test]
    fn starts_down_after_a_restart_and_recovers_on_the_first_new_head() {
        let mut liveness = Liveness::new(1_000, true);
        assert_eq!(liveness.on_tick(5_000), None);
        // The chain may still be stalled: its head is where it stopped, not a recovery.
        assert_eq!(liveness.on_head(3, 6_000), None);
        assert_eq!(liveness.on_head(3, 7_000), None);
        assert_eq!(liveness.on_tick(20_000), None, "already down");
        assert!(liveness.is_down());
        assert_eq!(liveness.on_head(4, 21_000), Some(LivenessChange::Recovered { block: 4 }));
    }
}

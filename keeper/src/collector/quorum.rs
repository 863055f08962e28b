//! Agreement between several RPC endpoints of one rollup.
//!
//! A lying endpoint that is patient passes every plausibility rule: full blocks whose base fee
//! climbs 10% a block look like a real surge. So a rollup may name several endpoints (other
//! providers), and the keeper then counts a block only when a quorum of them returned it
//! identically (every field the strategies read, not only the hash, since a liar can keep the
//! hash and change the rest), as Chainlink's nodes and Hyperlane's agents do with several
//! providers. One endpoint is the quorum of one: every observation passes through unchanged.
//!
//! The combiner sees one round at a time: what each endpoint's [`super::HeadTracker`] yielded
//! for the same poll. From it:
//! - a block is emitted once `quorum` endpoints have yielded it identically (in this round or
//!   an earlier one), in ascending order, never twice;
//! - an outage (an [`Observation::RpcFailure`]) is emitted only when `quorum` endpoints failed
//!   in the round: one dead endpoint among healthy ones is not an outage;
//! - everything else that cannot count is suspect data ([`Observation::Suspect`]): an endpoint's
//!   own suspect answer, endpoints that disagree on a block, and a round in which too few
//!   endpoints answered to form a quorum either way. Suspect data is never a congestion or
//!   outage signal, so nothing moves on what one endpoint alone says.

use std::collections::{BTreeMap, BTreeSet};

use crate::observation::{now_ms, Head, Observation, RollupId};

/// Blocks kept waiting for agreement; older ones are dropped (a block that no quorum confirms
/// within this many blocks never will).
const PENDING_BLOCKS: usize = 256;

/// The votes of one block: each distinct answer and the endpoints that gave it.
type Answers = Vec<(Head, BTreeSet<usize>, Vec<u64>)>;

/// Combines the rounds of several endpoints of one rollup.
#[derive(Debug, Clone)]
pub struct EndpointQuorum {
    rollup_id: RollupId,
    endpoints: usize,
    quorum: usize,
    /// Block number to its answers, above the last block emitted.
    pending: BTreeMap<u64, Answers>,
    last_emitted: Option<u64>,
}

/// A quorum that no set of endpoints can meet.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a quorum of {quorum} needs between 1 and {endpoints} endpoints")]
pub struct QuorumError {
    /// The quorum asked for.
    pub quorum: usize,
    /// The endpoints there are.
    pub endpoints: usize,
}

impl EndpointQuorum {
    /// `quorum` of `endpoints` must agree; `None` means a majority (`endpoints / 2 + 1`).
    pub fn new(
        rollup_id: RollupId,
        endpoints: usize,
        quorum: Option<usize>,
    ) -> Result<Self, QuorumError> {
        let quorum = quorum.unwrap_or(endpoints / 2 + 1);
        if quorum == 0 || quorum > endpoints {
            return Err(QuorumError { quorum, endpoints });
        }
        Ok(Self { rollup_id, endpoints, quorum, pending: BTreeMap::new(), last_emitted: None })
    }

    /// How many endpoints must agree.
    pub fn quorum(&self) -> usize {
        self.quorum
    }

    /// What one round counts for: `round[i]` is what endpoint `i` yielded.
    pub fn combine(&mut self, round: Vec<Vec<Observation>>) -> Vec<Observation> {
        debug_assert_eq!(round.len(), self.endpoints);
        if self.endpoints == 1 {
            return round.into_iter().flatten().collect();
        }
        let mut out = Vec::new();
        let mut failures = Vec::new();
        let mut answered = 0;
        for (endpoint, observations) in round.into_iter().enumerate() {
            let mut failed = false;
            for observation in observations {
                match observation {
                    Observation::Head { head, latency_ms, .. } => {
                        self.vote(endpoint, head, latency_ms);
                    }
                    Observation::Suspect { reason, latency_ms, .. } => {
                        out.push(self.suspect(format!("endpoint {endpoint}: {reason}"), latency_ms))
                    }
                    Observation::RpcFailure { error, latency_ms, .. } => {
                        failed = true;
                        failures.push((endpoint, error, latency_ms));
                    }
                }
            }
            if !failed {
                answered += 1;
            }
        }
        let confirmed = self.confirm();
        let confirmed_any = !confirmed.is_empty();
        out.extend(confirmed);
        if failures.len() >= self.quorum {
            let latency_ms = failures.iter().map(|f| f.2).max().unwrap_or(0);
            let error = failures
                .iter()
                .map(|(endpoint, error, _)| format!("endpoint {endpoint}: {error}"))
                .collect::<Vec<_>>()
                .join("; ");
            out.push(Observation::failure(self.rollup_id, error, latency_ms));
        } else if !failures.is_empty() && answered < self.quorum && !confirmed_any {
            let latency_ms = failures.iter().map(|f| f.2).max().unwrap_or(0);
            let failed: Vec<String> = failures.iter().map(|f| f.0.to_string()).collect();
            let reason = format!(
                "no quorum: {answered} of {} endpoints answered, {} needed (failed: {})",
                self.endpoints,
                self.quorum,
                failed.join(", ")
            );
            out.push(self.suspect(reason, latency_ms));
        }
        out.extend(self.disagreements());
        out
    }

    fn vote(&mut self, endpoint: usize, head: Head, latency_ms: u64) {
        if self.last_emitted.is_some_and(|last| head.number <= last) {
            return;
        }
        let answers = self.pending.entry(head.number).or_default();
        match answers.iter_mut().find(|(answer, _, _)| *answer == head) {
            Some((_, voters, latencies)) => {
                if voters.insert(endpoint) {
                    latencies.push(latency_ms);
                }
            }
            None => answers.push((head, BTreeSet::from([endpoint]), vec![latency_ms])),
        }
        while self.pending.len() > PENDING_BLOCKS {
            self.pending.pop_first();
        }
    }

    /// The blocks a quorum now agrees on, oldest first (each after the suspect answers that
    /// differed from it); the blocks below them are dropped.
    fn confirm(&mut self) -> Vec<Observation> {
        let mut confirmed = Vec::new();
        let agreed: Vec<u64> = self
            .pending
            .iter()
            .filter(|(_, answers)| answers.iter().any(|(_, voters, _)| voters.len() >= self.quorum))
            .map(|(number, _)| *number)
            .collect();
        for number in agreed {
            let Some(answers) = self.pending.remove(&number) else { continue };
            let (agreed, dissent): (Vec<_>, Vec<_>) =
                answers.into_iter().partition(|(_, voters, _)| voters.len() >= self.quorum);
            let Some((head, _, mut latencies)) = agreed.into_iter().next() else { continue };
            // Each endpoint that answered this block otherwise is named (and counted) once.
            for (_, voters, dissent_latencies) in dissent {
                let voters: Vec<String> = voters.iter().map(usize::to_string).collect();
                let reason = format!(
                    "endpoints {} answered block {number} unlike the quorum (hash {})",
                    voters.join(","),
                    head.hash
                );
                let latency_ms = dissent_latencies.into_iter().max().unwrap_or(0);
                confirmed.push(self.suspect(reason, latency_ms));
            }
            // The answer counted when the quorum-th endpoint gave it.
            latencies.sort_unstable();
            let latency_ms = latencies[self.quorum - 1];
            confirmed.push(Observation::Head {
                rollup_id: self.rollup_id,
                head,
                latency_ms,
                observed_at_ms: now_ms(),
            });
            self.last_emitted = Some(number);
        }
        if let Some(last) = self.last_emitted {
            self.pending = self.pending.split_off(&(last + 1));
        }
        confirmed
    }

    /// One suspect observation per block on which endpoints gave different answers and no
    /// quorum can be reached any more (every endpoint has answered it). Such a block is
    /// dropped.
    fn disagreements(&mut self) -> Vec<Observation> {
        let mut out = Vec::new();
        let endpoints = self.endpoints;
        let quorum = self.quorum;
        let settled: Vec<u64> = self
            .pending
            .iter()
            .filter(|(_, answers)| {
                let voted: usize = answers.iter().map(|(_, voters, _)| voters.len()).sum();
                let best = answers.iter().map(|(_, voters, _)| voters.len()).max().unwrap_or(0);
                answers.len() > 1 && best + (endpoints - voted) < quorum
            })
            .map(|(number, _)| *number)
            .collect();
        for number in settled {
            if let Some(answers) = self.pending.remove(&number) {
                let groups: Vec<String> = answers
                    .iter()
                    .map(|(head, voters, _)| {
                        let voters: Vec<String> = voters.iter().map(usize::to_string).collect();
                        format!("endpoints {} say hash {}", voters.join(","), head.hash)
                    })
                    .collect();
                let latency_ms =
                    answers.iter().flat_map(|(_, _, l)| l.iter().copied()).max().unwrap_or(0);
                let reason = format!(
                    "endpoints disagree on block {number} and no {quorum} of them agree: {}",
                    groups.join("; ")
                );
                out.push(self.suspect(reason, latency_ms));
            }
        }
        out
    }

    fn suspect(&self, reason: String, latency_ms: u64) -> Observation {
        Observation::suspect(self.rollup_id, reason, latency_ms)
    }
}

#[cfg(test)]
mod tests {
    use alloy::primitives::B256;

    use super::*;

    fn head(number: u64) -> Head {
        Head {
            number,
            hash: B256::with_last_byte(number as u8),
            parent_hash: B256::with_last_byte(number.saturating_sub(1) as u8),
            timestamp: 1_000 + number,
            base_fee_per_gas: Some(1_000),
            gas_used: 1_000_000,
            gas_limit: 30_000_000,
            tx_count: 3,
        }
    }

    fn lie(number: u64) -> Head {
        Head { gas_used: 30_000_000, base_fee_per_gas: Some(9_000), ..head(number) }
    }

    fn seen(head: Head) -> Observation {
        Observation::Head { rollup_id: 7, head, latency_ms: 5, observed_at_ms: 0 }
    }

    fn failed() -> Observation {
        Observation::RpcFailure {
            rollup_id: 7,
            error: "connection refused".into(),
            latency_ms: 1,
            observed_at_ms: 0,
        }
    }

    fn heads(observations: &[Observation]) -> Vec<u64> {
        observations
            .iter()
            .filter_map(|o| match o {
                Observation::Head { head, .. } => Some(head.number),
                _ => None,
            })
            .collect()
    }

    fn suspects(observations: &[Observation]) -> Vec<&str> {
        observations
            .iter()
            .filter_map(|o| match o {
                Observation::Suspect { reason, .. } => Some(reason.as_str()),
                _ => None,
            })
            .collect()
    }

    fn failures(observations: &[Observation]) -> usize {
        observations.iter().filter(|o| matches!(o, Observation::RpcFailure { .. })).count()
    }

    #[test]
    fn the_quorum_is_a_majority_unless_set_and_must_be_reachable() {
        assert_eq!(EndpointQuorum::new(7, 1, None).unwrap().quorum(), 1);
        assert_eq!(EndpointQuorum::new(7, 2, None).unwrap().quorum(), 2);
        assert_eq!(EndpointQuorum::new(7, 3, None).unwrap().quorum(), 2);
        assert_eq!(EndpointQuorum::new(7, 5, Some(4)).unwrap().quorum(), 4);
        let error = EndpointQuorum::new(7, 3, Some(4)).unwrap_err();
        assert_eq!(error.to_string(), "a quorum of 4 needs between 1 and 3 endpoints");
        assert!(EndpointQuorum::new(7, 3, Some(0)).is_err());
    }

    #[test]
    fn one_endpoint_passes_everything_through() {
        let mut quorum = EndpointQuorum::new(7, 1, None).unwrap();
        let round = vec![seen(head(1)), failed(), seen(lie(2))];
        assert_eq!(quorum.combine(vec![round.clone()]), round);
    }

    #[test]
    fn a_block_counts_once_a_quorum_gave_it_identically_and_never_twice() {
        let mut quorum = EndpointQuorum::new(7, 3, None).unwrap();
        // Endpoint 0 is ahead: block 2 waits for a second voice.
        let out = quorum.combine(vec![vec![seen(head(1)), seen(head(2))], vec![], vec![]]);
        assert!(out.is_empty(), "{out:?}");
        let out = quorum.combine(vec![vec![], vec![seen(head(1)), seen(head(2))], vec![]]);
        assert_eq!(heads(&out), [1, 2]);
        // The third endpoint catches up: nothing new.
        let out = quorum.combine(vec![vec![], vec![], vec![seen(head(1)), seen(head(2))]]);
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn a_liar_is_outvoted_and_its_blocks_are_suspect() {
        let mut quorum = EndpointQuorum::new(7, 3, None).unwrap();
        // The liar keeps the hash and changes what the strategies read.
        let out =
            quorum.combine(vec![vec![seen(lie(5))], vec![seen(head(5))], vec![seen(head(5))]]);
        assert_eq!(heads(&out), [5]);
        let counted = out.iter().find_map(|o| match o {
            Observation::Head { head, .. } => Some(head),
            _ => None,
        });
        let counted = counted.expect("a head");
        assert_eq!(counted, &head(5));
        assert_eq!(suspects(&out).len(), 1, "{out:?}");
        assert!(suspects(&out)[0].starts_with("endpoints 0 answered block 5 unlike the quorum"));
    }

    #[test]
    fn two_endpoints_that_disagree_count_nothing_and_say_so() {
        let mut quorum = EndpointQuorum::new(7, 2, None).unwrap();
        let out = quorum.combine(vec![vec![seen(lie(5))], vec![seen(head(5))]]);
        assert!(heads(&out).is_empty(), "{out:?}");
        let reasons = suspects(&out);
        assert_eq!(reasons.len(), 1, "{out:?}");
        assert!(reasons[0].contains("disagree on block 5"), "{reasons:?}");
        // Block 6 agreed: it counts.
        let out = quorum.combine(vec![vec![seen(head(6))], vec![seen(head(6))]]);
        assert_eq!(heads(&out), [6]);
    }

    #[test]
    fn one_dead_endpoint_is_no_outage_and_too_few_answers_are_suspect() {
        let mut quorum = EndpointQuorum::new(7, 3, None).unwrap();
        // Two healthy endpoints still form the quorum.
        let out = quorum.combine(vec![vec![failed()], vec![seen(head(1))], vec![seen(head(1))]]);
        assert_eq!(heads(&out), [1]);
        assert_eq!(failures(&out), 0);
        // Two healthy endpoints without a new block: nothing to say.
        let out = quorum.combine(vec![vec![failed()], vec![], vec![]]);
        assert!(out.is_empty(), "{out:?}");
        // Only one endpoint answers: no quorum either way, so suspect and not an outage.
        let out = quorum.combine(vec![vec![failed()], vec![failed()], vec![seen(head(2))]]);
        assert_eq!(failures(&out), 1, "two of three failed: that is a quorum of failures");
        let mut two = EndpointQuorum::new(7, 2, None).unwrap();
        let out = two.combine(vec![vec![failed()], vec![seen(head(1))]]);
        assert_eq!(failures(&out), 0);
        assert!(suspects(&out)[0].contains("no quorum: 1 of 2 endpoints answered"), "{out:?}");
    }

    #[test]
    fn a_quorum_of_failures_is_an_outage_naming_each_endpoint() {
        let mut quorum = EndpointQuorum::new(7, 3, None).unwrap();
        let out = quorum.combine(vec![vec![failed()], vec![failed()], vec![failed()]]);
        assert_eq!(failures(&out), 1);
        let Observation::RpcFailure { error, .. } = &out[0] else { panic!("{out:?}") };
        assert!(error.contains("endpoint 0: connection refused"), "{error}");
        assert!(error.contains("endpoint 2: connection refused"), "{error}");
    }

    #[test]
    fn an_endpoints_own_suspect_answer_is_passed_on_with_its_index() {
        let mut quorum = EndpointQuorum::new(7, 3, None).unwrap();
        let suspect = Observation::Suspect {
            rollup_id: 7,
            reason: "gas used 2 over limit 1".into(),
            latency_ms: 2,
            observed_at_ms: 0,
        };
        let out = quorum.combine(vec![vec![suspect], vec![], vec![]]);
        assert_eq!(suspects(&out), ["endpoint 0: gas used 2 over limit 1"]);
    }

    #[test]
    fn pending_blocks_are_bounded() {
        let mut quorum = EndpointQuorum::new(7, 3, None).unwrap();
        for number in 0..(PENDING_BLOCKS as u64 * 2) {
            quorum.combine(vec![vec![seen(head(number))], vec![], vec![]]);
        }
        assert_eq!(quorum.pending.len(), PENDING_BLOCKS);
    }
}

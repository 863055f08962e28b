//! M-of-N traffic reports across keeper instances.
//!
//! Every instance signs each epoch's report with its own reporter keys and shares the
//! signatures through the database ([`Storage::record_report_signature`]). The instance holding
//! the report lease ([`REPORT_LEASE`]) submits the report once the signatures of the *same*
//! report (same EIP-712 digest) reach the RewardDistributor's threshold; the action's
//! idempotency key and the report lease's fencing token make that happen once.
//! [`decide_report`] is the pure decision; [`ReportQuorum`] does the storage side;
//! [`QuorumCalls`] puts the collected signatures into the `submitReport` call.

use std::{
    collections::BTreeMap,
    sync::{Arc, Mutex},
};

use alloy::{
    primitives::{Address, Bytes, Signature, B256},
    signers::{local::PrivateKeySigner, SignerSync},
    sol_types::SolCall,
};
use era_bindings::reward_distributor::RewardDistributor;

use crate::{
    acting::actions::{
        Action, ActionError, ActionKind, Call, CallEncoder, HubCalls, TrafficReport,
    },
    coordination::lease::{HeldLeases, REPORT_LEASE},
    observation::now_ms,
    storage::{ReportSignature, Storage, StorageError},
};

/// What to do with an epoch's report now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportDecision {
    /// Fewer valid signatures of this report than the threshold.
    Wait {
        /// Valid signatures so far.
        have: usize,
        /// The threshold.
        need: usize,
    },
    /// Enough signatures, but another instance holds the report lease and submits.
    NotHolder,
    /// The report action is already recorded (by this or another instance).
    AlreadySubmitted,
    /// Submit now with these signatures, ordered by signer address.
    Submit {
        /// 65-byte signatures, ascending signer.
        signatures: Vec<Bytes>,
    },
}

/// The decision for one report: counts only signatures of `digest` that recover to the signer
/// they claim (one per signer), and submits them all, in signer order, when there are at least
/// `threshold`, nothing was submitted yet, and this instance holds the report lease.
pub fn decide_report(
    digest: B256,
    shared: &[ReportSignature],
    threshold: usize,
    holds_report_lease: bool,
    already_submitted: bool,
) -> ReportDecision {
    if already_submitted {
        return ReportDecision::AlreadySubmitted;
    }
    let mut valid: BTreeMap<Address, Bytes> = BTreeMap::new();
    for s in shared.iter().filter(|s| s.report_hash == digest) {
        let recovered = Signature::try_from(s.signature.as_ref())
            .ok()
            .and_then(|sig| sig.recover_address_from_prehash(&digest).ok());
        if recovered == Some(s.signer) {
            valid.entry(s.signer).or_insert_with(|| s.signature.clone());
        }
    }
    let need = threshold.max(1);
    if valid.len() < need {
        return ReportDecision::Wait { have: valid.len(), need };
    }
    if !holds_report_lease {
        return ReportDecision::NotHolder;
    }
    ReportDecision::Submit { signatures: valid.into_values().collect() }
}

/// This instance's reporters' signatures of a report digest, as shared rows.
pub fn sign_shares(
    reporters: &[PrivateKeySigner],
    epoch: u64,
    digest: B256,
    instance: &str,
) -> Result<Vec<ReportSignature>, alloy::signers::Error> {
    reporters
        .iter()
        .map(|reporter| {
            let signature = reporter.sign_hash_sync(&digest)?;
            Ok(ReportSignature {
                epoch,
                report_hash: digest,
                signer: reporter.address(),
                signature: Bytes::from(signature.as_bytes().to_vec()),
                instance: instance.into(),
            })
        })
        .collect()
}

/// Signatures collected for submission, by epoch: what [`QuorumCalls`] encodes.
#[derive(Debug, Default)]
pub struct CollectedSignatures {
    by_epoch: Mutex<BTreeMap<u64, (B256, Vec<Bytes>)>>,
}

impl CollectedSignatures {
    fn put(&self, epoch: u64, digest: B256, signatures: Vec<Bytes>) {
        self.by_epoch.lock().expect("signatures").insert(epoch, (digest, signatures));
    }

    /// The signatures collected for this epoch's report with this digest.
    pub fn get(&self, epoch: u64, digest: B256) -> Option<Vec<Bytes>> {
        let by_epoch = self.by_epoch.lock().expect("signatures");
        by_epoch.get(&epoch).filter(|(d, _)| *d == digest).map(|(_, s)| s.clone())
    }
}

/// Coordinates reports: shares this instance's signatures and says which report actions go to
/// the executor; reports waiting for signatures (or for the lease) are kept and re-checked.
#[derive(Debug)]
pub struct ReportQuorum {
    storage: Arc<dyn Storage>,
    calls: Arc<HubCalls>,
    instance: String,
    threshold: usize,
    held: Arc<HeldLeases>,
    collected: Arc<CollectedSignatures>,
    waiting: Mutex<BTreeMap<String, Action>>,
}

impl ReportQuorum {
    /// A quorum for `threshold` signatures (the RewardDistributor's), signing with
    /// `calls.reporters`.
    pub fn new(
        storage: Arc<dyn Storage>,
        calls: Arc<HubCalls>,
        instance: impl Into<String>,
        threshold: usize,
        held: Arc<HeldLeases>,
    ) -> Self {
        Self {
            storage,
            calls,
            instance: instance.into(),
            threshold,
            held,
            collected: Arc::default(),
            waiting: Mutex::default(),
        }
    }

    /// The signatures collected for submission (for [`QuorumCalls`]).
    pub fn collected(&self) -> Arc<CollectedSignatures> {
        self.collected.clone()
    }

    /// Passes any non-report action through. For a report: shares this instance's signatures,
    /// then returns it if it is to be submitted now, else keeps it for [`ReportQuorum::due`].
    pub async fn admit(&self, action: Action) -> Result<Option<Action>, StorageError> {
        let ActionKind::SubmitReport(report) = &action.kind else { return Ok(Some(action)) };
        let digest = self.calls.report_digest(report);
        let shares = sign_shares(&self.calls.reporters, report.epoch, digest, &self.instance)
            .map_err(|e| StorageError::Corrupt {
                table: "report_signatures",
                problem: format!("signing epoch {}: {e}", report.epoch),
            })?;
        for share in &shares {
            self.storage.record_report_signature(share, now_ms()).await?;
        }
        if self.ready(&action, report).await? {
            return Ok(Some(action));
        }
        self.waiting.lock().expect("waiting").insert(action.key.clone(), action);
        Ok(None)
    }

    /// The kept reports that can be submitted now (checked again on each call); reports
    /// another instance submitted are forgotten.
    pub async fn due(&self) -> Result<Vec<Action>, StorageError> {
        let waiting: Vec<Action> =
            self.waiting.lock().expect("waiting").values().cloned().collect();
        let mut due = Vec::new();
        for action in waiting {
            let ActionKind::SubmitReport(report) = &action.kind else { continue };
            let submitted = self.storage.action(&action.key).await?.is_some();
            if submitted || self.ready(&action, report).await? {
                self.waiting.lock().expect("waiting").remove(&action.key);
                if !submitted {
                    due.push(action);
                }
            }
        }
        Ok(due)
    }

    /// Reports kept, waiting for signatures or the lease.
    pub fn waiting(&self) -> usize {
        self.waiting.lock().expect("waiting").len()
    }

    async fn ready(&self, action: &Action, report: &TrafficReport) -> Result<bool, StorageError> {
        let digest = self.calls.report_digest(report);
        let shared = self.storage.report_signatures(report.epoch, digest).await?;
        let submitted = self.storage.action(&action.key).await?.is_some();
        let decision = decide_report(
            digest,
            &shared,
            self.threshold,
            self.held.holds(REPORT_LEASE),
            submitted,
        );
        tracing::debug!(epoch = report.epoch, ?decision, "report quorum");
        match decision {
            ReportDecision::Submit { signatures } => {
                self.collected.put(report.epoch, digest, signatures);
                Ok(true)
            }
            ReportDecision::AlreadySubmitted => Ok(true),
            ReportDecision::Wait { .. } | ReportDecision::NotHolder => Ok(false),
        }
    }
}

/// [`HubCalls`], with reports carrying the signatures collected across instances (when there
/// are; otherwise the local reporters sign, as before).
#[derive(Debug)]
pub struct QuorumCalls {
    inner: Arc<HubCalls>,
    collected: Arc<CollectedSignatures>,
}

impl QuorumCalls {
    /// Wraps `inner`.
    pub fn new(inner: Arc<HubCalls>, collected: Arc<CollectedSignatures>) -> Self {
        Self { inner, collected }
    }
}

impl CallEncoder for QuorumCalls {
    fn encode(&self, action: &Action) -> Result<Call, ActionError> {
        if let ActionKind::SubmitReport(report) = &action.kind {
            let digest = self.inner.report_digest(report);
            if let Some(signatures) = self.collected.get(report.epoch, digest) {
                let call = RewardDistributor::submitReportCall {
                    report: crate::acting::actions::to_sol_report(report),
                    signatures,
                };
                return Ok(Call {
                    to: self.inner.reward_distributor,
                    data: call.abi_encode().into(),
                });
            }
        }
        self.inner.encode(action)
    }

    fn decode_revert(&self, to: Address, data: &[u8]) -> Option<String> {
        self.inner.decode_revert(to, data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acting::actions::RollupTraffic;

    fn calls(reporters: Vec<PrivateKeySigner>) -> HubCalls {
        HubCalls {
            rollup_registry: Address::repeat_byte(1),
            elastic_pool: None,
            emergency_channels: None,
            reward_distributor: Address::repeat_byte(4),
            hub_chain_id: 31337,
            reporters,
        }
    }

    fn report(epoch: u64) -> TrafficReport {
        TrafficReport {
            epoch,
            rollups: vec![RollupTraffic {
                rollup_id: 1,
                tx_volume: 10,
                cross_chain_messages: 0,
                security_factor_bps: 10_000,
            }],
        }
    }

    #[test]
    fn only_valid_signatures_of_the_same_report_count() {
        let (a, b) = (PrivateKeySigner::random(), PrivateKeySigner::random());
        let digest = calls(vec![]).report_digest(&report(3));
        let mut shared = sign_shares(std::slice::from_ref(&a), 3, digest, "i1").unwrap();
        shared.extend(sign_shares(std::slice::from_ref(&b), 3, digest, "i2").unwrap());
        // A different report (another instance saw other traffic) does not count.
        let other = calls(vec![]).report_digest(&report(4));
        let stray = sign_shares(&[PrivateKeySigner::random()], 3, other, "i3").unwrap();
        // A signature claiming the wrong signer does not count.
        let forged = ReportSignature { signer: Address::repeat_byte(9), ..shared[0].clone() };
        let all = [shared.clone(), stray, vec![forged]].concat();
        assert_eq!(
            decide_report(digest, &all, 3, true, false),
            ReportDecision::Wait { have: 2, need: 3 }
        );
        let ReportDecision::Submit { signatures } = decide_report(digest, &all, 2, true, false)
        else {
            panic!("two valid signatures reach a threshold of 2")
        };
        let mut expected = [(a.address(), &shared[0]), (b.address(), &shared[1])];
        expected.sort_by_key(|(address, _)| *address);
        assert_eq!(
            signatures,
            expected.iter().map(|(_, s)| s.signature.clone()).collect::<Vec<_>>(),
            "ascending signer, as the RewardDistributor requires"
        );
    }

    #[test]
    fn only_the_report_lease_holder_submits_and_only_once() {
        let signer = PrivateKeySigner::random();
        let digest = B256::repeat_byte(7);
        let shared = sign_shares(&[signer], 1, digest, "i").unwrap();
        assert_eq!(decide_report(digest, &shared, 1, false, false), ReportDecision::NotHolder);
        assert_eq!(decide_report(digest, &shared, 1, true, true), ReportDecision::AlreadySubmitted);
        assert!(matches!(
            decide_report(digest, &shared, 1, true, false),
            ReportDecision::Submit { .. }
        ));
        assert_eq!(
            decide_report(digest, &[], 0, true, false),
            ReportDecision::Wait { have: 0, need: 1 },
            "never submits unsigned"
        );
    }

    #[test]
    fn collected_signatures_replace_the_local_ones_in_the_call() {
        let local = calls(vec![PrivateKeySigner::random()]);
        let collected = Arc::new(CollectedSignatures::default());
        let quorum = QuorumCalls::new(Arc::new(local.clone()), collected.clone());
        let action = Action::new("report:5", ActionKind::SubmitReport(report(5)));
        assert_eq!(quorum.encode(&action).unwrap(), local.encode(&action).unwrap());
        let sigs = vec![Bytes::from(vec![1; 65]), Bytes::from(vec![2; 65])];
        collected.put(5, local.report_digest(&report(5)), sigs.clone());
        let call = quorum.encode(&action).unwrap();
        let decoded = RewardDistributor::submitReportCall::abi_decode(&call.data).unwrap();
        assert_eq!((call.to, decoded.signatures), (local.reward_distributor, sigs));
        // Signatures of another digest for the epoch are not used.
        collected.put(5, B256::ZERO, vec![]);
        assert_eq!(quorum.encode(&action).unwrap(), local.encode(&action).unwrap());
    }
}

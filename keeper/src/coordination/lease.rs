//! Several keeper instances on one database: who acts for which rollup.
//!
//! Each rollup has a lease (`rollup:<id>`), and the traffic report has one (`report`). An
//! instance acts for a rollup only while it holds the rollup's lease, and writes each action
//! with the lease's fencing token; storage refuses a write whose token is no longer current
//! ([`StorageError::Fenced`]), so an instance that was paused past its lease cannot act after
//! another took over. Instances announce themselves with heartbeats; each tries to hold its
//! fair share, `ceil(rollups / live instances)`, releasing extras so newcomers get work, and
//! picking up lapsed leases, so a dead instance's rollups move to live ones within a lease time.
//!
//! # Adoption
//!
//! Taking a lease over means taking over its unfinished actions too: a dead instance may have
//! left actions recorded but not sent (`pending`) or sent but not confirmed (`sent`, with every
//! signed transaction stored). Each executor (the hub's, and each rollup chain's for relays)
//! follows the held leases with a [`LeaseFollower`] on every poll:
//!
//! - a lease newly held — acquired from a dead or departed instance, or regained under a new
//!   fencing token — is *adopted*: the lease's unfinished actions for that executor's chain are
//!   read from storage; pending ones are queued (oldest first), sent ones are rebroadcast as
//!   signed and watched like the executor's own (receipt, confirmations, reorg, drop, nonce
//!   taken), so a transaction already in a pool is confirmed, not sent a second time;
//! - a lease no longer held (or held under another token since) has its actions let go: the
//!   holder adopts them.
//!
//! Every new transaction for an adopted action is recorded under the adopter's fencing token,
//! and the database refuses it under a stale one, so at most one instance sends for an action
//! at any time. An adopted transaction signed with another instance's key can only be
//! rebroadcast; once that key's nonce is taken without it, the adopter sends the action with its
//! own key. Confirmed and failed actions stay so ([`StorageError::Finished`]), so an instance
//! that lost a lease cannot reopen an action its successor finished. The rollup-node actions
//! ([`crate::rollup_ops`]) are resumed by the pipeline on a newly held lease the same way.
//!
//! What is adopted is what storage holds: a decision the dead instance made but had not yet
//! recorded is not, and the new holder's strategies, which made the same decision while they
//! did not hold the lease (and let it go), do not make it again until the next trigger.
//!
//! With SQLite a single instance holds every lease (same code, same trait).

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt,
    sync::{Arc, RwLock},
    time::{Duration, Instant},
};

use alloy::primitives::B256;
use async_trait::async_trait;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

use crate::{
    acting::actions::{Action, ActionKind, RollupStatus},
    observation::{Observation, RollupId},
    storage::{
        ActionRecord, ActionStatus, Fence, Lease, ReportSignature, Storage, StorageError, TxAttempt,
    },
};

/// The lease of the instance that submits traffic reports.
pub const REPORT_LEASE: &str = "report";

/// The lease of a rollup.
pub fn rollup_lease(rollup_id: RollupId) -> String {
    format!("rollup:{rollup_id}")
}

/// The lease an action needs: its rollup's, or the report lease for a report.
pub fn lease_for(action: &Action) -> String {
    match (&action.kind, action.kind.rollup_id()) {
        (ActionKind::SubmitReport(_), _) | (_, None) => REPORT_LEASE.into(),
        (_, Some(rollup_id)) => rollup_lease(rollup_id),
    }
}

/// How many rollups each live instance should hold: `ceil(rollups / instances)`.
pub fn fair_share(rollups: usize, live_instances: usize) -> usize {
    rollups.div_ceil(live_instances.max(1))
}

/// How an instance takes part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaseSettings {
    /// This instance's name, unique among the instances sharing the database.
    pub instance: String,
    /// How long a lease (and a heartbeat) lasts without renewal.
    pub ttl: Duration,
    /// How often leases are renewed and rebalanced; well under `ttl`.
    pub renew_every: Duration,
}

impl LeaseSettings {
    /// Renewal every third of the lease time.
    pub fn new(instance: impl Into<String>, ttl: Duration) -> Self {
        Self { instance: instance.into(), ttl, renew_every: ttl / 3 }
    }
}

/// What one round does: which leases to (re)acquire and which to let go.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Leases to acquire or renew, in order.
    pub acquire: Vec<String>,
    /// Leases held beyond the fair share, released so other instances can take them.
    pub release: Vec<String>,
}

/// One round's decisions, from the database's view: renew what `me` holds up to its fair
/// share, release the rest, and try the free or lapsed ones until the share is reached. Every
/// instance also tries the report lease (one of them gets it). Free leases are tried starting
/// at an offset that depends on the instance, so instances starting together spread out.
pub fn plan(
    me: &str,
    rollups: &[RollupId],
    live_instances: &[String],
    leases: &[Lease],
    now_ms: u64,
) -> Plan {
    let live = live_instances.len().max(1) + usize::from(!live_instances.iter().any(|i| i == me));
    let share = fair_share(rollups.len(), live);
    let by_name: BTreeMap<&str, &Lease> = leases.iter().map(|l| (l.name.as_str(), l)).collect();
    let mine_now =
        |name: &str| by_name.get(name).is_some_and(|l| l.holder == me && l.expires_at_ms > now_ms);
    let free = |name: &str| by_name.get(name).is_none_or(|l| l.expires_at_ms <= now_ms);
    let names: Vec<String> = rollups.iter().map(|id| rollup_lease(*id)).collect();
    let mut plan = Plan::default();
    let (mut kept, mut extra): (Vec<&String>, Vec<&String>) = (Vec::new(), Vec::new());
    for name in names.iter().filter(|n| mine_now(n)) {
        if kept.len() < share {
            kept.push(name);
        } else {
            extra.push(name);
        }
    }
    plan.acquire.extend(kept.iter().map(|n| n.to_string()));
    plan.release.extend(extra.iter().map(|n| n.to_string()));
    let offset = if names.is_empty() { 0 } else { spread(me) % names.len() };
    let wanted = share.saturating_sub(kept.len());
    let candidates = names[offset..].iter().chain(&names[..offset]);
    let free_ones = candidates.filter(|n| !mine_now(n) && free(n)).take(wanted);
    plan.acquire.extend(free_ones.cloned());
    plan.acquire.push(REPORT_LEASE.into());
    plan
}

/// A stable small number from the instance name (FNV-1a).
fn spread(name: &str) -> usize {
    name.bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
        as usize
}

/// The leases this instance holds now, each with its token and how long it can be trusted on
/// the local clock. Shared by the lease task, the pipeline and [`FencedStorage`].
#[derive(Debug, Default)]
pub struct HeldLeases {
    held: RwLock<BTreeMap<String, (u64, Instant)>>,
}

impl HeldLeases {
    /// The fence to write under, if the lease is held and was renewed recently enough.
    pub fn fence(&self, lease: &str) -> Option<Fence> {
        let held = self.held.read().expect("lease map");
        let (token, valid_until) = held.get(lease)?;
        (Instant::now() < *valid_until).then(|| Fence { lease: lease.into(), token: *token })
    }

    /// Whether this instance may act now for the action.
    pub fn may_act(&self, action: &Action) -> bool {
        self.fence(&lease_for(action)).is_some()
    }

    /// Whether this instance holds the lease now.
    pub fn holds(&self, lease: &str) -> bool {
        self.fence(lease).is_some()
    }

    /// Lease name → fencing token, of the leases held now.
    pub fn snapshot(&self) -> BTreeMap<String, u64> {
        let now = Instant::now();
        let held = self.held.read().expect("lease map");
        held.iter()
            .filter(|(_, (_, until))| now < *until)
            .map(|(n, (t, _))| (n.clone(), *t))
            .collect()
    }

    fn replace(&self, leases: BTreeMap<String, (u64, Instant)>) {
        *self.held.write().expect("lease map") = leases;
    }
}

/// What changed in the held leases since a part of the keeper (an executor, the rollup
/// operations) last looked: whose unfinished actions it hands over and whose it adopts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LeaseChanges {
    /// Leases held now, with their fencing tokens.
    pub held: BTreeMap<String, u64>,
    /// Leases adopted before and no longer held under the same token: their actions are
    /// another instance's now (or adopted afresh, when the lease came back under a new token).
    pub lost: BTreeSet<String>,
    /// Leases held now and not adopted under this token yet: the first look, a lease newly
    /// acquired (a dead or departed instance's), or one regained after another instance held it.
    pub gained: BTreeSet<String>,
}

impl LeaseChanges {
    /// Whether actions under `lease` that were taken up before must be let go: the lease is not
    /// held now, or it changed hands since they were taken up.
    pub fn hands_over(&self, lease: &str) -> bool {
        !self.held.contains_key(lease) || self.lost.contains(lease)
    }
}

/// Remembers, for one part of the keeper, which (lease, fencing token) pairs it has adopted
/// the unfinished actions of.
#[derive(Debug)]
pub struct LeaseFollower {
    held: Arc<HeldLeases>,
    adopted: BTreeMap<String, u64>,
}

impl LeaseFollower {
    /// A follower that has adopted nothing yet: its first look gains every held lease.
    pub fn new(held: Arc<HeldLeases>) -> Self {
        Self { held, adopted: BTreeMap::new() }
    }

    /// The changes since the last look; what is gained counts as adopted from now on.
    pub fn changes(&mut self) -> LeaseChanges {
        let held = self.held.snapshot();
        let lost = self
            .adopted
            .iter()
            .filter(|(lease, token)| held.get(*lease) != Some(token))
            .map(|(lease, _)| lease.clone())
            .collect();
        let gained = held
            .iter()
            .filter(|(lease, token)| self.adopted.get(*lease) != Some(token))
            .map(|(lease, _)| lease.clone())
            .collect();
        self.adopted.clone_from(&held);
        LeaseChanges { held, lost, gained }
    }
}

/// Keeps this instance's share of the leases: heartbeat, renew, rebalance, take over.
#[derive(Debug)]
pub struct LeaseManager {
    storage: Arc<dyn Storage>,
    settings: LeaseSettings,
    rollups: Vec<RollupId>,
    held: Arc<HeldLeases>,
}

impl LeaseManager {
    /// A manager for these rollups; nothing is held until [`LeaseManager::round`] runs.
    pub fn new(storage: Arc<dyn Storage>, settings: LeaseSettings, rollups: Vec<RollupId>) -> Self {
        Self { storage, settings, rollups, held: Arc::default() }
    }

    /// The leases held, shared.
    pub fn held(&self) -> Arc<HeldLeases> {
        self.held.clone()
    }

    /// This instance's name.
    pub fn instance(&self) -> &str {
        &self.settings.instance
    }

    /// One round: heartbeat, then acquire/renew/release per [`plan`]. A lease is trusted until
    /// the round's start plus the lease time, on the local monotonic clock, so a stalled
    /// instance stops acting no later than the database lets another take over.
    pub async fn round(&self) -> Result<(), StorageError> {
        let started = Instant::now();
        let me = self.settings.instance.as_str();
        let ttl_ms = u64::try_from(self.settings.ttl.as_millis()).unwrap_or(u64::MAX);
        self.storage.heartbeat(me, ttl_ms).await?;
        let live = self.storage.live_instances().await?;
        let leases = self.storage.leases().await?;
        let now_ms = self.storage.clock_ms().await?;
        let plan = plan(me, &self.rollups, &live, &leases, now_ms);
        let valid_until = started + self.settings.ttl;
        let before = self.held.snapshot();
        if !plan.release.is_empty() {
            // Stop acting for them before another instance can take them.
            let mut keep = self.held.held.read().expect("lease map").clone();
            keep.retain(|name, _| !plan.release.contains(name));
            self.held.replace(keep);
        }
        for name in &plan.release {
            self.storage.release_lease(name, me).await?;
            tracing::info!(lease = %name, "released above the fair share");
        }
        let mut held = BTreeMap::new();
        for lease in self.storage.acquire_leases(&plan.acquire, me, ttl_ms).await? {
            if before.get(&lease.name) != Some(&lease.fencing_token) {
                tracing::info!(lease = %lease.name, token = lease.fencing_token, "lease acquired");
            }
            held.insert(lease.name, (lease.fencing_token, valid_until));
        }
        let lost = before.keys().filter(|n| !held.contains_key(*n) && !plan.release.contains(n));
        for name in lost {
            tracing::warn!(lease = %name, "lease lost");
        }
        self.held.replace(held);
        Ok(())
    }

    /// Runs rounds every `renew_every` until `shutdown`; then releases everything and leaves.
    /// A failed round is logged and retried; leases not renewed stop being trusted by
    /// themselves.
    pub fn spawn(self, shutdown: CancellationToken) -> JoinHandle<()> {
        tokio::spawn(async move {
            // The first round ran before the spawn (see `pipeline`), or runs one period in.
            let every = self.settings.renew_every;
            let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = ticker.tick() => {
                        if let Err(e) = self.round().await {
                            tracing::warn!(error = %e, "lease round failed; will retry");
                        }
                    }
                }
            }
            self.leave().await;
        })
    }

    /// Releases every lease and the heartbeat (clean stop): others take over at once.
    pub async fn leave(&self) {
        let me = self.settings.instance.as_str();
        let held = self.held.snapshot();
        self.held.replace(BTreeMap::new());
        for name in held.keys() {
            self.storage.release_lease(name, me).await.ok();
        }
        self.storage.heartbeat(me, 0).await.ok();
    }
}

/// Storage as seen by an instance that shares the database: every new action and every
/// transaction is written under the fence of the lease it needs ([`lease_for`]); one whose
/// lease is not held is refused with [`StorageError::NotLeaseHolder`], one whose token is no
/// longer current by the database ([`StorageError::Fenced`]). Only the held leases' unfinished
/// actions are listed (what the executor resumes). Everything else passes through.
pub struct FencedStorage {
    inner: Arc<dyn Storage>,
    held: Arc<HeldLeases>,
}

impl FencedStorage {
    /// Wraps `inner`, fencing with `held`.
    pub fn new(inner: Arc<dyn Storage>, held: Arc<HeldLeases>) -> Self {
        Self { inner, held }
    }
}

impl FencedStorage {
    /// [`StorageError::NotLeaseHolder`] unless the lease of the action `key` is held now (on the
    /// local clock; the database checks tokens only where a transaction is recorded).
    async fn require_lease_of(&self, key: &str) -> Result<(), StorageError> {
        let record =
            self.inner.action(key).await?.ok_or_else(|| StorageError::UnknownAction(key.into()))?;
        let lease = lease_for(&record.action);
        self.held.fence(&lease).map(drop).ok_or(StorageError::NotLeaseHolder(lease))
    }
}

impl fmt::Debug for FencedStorage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FencedStorage").field("inner", &self.inner).finish_non_exhaustive()
    }
}

#[async_trait]
impl Storage for FencedStorage {
    async fn insert_action(&self, action: &Action, now_ms: u64) -> Result<bool, StorageError> {
        let lease = lease_for(action);
        let fence = self.held.fence(&lease).ok_or(StorageError::NotLeaseHolder(lease))?;
        self.inner.insert_fenced_action(action, &fence, now_ms).await
    }

    async fn action(&self, key: &str) -> Result<Option<ActionRecord>, StorageError> {
        self.inner.action(key).await
    }

    async fn actions(&self) -> Result<Vec<ActionRecord>, StorageError> {
        self.inner.actions().await
    }

    /// Only the actions of the leases held: what this instance resumes.
    async fn unfinished_actions(&self) -> Result<Vec<ActionRecord>, StorageError> {
        let mut actions = self.inner.unfinished_actions().await?;
        actions.retain(|record| self.held.may_act(&record.action));
        Ok(actions)
    }

    async fn record_attempt(&self, attempt: &TxAttempt) -> Result<(), StorageError> {
        let record = self
            .inner
            .action(&attempt.key)
            .await?
            .ok_or_else(|| StorageError::UnknownAction(attempt.key.clone()))?;
        let lease = lease_for(&record.action);
        let fence = self.held.fence(&lease).ok_or(StorageError::NotLeaseHolder(lease))?;
        self.inner.record_fenced_attempt(attempt, &fence).await
    }

    async fn attempts(&self, key: &str) -> Result<Vec<TxAttempt>, StorageError> {
        self.inner.attempts(key).await
    }

    /// Only while the action's lease is held: an instance that lost it must not send it back
    /// to the queue of whoever holds it now.
    async fn mark_pending(&self, key: &str, reason: &str, now_ms: u64) -> Result<(), StorageError> {
        self.require_lease_of(key).await?;
        self.inner.mark_pending(key, reason, now_ms).await
    }

    async fn mark_confirmed(
        &self,
        key: &str,
        tx_hash: B256,
        block_number: u64,
        now_ms: u64,
    ) -> Result<(), StorageError> {
        self.inner.mark_confirmed(key, tx_hash, block_number, now_ms).await
    }

    /// Only while the action's lease is held (the holder decides that an action failed).
    async fn mark_failed(&self, key: &str, error: &str, now_ms: u64) -> Result<(), StorageError> {
        self.require_lease_of(key).await?;
        self.inner.mark_failed(key, error, now_ms).await
    }

    async fn record_observations(&self, observations: &[Observation]) -> Result<(), StorageError> {
        self.inner.record_observations(observations).await
    }

    async fn observations(
        &self,
        rollup_id: RollupId,
        limit: u32,
    ) -> Result<Vec<Observation>, StorageError> {
        self.inner.observations(rollup_id, limit).await
    }

    async fn hub_statuses(&self) -> Result<BTreeMap<RollupId, RollupStatus>, StorageError> {
        self.inner.hub_statuses().await
    }

    async fn action_counts(&self) -> Result<BTreeMap<(String, ActionStatus), u64>, StorageError> {
        self.inner.action_counts().await
    }

    async fn insert_fenced_action(
        &self,
        action: &Action,
        fence: &Fence,
        now_ms: u64,
    ) -> Result<bool, StorageError> {
        self.inner.insert_fenced_action(action, fence, now_ms).await
    }

    async fn record_fenced_attempt(
        &self,
        attempt: &TxAttempt,
        fence: &Fence,
    ) -> Result<(), StorageError> {
        self.inner.record_fenced_attempt(attempt, fence).await
    }

    async fn acquire_leases(
        &self,
        names: &[String],
        holder: &str,
        ttl_ms: u64,
    ) -> Result<Vec<Lease>, StorageError> {
        self.inner.acquire_leases(names, holder, ttl_ms).await
    }

    async fn release_lease(&self, name: &str, holder: &str) -> Result<bool, StorageError> {
        self.inner.release_lease(name, holder).await
    }

    async fn leases(&self) -> Result<Vec<Lease>, StorageError> {
        self.inner.leases().await
    }

    async fn heartbeat(&self, instance: &str, ttl_ms: u64) -> Result<(), StorageError> {
        self.inner.heartbeat(instance, ttl_ms).await
    }

    async fn live_instances(&self) -> Result<Vec<String>, StorageError> {
        self.inner.live_instances().await
    }

    async fn clock_ms(&self) -> Result<u64, StorageError> {
        self.inner.clock_ms().await
    }

    async fn record_report_signature(
        &self,
        signature: &ReportSignature,
        now_ms: u64,
    ) -> Result<bool, StorageError> {
        self.inner.record_report_signature(signature, now_ms).await
    }

    async fn report_signatures(
        &self,
        epoch: u64,
        report_hash: B256,
    ) -> Result<Vec<ReportSignature>, StorageError> {
        self.inner.report_signatures(epoch, report_hash).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::acting::actions::TrafficReport;

    fn lease(name: &str, holder: &str, expires_at_ms: u64) -> Lease {
        Lease { name: name.into(), holder: holder.into(), fencing_token: 1, expires_at_ms }
    }

    fn live(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    #[test]
    fn the_fair_share_rounds_up() {
        assert_eq!(fair_share(4, 2), 2);
        assert_eq!(fair_share(5, 2), 3);
        assert_eq!(fair_share(1, 3), 1);
        assert_eq!(fair_share(3, 0), 3, "no heartbeat seen yet: everything");
        assert_eq!(fair_share(0, 2), 0);
    }

    #[test]
    fn a_lone_instance_takes_every_rollup_and_the_report() {
        let plan = plan("a", &[1, 2, 3], &live(&["a"]), &[], 100);
        let mut acquired = plan.acquire.clone();
        acquired.sort();
        assert_eq!(acquired, ["report", "rollup:1", "rollup:2", "rollup:3"]);
        assert!(plan.release.is_empty());
    }

    #[test]
    fn an_instance_above_its_share_releases_the_extras() {
        let leases: Vec<Lease> = (1..=4).map(|i| lease(&rollup_lease(i), "a", 1_000)).collect();
        let plan = plan("a", &[1, 2, 3, 4], &live(&["a", "b"]), &leases, 100);
        assert_eq!(plan.acquire, ["rollup:1", "rollup:2", "report"]);
        assert_eq!(plan.release, ["rollup:3", "rollup:4"]);
        // b sees nothing free until a releases; then takes its share.
        let plan_b = super::plan("b", &[1, 2, 3, 4], &live(&["a", "b"]), &leases, 100);
        assert_eq!(plan_b.acquire, ["report"]);
    }

    #[test]
    fn lapsed_leases_of_a_dead_instance_are_taken_up_to_the_share() {
        let leases = vec![
            lease("rollup:1", "dead", 50),
            lease("rollup:2", "dead", 50),
            lease("rollup:3", "b", 1_000),
        ];
        // "dead" no longer heartbeats: b is alone, its share is all three.
        let plan = plan("b", &[1, 2, 3], &live(&["b"]), &leases, 100);
        let mut acquired = plan.acquire.clone();
        acquired.sort();
        assert_eq!(acquired, ["report", "rollup:1", "rollup:2", "rollup:3"]);
        assert_eq!(plan.acquire[0], "rollup:3", "what it holds comes first");
        // Not lapsed yet: nothing to take.
        let plan = super::plan("b", &[1, 2, 3], &live(&["b"]), &leases, 10);
        assert_eq!(plan.acquire, ["rollup:3", "report"]);
    }

    #[test]
    fn an_instance_without_a_heartbeat_yet_counts_itself() {
        let plan = plan("new", &[1, 2], &live(&["old"]), &[], 0);
        assert_eq!(plan.acquire.len(), 2, "one rollup (share of 2 between 2) and the report");
    }

    #[test]
    fn actions_need_their_rollup_lease_or_the_report_lease() {
        let status =
            Action::new("s", ActionKind::SetStatus { rollup_id: 4, status: RollupStatus::Down });
        assert_eq!(lease_for(&status), "rollup:4");
        let report =
            Action::new("r", ActionKind::SubmitReport(TrafficReport { epoch: 1, rollups: vec![] }));
        assert_eq!(lease_for(&report), REPORT_LEASE);
    }

    #[test]
    fn a_follower_gains_new_and_regained_leases_and_loses_moved_ones() {
        let held = Arc::new(HeldLeases::default());
        let until = Instant::now() + Duration::from_secs(60);
        let set = |leases: &[(&str, u64)]| {
            held.replace(leases.iter().map(|(n, t)| (n.to_string(), (*t, until))).collect());
        };
        let names = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<BTreeSet<_>>();
        let mut follower = LeaseFollower::new(held.clone());
        set(&[("rollup:1", 1), ("report", 1)]);
        let first = follower.changes();
        assert_eq!(first.gained, names(&["report", "rollup:1"]), "the first look gains all");
        assert!(first.lost.is_empty());
        assert_eq!(follower.changes().gained, names(&[]), "nothing new");
        // rollup:2 taken over from a dead instance; rollup:1 went to another instance.
        set(&[("rollup:2", 4), ("report", 1)]);
        let moved = follower.changes();
        assert_eq!(moved.gained, names(&["rollup:2"]));
        assert_eq!(moved.lost, names(&["rollup:1"]));
        assert!(moved.hands_over("rollup:1") && !moved.hands_over("rollup:2"));
        // rollup:2 lost and regained between two looks: a new token, so handed over and
        // adopted again.
        set(&[("rollup:2", 6), ("report", 1)]);
        let regained = follower.changes();
        assert_eq!(regained.gained, names(&["rollup:2"]));
        assert_eq!(regained.lost, names(&["rollup:2"]));
        assert!(regained.hands_over("rollup:2"));
    }

    #[test]
    fn held_leases_expire_on_the_local_clock() {
        let held = HeldLeases::default();
        let now = Instant::now();
        held.replace(BTreeMap::from([
            ("rollup:1".to_string(), (3, now + Duration::from_secs(60))),
            ("rollup:2".to_string(), (4, now)),
        ]));
        assert_eq!(held.fence("rollup:1"), Some(Fence { lease: "rollup:1".into(), token: 3 }));
        assert_eq!(held.fence("rollup:2"), None, "not renewed in time");
        assert_eq!(held.snapshot(), BTreeMap::from([("rollup:1".to_string(), 3)]));
    }
}

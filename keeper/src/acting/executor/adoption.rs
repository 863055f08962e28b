//! Several instances on one database: an executor works only on the actions whose lease it
//! holds, adopts a newly leased key's unfinished actions from storage, and lets go of a lost
//! lease's actions.

use super::*;

impl Executor {
    /// Whether the action is queued or in flight here.
    pub(super) fn holds(&self, key: &str) -> bool {
        self.in_flight.contains_key(key) || self.queue.iter().any(|a| a.key == key)
    }

    /// Takes up the unfinished actions of this executor's chain whose lease `wanted` selects,
    /// unless already held: pending ones are queued (oldest first), sent ones rebroadcast and
    /// watched. At start (a previous run's actions) and on adoption (another instance's).
    /// Returns how many were taken up.
    pub(super) async fn take_up(
        &mut self,
        wanted: impl Fn(&str) -> bool,
        why: &'static str,
    ) -> Result<usize, ExecutorError> {
        let mut taken = 0;
        for record in self.storage.unfinished_actions().await? {
            // Other chains' executors, or `RollupOps`, take up the others.
            let ours = record.action.kind.target() == self.target;
            if !ours || !wanted(&lease_for(&record.action)) || self.holds(&record.action.key) {
                continue;
            }
            taken += 1;
            self.take_up_one(record, why).await?;
        }
        Ok(taken)
    }

    pub(super) async fn take_up_one(
        &mut self,
        record: ActionRecord,
        why: &str,
    ) -> Result<(), ExecutorError> {
        let key = record.action.key.clone();
        let attempts = match record.status {
            ActionStatus::Sent => self.storage.attempts(&key).await?,
            _ => Vec::new(),
        };
        let Some(latest) = attempts.last() else {
            tracing::info!(%key, why, "queueing pending action");
            self.queue.push_back(record.action);
            return Ok(());
        };
        let Some((tx, from)) = decode_signed(&latest.raw) else {
            tracing::warn!(%key, "stored transaction is unreadable; sending the action again");
            self.queue.push_back(record.action);
            return Ok(());
        };
        tracing::info!(%key, nonce = tx.nonce, %from, why, "watching sent action");
        if from == self.address() {
            self.next_nonce = self.next_nonce.max(tx.nonce + 1);
        }
        let raw = latest.raw.clone();
        self.broadcast(&raw).await.ok();
        let in_flight = InFlight {
            action: record.action,
            from,
            tx,
            raw,
            hashes: attempts.iter().map(|a| a.tx_hash).collect(),
            last_sent: Instant::now(),
            mined_in: None,
            nonce_used_seen: false,
            unknown_checks: 0,
        };
        self.in_flight.insert(key, in_flight);
        Ok(())
    }

    /// With leases: lets go of the actions whose lease is no longer held (or changed hands
    /// since they were taken up; the instance holding it now adopts them) and adopts the
    /// unfinished actions of the leases newly held.
    pub(super) async fn follow_leases(&mut self) -> Result<(), ExecutorError> {
        let Some(changes) = self.leases.as_mut().map(LeaseFollower::changes) else {
            return Ok(());
        };
        let before = self.queue.len() + self.in_flight.len();
        self.queue.retain(|action| !changes.hands_over(&lease_for(action)));
        self.in_flight.retain(|_, f| !changes.hands_over(&lease_for(&f.action)));
        let let_go = before - self.queue.len() - self.in_flight.len();
        if let_go > 0 {
            tracing::warn!(let_go, lost = ?changes.lost, "leases lost: their actions are left to the holder");
        }
        if changes.gained.is_empty() {
            return Ok(());
        }
        let adopted = self.take_up(|lease| changes.gained.contains(lease), "adopting").await?;
        if adopted > 0 {
            tracing::info!(adopted, leases = ?changes.gained, "adopted unfinished actions");
        }
        Ok(())
    }
}

/// The unsigned transaction and its signer, from a stored signed transaction.
pub(super) fn decode_signed(raw: &Bytes) -> Option<(TxEip1559, Address)> {
    match TxEnvelope::decode_2718(&mut raw.as_ref()).ok()? {
        TxEnvelope::Eip1559(signed) => {
            let from = signed.signature().recover_address_from_prehash(&signed.signature_hash());
            Some((signed.strip_signature(), from.ok()?))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_transaction_names_its_signer() {
        let signer = PrivateKeySigner::random();
        let mut tx =
            TxEip1559 { chain_id: 31337, nonce: 7, gas_limit: 21_000, ..Default::default() };
        let signature = signer.sign_transaction_sync(&mut tx).unwrap();
        let raw: Bytes = TxEnvelope::from(tx.clone().into_signed(signature)).encoded_2718().into();
        assert_eq!(decode_signed(&raw), Some((tx, signer.address())));
        assert_eq!(decode_signed(&Bytes::from_static(&[2, 0xc0])), None);
    }
}

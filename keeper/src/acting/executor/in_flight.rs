//! Transactions on their way: receipts and confirmations, drops, replacement of a stuck or
//! dropped transaction, and reorgs (a receipt that disappears before its confirmations).

use super::*;

/// A transaction on its way: the unsigned template (to re-sign with new fees) and every hash
/// signed for the action at this nonce.
#[derive(Debug, Clone)]
pub(super) struct InFlight {
    pub(super) action: Action,
    /// The account that signed it: this executor's, or another instance's for an adopted
    /// action (then it can be rebroadcast but not re-priced).
    pub(super) from: Address,
    pub(super) tx: TxEip1559,
    pub(super) raw: Bytes,
    pub(super) hashes: Vec<B256>,
    pub(super) last_sent: Instant,
    /// Block of the receipt seen, waiting for confirmations.
    pub(super) mined_in: Option<u64>,
    /// The nonce was seen used with no receipt of ours once already: a node may count the
    /// nonce a moment before it serves the receipt, so only a second sighting means "taken".
    pub(super) nonce_used_seen: bool,
    /// Checks in a row in which the node did not know the latest transaction.
    pub(super) unknown_checks: u32,
}

impl InFlight {
    pub(super) fn fees(&self) -> Fees {
        Fees {
            max_fee_per_gas: self.tx.max_fee_per_gas,
            max_priority_fee_per_gas: self.tx.max_priority_fee_per_gas,
        }
    }
}

/// What became of one in-flight transaction in a check.
pub(super) enum Progress {
    Waiting,
    Done,
    Requeue,
}

impl Executor {
    /// Checks every in-flight transaction: confirmed, reverted, replaced by someone else,
    /// dropped or stuck (then replaced).
    pub(super) async fn check_in_flight(&mut self) -> Result<(), ExecutorError> {
        if self.in_flight.is_empty() {
            return Ok(());
        }
        // Read the mined nonces before the receipts: a nonce below its sender's without one of
        // our receipts was used by another transaction.
        let senders: BTreeSet<Address> = self.in_flight.values().map(|f| f.from).collect();
        let chain = async {
            let mut mined = BTreeMap::new();
            for from in senders {
                mined.insert(from, self.provider.get_transaction_count(from).latest().await?);
            }
            let head = self.provider.get_block_number().await?;
            Ok::<_, RpcError<TransportErrorKind>>((mined, head))
        };
        let (mined, head) = match chain.await {
            Ok(state) => state,
            Err(e) => {
                tracing::warn!(error = %e, "chain unreachable; will retry");
                return Ok(());
            }
        };
        let mut order: Vec<(Address, u64, String)> =
            self.in_flight.iter().map(|(key, f)| (f.from, f.tx.nonce, key.clone())).collect();
        order.sort();
        for (from, _, key) in order {
            let Some(mut in_flight) = self.in_flight.remove(&key) else { continue };
            let mined_nonce = mined.get(&from).copied().unwrap_or_default();
            match self.check_one(&mut in_flight, mined_nonce, head).await? {
                Progress::Waiting => {
                    self.in_flight.insert(key, in_flight);
                }
                Progress::Done => {}
                Progress::Requeue => self.queue.push_back(in_flight.action),
            }
        }
        Ok(())
    }

    pub(super) async fn check_one(
        &mut self,
        in_flight: &mut InFlight,
        mined_nonce: u64,
        head: u64,
    ) -> Result<Progress, ExecutorError> {
        let key = in_flight.action.key.clone();
        let nonce = in_flight.tx.nonce;
        for hash in in_flight.hashes.iter().rev() {
            let receipt = match self.provider.get_transaction_receipt(*hash).await {
                Ok(receipt) => receipt,
                Err(e) => {
                    tracing::warn!(%key, error = %e, "receipt query failed; will retry");
                    return Ok(Progress::Waiting);
                }
            };
            let Some(receipt) = receipt else { continue };
            let block = receipt.block_number.unwrap_or(head);
            in_flight.mined_in = Some(block);
            if head + 1 < block + self.settings.confirmations {
                return Ok(Progress::Waiting);
            }
            if receipt.status() {
                tracing::info!(%key, %hash, block, "action confirmed");
                self.storage.mark_confirmed(&key, *hash, block, now_ms()).await?;
            } else {
                let reason = self.replay_revert(in_flight, block).await;
                self.fail(&key, &format!("reverted in block {block} ({hash}){reason}")).await?;
            }
            return Ok(Progress::Done);
        }
        if in_flight.mined_in.take().is_some() {
            tracing::warn!(%key, nonce, "receipt vanished (reorg); rebroadcasting");
            self.broadcast(&in_flight.raw).await.ok();
            in_flight.last_sent = Instant::now();
            return Ok(Progress::Waiting);
        }
        if nonce < mined_nonce && !std::mem::replace(&mut in_flight.nonce_used_seen, true) {
            return Ok(Progress::Waiting);
        }
        if nonce < mined_nonce {
            tracing::warn!(%key, nonce, "nonce used by another transaction; sending again");
            let reason = format!("nonce {nonce} used by another transaction");
            return match self.storage.mark_pending(&key, &reason, now_ms()).await {
                Ok(()) => Ok(Progress::Requeue),
                // Another instance holds it now, or already finished it.
                Err(e) if e.is_handed_over() => {
                    tracing::info!(%key, error = %e, "not ours to send again; let go");
                    Ok(Progress::Done)
                }
                Err(e) => Err(e.into()),
            };
        }
        if self.is_dropped(in_flight).await {
            tracing::warn!(%key, nonce, "the node no longer knows the transaction; replacing it");
            self.replace(in_flight).await?;
        } else if in_flight.last_sent.elapsed() >= self.settings.stuck_after {
            self.replace(in_flight).await?;
        }
        Ok(Progress::Waiting)
    }

    /// Whether the node dropped the latest transaction (or never got it): it did not know it
    /// in two checks in a row (it does serve pending transactions by hash), and nothing else
    /// holds the nonce in its pool. A transaction of the same sender and nonce that replaced
    /// ours there (its owner cancelling, say) is not outbid: once mined, the action is sent
    /// again on another nonce.
    pub(super) async fn is_dropped(&self, in_flight: &mut InFlight) -> bool {
        if self.node_serves_pending != Some(true) {
            return false;
        }
        let Some(latest) = in_flight.hashes.last() else { return false };
        match self.provider.get_transaction_by_hash(*latest).await {
            Ok(Some(_)) => {
                in_flight.unknown_checks = 0;
                return false;
            }
            Ok(None) => in_flight.unknown_checks += 1,
            Err(e) => {
                tracing::debug!(error = %e, "could not ask for a pending transaction");
                return false;
            }
        }
        if in_flight.unknown_checks < 2 {
            return false;
        }
        match self.provider.get_transaction_count(in_flight.from).pending().await {
            Ok(pending) if pending > in_flight.tx.nonce => {
                let key = &in_flight.action.key;
                tracing::debug!(%key, nonce = in_flight.tx.nonce, "another transaction holds the nonce");
                false
            }
            Ok(_) => true,
            Err(e) => {
                tracing::debug!(error = %e, "could not read the pending nonce");
                false
            }
        }
    }

    /// Sends a stuck or dropped transaction again: ours with higher fees on the same nonce;
    /// another instance's (adopted) as it was signed, which is all its key allows.
    pub(super) async fn replace(&mut self, in_flight: &mut InFlight) -> Result<(), ExecutorError> {
        in_flight.unknown_checks = 0;
        if in_flight.from == self.address() {
            return self.bump(in_flight).await;
        }
        let key = &in_flight.action.key;
        tracing::info!(%key, from = %in_flight.from, "rebroadcasting another instance's transaction");
        self.broadcast(&in_flight.raw).await.ok();
        in_flight.last_sent = Instant::now();
        Ok(())
    }

    /// Marks the action confirmed if one of its earlier transactions was mined successfully.
    pub(super) async fn confirm_earlier_attempt(
        &mut self,
        key: &str,
    ) -> Result<bool, ExecutorError> {
        for attempt in self.storage.attempts(key).await?.iter().rev() {
            let Ok(Some(receipt)) = self.provider.get_transaction_receipt(attempt.tx_hash).await
            else {
                continue;
            };
            if receipt.status() {
                let block = receipt.block_number.unwrap_or_default();
                tracing::info!(%key, hash = %attempt.tx_hash, block, "earlier transaction did it");
                self.storage.mark_confirmed(key, attempt.tx_hash, block, now_ms()).await?;
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Why a mined transaction reverted, replayed as a call on the state before its block:
    /// `": <custom error>"`, or nothing when the replay does not tell.
    pub(super) async fn replay_revert(&self, in_flight: &InFlight, block: u64) -> String {
        let TxKind::Call(to) = in_flight.tx.to else { return String::new() };
        let request = TransactionRequest::default()
            .with_from(self.address())
            .with_to(to)
            .with_input(in_flight.tx.input.clone())
            .with_gas_limit(in_flight.tx.gas_limit);
        let replay = self.provider.call(request).block(block.saturating_sub(1).into()).await;
        match replay {
            Err(RpcError::ErrorResp(e)) => e
                .as_revert_data()
                .and_then(|data| self.encoder.decode_revert(to, &data))
                .map(|reason| format!(": {reason}"))
                .unwrap_or_default(),
            _ => String::new(),
        }
    }
}

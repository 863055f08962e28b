//! Actions on the rollups' own nodes rather than the hub. Today only one, for devnets: a gas
//! limit governance set in the RollupRegistry is applied to the rollup's anvil.
//!
//! Each action is recorded by its idempotency key like a hub action, so a restarted keeper does
//! not apply it again; an action whose node cannot be reached fails (and is stored as failed).

use std::{collections::BTreeMap, time::Duration};

use alloy::{
    primitives::{B256, U256},
    providers::{Provider, RootProvider},
    transports::http::reqwest::Url,
};

use crate::{
    acting::actions::{Action, ActionKind, ActionTarget},
    observation::{now_ms, RollupId},
    storage::{Storage, StorageError},
};

/// Performs rollup-side actions.
#[derive(Debug, Clone)]
pub struct RollupOps {
    endpoints: BTreeMap<RollupId, Url>,
    timeout: Duration,
}

impl RollupOps {
    /// Rollup-side actions on these endpoints, each request bounded by `timeout`.
    pub fn new(endpoints: BTreeMap<RollupId, Url>, timeout: Duration) -> Self {
        Self { endpoints, timeout }
    }

    /// Records the action and performs it unless its key is already known.
    pub async fn perform(&self, action: Action, storage: &dyn Storage) -> Result<(), StorageError> {
        if !storage.insert_action(&action, now_ms()).await? {
            tracing::debug!(key = %action.key, "action already known; skipped");
            return Ok(());
        }
        self.apply(action, storage).await
    }

    /// Performs the rollup-side actions a previous run recorded but did not finish.
    pub async fn resume(&self, storage: &dyn Storage) -> Result<(), StorageError> {
        for record in storage.unfinished_actions().await? {
            if record.action.kind.target() == ActionTarget::RollupNode {
                tracing::info!(key = %record.action.key, "resuming rollup action");
                self.apply(record.action, storage).await?;
            }
        }
        Ok(())
    }

    async fn apply(&self, action: Action, storage: &dyn Storage) -> Result<(), StorageError> {
        let ActionKind::SetRollupGasLimit { rollup_id, gas_limit } = action.kind else {
            let error = format!("{} is not a rollup action", action.kind.name());
            return storage.mark_failed(&action.key, &error, now_ms()).await;
        };
        match self.set_gas_limit(rollup_id, gas_limit).await {
            Ok(block) => {
                tracing::info!(key = %action.key, rollup_id, gas_limit, block, "gas limit applied");
                // No transaction: the zero hash marks a node-level change, from `block` on.
                storage.mark_confirmed(&action.key, B256::ZERO, block, now_ms()).await
            }
            Err(error) => {
                tracing::error!(key = %action.key, rollup_id, %error, "gas limit not applied");
                storage.mark_failed(&action.key, &error, now_ms()).await
            }
        }
    }

    /// `evm_setBlockGasLimit` on the rollup's node; returns its head when applied.
    async fn set_gas_limit(&self, rollup_id: RollupId, gas_limit: u64) -> Result<u64, String> {
        let url = self.endpoints.get(&rollup_id).ok_or(format!("no endpoint for {rollup_id}"))?;
        let provider: RootProvider = RootProvider::new_http(url.clone());
        let call = async {
            let applied: bool = provider
                .raw_request("evm_setBlockGasLimit".into(), (U256::from(gas_limit),))
                .await
                .map_err(|e| e.to_string())?;
            if !applied {
                return Err("the node refused the gas limit".to_string());
            }
            provider.get_block_number().await.map_err(|e| e.to_string())
        };
        tokio::time::timeout(self.timeout, call)
            .await
            .map_err(|_| format!("no answer within {:?}", self.timeout))?
    }
}

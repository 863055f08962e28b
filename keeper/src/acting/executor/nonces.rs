//! One key, one nonce sequence: nonces are allocated locally and re-synced from the chain
//! whenever a send fails.

use super::*;

impl Executor {
    /// The next nonce not held by one of our in-flight transactions.
    pub(super) fn allocate_nonce(&mut self) -> u64 {
        let me = self.address();
        let taken: BTreeSet<u64> =
            self.in_flight.values().filter(|f| f.from == me).map(|f| f.tx.nonce).collect();
        while taken.contains(&self.next_nonce) {
            self.next_nonce += 1;
        }
        let nonce = self.next_nonce;
        self.next_nonce += 1;
        nonce
    }

    /// Takes the nonce from the chain again (after a failed send or a foreign transaction).
    pub(super) async fn resync_nonce(&mut self) {
        match self.provider.get_transaction_count(self.address()).pending().await {
            Ok(nonce) => {
                tracing::info!(local = self.next_nonce, chain = nonce, "nonce re-synced");
                self.next_nonce = nonce;
            }
            Err(e) => tracing::warn!(error = %e, "could not re-sync nonce"),
        }
    }
}

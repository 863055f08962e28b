//! The head simulator: a light JSON-RPC server that serves the heads of many *simulated*
//! rollups, for the keeper's scale benchmark only (`era-scale-bench`). It is not a chain: no
//! state, no transactions, no EVM; each simulated rollup produces a block every block time
//! (phases staggered evenly across rollups) and serves it.
//!
//! Rollup `i` (0-based) answers at `http://ADDR/rollup/{i}` (POST, JSON-RPC 2.0, single or
//! batch) and at `ws://ADDR/rollup/{i}` (the same methods plus `eth_subscribe("newHeads")` and
//! `eth_unsubscribe`). Methods: `eth_chainId`, `net_version`, `eth_blockNumber`,
//! `eth_getBlockByNumber` (tags and numbers, transactions as hashes), `eth_getBlockByHash`,
//! `eth_syncing`, `web3_clientVersion`. Blocks are real alloy [`Block`]s (a consistent hash
//! chain, EIP-1559 base fee, half-full on average) serialised once when produced.
//!
//! The simulator records when each block became visible (unix milliseconds), so a benchmark can
//! measure how long a watcher took to see it.

use std::{
    collections::{HashMap, VecDeque},
    net::SocketAddr,
    sync::{
        atomic::{AtomicU64, Ordering},
        Arc, Mutex,
    },
    time::Duration,
};

use alloy::{
    consensus::Header as ConsensusHeader,
    primitives::{keccak256, Address, Bloom, B256, B64, U256},
    rpc::types::{Block, BlockTransactions, Header},
};
use axum::{
    extract::{
        ws::{Message, WebSocket, WebSocketUpgrade},
        Path, State,
    },
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::post,
    Router,
};
use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::{
    net::TcpListener,
    sync::{broadcast, mpsc},
    task::JoinHandle,
};
use tokio_util::sync::CancellationToken;

/// Blocks each simulated rollup keeps answerable by number or hash.
const RETAINED_BLOCKS: usize = 256;
/// newHeads notifications buffered per rollup for slow subscribers (beyond: dropped, counted).
const SUBSCRIPTION_BUFFER: usize = 64;
/// Every simulated block's gas limit.
pub const GAS_LIMIT: u64 = 30_000_000;
/// Every simulated block's base fee (1 gwei): a calm chain, so no strategy fires.
pub const BASE_FEE: u64 = 1_000_000_000;

/// What to simulate.
#[derive(Debug, Clone)]
pub struct SimulatorConfig {
    /// How many rollups.
    pub rollups: usize,
    /// Time between two blocks of one rollup.
    pub block_time: Duration,
    /// Chain id of rollup 0; rollup `i` has `first_chain_id + i`.
    pub first_chain_id: u64,
    /// Where to listen (port 0: any free port).
    pub listen: SocketAddr,
}

/// A block as served: its number, hash, JSON and when it became visible.
#[derive(Debug)]
struct SimBlock {
    number: u64,
    hash: B256,
    /// `eth_getBlockByNumber`/`ByHash` result (transactions as hashes).
    block_json: Arc<str>,
}

/// One simulated rollup.
#[derive(Debug)]
struct SimRollup {
    chain_id: u64,
    chain: Mutex<ChainState>,
    /// newHeads notifications' `result` (the header JSON).
    heads: broadcast::Sender<Arc<str>>,
}

#[derive(Debug, Default)]
struct ChainState {
    /// The latest blocks, oldest first.
    blocks: VecDeque<Arc<SimBlock>>,
    /// (block number, unix ms it became visible) of every block produced.
    produced: Vec<(u64, u64)>,
}

/// Requests served and notifications sent, for the benchmark's report.
#[derive(Debug, Default)]
pub struct SimulatorCounters {
    /// JSON-RPC calls answered over HTTP (each call of a batch counts).
    pub http_calls: AtomicU64,
    /// JSON-RPC calls answered over WebSocket.
    pub ws_calls: AtomicU64,
    /// newHeads subscriptions made.
    pub subscriptions: AtomicU64,
    /// newHeads notifications sent.
    pub notifications: AtomicU64,
    /// newHeads notifications dropped because a subscriber fell behind.
    pub dropped_notifications: AtomicU64,
}

#[derive(Debug)]
struct Shared {
    rollups: Vec<SimRollup>,
    counters: SimulatorCounters,
    next_subscription: AtomicU64,
}

/// A running head simulator; [`HeadSimulator::stop`] (or drop) stops it.
#[derive(Debug)]
pub struct HeadSimulator {
    shared: Arc<Shared>,
    addr: SocketAddr,
    shutdown: CancellationToken,
    tasks: Vec<JoinHandle<()>>,
}

/// Why the simulator could not start.
#[derive(Debug, thiserror::Error)]
pub enum SimulatorError {
    /// Nothing to simulate.
    #[error("the head simulator needs at least one rollup and a block time above zero")]
    Empty,
    /// The listen address could not be bound.
    #[error("head simulator: cannot listen on {0}: {1}")]
    Listen(SocketAddr, std::io::Error),
}

impl HeadSimulator {
    /// Starts serving: every rollup has its block 0 at once, then a block every block time.
    pub async fn start(config: SimulatorConfig) -> Result<Self, SimulatorError> {
        if config.rollups == 0 || config.block_time.is_zero() {
            return Err(SimulatorError::Empty);
        }
        let listener = TcpListener::bind(config.listen)
            .await
            .map_err(|e| SimulatorError::Listen(config.listen, e))?;
        let addr = listener.local_addr().map_err(|e| SimulatorError::Listen(config.listen, e))?;
        let rollups = (0..config.rollups)
            .map(|i| SimRollup {
                chain_id: config.first_chain_id + i as u64,
                chain: Mutex::default(),
                heads: broadcast::channel(SUBSCRIPTION_BUFFER).0,
            })
            .collect();
        let shared = Arc::new(Shared {
            rollups,
            counters: SimulatorCounters::default(),
            next_subscription: AtomicU64::new(1),
        });
        for rollup in &shared.rollups {
            rollup.produce();
        }
        let shutdown = CancellationToken::new();
        let producer =
            tokio::spawn(produce_blocks(shared.clone(), config.block_time, shutdown.child_token()));
        let app = Router::new()
            .route("/rollup/{index}", post(http_rpc).get(ws_upgrade))
            .with_state(shared.clone());
        let token = shutdown.child_token();
        let server = tokio::spawn(async move {
            let serve = axum::serve(listener, app).with_graceful_shutdown(token.cancelled_owned());
            if let Err(error) = serve.await {
                tracing::error!(%error, "head simulator server stopped");
            }
        });
        Ok(Self { shared, addr, shutdown, tasks: vec![producer, server] })
    }

    /// The HTTP JSON-RPC URL of simulated rollup `index`.
    pub fn http_url(&self, index: usize) -> String {
        format!("http://{}/rollup/{index}", self.addr)
    }

    /// The WebSocket JSON-RPC URL of simulated rollup `index`.
    pub fn ws_url(&self, index: usize) -> String {
        format!("ws://{}/rollup/{index}", self.addr)
    }

    /// The chain id of simulated rollup `index`.
    pub fn chain_id(&self, index: usize) -> u64 {
        self.shared.rollups[index].chain_id
    }

    /// How many rollups are simulated.
    pub fn rollups(&self) -> usize {
        self.shared.rollups.len()
    }

    /// Every block rollup `index` produced so far: (number, unix ms it became visible).
    pub fn produced(&self, index: usize) -> Vec<(u64, u64)> {
        self.shared.rollups[index].chain.lock().expect("chain state").produced.clone()
    }

    /// Requests served and notifications sent so far.
    pub fn counters(&self) -> &SimulatorCounters {
        &self.shared.counters
    }

    /// Stops producing and serving.
    pub async fn stop(mut self) {
        self.shutdown.cancel();
        for task in self.tasks.drain(..) {
            let _ = tokio::time::timeout(Duration::from_secs(5), task).await;
        }
    }
}

impl Drop for HeadSimulator {
    fn drop(&mut self) {
        self.shutdown.cancel();
    }
}

impl SimRollup {
    /// Produces the next block: visible by number and hash and announced to subscribers.
    fn produce(&self) {
        let mut chain = self.chain.lock().expect("chain state");
        let (number, parent_hash) = match chain.blocks.back() {
            Some(parent) => (parent.number + 1, parent.hash),
            None => (0, B256::ZERO),
        };
        let (block, header_json) = build_block(self.chain_id, number, parent_hash, now_ms());
        let block = Arc::new(block);
        if chain.blocks.len() == RETAINED_BLOCKS {
            chain.blocks.pop_front();
        }
        chain.blocks.push_back(block.clone());
        chain.produced.push((number, now_ms()));
        drop(chain);
        // No subscriber is not an error.
        let _ = self.heads.send(header_json);
    }

    fn latest(&self) -> Arc<SimBlock> {
        self.chain.lock().expect("chain state").blocks.back().expect("block 0 exists").clone()
    }

    fn by_number(&self, number: u64) -> Option<Arc<SimBlock>> {
        let chain = self.chain.lock().expect("chain state");
        let first = chain.blocks.front()?.number;
        let index = usize::try_from(number.checked_sub(first)?).ok()?;
        chain.blocks.get(index).cloned()
    }

    fn by_hash(&self, hash: B256) -> Option<Arc<SimBlock>> {
        let chain = self.chain.lock().expect("chain state");
        chain.blocks.iter().rev().find(|b| b.hash == hash).cloned()
    }
}

/// A plausible block: half full on average (25–75%), a constant base fee, 5–24 transactions
/// (as hashes), the parent's hash, and its own hash computed from the header.
fn build_block(chain_id: u64, number: u64, parent_hash: B256, at_ms: u64) -> (SimBlock, Arc<str>) {
    let seed = keccak256([chain_id.to_be_bytes(), number.to_be_bytes()].concat());
    let gas_used = GAS_LIMIT / 4
        + u64::from(u16::from_be_bytes([seed[0], seed[1]])) * GAS_LIMIT / 2 / u64::from(u16::MAX);
    let tx_count = 5 + u64::from(seed[2] % 20);
    let transactions: Vec<B256> =
        (0..tx_count).map(|i| keccak256([seed.as_slice(), &i.to_be_bytes()].concat())).collect();
    let inner = ConsensusHeader {
        parent_hash,
        beneficiary: Address::ZERO,
        state_root: seed,
        transactions_root: keccak256(transactions.concat()),
        receipts_root: B256::ZERO,
        logs_bloom: Bloom::ZERO,
        difficulty: U256::ZERO,
        number,
        gas_limit: GAS_LIMIT,
        gas_used,
        timestamp: at_ms / 1_000,
        mix_hash: B256::ZERO,
        nonce: B64::ZERO,
        base_fee_per_gas: Some(BASE_FEE),
        ..ConsensusHeader::default()
    };
    let header = Header::new(inner);
    let hash = header.hash;
    let header_json: Arc<str> = serde_json::to_string(&header).expect("a header serialises").into();
    let block = Block::<alloy::rpc::types::Transaction, Header>::new(
        header,
        BlockTransactions::Hashes(transactions),
    );
    let block_json = serde_json::to_string(&block).expect("a block serialises").into();
    (SimBlock { number, hash, block_json }, header_json)
}

/// Produces every rollup's blocks on schedule: rollup `i` at `start + (i / n + k) * block_time`
/// for k = 1, 2, ..., so the rollups' blocks are spread evenly over each block time.
async fn produce_blocks(shared: Arc<Shared>, block_time: Duration, shutdown: CancellationToken) {
    let n = shared.rollups.len() as u64;
    let start = tokio::time::Instant::now();
    let slot_time = |slot: u64| -> Duration {
        let nanos = block_time.as_nanos() * u128::from(slot) / u128::from(n);
        Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX))
    };
    // Slot s is rollup s % n's block; slots 0..n are the first round, one block time in.
    let mut slot = n;
    loop {
        let due = start + slot_time(slot);
        tokio::select! {
            _ = shutdown.cancelled() => return,
            _ = tokio::time::sleep_until(due) => {}
        }
        // Everything due by now, in order (the timer wakes at millisecond granularity).
        let now = tokio::time::Instant::now();
        while start + slot_time(slot) <= now {
            shared.rollups[(slot % n) as usize].produce();
            slot += 1;
        }
    }
}

/// One JSON-RPC call's outcome: a result or an error (code, message).
type CallResult = Result<RawOrValue, (i64, String)>;

/// A result that is either pre-serialised JSON (blocks) or a value.
enum RawOrValue {
    Raw(Arc<str>),
    Value(Value),
}

async fn http_rpc(
    State(shared): State<Arc<Shared>>,
    Path(index): Path<usize>,
    body: axum::body::Bytes,
) -> Response {
    let Some(rollup) = shared.rollups.get(index) else {
        return (StatusCode::NOT_FOUND, format!("no simulated rollup {index}")).into_response();
    };
    let request: Value = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return json_response(&error_json(&Value::Null, -32700, &format!("parse: {e}"))),
    };
    let reply = match request {
        Value::Array(calls) => {
            shared.counters.http_calls.fetch_add(calls.len() as u64, Ordering::Relaxed);
            let replies: Vec<String> = calls.iter().map(|call| answer(rollup, call)).collect();
            format!("[{}]", replies.join(","))
        }
        call => {
            shared.counters.http_calls.fetch_add(1, Ordering::Relaxed);
            answer(rollup, &call)
        }
    };
    json_response(&reply)
}

fn json_response(body: &str) -> Response {
    ([(header::CONTENT_TYPE, "application/json")], body.to_owned()).into_response()
}

/// The response to one call (not a subscription method).
fn answer(rollup: &SimRollup, call: &Value) -> String {
    let id = call.get("id").cloned().unwrap_or(Value::Null);
    let method = call.get("method").and_then(Value::as_str).unwrap_or_default();
    let params = call.get("params").cloned().unwrap_or(Value::Array(Vec::new()));
    match call_method(rollup, method, &params) {
        Ok(result) => result_json(&id, result),
        Err((code, message)) => error_json(&id, code, &message),
    }
}

fn result_json(id: &Value, result: RawOrValue) -> String {
    let result = match result {
        RawOrValue::Raw(raw) => raw,
        RawOrValue::Value(value) => value.to_string().into(),
    };
    format!(r#"{{"jsonrpc":"2.0","id":{id},"result":{result}}}"#)
}

fn error_json(id: &Value, code: i64, message: &str) -> String {
    json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}}).to_string()
}

fn call_method(rollup: &SimRollup, method: &str, params: &Value) -> CallResult {
    let value = |v: Value| Ok(RawOrValue::Value(v));
    let block = |b: Option<Arc<SimBlock>>| match b {
        Some(b) => Ok(RawOrValue::Raw(b.block_json.clone())),
        None => value(Value::Null),
    };
    match method {
        "eth_chainId" => value(json!(format!("{:#x}", rollup.chain_id))),
        "net_version" => value(json!(rollup.chain_id.to_string())),
        "eth_blockNumber" => value(json!(format!("{:#x}", rollup.latest().number))),
        "eth_syncing" => value(json!(false)),
        "web3_clientVersion" => value(json!("era-head-simulator")),
        "eth_getBlockByNumber" => {
            check_hashes_only(params)?;
            match params.get(0).and_then(Value::as_str) {
                Some("latest" | "pending" | "safe" | "finalized") => block(Some(rollup.latest())),
                Some("earliest") => block(rollup.by_number(0)),
                Some(hex) => block(rollup.by_number(parse_quantity(hex)?)),
                None => Err((-32602, "expected a block number or tag".into())),
            }
        }
        "eth_getBlockByHash" => {
            check_hashes_only(params)?;
            let hash = params
                .get(0)
                .and_then(Value::as_str)
                .and_then(|h| h.parse::<B256>().ok())
                .ok_or((-32602, "expected a block hash".to_string()))?;
            block(rollup.by_hash(hash))
        }
        "eth_subscribe" | "eth_unsubscribe" => {
            Err((-32601, format!("{method} needs a WebSocket connection")))
        }
        _ => Err((-32601, format!("the head simulator does not serve {method}"))),
    }
}

/// Full transaction objects are not simulated (the blocks carry hashes only).
fn check_hashes_only(params: &Value) -> Result<(), (i64, String)> {
    if params.get(1).and_then(Value::as_bool) == Some(true) {
        return Err((-32602, "the head simulator serves transaction hashes only".into()));
    }
    Ok(())
}

fn parse_quantity(hex: &str) -> Result<u64, (i64, String)> {
    hex.strip_prefix("0x")
        .and_then(|digits| u64::from_str_radix(digits, 16).ok())
        .ok_or((-32602, format!("invalid block number {hex:?}")))
}

async fn ws_upgrade(
    State(shared): State<Arc<Shared>>,
    Path(index): Path<usize>,
    upgrade: WebSocketUpgrade,
) -> Response {
    if index >= shared.rollups.len() {
        return (StatusCode::NOT_FOUND, format!("no simulated rollup {index}")).into_response();
    }
    upgrade.on_upgrade(move |socket| ws_session(shared, index, socket))
}

/// One WebSocket connection: calls answered in order; each newHeads subscription forwards the
/// rollup's heads until unsubscribed or the connection closes.
async fn ws_session(shared: Arc<Shared>, index: usize, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let (outgoing, mut queued) = mpsc::unbounded_channel::<String>();
    let writer = tokio::spawn(async move {
        while let Some(text) = queued.recv().await {
            if sink.send(Message::Text(text.into())).await.is_err() {
                break;
            }
        }
    });
    let mut subscriptions: HashMap<String, JoinHandle<()>> = HashMap::new();
    while let Some(Ok(message)) = stream.next().await {
        let text = match message {
            Message::Text(text) => text,
            Message::Close(_) => break,
            _ => continue,
        };
        let Ok(call) = serde_json::from_str::<Value>(text.as_str()) else {
            let _ = outgoing.send(error_json(&Value::Null, -32700, "parse error"));
            continue;
        };
        shared.counters.ws_calls.fetch_add(1, Ordering::Relaxed);
        let id = call.get("id").cloned().unwrap_or(Value::Null);
        let method = call.get("method").and_then(Value::as_str).unwrap_or_default();
        let params = call.get("params").cloned().unwrap_or(Value::Array(Vec::new()));
        let reply = match method {
            "eth_subscribe" => match params.get(0).and_then(Value::as_str) {
                Some("newHeads") => {
                    let sub =
                        format!("{:#x}", shared.next_subscription.fetch_add(1, Ordering::Relaxed));
                    let receiver = shared.rollups[index].heads.subscribe();
                    let task = forward_heads(shared.clone(), sub.clone(), receiver, &outgoing);
                    subscriptions.insert(sub.clone(), task);
                    shared.counters.subscriptions.fetch_add(1, Ordering::Relaxed);
                    result_json(&id, RawOrValue::Value(json!(sub)))
                }
                other => error_json(
                    &id,
                    -32602,
                    &format!("the head simulator only serves newHeads, not {other:?}"),
                ),
            },
            "eth_unsubscribe" => {
                let sub = params.get(0).and_then(Value::as_str).unwrap_or_default();
                let found = subscriptions.remove(sub).map(|task| task.abort()).is_some();
                result_json(&id, RawOrValue::Value(json!(found)))
            }
            _ => answer(&shared.rollups[index], &call),
        };
        if outgoing.send(reply).is_err() {
            break;
        }
    }
    for task in subscriptions.into_values() {
        task.abort();
    }
    drop(outgoing);
    let _ = writer.await;
}

fn forward_heads(
    shared: Arc<Shared>,
    subscription: String,
    mut heads: broadcast::Receiver<Arc<str>>,
    outgoing: &mpsc::UnboundedSender<String>,
) -> JoinHandle<()> {
    let outgoing = outgoing.clone();
    tokio::spawn(async move {
        loop {
            let header = match heads.recv().await {
                Ok(header) => header,
                Err(broadcast::error::RecvError::Lagged(missed)) => {
                    shared.counters.dropped_notifications.fetch_add(missed, Ordering::Relaxed);
                    continue;
                }
                Err(broadcast::error::RecvError::Closed) => return,
            };
            let notification = format!(
                r#"{{"jsonrpc":"2.0","method":"eth_subscription","params":{{"subscription":"{subscription}","result":{header}}}}}"#
            );
            if outgoing.send(notification).is_err() {
                return;
            }
            shared.counters.notifications.fetch_add(1, Ordering::Relaxed);
        }
    })
}

fn now_ms() -> u64 {
    era_keeper::observation::now_ms()
}

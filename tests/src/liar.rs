//! A JSON-RPC endpoint in front of a real node that lies when told to, the way a compromised or
//! broken RPC provider would: every request goes to the node, and the answer is rewritten per
//! the current [`Lie`] before it goes back. The keeper's fault tests put one in front of a
//! healthy rollup to show that lies are suspect data and never move funds or status.

use std::sync::{
    atomic::{AtomicU64, Ordering},
    Arc, Mutex,
};

use alloy::transports::http::reqwest;
use axum::{
    extract::State,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::post,
    Router,
};
use serde_json::{json, Value};
use tokio::{net::TcpListener, task::JoinHandle};

/// What the endpoint does to the node's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lie {
    /// Passes every answer through unchanged.
    Honest,
    /// Every block has this base fee and is full (gas used = gas limit): a fake surge.
    BaseFee(u64),
    /// Every block's gas used is twice its gas limit.
    Overfull,
    /// Every block is answered with something that is not a block.
    Undecodable,
    /// `eth_chainId` answers this chain id.
    ChainId(u64),
    /// A patient liar: from the first block it answers under this lie, every block is full
    /// and its base fee climbs 10% a block (EIP-1559 allows 12.5%), a surge that passes every
    /// plausibility rule. The hashes stay the node's.
    Climbing,
}

/// The endpoint; stops when dropped.
#[derive(Debug)]
pub struct LyingRpc {
    url: String,
    shared: Arc<Shared>,
    server: JoinHandle<()>,
}

#[derive(Debug)]
struct Shared {
    upstream: String,
    client: reqwest::Client,
    lie: Mutex<Lie>,
    lies_told: AtomicU64,
    /// Under [`Lie::Climbing`]: the first block lied about and its (real) base fee.
    climb: Mutex<Option<(u64, f64)>>,
}

impl LyingRpc {
    /// Listens on a free local port and forwards to `upstream` (`http://host:port`), honest
    /// until [`LyingRpc::set`].
    pub async fn start(upstream: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a local port");
        let url = format!("http://{}", listener.local_addr().expect("bound address"));
        let shared = Arc::new(Shared {
            upstream: upstream.to_string(),
            client: reqwest::Client::new(),
            lie: Mutex::new(Lie::Honest),
            lies_told: AtomicU64::new(0),
            climb: Mutex::new(None),
        });
        let app = Router::new().route("/", post(rpc)).with_state(shared.clone());
        let server = tokio::spawn(async move {
            if let Err(error) = axum::serve(listener, app).await {
                tracing::error!(%error, "lying RPC endpoint stopped");
            }
        });
        Self { url, shared, server }
    }

    /// The endpoint to give the keeper.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Lies this way from now on.
    pub fn set(&self, lie: Lie) {
        *self.shared.lie.lock().expect("lie") = lie;
        *self.shared.climb.lock().expect("climb") = None;
    }

    /// How many answers were rewritten so far.
    pub fn lies_told(&self) -> u64 {
        self.shared.lies_told.load(Ordering::SeqCst)
    }
}

impl Drop for LyingRpc {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn rpc(State(shared): State<Arc<Shared>>, body: axum::body::Bytes) -> Response {
    let request: Value = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => return (StatusCode::BAD_REQUEST, format!("not JSON: {e}")).into_response(),
    };
    let answer = shared
        .client
        .post(&shared.upstream)
        .header(header::CONTENT_TYPE, "application/json")
        .body(body.to_vec())
        .send()
        .await;
    let mut reply: Value = match answer {
        Ok(answer) => match answer.json().await {
            Ok(reply) => reply,
            Err(e) => return (StatusCode::BAD_GATEWAY, e.to_string()).into_response(),
        },
        Err(e) => return (StatusCode::BAD_GATEWAY, e.to_string()).into_response(),
    };
    let lie = *shared.lie.lock().expect("lie");
    let told = match (&request, &mut reply) {
        (Value::Array(calls), Value::Array(replies)) => calls
            .iter()
            .filter_map(|call| {
                let id = call.get("id")?;
                let reply = replies.iter_mut().find(|reply| reply.get("id") == Some(id))?;
                Some(rewrite(&shared, lie, call, reply))
            })
            .filter(|told| *told)
            .count(),
        (call, reply) => usize::from(rewrite(&shared, lie, call, reply)),
    };
    shared.lies_told.fetch_add(told as u64, Ordering::SeqCst);
    ([(header::CONTENT_TYPE, "application/json")], reply.to_string()).into_response()
}

/// Rewrites one reply per `lie`; whether it did.
fn rewrite(shared: &Shared, lie: Lie, call: &Value, reply: &mut Value) -> bool {
    let method = call.get("method").and_then(Value::as_str).unwrap_or_default();
    let Some(result) = reply.get_mut("result") else { return false };
    let is_block = matches!(method, "eth_getBlockByNumber" | "eth_getBlockByHash");
    match lie {
        Lie::Honest => false,
        Lie::ChainId(chain_id) if method == "eth_chainId" => {
            *result = json!(format!("{chain_id:#x}"));
            true
        }
        Lie::Undecodable if is_block && result.is_object() => {
            *result = json!("0xdeadbeef");
            true
        }
        Lie::BaseFee(fee) if is_block && result.is_object() => {
            result["baseFeePerGas"] = json!(format!("{fee:#x}"));
            result["gasUsed"] = result["gasLimit"].clone();
            true
        }
        Lie::Climbing if is_block && result.is_object() => {
            let hex = |field: &str| result[field].as_str().and_then(parse_hex);
            let (Some(number), Some(fee)) = (hex("number"), hex("baseFeePerGas")) else {
                return false;
            };
            let (first, start_fee) =
                *shared.climb.lock().expect("climb").get_or_insert((number, fee.max(1) as f64));
            if number < first {
                return false;
            }
            let climbed = start_fee * 1.1f64.powi((number - first).min(400) as i32);
            result["baseFeePerGas"] = json!(format!("{:#x}", climbed.round() as u64));
            result["gasUsed"] = result["gasLimit"].clone();
            true
        }
        Lie::Overfull if is_block && result.is_object() => {
            let limit = result["gasLimit"].as_str().and_then(parse_hex).unwrap_or(30_000_000);
            result["gasUsed"] = json!(format!("{:#x}", limit * 2));
            true
        }
        _ => false,
    }
}

fn parse_hex(text: &str) -> Option<u64> {
    u64::from_str_radix(text.trim_start_matches("0x"), 16).ok()
}

//! A TCP proxy in front of a node's JSON-RPC endpoint, so a test can take the endpoint away
//! from the keeper the way a network does: [`RpcProxy::cut`] black-holes it (connections are
//! accepted or kept open, nothing is forwarded and nothing answers, so requests time out) until
//! [`RpcProxy::restore`]; [`RpcProxy::lose_next_broadcast`] loses one
//! `eth_sendRawTransaction` on the way (the connection is reset without forwarding it: a send
//! that errors and never reaches the node).
//!
//! Requests are read one at a time (HTTP/1.1 with a `content-length`, as alloy sends them) so a
//! broadcast can be recognised; responses are copied through as they come.

use std::sync::{
    atomic::{AtomicBool, AtomicU32, Ordering},
    Arc,
};

use tokio::{
    io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt},
    net::{TcpListener, TcpStream},
    sync::watch,
    task::JoinHandle,
};

/// A proxy to one endpoint; stops when dropped.
#[derive(Debug)]
pub struct RpcProxy {
    url: String,
    state: Arc<State>,
    accept: JoinHandle<()>,
}

#[derive(Debug)]
struct State {
    upstream: String,
    /// True while cut off.
    cut: watch::Sender<bool>,
    lose_next_broadcast: AtomicBool,
    lost_broadcasts: AtomicU32,
}

impl RpcProxy {
    /// Listens on a free local port and forwards to `upstream` (`http://host:port`).
    pub async fn start(upstream: &str) -> Self {
        let upstream = upstream
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .replace("localhost", "127.0.0.1");
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind a local port");
        let url = format!("http://{}", listener.local_addr().expect("bound address"));
        let state = Arc::new(State {
            upstream,
            cut: watch::Sender::new(false),
            lose_next_broadcast: AtomicBool::new(false),
            lost_broadcasts: AtomicU32::new(0),
        });
        let accept = tokio::spawn(accept(listener, state.clone()));
        Self { url, state, accept }
    }

    /// The endpoint to give the keeper.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Black-holes the endpoint: open connections stall, new ones are accepted and never
    /// answered, nothing reaches the node.
    pub fn cut(&self) {
        self.state.cut.send_replace(true);
    }

    /// Forwards again; connections that stalled during the cut are closed.
    pub fn restore(&self) {
        self.state.cut.send_replace(false);
    }

    /// The next `eth_sendRawTransaction` request is not forwarded: its connection is reset.
    pub fn lose_next_broadcast(&self) {
        self.state.lose_next_broadcast.store(true, Ordering::SeqCst);
    }

    /// How many broadcasts were lost so far.
    pub fn lost_broadcasts(&self) -> u32 {
        self.state.lost_broadcasts.load(Ordering::SeqCst)
    }
}

impl Drop for RpcProxy {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

async fn accept(listener: TcpListener, state: Arc<State>) {
    let mut connections = tokio::task::JoinSet::new();
    while let Ok((client, _)) = listener.accept().await {
        connections.spawn(serve(client, state.clone()));
        while connections.try_join_next().is_some() {}
    }
}

/// Serves one client connection until either side closes it, a broadcast is lost, or a cut
/// (then it stalls until the endpoint is restored, and closes).
async fn serve(client: TcpStream, state: Arc<State>) {
    let mut cut = state.cut.subscribe();
    if *cut.borrow_and_update() {
        cut.wait_for(|cut| !*cut).await.ok();
        return;
    }
    let Ok(upstream) = TcpStream::connect(&state.upstream).await else { return };
    let (client_read, mut client_write) = client.into_split();
    let (mut upstream_read, upstream_write) = upstream.into_split();
    let was_cut = tokio::select! {
        _ = forward_requests(client_read, upstream_write, &state) => false,
        _ = tokio::io::copy(&mut upstream_read, &mut client_write) => false,
        _ = cut.wait_for(|cut| *cut) => true,
    };
    if was_cut {
        // Both connections stay open and silent until the endpoint is restored.
        let _stalled = (upstream_read, client_write);
        cut.wait_for(|cut| !*cut).await.ok();
    }
}

/// Copies whole requests from the client to the node, one at a time; stops at the end of the
/// stream, an unreadable request, or a lost broadcast.
async fn forward_requests(
    mut client: impl AsyncRead + Unpin,
    mut upstream: impl AsyncWrite + Unpin,
    state: &State,
) {
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_request(&mut client, &mut buffer).await else { return };
        let is_broadcast = request.windows(22).any(|w| w == b"eth_sendRawTransaction");
        if is_broadcast && state.lose_next_broadcast.swap(false, Ordering::SeqCst) {
            state.lost_broadcasts.fetch_add(1, Ordering::SeqCst);
            return;
        }
        if upstream.write_all(&request).await.is_err() {
            return;
        }
    }
}

/// One HTTP request (head and `content-length` body) from `stream`; `buffer` keeps what was
/// read beyond it.
async fn read_request(
    stream: &mut (impl AsyncRead + Unpin),
    buffer: &mut Vec<u8>,
) -> Option<Vec<u8>> {
    let head_end = loop {
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        read_more(stream, buffer).await?;
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|value| value.trim().parse().ok())
        .unwrap_or(0);
    while buffer.len() < head_end + length {
        read_more(stream, buffer).await?;
    }
    Some(buffer.drain(..head_end + length).collect())
}

async fn read_more(stream: &mut (impl AsyncRead + Unpin), buffer: &mut Vec<u8>) -> Option<()> {
    let mut chunk = [0u8; 16 * 1024];
    match stream.read(&mut chunk).await {
        Ok(0) | Err(_) => None,
        Ok(n) => {
            buffer.extend_from_slice(&chunk[..n]);
            Some(())
        }
    }
}

//! A PostgreSQL server for the tests, and a fresh database for each test.
//!
//! The server is the one `DATABASE_URL` names, else `postgres://postgres@127.0.0.1:5432`; when
//! neither answers, a throwaway cluster is started from the installed binaries (`initdb`,
//! `pg_ctl` under `/usr/lib/postgresql/*/bin` or on PATH) in a temporary folder on a free port,
//! as `nobody` when the tests run as root (initdb refuses root). A watchdog stops it and removes
//! the folder when the test process ends. Without an installed server the tests fail saying how
//! to get one. `ERA_TEST_PG_THROWAWAY=1` skips the running servers and always starts a cluster.
//!
//! Each [`TestDatabase`] is a uniquely named database, dropped when the value is dropped, so tests
//! run in parallel and leave nothing behind.

use std::{
    net::{TcpListener, TcpStream, ToSocketAddrs},
    path::{Path, PathBuf},
    process::Command,
    sync::{
        atomic::{AtomicU32, Ordering},
        OnceLock,
    },
    time::Duration,
};

use alloy::transports::http::reqwest::Url;
use sqlx::{Connection, Executor, PgConnection};

const LOCAL_SERVER: &str = "postgres://postgres@127.0.0.1:5432/postgres";
const INSTALL_HINT: &str = "no PostgreSQL server answers (DATABASE_URL, else 127.0.0.1:5432) and \
     none is installed to start a throwaway one: install it (`apt-get install postgresql`) or \
     set DATABASE_URL to a server where the tests may create and drop databases";

/// The admin URL of the server the tests use (found or started once per test process).
pub fn server_url() -> &'static str {
    static SERVER: OnceLock<Result<String, String>> = OnceLock::new();
    let server = SERVER.get_or_init(|| {
        let forced = std::env::var("ERA_TEST_PG_THROWAWAY").is_ok_and(|v| v == "1");
        if !forced {
            if let Ok(url) = std::env::var("DATABASE_URL") {
                if url.starts_with("postgres") && answers(&url) {
                    return Ok(url);
                }
            }
            if answers(LOCAL_SERVER) {
                return Ok(LOCAL_SERVER.into());
            }
        }
        // Kept running for the whole process; the watchdog cleans up after it.
        let cluster = Cluster::start()?;
        let url = cluster.url.clone();
        std::mem::forget(cluster);
        Ok(url)
    });
    match server {
        Ok(url) => url,
        Err(problem) => panic!("{problem}"),
    }
}

/// Whether something accepts TCP connections at the URL's host and port.
fn answers(url: &str) -> bool {
    let Ok(parsed) = Url::parse(url) else { return false };
    let host = parsed.host_str().unwrap_or("127.0.0.1").to_string();
    let port = parsed.port().unwrap_or(5432);
    let Ok(mut addresses) = (host.as_str(), port).to_socket_addrs() else { return false };
    addresses.any(|a| TcpStream::connect_timeout(&a, Duration::from_millis(500)).is_ok())
}

/// A uniquely named database on the test server, dropped (forcibly) when this is dropped.
#[derive(Debug)]
pub struct TestDatabase {
    /// Connects to the database.
    pub url: String,
    name: String,
    admin_url: String,
}

/// Creates a fresh database.
pub async fn fresh_database() -> TestDatabase {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let admin_url = server_url().to_string();
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let name = format!(
        "era_keeper_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let mut admin = PgConnection::connect(&admin_url).await.expect("connect to the test server");
    admin.execute(format!("CREATE DATABASE \"{name}\"").as_str()).await.expect("create database");
    admin.close().await.ok();
    let mut url = Url::parse(&admin_url).expect("server URL");
    url.set_path(&format!("/{name}"));
    TestDatabase { url: url.to_string(), name, admin_url }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop runs inside (or outside) a runtime; a thread with its own runtime works in both.
        let dropped = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
            runtime.block_on(async {
                let mut admin = PgConnection::connect(&admin_url).await?;
                let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                admin.execute(sql.as_str()).await?;
                admin.close().await?;
                Ok::<_, sqlx::Error>(())
            })?;
            Ok::<_, Box<dyn std::error::Error + Send + Sync>>(())
        })
        .join();
        if let Ok(Err(e)) = dropped {
            eprintln!("could not drop test database {}: {e}", self.name);
        }
    }
}

/// A throwaway PostgreSQL cluster in a temporary folder.
#[derive(Debug)]
pub struct Cluster {
    /// Admin URL (user `postgres`, trust auth, database `postgres`).
    pub url: String,
    /// The temporary folder (data, socket, log).
    pub dir: PathBuf,
    bin: PathBuf,
    as_nobody: bool,
}

impl Cluster {
    /// initdb + pg_ctl start on a free port, with a watchdog that stops the cluster and removes
    /// its folder once this process is gone.
    pub fn start() -> Result<Self, String> {
        let bin = find_bin().ok_or_else(|| INSTALL_HINT.to_string())?;
        let dir = tempfile::Builder::new()
            .prefix("era-keeper-pg-")
            .tempdir()
            .map_err(|e| format!("temporary folder: {e}"))?
            .keep();
        let as_nobody = is_root();
        if as_nobody {
            run(Command::new("chown").arg("-R").arg("nobody").arg(&dir))?;
        }
        let port = free_port()?;
        let cluster = Self {
            url: format!("postgres://postgres@127.0.0.1:{port}/postgres"),
            dir: dir.clone(),
            bin,
            as_nobody,
        };
        let data = dir.join("data");
        run(cluster.command("initdb").arg("-D").arg(&data).args([
            "-U",
            "postgres",
            "--auth=trust",
            "--no-sync",
            "-E",
            "UTF8",
        ]))?;
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
            dir.display()
        );
        run(cluster
            .command("pg_ctl")
            .arg("-D")
            .arg(&data)
            .arg("-l")
            .arg(dir.join("log"))
            .args(["-w", "-o", &options, "start"]))?;
        cluster.spawn_watchdog()?;
        Ok(cluster)
    }

    /// Stops the cluster and removes its folder.
    pub fn stop(self) -> Result<(), String> {
        run(self.command("pg_ctl").arg("-D").arg(self.dir.join("data")).args([
            "-m",
            "immediate",
            "-w",
            "stop",
        ]))?;
        std::fs::remove_dir_all(&self.dir).map_err(|e| format!("remove {:?}: {e}", self.dir))
    }

    fn command(&self, tool: &str) -> Command {
        let program = self.bin.join(tool);
        if self.as_nobody {
            let mut command = Command::new("runuser");
            command.args(["-u", "nobody", "--"]).arg(program);
            command
        } else {
            Command::new(program)
        }
    }

    fn spawn_watchdog(&self) -> Result<(), String> {
        let stop = self.command("pg_ctl");
        let mut stop_line = vec![stop.get_program().to_string_lossy().into_owned()];
        stop_line.extend(stop.get_args().map(|a| a.to_string_lossy().into_owned()));
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 1; done; \
             {stop} -D '{data}' -m immediate -w stop >/dev/null 2>&1; rm -rf '{dir}'",
            pid = std::process::id(),
            stop = stop_line.join(" "),
            data = self.dir.join("data").display(),
            dir = self.dir.display(),
        );
        Command::new("sh")
            .args(["-c", &script])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(drop)
            .map_err(|e| format!("watchdog: {e}"))
    }
}

/// The newest `/usr/lib/postgresql/<version>/bin` with initdb and pg_ctl, else PATH's.
fn find_bin() -> Option<PathBuf> {
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_string_lossy().parse::<u32>().ok()?;
            let bin = entry.path().join("bin");
            has_tools(&bin).then_some((version, bin))
        })
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Some(bin);
    }
    std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .find(|dir| has_tools(dir))
}

fn has_tools(bin: &Path) -> bool {
    bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("free port: {e}"))?;
    listener.local_addr().map(|a| a.port()).map_err(|e| format!("free port: {e}"))
}

fn run(command: &mut Command) -> Result<(), String> {
    let output = command.output().map_err(|e| format!("{command:?}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{command:?} failed ({}): {}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ))
    }
}

//! The `era-deploy` binary: clear errors on bad input, and Ctrl-C stops every chain.

use std::{
    process::{Command, Stdio},
    time::{Duration, Instant},
};

fn era_deploy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_era-deploy"))
}

#[test]
fn zero_rollups_is_a_clear_error() {
    let out = era_deploy().args(["devnet", "--rollups", "0"]).output().unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--rollups must be between 1 and 64, got 0"), "{stderr}");
}

#[test]
fn missing_anvil_says_how_to_get_one() {
    let out = era_deploy()
        .args(["devnet", "--rollups", "1", "--manifest", "/tmp/era-deploy-never-written.json"])
        .env("ERA_ANVIL", "/nonexistent/anvil")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("ERA_ANVIL=/nonexistent/anvil does not exist"), "{stderr}");
}

#[test]
fn unwritable_manifest_is_refused_before_any_chain_starts() {
    let out = era_deploy()
        .args(["devnet", "--rollups", "1", "--manifest", "/proc/nope/devnet.json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot write the manifest to /proc/nope/devnet.json"), "{stderr}");
}

#[test]
fn ctrl_c_stops_every_chain() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("devnet.json");
    let mut child = era_deploy()
        .args(["devnet", "--rollups", "2", "--manifest"])
        .arg(&manifest)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while !manifest.exists() {
        assert!(Instant::now() < deadline, "devnet did not come up");
        assert!(child.try_wait().unwrap().is_none(), "era-deploy exited early");
        std::thread::sleep(Duration::from_millis(50));
    }
    let text = std::fs::read_to_string(&manifest).unwrap();
    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
    let mut ports = vec![port_of(&parsed["hub"]["rpc_url"])];
    ports.extend(parsed["rollups"].as_array().unwrap().iter().map(|r| port_of(&r["rpc_url"])));
    assert!(ports.iter().all(|&p| listening(p)), "every chain listens once the manifest exists");

    // SIGINT, as Ctrl-C sends.
    let status = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(20);
    let exit = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "era-deploy did not stop on Ctrl-C");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "exit status {exit:?}");
    let stdout = std::io::read_to_string(child.stdout.take().unwrap()).unwrap();
    assert!(stdout.contains("stopped 3 anvil nodes"), "{stdout}");
    assert!(ports.iter().all(|&p| !listening(p)), "a chain still listens after Ctrl-C");
}

fn port_of(url: &serde_json::Value) -> u16 {
    url.as_str().unwrap().rsplit(':').next().unwrap().trim_end_matches('/').parse().unwrap()
}

fn listening(port: u16) -> bool {
    std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
}

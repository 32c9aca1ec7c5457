//! A `tejido` process holds the decrypted vault in memory: it must never write a core file,
//! and other processes of the same user must not read its memory (`ptrace`,
//! `/proc/<pid>/mem`).

#![cfg(target_os = "linux")]

use std::os::unix::fs::MetadataExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Starts `tejido person list` (optionally under another user), left waiting for its
/// passphrase: a process that will hold plaintext, caught before it reads a secret.
fn waiting_tejido(as_nobody: bool) -> Child {
    let dir = tempfile::tempdir().unwrap();
    let mut command = if as_nobody {
        let mut c = Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", env!("CARGO_BIN_EXE_tejido")]);
        c
    } else {
        Command::new(env!("CARGO_BIN_EXE_tejido"))
    };
    command
        .args(["person", "list"])
        .arg(dir.path().join("Community.tejido"))
        .env("TEJIDO_CONFIG_DIR", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("tejido starts")
}

/// Waits (up to ten seconds) for `holds` to become true of the process: it hardens itself
/// first thing in `main`, a moment after it starts.
fn eventually(child: &Child, holds: impl Fn(u32) -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if holds(child.id()) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

#[test]
fn tejido_may_not_write_a_core_file() {
    let child = waiting_tejido(false);
    let no_core = eventually(&child, |pid| {
        let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap_or_default();
        limits.lines().any(|l| l.starts_with("Max core file size") && l.split_whitespace().skip(4).take(2).eq(["0", "0"]))
    });
    stop(child);
    assert!(no_core, "RLIMIT_CORE is 0, soft and hard");
}

#[test]
fn tejido_is_not_dumpable_so_its_user_cannot_trace_it() {
    // The kernel shows the /proc entries of a process that is not dumpable as root's, so
    // that its own user cannot open its memory. Seen from root that is no difference, so
    // when the tests run as root, tejido runs as `nobody`.
    let uid = |pid: &str| {
        std::fs::read_to_string(format!("/proc/{pid}/status"))
            .unwrap_or_default()
            .lines()
            .find(|l| l.starts_with("Uid:"))
            .and_then(|l| l.split_whitespace().nth(2).map(str::to_owned))
            .unwrap_or_default()
    };
    let root = uid("self") == "0";
    if root && Command::new("setpriv").arg("--version").output().is_err() {
        eprintln!("skipped: running as root without setpriv to run tejido as another user");
        return;
    }
    let child = waiting_tejido(root);
    let user = if root { "65534".to_owned() } else { uid("self") };
    // Only tejido itself counts, running as `user` (setpriv, between switching users and
    // starting tejido, is briefly not dumpable either).
    let is_tejido = |pid: u32| {
        std::fs::read_to_string(format!("/proc/{pid}/comm")).is_ok_and(|c| c.trim() == "tejido") && uid(&pid.to_string()) == user
    };
    let started = eventually(&child, is_tejido);
    let hidden =
        eventually(&child, |pid| is_tejido(pid) && std::fs::metadata(format!("/proc/{pid}/mem")).is_ok_and(|m| m.uid() == 0));
    stop(child);
    assert!(started, "tejido ran as uid {user}");
    assert!(hidden, "/proc/<pid>/mem is not its user's: PR_SET_DUMPABLE is 0");
}

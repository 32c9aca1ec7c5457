//! Real kills: `tejido person add` killed with SIGKILL at random moments, many times over.
//! Every addition the command acknowledged (exit 0, "Added …") must still be in the vault,
//! and the vault must always open. `TEJIDO_KILLS` sets how many kills (default 300; the
//! README has the command for thousands).

#![cfg(unix)]

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{PASS, World};

#[test]
fn sigkill_during_saves_never_loses_an_acknowledged_person() {
    let kills: u32 = std::env::var("TEJIDO_KILLS").ok().and_then(|v| v.parse().ok()).unwrap_or(300);
    let world = World::new();
    world.init();
    let dir = world.vault();
    let mut acknowledged = Vec::new();
    let mut killed = 0;
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut i = 0;
    while killed < kills {
        i += 1;
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // A run takes a few milliseconds with the test scrypt factor: kill anywhere in it.
        let delay = Duration::from_micros(seed % 40_000);
        let pseudonym = format!("p{i}");
        let mut child = Command::new(env!("CARGO_BIN_EXE_tejido"))
            .args(["person", "add", dir.to_str().unwrap(), "--pseudonym", &pseudonym])
            .env("TEJIDO_CONFIG_DIR", world.path("config"))
            .env("TEJIDO_INSECURE_SCRYPT_WORK_FACTOR", "2")
            .env("TEJIDO_LANG", "en")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(format!("{PASS}\n").as_bytes()).unwrap();
        let started = Instant::now();
        while started.elapsed() < delay {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        let out = child.wait_with_output().unwrap();
        if out.status.success() && String::from_utf8_lossy(&out.stdout).contains("Added") {
            acknowledged.push(pseudonym);
        }
    }
    let listed = world.ok(&["person", "list", dir.to_str().unwrap(), "--json"], &format!("{PASS}\n"));
    let people: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let names: Vec<&str> = people.as_array().unwrap().iter().map(|p| p["pseudonym"].as_str().unwrap()).collect();
    for pseudonym in &acknowledged {
        assert!(names.contains(&pseudonym.as_str()), "{pseudonym} was acknowledged, then lost after {killed} kills");
    }
    assert!(killed >= kills, "the processes were really killed");
    let check = world.run(&["check", dir.to_str().unwrap()], &format!("{PASS}\n"));
    assert!(check.status.success(), "after {killed} kills every remaining generation is sound: {}", String::from_utf8_lossy(&check.stdout));
    eprintln!("{killed} kills, {} acknowledged additions, all present", acknowledged.len());
}

//! Every top-level `tejido` command, run for real and compared with snapshots of its exact
//! stdout, stderr and exit code, in English, Spanish and French (as `age` tests `rage`).
//! A message whose text changes fails here until its snapshots are regenerated:
//!
//! ```text
//! TRYCMD=overwrite cargo test -p tejido --features insecure-test-kdf --test snapshots
//! ```
//!
//! then read the diff before committing it. The target needs the cheap test scrypt
//! (`insecure-test-kdf`, as `.ci/test` sets it): the fixture's key slots are sealed with it.
//!
//! One case is one file under `tests/snapshots/{en,es,fr}/`: `NAME.toml` holds the arguments,
//! the passphrases typed (`stdin`, one a line), the language and the expected exit code;
//! `NAME.stdout` and `NAME.stderr` hold the output. Each run starts from a fresh copy of
//! `tests/snapshots/vault.in/` (`fs.sandbox`), so cases do not see each other's changes, and
//! with an environment as bare as `tests/cli/support.rs`'s: no inherited variables, the
//! installation's memory in the copy's `config/` folder.
//!
//! What changes between runs is redacted in the snapshots: `[..]` for part of a line (recovery
//! keys, shares, slot ids, timings), `...` for whole lines, `[CWD]` for the sandbox folder and
//! `[VERSION]` for the crate's version. `TRYCMD=overwrite` keeps a redaction where the new output
//! still matches it.
//!
//! The fixture, `vault.in/Community.tejido` (passphrase `correct horse battery`, the members
//! Colibrí and Tero), is committed so runs are repeatable; remake it after a change to the vault
//! format with
//!
//! ```text
//! cargo test -p tejido --features insecure-test-kdf --test snapshots -- --ignored remake_fixture
//! ```
//!
//! which also writes its new recovery key into the `recover-ok.stdin` cases.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const PASSPHRASE: &str = "correct horse battery";

fn snapshots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

#[test]
fn cli_output_in_every_language() {
    let world = tempfile::tempdir().expect("a temporary folder");
    for sub in ["home", "tmp"] {
        std::fs::create_dir(world.path().join(sub)).expect("a folder in the temporary one");
    }
    let path = |sub: &str| world.path().join(sub).display().to_string();
    trycmd::TestCases::new()
        .register_bin("tejido", Path::new(env!("CARGO_BIN_EXE_tejido")))
        // Each case's own `env.inherit = false` clears everything else; the language is set
        // per case, since these defaults would override it.
        .env("HOME", path("home"))
        .env("TMPDIR", path("tmp"))
        // Relative: inside each case's sandbox, so one case's memory of the fixture's
        // generations never reaches another.
        .env("TEJIDO_CONFIG_DIR", "config")
        .env("TEJIDO_INSECURE_SCRYPT_WORK_FACTOR", "4")
        // The command line writes moments on this computer's clock: one clock for every
        // machine the snapshots run on.
        .env("TZ", "UTC")
        .case(snapshots().join("*/*.toml"))
        .insert_var("[VERSION]", env!("CARGO_PKG_VERSION"))
        .expect("a valid variable");
}

/// Remakes `vault.in/` with the real binary and puts its recovery key into the cases that use
/// it. Ignored: run it by hand (see the module docs), then regenerate the snapshots.
#[test]
#[ignore = "remakes the committed fixture"]
fn remake_fixture() {
    let fixture = snapshots().join("vault.in");
    let vault = fixture.join("Community.tejido");
    let _ = std::fs::remove_dir_all(&vault);
    let config = tempfile::tempdir().expect("a temporary folder");
    let run = |args: &[&str]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tejido"))
            .args(args)
            .current_dir(&fixture)
            .env_clear()
            .env("TEJIDO_CONFIG_DIR", config.path())
            .env("TMPDIR", config.path())
            .env("HOME", config.path())
            .env("TEJIDO_INSECURE_SCRYPT_WORK_FACTOR", "4")
            .env("TEJIDO_LANG", "en")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("tejido runs");
        writeln!(child.stdin.take().expect("stdin is piped"), "{PASSPHRASE}")
            .expect("the passphrase is written");
        let out = child.wait_with_output().expect("tejido finishes");
        assert!(
            out.status.success(),
            "tejido {args:?} should succeed while making the fixture"
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    };
    let created = run(&["init", "Community.tejido", "--name", "Río Claro"]);
    let key = created
        .lines()
        .map(str::trim)
        .find(|line| line.starts_with("AGE-SECRET-KEY-1"))
        .expect("init prints the recovery key");
    run(&[
        "person",
        "add",
        "Community.tejido",
        "--pseudonym",
        "Colibrí",
        "--role",
        "coordinator",
        "--tag",
        "youth",
    ]);
    run(&[
        "person",
        "add",
        "Community.tejido",
        "--pseudonym",
        "Tero",
        "--name",
        "Ana Pérez",
    ]);
    for lang in ["en", "es", "fr"] {
        let stdin = snapshots().join(lang).join("recover-ok.stdin");
        std::fs::write(&stdin, format!("{key}\nnew horse battery staple\n"))
            .expect("the case's input is written");
    }
}

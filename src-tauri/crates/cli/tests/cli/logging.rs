//! Diagnostics (`TEJIDO_LOG`): they show what ran, and never a secret or the vault's content
//! (the rule in `src/diagnostics.rs`).

use std::process::Output;

use crate::support::{PASS, World, recovery_key};

/// What a person typed or the vault holds, each distinctive enough to be found in a log.
const PSEUDONYM: &str = "Quetzal-Nocturno";
const REAL_NAME: &str = "Itzel Ramírez Oxlaj";
const NOTES: &str = "Llamamos a Itzel el 3 de marzo desde la radio";
const WRONG: &str = "wrong horse battery";

/// The diagnostic lines of a run's stderr: those that are not the one-line user messages.
fn log_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| !l.starts_with("tejido: "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn trace_logs_name_each_command_but_never_a_secret_or_what_the_vault_holds() {
    let mut world = World::new();
    world.log = Some("trace");
    let vault = world.vault();
    let desk = world.path("work/Desk.tejido");
    let card = world.path("work/desk-contact.json");
    let (v, d, c) = (
        vault.to_str().unwrap(),
        desk.to_str().unwrap(),
        card.to_str().unwrap(),
    );
    let pass = format!("{PASS}\n");

    let mut runs: Vec<(&str, Output)> = Vec::new();
    let init = world.run(&["init", v, "--name", "Río Claro"], &pass);
    let key = recovery_key(&String::from_utf8_lossy(&init.stdout));
    runs.push(("init", init));
    runs.push((
        "person add",
        world.run(
            &[
                "person",
                "add",
                v,
                "--pseudonym",
                PSEUDONYM,
                "--name",
                REAL_NAME,
            ],
            &pass,
        ),
    ));
    runs.push(("person list", world.run(&["person", "list", v], &pass)));
    runs.push(("undo", world.run(&["undo", v], &pass)));
    runs.push((
        "person list",
        world.run(&["person", "list", v], &format!("{WRONG}\n")),
    ));
    // Notes: how a desk's fingerprint was checked, kept with its contact.
    runs.push(("init", world.run(&["init", d, "--name", "Red"], &pass)));
    let saved = world.run(&["contact", "save", d, "--role", "desk", "--out", c], &pass);
    let stdout = String::from_utf8_lossy(&saved.stdout).into_owned();
    let fingerprint = stdout
        .trim_end()
        .rsplit(": ")
        .next()
        .expect("the fingerprint is printed")
        .to_owned();
    runs.push(("contact save", saved));
    let notes = [
        "contact",
        "add",
        v,
        c,
        "--fingerprint",
        &fingerprint,
        "--notes",
        NOTES,
    ];
    runs.push(("contact add", world.run(&notes, &pass)));

    let statuses: Vec<Option<i32>> = runs.iter().map(|(_, out)| out.status.code()).collect();
    assert_eq!(
        statuses,
        [
            Some(0),
            Some(0),
            Some(0),
            Some(0),
            Some(1),
            Some(0),
            Some(0),
            Some(0)
        ],
        "each run as planned"
    );
    for (name, out) in &runs {
        let lines = log_lines(out);
        let text = lines.join("\n");
        // Without these the test below would pass with logging switched off.
        assert!(
            text.contains(&format!("command{{name=\"{name}\"}}")),
            "the command is named: {text}"
        );
        assert!(
            text.contains("command finished") && text.contains("elapsed_ms="),
            "its end and duration are logged: {text}"
        );
        for secret in [
            PASS,
            WRONG,
            PSEUDONYM,
            REAL_NAME,
            NOTES,
            &key,
            key.trim_start_matches("AGE-SECRET-KEY-1"),
            &fingerprint,
        ] {
            assert!(
                !text.contains(secret),
                "{name}: the log must not carry {secret:?}: {text}"
            );
        }
        // Folder names are often the community's: no path either.
        for path in [
            "Community",
            "Desk",
            "desk-contact",
            world.root.path().to_str().unwrap(),
        ] {
            assert!(
                !text.contains(path),
                "{name}: the log must not carry the path {path:?}: {text}"
            );
        }
    }
    let person_add = log_lines(&runs[1].1).join("\n");
    assert!(
        person_add.contains("newest="),
        "generation numbers are logged: {person_add}"
    );
    let wrong = log_lines(&runs[4].1).join("\n");
    assert!(
        wrong.contains("outcome=\"user-error\""),
        "a refused passphrase is logged as a user error only: {wrong}"
    );
}

#[test]
fn without_tejido_log_stderr_stays_empty_on_success() {
    let world = World::new();
    let out = world.run(
        &["init", world.vault().to_str().unwrap()],
        &format!("{PASS}\n"),
    );
    assert!(
        out.status.success(),
        "init succeeds: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "no diagnostics unless asked for: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

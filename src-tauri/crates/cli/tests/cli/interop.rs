//! Recovery without Tejido, exactly as the README tells it: the README's own block of shell,
//! with the paper key typed in the groups the app prints, Debian's `age`, then `sqlite3`. If
//! these break, a community that lost Tejido loses its data.

use std::process::Command;

use chrono::Utc;
use tejido_core::risk::{RiskKind, RiskRecord};
use tejido_core::{DeviceId, Session};
use tejido_vault::{SecretString, Unlock, VaultOptions};

use crate::support::{PASS, World};

const README: &str = include_str!("../../../../../README.md");
const KEY_PLACEHOLDER: &str = "AGE-SECRET-KEY-1 …the key from the paper, as printed…";

/// The shell block under "Recovery without Tejido".
fn recovery_recipe() -> &'static str {
    let section = &README[README.find("### Recovery without Tejido").expect("the README has the recovery section")..];
    let start = section.find("```sh\n").expect("the recovery section has a shell block") + "```sh\n".len();
    let end = section[start..].find("\n```").expect("the shell block ends");
    &section[start..start + end]
}

/// The key as a person copies it from the screen or the paper: the prefix, then groups of six
/// separated by spaces (as `RecoveryKey.svelte` lays it out), with a Windows line ending.
fn as_printed(key: &str) -> String {
    let rest = key.strip_prefix("AGE-SECRET-KEY-1").expect("an age secret key");
    let groups: Vec<String> = rest.chars().collect::<Vec<_>>().chunks(6).map(|c| c.iter().collect()).collect();
    format!("AGE-SECRET-KEY-1 {}\r", groups.join(" "))
}

#[test]
fn the_readme_recipe_recovers_people_and_attachments_without_tejido() {
    let world = World::new();
    let key = world.init();
    let dir = world.vault();
    world.ok(&["person", "add", dir.to_str().unwrap(), "--pseudonym", "Garza", "--name", "Rosa Quej"], &format!("{PASS}\n"));

    // An incident with a file, through the same core the app uses.
    let photo = b"\xff\xd8\xff a photo of the burnt fence".repeat(20);
    let attachment = {
        let now = Utc::now();
        let mut session = Session::open(&dir, Unlock::Passphrase(&SecretString::from(PASS.to_owned())), &VaultOptions::default(), DeviceId::new()).unwrap();
        let RiskRecord::Incident(mut incident) = session.draft_risk_record(RiskKind::Incident, now.date_naive()).unwrap() else { panic!() };
        incident.title = "Fence burnt".into();
        let RiskRecord::Incident(incident) = session.save_risk_record(RiskRecord::Incident(incident), now).unwrap() else { panic!() };
        let with = session.attach_to_incident(incident.id, "fence photo.jpg", &photo, now).unwrap();
        with.attachments[0].id
        // Dropped without `compact`, as a crash or the panic key leaves a vault.
    };
    let names: Vec<String> = std::fs::read_dir(dir.join("images")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    let newest_full = names.iter().filter_map(|n| tejido_vault::parse_image_name(n)).max().unwrap();
    let deltas_above = names.iter().filter_map(|n| tejido_vault::parse_delta_name(n)).filter(|&n| n > newest_full).count();
    assert!(deltas_above >= 2, "the incident and its file are only in deltas above the newest image: {names:?}");

    let recipe = recovery_recipe();
    assert!(recipe.contains(KEY_PLACEHOLDER), "the README's placeholder for the key is where the test types it");
    let script = recipe.replace(KEY_PLACEHOLDER, &as_printed(&key));
    let work = world.path("work");
    let out = Command::new("bash").args(["-euo", "pipefail", "-c", &script]).current_dir(&work).output().expect("bash");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "the README's recipe failed: {}\n{stdout}", String::from_utf8_lossy(&out.stderr));

    assert!(stdout.lines().any(|l| l == "Garza|Rosa Quej"), "the person is recovered with standard tools: {stdout}");
    assert!(stdout.lines().any(|l| l == format!("{attachment}|fence photo.jpg")), "each file's name is listed: {stdout}");
    assert_eq!(std::fs::read(work.join("attachments").join(attachment.to_string())).unwrap(), photo, "the file comes back whole");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        for plain in ["paper-key.txt", "vault-identity.txt", "community.sqlite"] {
            let mode = std::fs::metadata(work.join(plain)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{plain} is readable by its owner alone");
        }
    }
}

/// Every image in the folder opens with the vault identity alone: the README's fallback to the
/// one before the newest works.
#[test]
fn every_generation_opens_with_age_alone() {
    let world = World::new();
    let key = world.init();
    let dir = world.vault();
    world.ok(&["person", "add", dir.to_str().unwrap(), "--pseudonym", "Garza"], &format!("{PASS}\n"));
    let scratch = tempfile::tempdir().unwrap();
    let paper = scratch.path().join("paper-key.txt");
    std::fs::write(&paper, format!("{key}\n")).unwrap();
    let identity = scratch.path().join("vault-identity.txt");
    run("age", &["-d", "-i", paper.to_str().unwrap(), "-o", identity.to_str().unwrap(), dir.join("keys/recovery.age").to_str().unwrap()]);
    let images: Vec<String> = std::fs::read_dir(dir.join("images")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).filter(|n| n.ends_with(".age")).collect();
    assert!(images.len() >= 2, "init and the added person made two images");
    for image in &images {
        run("age", &["-d", "-i", identity.to_str().unwrap(), "-o", "/dev/null", dir.join("images").join(image).to_str().unwrap()]);
    }
}

fn run(program: &str, args: &[&str]) -> std::process::Output {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program} must be installed (.ci/setup): {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

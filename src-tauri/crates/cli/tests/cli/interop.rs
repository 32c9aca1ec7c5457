//! Recovery without Tejido, exactly as the README tells it: the paper key, Debian's `age`,
//! then `sqlite3`. If these break, a community that lost Tejido loses its data.

use std::process::Command;

use crate::support::{PASS, World};

fn run(program: &str, args: &[&str]) -> std::process::Output {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("{program} must be installed (.ci/setup): {e}"));
    assert!(out.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

#[test]
fn paper_key_age_and_sqlite3_recover_the_people_without_tejido() {
    let world = World::new();
    let key = world.init();
    let dir = world.vault();
    world.ok(&["person", "add", dir.to_str().unwrap(), "--pseudonym", "Garza", "--name", "Rosa Quej"], &format!("{PASS}\n"));
    let scratch = tempfile::tempdir().unwrap();
    let paper = scratch.path().join("paper-key.txt");
    std::fs::write(&paper, format!("{key}\n")).unwrap();
    let identity = scratch.path().join("vault-identity.txt");
    run("age", &["-d", "-i", paper.to_str().unwrap(), "-o", identity.to_str().unwrap(), dir.join("keys/recovery.age").to_str().unwrap()]);
    let mut images: Vec<String> = std::fs::read_dir(dir.join("images")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).filter(|n| n.ends_with(".age")).collect();
    images.sort();
    let newest = dir.join("images").join(images.last().unwrap());
    let plain = scratch.path().join("community.sqlite");
    run("age", &["-d", "-i", identity.to_str().unwrap(), "-o", plain.to_str().unwrap(), newest.to_str().unwrap()]);
    let out = run("sqlite3", &[plain.to_str().unwrap(), "SELECT pseudonym, real_name FROM person WHERE deleted_at IS NULL;"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "Garza|Rosa Quej", "the person is recovered with standard tools");
    for image in &images {
        run("age", &["-d", "-i", identity.to_str().unwrap(), "-o", "/dev/null", dir.join("images").join(image).to_str().unwrap()]);
    }
}

//! The command line tells about a rolled-back vault on every command until a person accepts
//! it, and `check` fails meanwhile.

use crate::support::{PASS, World, ftl};

fn newest_generations(world: &World, count: usize) -> Vec<std::path::PathBuf> {
    let images = world.vault().join("images");
    let mut all: Vec<(u64, std::path::PathBuf)> = std::fs::read_dir(&images)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let n = p.file_stem()?.to_str()?.strip_prefix("gen-")?.parse().ok()?;
            Some((n, p))
        })
        .collect();
    all.sort();
    all.into_iter().rev().take(count * 2).map(|(_, p)| p).collect()
}

#[test]
fn deleted_last_saves_are_told_until_accepted() {
    let world = World::new();
    let vault = world.vault();
    let dir = vault.to_str().unwrap();
    world.init();
    for name in ["Ceiba", "Garza"] {
        world.ok(&["person", "add", dir, "--pseudonym", name], &format!("{PASS}\n"));
    }
    for file in newest_generations(&world, 2) {
        std::fs::remove_file(file).unwrap();
    }
    let warning = ftl("en", "cli.ftl", "warn-rollback-acknowledge");
    let out = world.run(&["person", "list", dir], &format!("{PASS}\n"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the command still runs: {stderr}");
    assert!(stderr.contains("newer saves were deleted"), "told: {stderr}");
    assert!(stderr.contains(&warning), "and how to accept it: {stderr}");

    // An edit saves, and the warning is still told afterwards.
    world.ok(&["person", "add", dir, "--pseudonym", "Quetzal"], &format!("{PASS}\n"));
    let out = world.run(&["person", "list", dir], &format!("{PASS}\n"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer saves were deleted"), "a save does not hide it");
    let out = world.run(&["check", dir], &format!("{PASS}\n"));
    assert_eq!(out.status.code(), Some(1), "check fails while a rollback is not accepted");
    let out = world.run(&["sync", "import", dir], &format!("{PASS}\n"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "nothing from other laptops is applied meanwhile: {stderr}");
    assert!(stderr.contains(&ftl("en", "errors.ftl", "err-app-rollback-pending")), "{stderr}");

    let out = world.ok(&["accept-rollback", dir], &format!("{PASS}\n"));
    assert!(out.contains("Accepted"), "{out}");
    let out = world.run(&["person", "list", dir], &format!("{PASS}\n"));
    assert!(String::from_utf8_lossy(&out.stderr).is_empty(), "no longer told: {}", String::from_utf8_lossy(&out.stderr));
    let out = world.ok(&["check", dir], &format!("{PASS}\n"));
    assert!(out.contains("Everything is in order."), "{out}");
}

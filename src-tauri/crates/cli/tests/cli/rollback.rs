//! The command line tells about a rolled-back vault on every command until a person accepts
//! it, and `check` fails meanwhile.

use tejido_vault::{parse_delta_name, parse_image_name};

use crate::support::{PASS, World, ftl};

/// Every generation file in the vault (full image, MAC or delta) with its number, oldest first.
fn generation_files(world: &World) -> Vec<(u64, std::path::PathBuf)> {
    let images = world.vault().join("images");
    let mut all: Vec<(u64, std::path::PathBuf)> = std::fs::read_dir(&images)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter_map(|name| {
            let n = parse_image_name(&name.replace(".mac", ".age")).or_else(|| parse_delta_name(&name))?;
            Some((n, images.join(name)))
        })
        .collect();
    all.sort();
    all
}

fn newest_on_disk(world: &World) -> u64 {
    generation_files(world).last().unwrap().0
}

#[test]
fn deleted_last_saves_are_told_until_accepted() {
    let world = World::new();
    let vault = world.vault();
    let dir = vault.to_str().unwrap();
    world.init();
    let created = newest_on_disk(&world);
    for name in ["Ceiba", "Garza"] {
        world.ok(&["person", "add", dir, "--pseudonym", name], &format!("{PASS}\n"));
    }
    // Every file of the last two saves: each command's delta and the full image it closed on.
    for (n, file) in generation_files(&world) {
        if n > created {
            std::fs::remove_file(file).unwrap();
        }
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

#[test]
fn a_command_saves_its_edit_as_a_delta_and_closes_the_vault_on_a_full_image() {
    let world = World::new();
    let vault = world.vault();
    let dir = vault.to_str().unwrap();
    world.init();
    let created = newest_on_disk(&world);
    world.ok(&["person", "add", dir, "--pseudonym", "Ceiba"], &format!("{PASS}\n"));
    let files = generation_files(&world);
    let names = |n: u64| -> Vec<String> {
        files.iter().filter(|(g, _)| *g == n).map(|(_, p)| p.file_name().unwrap().to_string_lossy().into_owned()).collect()
    };
    assert_eq!(names(created + 1), [tejido_vault::delta_name(created + 1)], "the edit was saved as a delta: {files:?}");
    assert_eq!(
        names(created + 2),
        [tejido_vault::image_name(created + 2), tejido_vault::mac_name(created + 2)],
        "and the command closed the vault on a full image"
    );
    assert_eq!(newest_on_disk(&world), created + 2, "nothing after it");
    // A read-only command writes nothing.
    world.ok(&["person", "list", dir], &format!("{PASS}\n"));
    assert_eq!(generation_files(&world), files);

    // The delta alone (the newest image deleted) still holds the edit: a command killed
    // before it closed loses nothing it reported done.
    for (n, file) in &files {
        if *n == created + 2 {
            std::fs::remove_file(file).unwrap();
        }
    }
    let out = world.run(&["person", "list", dir, "--json"], &format!("{PASS}\n"));
    assert!(out.status.success());
    let people: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(people.as_array().unwrap().len(), 1, "Ceiba is there, from the delta");
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer saves were deleted"), "and the deleted image is told");
}

//! Nothing typed into Tejido may reach the disk in plaintext: not in the vault, not in temp
//! files, not in the working or configuration folders.

use crate::support::{PASS, World, files};

#[test]
fn a_session_of_writes_leaves_no_plaintext_anywhere_it_could_write() {
    let world = World::new();
    world.init();
    let dir = world.vault();
    let dir = dir.to_str().unwrap();
    let marker = "MARKER-7f3a9c1e";
    for i in 0..4 {
        world.ok(&["person", "add", dir, "--pseudonym", &format!("{marker}-p{i}"), "--name", &format!("{marker} Real {i}"), "--role", "marker role"], &format!("{PASS}\n"));
    }
    world.ok(&["person", "list", dir], &format!("{PASS}\n"));
    world.ok(&["person", "remove", dir, "--pseudonym", &format!("{marker}-p0")], &format!("{PASS}\n"));
    world.ok(&["undo", dir], &format!("{PASS}\n"));
    world.ok(&["check", dir], &format!("{PASS}\n"));
    let needles: Vec<Vec<u8>> = [marker, PASS]
        .iter()
        .flat_map(|s| [s.as_bytes().to_vec(), s.encode_utf16().flat_map(|u| u.to_le_bytes()).collect()])
        .collect();
    let everything = files(world.root.path());
    assert!(everything.len() > 10, "the scan sees the vault's files ({})", everything.len());
    for (path, bytes) in &everything {
        for needle in &needles {
            assert!(!bytes.windows(needle.len()).any(|w| w == needle.as_slice()), "plaintext found in {}", path.display());
        }
        let name = path.to_string_lossy();
        assert!(!(name.ends_with("-journal") || name.ends_with("-wal") || name.ends_with("-shm")), "SQLite temp file {name}");
    }
}

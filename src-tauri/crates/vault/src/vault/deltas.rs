//! Delta generations seen from the vault: what a save writes, what an open replays, and what
//! it refuses.

use std::path::Path;

use chrono::Utc;

use super::*;
use crate::fs::RealFs;

fn options() -> VaultOptions {
    VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() }
}

fn pass() -> SecretString {
    SecretString::from("a passphrase".to_owned())
}

fn open(dir: &Path) -> Vault {
    let mut vault = Vault::open(dir, Unlock::Passphrase(&pass()), &options()).unwrap();
    vault.use_deltas(true);
    vault
}

fn names(dir: &Path) -> Vec<String> {
    let mut names = RealFs.list(&dir.join(IMAGES_DIR)).unwrap();
    names.sort();
    names
}

fn people(vault: &Vault) -> Vec<String> {
    let mut stmt = vault.db().prepare("SELECT name FROM person ORDER BY id").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

/// A vault with a schema (saved whole) and `edits` renames, each saved.
fn vault_with_edits(dir: &Path, edits: usize) -> Vault {
    let (mut vault, _) = Vault::create(dir, &pass(), &options(), Utc::now()).unwrap();
    vault.use_deltas(true);
    vault
        .db()
        .execute_batch("CREATE TABLE person (id TEXT PRIMARY KEY, name TEXT NOT NULL); INSERT INTO person VALUES ('p1', 'Ana'), ('p2', 'Bea');")
        .unwrap();
    vault.save().unwrap();
    assert!(!vault.has_deltas(), "a schema change is saved as a full image");
    for i in 0..edits {
        vault.db().execute("UPDATE person SET name = ?1 WHERE id = 'p1'", [format!("Ana {i}")]).unwrap();
        vault.save().unwrap();
    }
    vault
}

#[test]
fn an_edit_is_saved_as_one_small_file_and_opens_again() {
    let _serial = crate::delta::expecting_deltas();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let mut vault = vault_with_edits(&dir, 0);
    let before = names(&dir);
    vault.db().execute("INSERT INTO person VALUES ('p3', 'Carmen')", []).unwrap();
    let n = vault.save().unwrap();
    let after = names(&dir);
    assert_eq!(after.len(), before.len() + 1, "one file per delta save: {after:?}");
    assert!(after.contains(&delta_name(n)));
    let size = std::fs::metadata(dir.join(IMAGES_DIR).join(delta_name(n))).unwrap().len();
    assert!(size < 2048, "a one-row delta is small: {size} bytes");
    vault.db().execute("DELETE FROM person WHERE id = 'p2'", []).unwrap();
    let n = vault.save().unwrap();
    assert_eq!(vault.newest_on_disk(), n, "deltas count as generations on disk");
    drop(vault);
    let vault = open(&dir);
    assert_eq!(vault.generation(), n);
    assert!(vault.open_report().skipped.is_empty());
    assert_eq!(people(&vault), ["Ana", "Carmen"]);
    let report = vault.check();
    assert!(report.is_healthy(), "{report:?}");
    assert!(report.generations.iter().any(|(g, _)| *g == n), "check covers deltas");
}

#[test]
fn deleting_the_newest_delta_opens_at_the_save_before_and_shows_on_disk() {
    let _serial = crate::delta::expecting_deltas();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let vault = vault_with_edits(&dir, 3);
    let newest = vault.generation();
    drop(vault);
    std::fs::remove_file(dir.join(IMAGES_DIR).join(delta_name(newest))).unwrap();
    let vault = open(&dir);
    assert_eq!(vault.generation(), newest - 1);
    assert_eq!(people(&vault)[0], "Ana 1");
    // The installation remembers `newest`; the folder now tops out below it.
    assert_eq!(vault.newest_on_disk(), newest - 1);
}

#[test]
fn an_altered_or_spliced_delta_stops_the_replay_there() {
    let _serial = crate::delta::expecting_deltas();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let vault = vault_with_edits(&dir, 3);
    let newest = vault.generation();
    drop(vault);
    let images = dir.join(IMAGES_DIR);
    let middle = images.join(delta_name(newest - 1));
    let genuine = std::fs::read(&middle).unwrap();

    // Altered: one byte of ciphertext.
    let mut altered = genuine.clone();
    let last = altered.len() - 1;
    altered[last] ^= 1;
    std::fs::write(&middle, &altered).unwrap();
    let mut vault = open(&dir);
    assert_eq!(vault.generation(), newest - 2, "opened at the delta before the altered one");
    assert_eq!(
        vault.open_report().skipped,
        [(newest, GenerationProblem::AfterSkipped), (newest - 1, GenerationProblem::Undecryptable)],
        "the person is told, newest first"
    );
    // A save made now must not sit behind the damaged delta, where no replay reaches it.
    let restore = std::fs::read(&middle).unwrap();
    vault.db().execute("UPDATE person SET name = 'saved after the damage' WHERE id = 'p2'", []).unwrap();
    let after = vault.save().unwrap();
    assert!(names(&dir).contains(&image_name(after)), "it is a full image");
    drop(vault);
    let vault = open(&dir);
    assert_eq!(vault.generation(), after);
    assert_eq!(people(&vault)[1], "saved after the damage");
    drop(vault);
    // Back to the history before that save, for the cases below.
    for n in [after] {
        std::fs::remove_file(images.join(image_name(n))).unwrap();
        std::fs::remove_file(images.join(mac_name(n))).unwrap();
    }
    std::fs::write(&middle, restore).unwrap();

    // Swapped: the newer delta renamed over the middle one (right vault, wrong number and base).
    std::fs::copy(images.join(delta_name(newest)), &middle).unwrap();
    let vault = open(&dir);
    assert_eq!(vault.generation(), newest - 2);
    assert_eq!(vault.open_report().skipped.last(), Some(&(newest - 1, GenerationProblem::NotAuthentic)));
    drop(vault);

    // Spliced: a delta of the same vault and number from another history (a copy that went
    // its own way) names another base.
    std::fs::write(&middle, &genuine).unwrap();
    let copy = root.path().join("copy.tejido");
    copy_dir(&dir, &copy);
    let mut vault = open(&dir);
    vault.db().execute("UPDATE person SET name = 'other history' WHERE id = 'p2'", []).unwrap();
    vault.save_full().unwrap();
    vault.db().execute("UPDATE person SET name = 'more' WHERE id = 'p2'", []).unwrap();
    let spliced = vault.save().unwrap();
    drop(vault);
    let mut theirs = open(&copy);
    theirs.save_above(spliced - 1);
    theirs.save_full().unwrap();
    theirs.db().execute("UPDATE person SET name = 'theirs' WHERE id = 'p2'", []).unwrap();
    assert_eq!(theirs.save().unwrap(), spliced + 1);
    drop(theirs);
    std::fs::copy(copy.join(IMAGES_DIR).join(delta_name(spliced + 1)), images.join(delta_name(spliced + 1))).unwrap();
    let vault = open(&dir);
    assert_eq!(vault.generation(), spliced, "a delta from another history does not chain");
    assert_eq!(vault.open_report().skipped, [(spliced + 1, GenerationProblem::NotAuthentic)]);
    let report = vault.check();
    assert!(!report.is_healthy(), "check sees it too");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else if entry.file_name() != LOCK_FILE {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn deltas_are_compacted_after_a_bound_and_pruned_with_their_image() {
    let _serial = crate::delta::expecting_deltas();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let mut vault = vault_with_edits(&dir, MAX_DELTAS as usize);
    assert_eq!(delta_numbers(&RealFs, &dir).len(), MAX_DELTAS as usize);
    vault.db().execute("UPDATE person SET name = 'compacted' WHERE id = 'p1'", []).unwrap();
    let n = vault.save().unwrap();
    assert!(!vault.has_deltas(), "past the bound the save is a full image");
    assert!(names(&dir).contains(&image_name(n)));
    // Enough full images to prune the first ones and every delta between them.
    for _ in 0..KEEP_GENERATIONS {
        vault.db().execute("UPDATE person SET name = name || '.' WHERE id = 'p2'", []).unwrap();
        vault.save().unwrap();
        vault.compact().unwrap();
        assert_eq!(vault.compact().unwrap(), None, "nothing to compact twice");
    }
    let fulls = generation_numbers(&RealFs, &dir);
    assert_eq!(fulls.len(), KEEP_GENERATIONS as usize);
    let oldest = fulls[0];
    assert!(delta_numbers(&RealFs, &dir).iter().all(|&d| d > oldest), "deltas below the oldest image went with it");
    assert!(!delta_numbers(&RealFs, &dir).is_empty(), "deltas above it stay");
    assert_eq!(vault.newest_implied_by_pruning(), Some(*fulls.last().unwrap()), "no false alarm");
    let newest = vault.generation();
    drop(vault);
    let vault = open(&dir);
    assert_eq!(vault.generation(), newest);
    assert!(vault.open_report().skipped.is_empty());
}

#[test]
fn an_edit_too_big_for_a_delta_is_saved_as_the_full_image_it_would_cause() {
    let _serial = crate::delta::expecting_deltas();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let mut vault = vault_with_edits(&dir, 1);
    assert!(vault.has_deltas());
    // About 600 KiB of new rows: past the bound (a quarter of the image, at least 256 KiB).
    let long = "x".repeat(200);
    let tx = vault.db().unchecked_transaction().unwrap();
    for i in 0..3_000 {
        tx.execute("INSERT INTO person VALUES (?1, ?2)", [format!("n{i}"), long.clone()]).unwrap();
    }
    tx.commit().unwrap();
    let n = vault.save().unwrap();
    assert!(!vault.has_deltas(), "saved whole, not as a delta");
    assert!(names(&dir).contains(&image_name(n)));
    assert!(!names(&dir).contains(&delta_name(n)));
    // The next small edit is a delta again, on top of that image.
    vault.db().execute("UPDATE person SET name = 'Ana' WHERE id = 'p1'", []).unwrap();
    let small = vault.save().unwrap();
    assert!(names(&dir).contains(&delta_name(small)));
    drop(vault);
    let vault = open(&dir);
    assert_eq!(vault.generation(), small);
    assert_eq!(people(&vault).len(), 3_002);
}

#[test]
fn a_prune_stopped_midway_leaves_no_delta_without_its_base() {
    use std::sync::atomic::{AtomicBool, Ordering::SeqCst};
    use std::sync::Arc;

    use crate::fs::{FailingFs, FsOp};
    let _serial = crate::delta::expecting_deltas();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    // Once armed, one more file removal succeeds and every later one fails: a prune stopped
    // midway, as a kill or power cut stops it.
    let (armed, removed) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)));
    let fs = FailingFs::new({
        let (armed, removed) = (armed.clone(), removed.clone());
        move |op| matches!(op, FsOp::Remove) && armed.load(SeqCst) && removed.swap(true, SeqCst)
    });
    let stopping = VaultOptions { fs: Arc::new(fs), ..options() };
    let (mut vault, _) = Vault::create(&dir, &pass(), &stopping, Utc::now()).unwrap();
    vault.use_deltas(true);
    vault.db().execute_batch("CREATE TABLE person (id TEXT PRIMARY KEY, name TEXT NOT NULL); INSERT INTO person VALUES ('p1', 'Ana');").unwrap();
    vault.save().unwrap();
    let edit = |vault: &mut Vault, name: &str| {
        vault.db().execute("UPDATE person SET name = ?1 WHERE id = 'p1'", [name]).unwrap();
        vault.save().unwrap();
    };
    // Two deltas on the schema's image, then sessions of one delta and the image at close,
    // until the next close prunes that image and both deltas on it.
    let schema = vault.generation();
    edit(&mut vault, "Ana 1");
    edit(&mut vault, "Ana 2");
    assert_eq!(delta_numbers(&RealFs, &dir), [schema + 1, schema + 2]);
    vault.compact().unwrap();
    for i in 3..=6 {
        edit(&mut vault, &format!("Ana {i}"));
        if i == 6 {
            armed.store(true, SeqCst);
        }
        vault.compact().unwrap();
    }
    assert!(removed.load(SeqCst), "the prune began");
    assert!(vault.check().is_healthy(), "what the stopped prune left opens and checks sound: {:?}", vault.check().generations);
    // The next prune finishes the job.
    armed.store(false, SeqCst);
    edit(&mut vault, "Ana 7");
    vault.compact().unwrap();
    assert!(vault.check().is_healthy());
    assert_eq!(generation_numbers(&RealFs, &dir).len(), KEEP_GENERATIONS as usize);
    assert!(delta_numbers(&RealFs, &dir).iter().all(|&d| d > schema + 2), "{:?}", names(&dir));
    let newest = vault.generation();
    drop(vault);
    let vault = open(&dir);
    assert_eq!((vault.generation(), people(&vault)), (newest, vec!["Ana 7".to_owned()]));
}

#[test]
fn a_damaged_newest_image_falls_back_and_replays_the_deltas_before_it() {
    let _serial = crate::delta::expecting_deltas();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let mut vault = vault_with_edits(&dir, 2);
    let last_delta = vault.generation();
    let full = vault.compact().unwrap().expect("the deltas are compacted");
    vault.db().execute("UPDATE person SET name = 'after' WHERE id = 'p1'", []).unwrap();
    let after = vault.save().unwrap();
    drop(vault);
    std::fs::write(dir.join(IMAGES_DIR).join(mac_name(full)), "tejido-mac-v1 00\n").unwrap();
    let vault = open(&dir);
    assert_eq!(vault.generation(), last_delta, "the same state, from the older image and its deltas");
    assert_eq!(people(&vault)[0], "Ana 1");
    assert_eq!(vault.open_report().skipped, [(after, GenerationProblem::AfterSkipped), (full, GenerationProblem::NotAuthentic)]);
}

#[test]
fn a_rekey_starts_the_chain_over_with_a_full_image() {
    let _serial = crate::delta::expecting_deltas();
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let mut vault = vault_with_edits(&dir, 2);
    vault.rekey(Unlock::Passphrase(&pass()), &[&pass()], Utc::now()).unwrap();
    vault.db().execute("UPDATE person SET name = 'after the rekey' WHERE id = 'p1'", []).unwrap();
    let n = vault.save().unwrap();
    assert!(names(&dir).contains(&image_name(n)), "the first save after a re-key is a full image");
    vault.db().execute("UPDATE person SET name = 'then a delta' WHERE id = 'p1'", []).unwrap();
    let n = vault.save().unwrap();
    assert!(vault.has_deltas());
    drop(vault);
    let vault = open(&dir);
    assert_eq!(vault.generation(), n);
    assert_eq!(people(&vault)[0], "then a delta");
}

#[test]
fn a_delta_recovers_by_hand_with_age_and_plain_sql() {
    let _serial = crate::delta::expecting_deltas();
    // What the README tells a person: decrypt the newest full image, then pipe each delta
    // above it, in order, into sqlite3. Here with the age crate and a separate connection.
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let mut vault = vault_with_edits(&dir, 3);
    vault.db().execute("INSERT INTO person VALUES ('p9', 'O''Neill')", []).unwrap();
    vault.save().unwrap();
    let expected = people(&vault);
    let identity = vault.identity().age_identity().to_string();
    let identity: age::x25519::Identity = age::secrecy::ExposeSecret::expose_secret(&identity).parse().unwrap();
    drop(vault);
    let decrypt = |path: &Path| {
        let bytes = std::fs::read(path).unwrap();
        let decryptor = age::Decryptor::new_buffered(&bytes[..]).unwrap();
        let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).unwrap();
        let mut plain = Vec::new();
        std::io::Read::read_to_end(&mut reader, &mut plain).unwrap();
        plain
    };
    let full = *generation_numbers(&RealFs, &dir).last().unwrap();
    let file = root.path().join("vault.db");
    std::fs::write(&file, decrypt(&dir.join(IMAGES_DIR).join(image_name(full)))).unwrap();
    let db = Connection::open(&file).unwrap();
    for n in delta_numbers(&RealFs, &dir).into_iter().filter(|&n| n > full) {
        let sql = String::from_utf8(decrypt(&dir.join(IMAGES_DIR).join(delta_name(n)))).unwrap();
        assert!(sql.starts_with("-- tejido-delta-v1 "), "a comment line sqlite3 skips");
        db.execute_batch(&sql).unwrap();
    }
    let mut stmt = db.prepare("SELECT name FROM person ORDER BY id").unwrap();
    let got: Vec<String> = stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    assert_eq!(got, expected);
}

//! The vault against damage and forgery on a real filesystem: forged, swapped, truncated and
//! bit-flipped generations, tampered headers and key slots, a second writer, a full disk,
//! attachments, and key-slot changes that leave the data untouched.

mod damage;

use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::Utc;
use tejido_i18n::{Locale, render_with_hint};
use tejido_tests::SimFs;
use tejido_vault::{
    GenerationProblem, IMAGES_DIR, KdfPolicy, OpenError, RecoveryKey, SaveError, SecretString, Unlock, Vault,
    VaultOptions, image_name, mac_name,
};

fn options() -> VaultOptions {
    VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() }
}

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

/// A vault with a table `t` holding one row per save: generation 1 is empty, 2 holds "one",
/// 3 holds "one" and "two". All three are full images (an ordinary save of one row would be a
/// delta, whose damage the vault crate's `deltas` tests cover).
fn vault_with_three_generations(dir: &Path) -> RecoveryKey {
    let (mut vault, key) = Vault::create(dir, &pass("passphrase one"), &options(), Utc::now()).unwrap();
    vault.db().execute_batch("CREATE TABLE t (v TEXT)").unwrap();
    for value in ["one", "two"] {
        vault.db().execute("INSERT INTO t VALUES (?1)", [value]).unwrap();
        vault.save_full().unwrap();
    }
    assert_eq!(vault.generation(), 3, "create saves generation 1, then two saves");
    key
}

fn open(dir: &Path) -> Result<Vault, OpenError> {
    Vault::open(dir, Unlock::Passphrase(&pass("passphrase one")), &options())
}

fn rows(vault: &Vault) -> Vec<String> {
    let mut stmt = vault.db().prepare("SELECT v FROM t ORDER BY rowid").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

fn image(dir: &Path, n: u64) -> PathBuf {
    dir.join(IMAGES_DIR).join(image_name(n))
}

fn mac(dir: &Path, n: u64) -> PathBuf {
    dir.join(IMAGES_DIR).join(mac_name(n))
}

fn assert_fell_back_from_3(vault: &Vault, expected: GenerationProblem, why: &str) {
    let report = vault.open_report();
    assert_eq!(report.generation, 2, "{why}: opened at the previous generation");
    assert_eq!(report.skipped, vec![(3, expected)], "{why}: the skipped generation and its reason are reported");
    assert_eq!(rows(vault), vec!["one"], "{why}: generation 2's data is what is loaded");
}

#[test]
fn flipped_byte_in_the_newest_generation_falls_back_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    let path = image(dir.path(), 3);
    let mut bytes = fs::read(&path).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x01;
    fs::write(&path, bytes).unwrap();
    assert_fell_back_from_3(&open(dir.path()).unwrap(), GenerationProblem::NotAuthentic, "flipped byte");
}

#[test]
fn truncated_newest_generation_falls_back() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    let path = image(dir.path(), 3);
    let bytes = fs::read(&path).unwrap();
    fs::write(&path, &bytes[..bytes.len() - 17]).unwrap();
    assert_fell_back_from_3(&open(dir.path()).unwrap(), GenerationProblem::NotAuthentic, "truncated");
}

#[test]
fn missing_mac_reads_as_an_interrupted_save() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    fs::remove_file(mac(dir.path(), 3)).unwrap();
    assert_fell_back_from_3(&open(dir.path()).unwrap(), GenerationProblem::Incomplete, "no MAC");
}

/// Anyone holding the public recipient in vault.toml can seal a well-formed image to it. It
/// must not be loaded, even with a MAC file copied from a genuine generation.
#[test]
fn forged_generation_sealed_to_the_public_recipient_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    let header = fs::read_to_string(dir.path().join("vault.toml")).unwrap();
    let recipient: age::x25519::Recipient = header
        .lines()
        .find_map(|l| l.strip_prefix("recipient = \""))
        .and_then(|r| r.strip_suffix('"'))
        .unwrap()
        .parse()
        .unwrap();
    let forged_db = rusqlite::Connection::open_in_memory().unwrap();
    forged_db.execute_batch("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('planted');").unwrap();
    let plain = forged_db.serialize("main").unwrap();
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient)).unwrap();
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed).unwrap();
    writer.write_all(&plain).unwrap();
    writer.finish().unwrap();
    fs::write(image(dir.path(), 4), &sealed).unwrap();
    fs::copy(mac(dir.path(), 3), mac(dir.path(), 4)).unwrap();
    let vault = open(dir.path()).unwrap();
    assert_eq!(vault.open_report().generation, 3, "the forged generation 4 is skipped");
    assert_eq!(vault.open_report().skipped, vec![(4, GenerationProblem::NotAuthentic)], "and reported");
    assert_eq!(rows(&vault), vec!["one", "two"], "the genuine data is loaded, not the planted row");
}

#[test]
fn generation_renamed_to_a_newer_number_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    fs::copy(image(dir.path(), 2), image(dir.path(), 4)).unwrap();
    fs::copy(mac(dir.path(), 2), mac(dir.path(), 4)).unwrap();
    let vault = open(dir.path()).unwrap();
    assert_eq!(vault.open_report().skipped, vec![(4, GenerationProblem::NotAuthentic)], "replaying an old image as new fails");
    assert_eq!(rows(&vault), vec!["one", "two"], "generation 3 is loaded");
}

#[test]
fn generations_swapped_between_two_vaults_are_refused() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    vault_with_three_generations(a.path());
    vault_with_three_generations(b.path());
    for file in [image(a.path(), 3), mac(a.path(), 3)] {
        let name = file.file_name().unwrap().to_owned();
        fs::copy(&file, b.path().join(IMAGES_DIR).join(name)).unwrap();
    }
    let vault = open(b.path()).unwrap();
    // Vault B's identity cannot even verify A's MAC: the keys differ and the vault id is bound.
    assert_fell_back_from_3(&vault, GenerationProblem::NotAuthentic, "swapped in from another vault");
}

#[test]
fn every_generation_damaged_is_a_clear_error_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    for n in 1..=3 {
        fs::write(image(dir.path(), n), b"age-encryption.org/v1\ngarbage").unwrap();
    }
    let error = open(dir.path()).err().expect("nothing usable");
    assert!(matches!(&error, OpenError::NoUsableGeneration { problems } if problems.len() == 3), "all three tried: {error:?}");
    let text = render_with_hint(Locale::En, &error);
    assert!(text.contains("None of the 3 saved versions") && text.contains("Do not delete anything"), "plain advice: {text}");
}

#[test]
fn wrong_passphrase_is_named_as_such_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    let before = snapshot(dir.path());
    let error = Vault::open(dir.path(), Unlock::Passphrase(&pass("not it at all")), &options()).err().unwrap();
    assert!(matches!(error, OpenError::WrongPassphrase), "a wrong passphrase is not reported as damage: {error:?}");
    assert!(render_with_hint(Locale::Es, &error).contains("no abre esta bóveda"), "said in Spanish too");
    assert_eq!(snapshot(dir.path()), before, "a failed unlock writes nothing");
}

#[test]
fn recovery_key_opens_and_a_stranger_key_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let key = vault_with_three_generations(dir.path());
    let vault = Vault::open(dir.path(), Unlock::RecoveryKey(&key), &options()).unwrap();
    assert_eq!(rows(&vault), vec!["one", "two"], "the paper key opens the newest generation");
    drop(vault);
    let other_dir = tempfile::tempdir().unwrap();
    let other = vault_with_three_generations(other_dir.path());
    let error = Vault::open(dir.path(), Unlock::RecoveryKey(&other), &options()).err().unwrap();
    assert!(matches!(error, OpenError::WrongRecoveryKey), "another vault's key: {error:?}");
}

#[test]
fn a_second_writer_is_refused_while_the_first_holds_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    let first = open(dir.path()).unwrap();
    let error = open(dir.path()).err().expect("second open refused");
    assert!(matches!(error, OpenError::InUse), "in use, not a wrong passphrase: {error:?}");
    drop(first);
    assert!(open(dir.path()).is_ok(), "free again once the first closes");
}

#[test]
fn planted_recipient_in_the_header_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    let header_path = dir.path().join("vault.toml");
    let header = fs::read_to_string(&header_path).unwrap();
    let attacker = age::x25519::Identity::generate().to_public().to_string();
    let planted: String = header
        .lines()
        .map(|l| if l.starts_with("recipient = ") { format!("recipient = \"{attacker}\"") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n");
    fs::write(&header_path, planted).unwrap();
    let error = open(dir.path()).err().expect("refused");
    assert!(matches!(error, OpenError::TamperedHeader), "later saves must never be sealed to a planted key: {error:?}");
}

#[test]
fn passphrase_changes_rewrite_only_key_slots() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    let images_before = snapshot(&dir.path().join(IMAGES_DIR));
    let mut vault = open(dir.path()).unwrap();
    vault.add_passphrase(&pass("second passphrase"), Utc::now()).unwrap();
    vault.change_passphrase(&pass("passphrase one"), &pass("third passphrase"), Utc::now()).unwrap();
    assert!(matches!(vault.remove_passphrase(&pass("passphrase one")), Err(tejido_vault::KeySlotError::WrongPassphrase)), "already changed");
    vault.remove_passphrase(&pass("second passphrase")).unwrap();
    assert!(
        matches!(vault.remove_passphrase(&pass("third passphrase")), Err(tejido_vault::KeySlotError::LastPassphrase)),
        "the last passphrase stays"
    );
    drop(vault);
    assert_eq!(snapshot(&dir.path().join(IMAGES_DIR)), images_before, "no generation was rewritten");
    assert!(open(dir.path()).is_err(), "the old passphrase no longer opens");
    let opened = Vault::open(dir.path(), Unlock::Passphrase(&pass("third passphrase")), &options()).unwrap();
    assert_eq!(rows(&opened), vec!["one", "two"], "the new passphrase opens the same data");
    assert!(opened.check().is_healthy(), "check finds nothing wrong: {:?}", opened.check());
}

#[test]
fn full_disk_during_a_save_keeps_the_previous_generation_and_says_so_plainly() {
    let disk = SimFs::new();
    let opts = VaultOptions { fs: Arc::new(disk.clone()), ..options() };
    let dir = Path::new("/stick/community.tejido");
    let (mut vault, _) = Vault::create(dir, &pass("passphrase one"), &opts, Utc::now()).unwrap();
    vault.db().execute_batch("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('one');").unwrap();
    vault.save().unwrap();
    vault.db().execute("INSERT INTO t VALUES ('two')", []).unwrap();
    // Save writes the MAC (write, fsync, rename), then the image: op +3 is the image write.
    disk.fail_at(disk.ops() + 3, ErrorKind::StorageFull);
    let error = vault.save().err().expect("the save fails");
    assert!(matches!(error, SaveError::DiskFull { .. }), "classified as a full disk: {error:?}");
    let text = render_with_hint(Locale::En, &error);
    assert!(text.contains("no space left") && text.contains("previous save is safe"), "plain words: {text}");
    assert!(
        disk.files().keys().all(|p| !p.to_string_lossy().ends_with(".tmp")),
        "the half-written temp file is cleaned up"
    );
    drop(vault);
    let reopened = Vault::open(dir, Unlock::Passphrase(&pass("passphrase one")), &opts).unwrap();
    assert_eq!(reopened.open_report().generation, 2, "the previous generation is intact");
    assert_eq!(rows(&reopened), vec!["one"], "with its data");
}

#[test]
fn attachments_round_trip_and_detect_tampering() {
    let dir = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    let mut vault = open(dir.path()).unwrap();
    let photo = b"a photo of the hand-drawn map".repeat(1000);
    let blob = vault.put_blob(&photo).unwrap();
    assert_eq!(&vault.read_blob(&blob).unwrap()[..], &photo[..], "what was stored comes back");
    let on_disk = fs::read(dir.path().join("blobs").join(format!("{}.age", blob.id))).unwrap();
    assert!(!on_disk.windows(11).any(|w| w == b"a photo of "), "the attachment is sealed on disk");
    // Replace the attachment with another one sealed by the same vault: authentic
    // ciphertext, wrong content. The hash stored in the database catches it.
    let other = vault.put_blob(b"something else").unwrap();
    fs::copy(
        dir.path().join("blobs").join(format!("{}.age", other.id)),
        dir.path().join("blobs").join(format!("{}.age", blob.id)),
    )
    .unwrap();
    assert!(matches!(vault.read_blob(&blob), Err(tejido_vault::BlobError::Damaged { .. })), "swapped attachment detected");
    vault.delete_blob(&other).unwrap();
    assert!(matches!(vault.read_blob(&other), Err(tejido_vault::BlobError::Missing { .. })), "deleted");
}

#[test]
fn a_backup_is_a_verified_sealed_copy_that_opens_on_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let stick = tempfile::tempdir().unwrap();
    vault_with_three_generations(dir.path());
    let vault = open(dir.path()).unwrap();
    let report = vault.backup_to(stick.path(), "2026-11-24 1200").unwrap();
    assert!(report.files >= 8, "header, two key slots and three generations with MACs: {report:?}");
    assert!(!report.destination.join("lock").exists(), "the lock is not copied");
    drop(vault);
    let copy = open(&report.destination).unwrap();
    assert_eq!(rows(&copy), vec!["one", "two"], "the copy holds the same data");
    assert!(copy.check().is_healthy(), "and passes the check");
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push((path.clone(), fs::read(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

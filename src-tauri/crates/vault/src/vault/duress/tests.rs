use std::path::Path;

use super::*;
use crate::keys::{KdfPolicy, RecoveryKey, SlotShape, slot_shape};
use crate::vault::Unlock;

const OWNER: &str = "owner passphrase";
const DURESS: &str = "the other passphrase";

fn options() -> VaultOptions {
    VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() }
}

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn open(dir: &Path, passphrase: &str) -> Result<Vault, OpenError> {
    Vault::open(dir, Unlock::Passphrase(&pass(passphrase)), &options())
}

fn rows(vault: &Vault) -> Vec<String> {
    let mut stmt = vault.db().prepare("SELECT v FROM t ORDER BY rowid").unwrap();
    stmt.query_map([], |r| r.get(0)).unwrap().collect::<Result<_, _>>().unwrap()
}

/// A database image of one table `t` holding `values`.
fn image(values: &[&str]) -> Vec<u8> {
    let db = rusqlite::Connection::open_in_memory().unwrap();
    db.execute_batch("CREATE TABLE t (v TEXT)").unwrap();
    for v in values {
        db.execute("INSERT INTO t VALUES (?1)", [v]).unwrap();
    }
    db.serialize(rusqlite::MAIN_DB).unwrap().to_vec()
}

/// A vault holding the real secret, with the owner's passphrase, a second member's, and the
/// paper key.
fn real_vault(dir: &Path) -> (Vault, RecoveryKey) {
    let (mut vault, paper) = Vault::create(dir, &pass(OWNER), &options(), Utc::now()).unwrap();
    vault.db().execute_batch("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('the safe house is at the mill');").unwrap();
    vault.save().unwrap();
    vault.add_passphrase(&pass("second member"), Utc::now()).unwrap();
    (vault, paper)
}

#[test]
fn the_duress_passphrase_opens_the_decoy_and_leaves_the_real_data_to_the_paper_key_only() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (mut vault, paper) = real_vault(&dir);
    vault.add_duress_passphrase(&pass(DURESS), &image(&["seed list for the nursery"]), Utc::now()).unwrap();
    drop(vault);

    // Before it is ever used, everything opens as it did.
    assert_eq!(rows(&open(&dir, OWNER).unwrap()), ["the safe house is at the mill"]);

    // Under threat.
    let mut decoy = open(&dir, DURESS).expect("the duress passphrase opens");
    assert_eq!(rows(&decoy), ["seed list for the nursery"], "the decoy, not the vault");
    assert!(decoy.is_decoy());
    // It behaves as a vault: an edit saves and is there the next time.
    decoy.db().execute("INSERT INTO t VALUES ('beans')", []).unwrap();
    decoy.save().unwrap();
    assert!(decoy.blob_ids().is_empty(), "its own database is not one of its attachments");
    // What reaches the real keys is refused as a failed confirmation.
    assert!(matches!(decoy.replace_recovery_key(Utc::now()), Err(KeySlotError::WrongSecret)));
    assert!(matches!(decoy.rekey(Unlock::Passphrase(&pass(DURESS)), &[&pass(DURESS)], Utc::now()), Err(KeySlotError::WrongSecret)));
    let recovery = decoy.header().recovery_slot().unwrap().id;
    assert!(matches!(decoy.remove_slot(recovery, Unlock::Passphrase(&pass(DURESS))), Err(KeySlotError::WrongSecret)));
    assert!(decoy.split_recovery(2, 3, Utc::now()).is_err());
    assert!(decoy.check().generations.iter().all(|(_, problem)| problem.is_none()), "nothing looks wrong");
    drop(decoy);
    assert_eq!(rows(&open(&dir, DURESS).unwrap()), ["seed list for the nursery", "beans"]);

    // The real passphrases were shredded: their files are gone, and they open nothing.
    assert!(matches!(open(&dir, OWNER), Err(OpenError::WrongPassphrase)));
    assert!(matches!(open(&dir, "second member"), Err(OpenError::WrongPassphrase)));
    let slot_files: Vec<String> = std::fs::read_dir(dir.join(KEYS_DIR)).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert_eq!(slot_files.iter().filter(|f| f.starts_with("passphrase-")).count(), 1, "only the duress slot is left: {slot_files:?}");

    // The paper key still opens the real data, untouched.
    let real = Vault::open(&dir, Unlock::RecoveryKey(&paper), &options()).unwrap();
    assert!(!real.is_decoy());
    assert_eq!(rows(&real), ["the safe house is at the mill"]);
}

#[test]
fn a_vault_with_a_duress_passphrase_looks_like_one_with_an_ordinary_second_passphrase_and_a_photo() {
    let root = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let decoy = image(&["seed list"; 40]);

    let ordinary = root.path().join("ordinary.tejido");
    let (mut vault, _) = Vault::create(&ordinary, &pass(OWNER), &options(), now).unwrap();
    vault.add_passphrase(&pass(DURESS), now).unwrap();
    vault.put_blob(&vec![7u8; decoy.len()]).unwrap();
    drop(vault);

    let duress = root.path().join("duress.tejido");
    let (mut vault, _) = Vault::create(&duress, &pass(OWNER), &options(), now).unwrap();
    vault.add_duress_passphrase(&pass(DURESS), &decoy, now).unwrap();
    drop(vault);

    // What anyone holding the folder sees: file names, sizes, the outside of every sealed file.
    // Sizes are those of the sealed payload: age adds random "grease" stanzas to the header
    // of files sealed to X25519 keys, so their whole size varies from file to file anyway.
    let payload = |bytes: &[u8]| {
        let mac = bytes.windows(5).position(|w| w == b"\n--- ").expect("an age header");
        (bytes.len() - mac - 1 - bytes[mac + 1..].iter().position(|&b| b == b'\n').unwrap()) as u64
    };
    let outside = |dir: &Path, sub: &str| -> Vec<(u64, SlotShape)> {
        let mut files: Vec<(u64, SlotShape)> = std::fs::read_dir(dir.join(sub))
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let bytes = std::fs::read(e.path()).unwrap();
                (payload(&bytes), slot_shape(&bytes))
            })
            .collect();
        // Directory order is the file system's: sort on everything compared, not the size alone.
        files.sort_by_key(|(len, shape)| (*len, format!("{shape:?}")));
        files
    };
    assert_eq!(outside(&ordinary, KEYS_DIR), outside(&duress, KEYS_DIR), "the slots: same sizes, same scrypt work");
    assert!(outside(&duress, KEYS_DIR).iter().all(|(_, shape)| matches!(shape, SlotShape::Passphrase { work_factor: 2 } | SlotShape::Recovery)));
    assert_eq!(outside(&ordinary, BLOBS_DIR), outside(&duress, BLOBS_DIR), "the decoy: one more attachment of its size, sealed the same way");
    let kinds = |dir: &Path| {
        let header = VaultHeader::parse(&std::fs::read_to_string(dir.join(HEADER_FILE)).unwrap()).unwrap();
        header.slots.iter().map(|s| (s.kind, s.file.starts_with("keys/passphrase-") || s.kind != SlotKind::Passphrase)).collect::<Vec<_>>()
    };
    assert_eq!(kinds(&ordinary), kinds(&duress), "vault.toml lists two passphrases and the paper key in both");
    // The decoy's name is a time-ordered id like every attachment's, within the vault's life.
    let name = std::fs::read_dir(duress.join(BLOBS_DIR)).unwrap().next().unwrap().unwrap().file_name().into_string().unwrap();
    let id = Uuid::parse_str(name.trim_end_matches(".age")).unwrap();
    assert_eq!(id.get_version_num(), 7);
    let (secs, _) = id.get_timestamp().unwrap().to_unix();
    assert!((now.timestamp() as u64 - 1..=now.timestamp() as u64 + 1).contains(&secs));
}

#[test]
fn a_duress_passphrase_needs_a_paper_key_and_must_not_open_the_vault_already() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (mut vault, _) = real_vault(&dir);
    assert!(matches!(
        vault.add_duress_passphrase(&pass("second member"), &image(&[]), Utc::now()),
        Err(KeySlotError::PassphraseInUse)
    ));
    // Without the paper key (or shares), a duress opening would lock everyone out for good.
    let recovery = vault.header().recovery_slot().unwrap().id;
    vault.remove_slot(recovery, Unlock::Passphrase(&pass(OWNER))).unwrap();
    assert!(matches!(vault.add_duress_passphrase(&pass(DURESS), &image(&[]), Utc::now()), Err(KeySlotError::NoRecovery)));
}

#[test]
fn a_planted_slot_without_a_decoy_is_still_refused_as_tampering() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (mut vault, _) = real_vault(&dir);
    // Someone who can write the folder seals their own identity under a passphrase and lists it.
    let planted = VaultIdentity::generate();
    let id = Uuid::now_v7();
    let file = keys::passphrase_slot_file(id);
    std::fs::write(dir.join(&file), keys::seal_with_passphrase(&planted, &pass("planted"), options().kdf, Utc::now())).unwrap();
    vault.header.slots.push(SlotEntry { id, kind: SlotKind::Passphrase, file, created_at: Utc::now() });
    vault.write_header().unwrap();
    drop(vault);
    assert!(matches!(open(&dir, "planted"), Err(OpenError::TamperedHeader)));
    assert!(open(&dir, OWNER).is_ok(), "and nothing was shredded");
}

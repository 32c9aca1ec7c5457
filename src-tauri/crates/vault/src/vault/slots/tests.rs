use std::path::{Path, PathBuf};

use super::*;
use crate::fs::RealFs;
use crate::vault::generation_numbers;
use crate::keys::KdfPolicy;
use crate::vault::VaultOptions;

fn options() -> VaultOptions {
    VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() }
}

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn newest_image(dir: &Path) -> PathBuf {
    let n = generation_numbers(&RealFs, dir).into_iter().max().expect("a generation");
    dir.join(IMAGES_DIR).join(image_name(n))
}

/// What someone who once copied a slot file and learnt its passphrase can read.
fn attacker_reads(slot_copy: &[u8], passphrase: &str, dir: &Path) -> bool {
    let Ok(identity) = keys::open_with_passphrase(slot_copy, &pass(passphrase), KdfPolicy::insecure_for_tests(2)) else {
        return false;
    };
    let image = std::fs::read(newest_image(dir)).unwrap();
    generation::open_image(&identity, &image).is_ok()
}

fn vault_with_a_leaked_passphrase(dir: &Path) -> (Vault, Uuid, Vec<u8>, crate::BlobRef, RecoveryKey) {
    let (mut vault, paper) = Vault::create(dir, &pass("owner passphrase"), &options(), Utc::now()).unwrap();
    vault.db().execute_batch("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('before');").unwrap();
    vault.save().unwrap();
    let blob = vault.put_blob(b"photo of the fence").unwrap();
    let leaked = vault.add_passphrase(&pass("leaked passphrase"), Utc::now()).unwrap();
    let copy = std::fs::read(dir.join(keys::passphrase_slot_file(leaked))).unwrap();
    (vault, leaked, copy, blob, paper)
}

#[test]
fn removing_a_slot_alone_leaves_a_copied_slot_file_working_and_a_rekey_stops_it() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (mut vault, leaked, copy, blob, old_paper) = vault_with_a_leaked_passphrase(&dir);

    // The slot is taken back by id, without knowing its passphrase...
    vault.remove_slot(leaked, Unlock::Passphrase(&pass("owner passphrase"))).unwrap();
    vault.db().execute("INSERT INTO t VALUES ('after removal')", []).unwrap();
    vault.save().unwrap();
    // ...but that is not enough: the copy still opens every future save (the finding).
    assert!(attacker_reads(&copy, "leaked passphrase", &dir), "the attack works against removal alone");

    let new_paper = vault.rekey(Unlock::Passphrase(&pass("owner passphrase")), &[&pass("owner passphrase")], Utc::now()).unwrap();
    vault.db().execute("INSERT INTO t VALUES ('after rekey')", []).unwrap();
    vault.save().unwrap();
    assert!(!attacker_reads(&copy, "leaked passphrase", &dir), "after a re-key the old slot file opens nothing new");
    // Nor anything old: every generation left is sealed to the new identity.
    let identity = keys::open_with_passphrase(&copy, &pass("leaked passphrase"), KdfPolicy::insecure_for_tests(2)).unwrap();
    for n in generation_numbers(&RealFs, &dir) {
        let image = std::fs::read(dir.join(IMAGES_DIR).join(image_name(n))).unwrap();
        assert!(generation::open_image(&identity, &image).is_err(), "generation {n} is sealed to the new identity");
    }
    let sealed_blob = std::fs::read(dir.join(BLOBS_DIR).join(format!("{}.age", blob.id))).unwrap();
    let decryptor = age::Decryptor::new_buffered(&sealed_blob[..]).unwrap();
    assert!(decryptor.decrypt(std::iter::once(identity.age_identity() as &dyn age::Identity)).is_err(), "attachments resealed");
    drop(vault);

    let vault = Vault::open(&dir, Unlock::Passphrase(&pass("owner passphrase")), &options()).unwrap();
    let rows: Vec<String> =
        vault.db().prepare("SELECT v FROM t").unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
    assert_eq!(rows, ["before", "after removal", "after rekey"], "nothing lost");
    assert!(vault.open_report().skipped.is_empty(), "no warning after a re-key");
    assert_eq!(&vault.read_blob(&blob).unwrap()[..], b"photo of the fence", "the attachment reads back");
    assert!(vault.check().is_healthy(), "check finds nothing wrong: {:?}", vault.check());
    assert!(vault.header().rekeyed_at.is_some());
    drop(vault);
    assert!(matches!(
        Vault::open(&dir, Unlock::RecoveryKey(&old_paper), &options()),
        Err(crate::OpenError::WrongRecoveryKey | crate::OpenError::TamperedHeader)
    ), "the old paper key stops working");
    Vault::open(&dir, Unlock::RecoveryKey(&new_paper), &options()).expect("the new paper key opens");
    let leftovers: Vec<String> = std::fs::read_dir(dir.join("keys")).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert_eq!(leftovers.len(), 2, "one passphrase slot and the recovery slot, nothing else: {leftovers:?}");
}

#[test]
fn a_rekey_drops_every_passphrase_not_kept_and_a_copy_put_back_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (mut vault, leaked, copy, _, _) = vault_with_a_leaked_passphrase(&dir);
    vault.rekey(Unlock::Passphrase(&pass("leaked passphrase")), &[&pass("owner passphrase")], Utc::now()).unwrap();
    drop(vault);
    assert!(matches!(
        Vault::open(&dir, Unlock::Passphrase(&pass("leaked passphrase")), &options()),
        Err(crate::OpenError::WrongPassphrase)
    ));
    // The attacker puts the copied file back under its old name: not listed, so not tried;
    // and the next open that may write removes it.
    std::fs::write(dir.join(keys::passphrase_slot_file(leaked)), &copy).unwrap();
    assert!(Vault::open(&dir, Unlock::Passphrase(&pass("leaked passphrase")), &options()).is_err());
    Vault::open(&dir, Unlock::Passphrase(&pass("owner passphrase")), &options()).unwrap();
    assert!(!dir.join(keys::passphrase_slot_file(leaked)).exists(), "an unlisted slot file is removed");
}

#[test]
fn confirming_takes_a_current_secret_and_a_slot_cannot_confirm_its_own_removal() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (mut vault, leaked, _, _, paper) = vault_with_a_leaked_passphrase(&dir);
    assert!(matches!(vault.verify_secret(Unlock::Passphrase(&pass("guess"))), Err(KeySlotError::WrongSecret)));
    assert_eq!(vault.verify_secret(Unlock::Passphrase(&pass("leaked passphrase"))).unwrap(), leaked);
    assert!(vault.verify_secret(Unlock::RecoveryKey(&paper)).is_ok());
    assert!(matches!(vault.remove_slot(leaked, Unlock::Passphrase(&pass("leaked passphrase"))), Err(KeySlotError::SameSlot)));
    assert!(matches!(vault.remove_slot(Uuid::now_v7(), Unlock::RecoveryKey(&paper)), Err(KeySlotError::UnknownSlot)));
    assert!(matches!(vault.rekey(Unlock::Passphrase(&pass("guess")), &[&pass("x")], Utc::now()), Err(KeySlotError::WrongSecret)));
    vault.remove_slot(leaked, Unlock::RecoveryKey(&paper)).unwrap();
    let owner = vault.slots().iter().find(|s| s.kind == SlotKind::Passphrase).unwrap().id;
    assert!(matches!(vault.remove_slot(owner, Unlock::RecoveryKey(&paper)), Err(KeySlotError::LastPassphrase)));
    let listed = vault.slots();
    assert_eq!(listed.len(), 2, "the owner's passphrase and the paper key: {listed:?}");
    assert!(listed.iter().all(|s| !s.below_pinned_work), "sealed at the policy's work factor");
}

#[test]
fn a_slot_sealed_with_less_work_than_the_pinned_factor_is_flagged() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let weak = VaultOptions { kdf: KdfPolicy::insecure_for_tests(1), ..VaultOptions::default() };
    let (vault, _) = Vault::create(&dir, &pass("owner passphrase"), &weak, Utc::now()).unwrap();
    drop(vault);
    let vault = Vault::open(&dir, Unlock::Passphrase(&pass("owner passphrase")), &options()).unwrap();
    let slot = vault.slots().into_iter().find(|s| s.kind == SlotKind::Passphrase).unwrap();
    assert_eq!(slot.work_factor, Some(1));
    assert!(slot.below_pinned_work, "2^1 is below this policy's 2^2");
}

fn rekey_interrupted_at(hit: fn(&Path) -> bool) -> (PathBuf, tempfile::TempDir, crate::BlobRef) {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (vault, _, _, blob, _) = vault_with_a_leaked_passphrase(&dir);
    drop(vault);
    let failing = VaultOptions {
        // The first rename whose target `hit` picks fails: the re-key stops at that step.
        fs: std::sync::Arc::new(crate::fs::FailingFs::new({
            let failed = std::sync::atomic::AtomicBool::new(false);
            move |op| matches!(op, crate::fs::FsOp::Rename { to } if hit(to)) && !failed.swap(true, std::sync::atomic::Ordering::SeqCst)
        })),
        ..options()
    };
    let mut vault = Vault::open(&dir, Unlock::Passphrase(&pass("owner passphrase")), &failing).unwrap();
    vault.db().execute("INSERT INTO t VALUES ('unsaved')", []).unwrap();
    let result = vault.rekey(Unlock::Passphrase(&pass("owner passphrase")), &[&pass("new passphrase here")], Utc::now());
    assert!(result.is_err(), "the re-key was stopped");
    drop(vault);
    (dir, root, blob)
}

fn assert_opens_whole(dir: &Path, passphrase: &str, blob: &crate::BlobRef, with_unsaved: bool) {
    // Read-only first: it must cope with an unfinished re-key without renaming anything.
    let shared = VaultOptions { lock: crate::fs::LockMode::Shared, ..options() };
    for opts in [shared, options()] {
        let vault = Vault::open(dir, Unlock::Passphrase(&pass(passphrase)), &opts).unwrap();
        let count: i64 = vault.db().query_row("SELECT count(*) FROM t WHERE v = 'unsaved'", [], |r| r.get(0)).unwrap();
        assert_eq!(count == 1, with_unsaved, "the re-key's database is there only if it switched");
        assert!(vault.open_report().skipped.is_empty(), "no false alarm: {:?}", vault.open_report());
        if opts.lock == crate::fs::LockMode::Exclusive {
            assert_eq!(&vault.read_blob(blob).unwrap()[..], b"photo of the fence");
            assert!(vault.check().is_healthy(), "{:?}", vault.check());
        }
    }
    let names: Vec<String> = ["images", "blobs"]
        .iter()
        .flat_map(|d| std::fs::read_dir(dir.join(d)).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()))
        .collect();
    assert!(names.iter().all(|n| !n.ends_with(REKEY_SUFFIX)), "nothing pending is left: {names:?}");
}

#[test]
fn a_rekey_stopped_before_its_switch_leaves_the_vault_as_it_was() {
    let (dir, _root, blob) = rekey_interrupted_at(|to| to.ends_with(HEADER_FILE));
    assert_opens_whole(&dir, "owner passphrase", &blob, false);
    assert!(Vault::open(&dir, Unlock::Passphrase(&pass("new passphrase here")), &options()).is_err());
}

#[test]
fn a_rekey_stopped_after_its_switch_is_finished_by_the_next_open() {
    // The first rename after the switch: an attachment moved over its original.
    let (dir, _root, blob) = rekey_interrupted_at(|to| to.parent().is_some_and(|p| p.ends_with(BLOBS_DIR)) && to.extension().is_some_and(|e| e == "age"));
    assert_opens_whole(&dir, "new passphrase here", &blob, true);
    assert!(Vault::open(&dir, Unlock::Passphrase(&pass("owner passphrase")), &options()).is_err(), "dropped");
}

#[test]
fn a_rekey_stopped_while_staging_its_generation_leaves_the_vault_as_it_was() {
    // The generation sealed to the new identity must be staged before the header switches to
    // it: a switched header with no generation its identity opens would lock everyone out.
    let (dir, _root, blob) = rekey_interrupted_at(|to| {
        to.parent().is_some_and(|p| p.ends_with(IMAGES_DIR)) && to.to_string_lossy().ends_with(REKEY_SUFFIX)
    });
    assert_opens_whole(&dir, "owner passphrase", &blob, false);
    assert!(Vault::open(&dir, Unlock::Passphrase(&pass("new passphrase here")), &options()).is_err());
}

#[test]
fn create_refuses_a_folder_whose_header_is_gone_but_whose_saves_are_there() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (mut vault, _) = Vault::create(&dir, &pass("owner passphrase"), &options(), Utc::now()).unwrap();
    vault.db().execute_batch("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('years of work');").unwrap();
    vault.save().unwrap();
    vault.put_blob(b"photo of the fence").unwrap();
    drop(vault);
    // Someone deletes vault.toml (or it is lost): "create" here would write generation 1 over
    // the vault's own and leave its other saves sealed to a key nobody has any more.
    std::fs::remove_file(dir.join(HEADER_FILE)).unwrap();
    let again = Vault::create(&dir, &pass("attacker passphrase"), &options(), Utc::now());
    assert!(matches!(again, Err(crate::CreateError::NotEmpty { .. })), "refused: {:?}", again.err());
    assert!(dir.join(IMAGES_DIR).join(image_name(2)).exists(), "the saves are untouched");

    // An interrupted create (no header yet, only what create itself writes) is still reused.
    let fresh = root.path().join("w.tejido");
    let (vault, _) = Vault::create(&fresh, &pass("owner passphrase"), &options(), Utc::now()).unwrap();
    drop(vault);
    std::fs::remove_file(fresh.join(HEADER_FILE)).unwrap();
    Vault::create(&fresh, &pass("owner passphrase"), &options(), Utc::now()).expect("an interrupted create is finished");
}

#[test]
fn after_a_shred_no_passphrase_opens_the_vault_and_the_paper_key_does() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (mut vault, leaked, _copy, _blob, paper) = vault_with_a_leaked_passphrase(&dir);
    let slot_path = dir.join(keys::passphrase_slot_file(leaked));
    assert!(matches!(vault.shred_passphrases(Unlock::Passphrase(&pass("a guess"))), Err(KeySlotError::WrongSecret)), "re-authentication first");
    assert_eq!(vault.shred_passphrases(Unlock::Passphrase(&pass("owner passphrase"))).unwrap(), 2);
    drop(vault);
    assert!(!slot_path.exists(), "the slot file is gone");
    let keys_left: Vec<_> = std::fs::read_dir(dir.join(KEYS_DIR)).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert_eq!(keys_left, vec!["recovery.age".to_owned()], "only the paper key's slot is left");
    for guess in ["owner passphrase", "leaked passphrase"] {
        assert!(Vault::open(&dir, Unlock::Passphrase(&pass(guess)), &options()).is_err(), "{guess} opens nothing");
    }
    let mut opened = Vault::open(&dir, Unlock::RecoveryKey(&paper), &options()).unwrap();
    let v: String = opened.db().query_row("SELECT v FROM t", [], |r| r.get(0)).unwrap();
    assert_eq!(v, "before", "the paper key opens the data");
    // The paper key is then how a new passphrase is set.
    opened.add_passphrase(&pass("new river passphrase"), Utc::now()).unwrap();
}

#[test]
fn shredding_overwrites_the_file_before_removing_it() {
    let root = tempfile::tempdir().unwrap();
    let path = root.path().join("k.age");
    std::fs::write(&path, b"AGE secret bytes").unwrap();
    // A second name for the same bytes sees what the overwrite left in them.
    let witness = root.path().join("witness");
    std::fs::hard_link(&path, &witness).unwrap();
    crate::fs::shred_file(&path).unwrap();
    assert!(!path.exists());
    assert_eq!(std::fs::read(&witness).unwrap(), vec![0u8; 16], "the bytes were overwritten in place");
    crate::fs::shred_file(&path).unwrap();
}

#[test]
fn a_copy_that_lost_its_empty_attachments_folder_still_takes_a_photo_and_a_rekey() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("Copia de José.tejido");
    drop(Vault::create(&dir, &pass("owner passphrase"), &options(), Utc::now()).unwrap());
    // git, and some archivers, keep no empty folder.
    std::fs::remove_dir(dir.join(BLOBS_DIR)).unwrap();
    let mut vault = Vault::open(&dir, Unlock::Passphrase(&pass("owner passphrase")), &options()).unwrap();
    vault.rekey(Unlock::Passphrase(&pass("owner passphrase")), &[&pass("owner passphrase")], Utc::now()).expect("re-keyed");
    let blob = vault.put_blob(b"photo of the fence").expect("attached");
    assert_eq!(&vault.read_blob(&blob).unwrap()[..], b"photo of the fence");
}

use std::path::Path;

use chrono::Utc;

use super::*;
use crate::error::{KeySlotError, OpenError};
use crate::keys::KdfPolicy;
use crate::vault::{Unlock, Vault, VaultOptions};

fn options() -> VaultOptions {
    VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() }
}

fn pass(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

/// A vault holding one row, and its shares (`threshold` of `total`).
fn split_vault(dir: &Path, threshold: u8, total: u8) -> (Vec<String>, RecoveryKey) {
    let (mut vault, paper) = Vault::create(dir, &pass("owner passphrase"), &options(), Utc::now()).unwrap();
    vault.db().execute_batch("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('la puya');").unwrap();
    vault.save().unwrap();
    let shares = vault.split_recovery(threshold, total, Utc::now()).unwrap();
    assert_eq!(shares.iter().map(|s| s.number).collect::<Vec<_>>(), (1..=total).collect::<Vec<_>>());
    (shares.iter().map(|s| s.expose().to_owned()).collect(), paper)
}

fn header(dir: &Path) -> VaultHeader {
    crate::vault::read_header(&crate::fs::RealFs, dir).unwrap()
}

fn open_with(dir: &Path, typed: &[&str]) -> Result<Vault, String> {
    let key = combine(&header(dir), typed).map_err(|e| format!("{e:?}"))?;
    Vault::open(dir, Unlock::RecoveryKey(&key), &options()).map_err(|e| format!("{e:?}"))
}

/// Groups of four, upper case: how a person copies a card back.
fn as_typed(share: &str) -> String {
    share.to_uppercase().chars().collect::<Vec<_>>().chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

#[test]
fn any_m_of_n_shares_open_the_vault_and_m_minus_one_do_not() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (shares, _) = split_vault(&dir, 3, 5);
    for picked in [[0, 1, 2], [4, 2, 0], [1, 3, 4]] {
        let typed: Vec<String> = picked.iter().map(|&i| as_typed(&shares[i])).collect();
        let typed: Vec<&str> = typed.iter().map(String::as_str).collect();
        let vault = open_with(&dir, &typed).expect("three shares open it");
        let v: String = vault.db().query_row("SELECT v FROM t", [], |r| r.get(0)).unwrap();
        assert_eq!(v, "la puya");
    }
    let two = combine(&header(&dir), &[&shares[0], &shares[3]]);
    assert!(matches!(two, Err(ShareError::TooFew { given: 2, needed: 3 })), "{:?}", two.err());
}

#[test]
fn a_typo_a_duplicate_a_foreign_vault_and_an_old_split_are_each_named() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (shares, _) = split_vault(&dir, 2, 3);
    let h = header(&dir);

    let mut typo: Vec<char> = shares[1].chars().collect();
    let at = typo.len() - 10;
    typo[at] = if typo[at] == 'q' { 'p' } else { 'q' };
    let typo: String = typo.into_iter().collect();
    assert!(matches!(combine(&h, &[&shares[0], &typo]), Err(ShareError::Typo { entry: 2 })));
    assert!(matches!(combine(&h, &[&shares[2], &shares[2]]), Err(ShareError::Duplicate { number: 3 })));

    let other = root.path().join("other.tejido");
    let (foreign, _) = split_vault(&other, 2, 3);
    assert!(matches!(combine(&h, &[&foreign[0], &shares[1]]), Err(ShareError::OtherVault { entry: 1 })));

    // A new split makes the old shares useless, and says so.
    let mut vault = Vault::open(&dir, Unlock::Passphrase(&pass("owner passphrase")), &options()).unwrap();
    let new: Vec<String> = vault.split_recovery(2, 3, Utc::now()).unwrap().iter().map(|s| s.expose().to_owned()).collect();
    drop(vault);
    let h = header(&dir);
    assert!(matches!(combine(&h, &[&new[0], &shares[1]]), Err(ShareError::OldSplit { entry: 2 })));
    assert_eq!(h.slots.iter().filter(|s| s.kind == SlotKind::Shares).count(), 1, "one split at a time");
    let files = std::fs::read_dir(dir.join("keys")).unwrap().filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with("shares-")).count();
    assert_eq!(files, 1, "the old split's file is gone");
    open_with(&dir, &[&new[2], &new[0]]).expect("the new split opens it");
}

#[test]
fn bounds_are_two_to_ten_and_m_at_most_n() {
    let root = tempfile::tempdir().unwrap();
    let (mut vault, _) = Vault::create(&root.path().join("v"), &pass("owner passphrase"), &options(), Utc::now()).unwrap();
    for (m, n) in [(1, 3), (4, 3), (2, 11)] {
        assert!(matches!(vault.split_recovery(m, n, Utc::now()), Err(ShareError::Bounds)), "{m} of {n}");
    }
    assert!(vault.split_recovery(10, 10, Utc::now()).is_ok());
}

#[test]
fn after_a_shred_the_shares_open_the_vault_and_without_paper_or_shares_shredding_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (shares, paper) = split_vault(&dir, 2, 3);
    // The paper key's slot goes: the shares alone are the way back.
    let mut vault = Vault::open(&dir, Unlock::Passphrase(&pass("owner passphrase")), &options()).unwrap();
    let recovery = vault.header().recovery_slot().unwrap().id;
    vault.remove_slot(recovery, Unlock::Passphrase(&pass("owner passphrase"))).unwrap();
    vault.shred_passphrases(Unlock::Passphrase(&pass("owner passphrase"))).unwrap();
    drop(vault);
    assert!(Vault::open(&dir, Unlock::Passphrase(&pass("owner passphrase")), &options()).is_err());
    assert!(matches!(Vault::open(&dir, Unlock::RecoveryKey(&paper), &options()), Err(OpenError::WrongRecoveryKey)));
    let mut vault = open_with(&dir, &[&shares[2], &shares[1]]).expect("two shares open it after the shred");
    vault.add_passphrase(&pass("new passphrase"), Utc::now()).unwrap();

    // No paper key and no shares: a shred would lock everyone out.
    let bare = root.path().join("bare.tejido");
    let (mut vault, _) = Vault::create(&bare, &pass("owner passphrase"), &options(), Utc::now()).unwrap();
    let recovery = vault.header().recovery_slot().unwrap().id;
    vault.add_passphrase(&pass("second passphrase"), Utc::now()).unwrap();
    vault.remove_slot(recovery, Unlock::Passphrase(&pass("owner passphrase"))).unwrap();
    assert!(matches!(vault.shred_passphrases(Unlock::Passphrase(&pass("owner passphrase"))), Err(KeySlotError::NoRecovery)));
}

#[test]
fn a_split_interrupted_before_its_header_leaves_the_old_split_working_and_no_stray_file() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("v.tejido");
    let (shares, _) = split_vault(&dir, 2, 3);
    // What step 1 of a new split leaves when the power goes before the header: a slot file
    // nobody lists.
    let stray = dir.join(shares_slot_file(Uuid::now_v7()));
    std::fs::write(&stray, b"age-encryption.org/v1\n").unwrap();
    let vault = open_with(&dir, &[&shares[0], &shares[1]]).expect("the old split still opens");
    drop(vault);
    assert!(!stray.exists(), "an open that may write removes the unlisted split file");
}

#[test]
fn a_share_carries_nothing_but_tags_and_its_point() {
    let id = Uuid::now_v7();
    let (_, shares) = split(&id, &Uuid::now_v7(), 2, 3).unwrap();
    let text = shares[0].expose();
    assert!(text.starts_with("tjs1") && text.len() == 81, "{text}");
    assert!(!text.contains(&id.simple().to_string()[..8]));
    assert_eq!(short_vault_id(&id).len(), 9);
}

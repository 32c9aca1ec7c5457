//! m-of-n custody of the vault's recovery, as Settings and the unlock screen use it: a split
//! into shares (cards to print, or files sealed to a member's own passphrase) and opening the
//! vault again with any m of them. La Puya's principle: no single leader holds the key.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tejido_vault::shares::{self, ShareError};
use tejido_vault::{ExposeSecret, RecoveryKey, SecretString, Unlock};

use super::{App, AppError, Slots, secret};
use crate::home::Home;
use crate::passphrase::check_new_passphrase;
use crate::store::Session;

/// A share its holder keeps as a file sealed to their own passphrase instead of a card.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ShareFileRequest {
    /// Which share (1..=n).
    pub number: u8,
    /// The holder's own passphrase, typed by them at this laptop.
    #[ts(type = "string")]
    pub passphrase: String,
    /// Where to write the file.
    #[ts(type = "string")]
    pub path: PathBuf,
}

/// One share to print on its card: shown once, never stored.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ShareCard {
    /// k of n.
    pub number: u8,
    /// The share (`tjs1…`).
    pub text: String,
}

/// What a new split made.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SplitMade {
    /// Printed on every card so a card can be matched to its vault without naming it.
    pub short_vault_id: String,
    /// How many shares open the vault (m).
    pub threshold: u8,
    /// How many shares were made (n).
    pub total: u8,
    /// The shares to print, in order.
    pub cards: Vec<ShareCard>,
    /// The shares written as sealed files: their number and where.
    #[ts(type = "Array<[number, string]>")]
    pub files: Vec<(u8, PathBuf)>,
    /// The slots now (the split is one of them).
    pub slots: Slots,
}

/// A share file and the passphrase its holder types for it, at recovery.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ShareFileEntry {
    /// The file.
    #[ts(type = "string")]
    pub path: PathBuf,
    /// Its holder's passphrase.
    #[ts(type = "string")]
    pub passphrase: String,
}

impl App {
    /// Splits the vault's recovery into `total` shares, any `threshold` of which open it;
    /// the previous split stops working. Confirmed with `current` (a passphrase or the paper
    /// key). The shares named in `files` are sealed to their holder's passphrase and written
    /// there; the others come back as cards to print.
    pub fn split_recovery(
        &mut self,
        current: &SecretString,
        threshold: u8,
        total: u8,
        files: &[ShareFileRequest],
        now: DateTime<Utc>,
    ) -> Result<SplitMade, AppError> {
        for file in files {
            check_new_passphrase(&file.passphrase)?;
        }
        self.confirm_secret(current)?;
        let vault = self.session()?.session.vault_mut();
        let made = vault.split_recovery(threshold, total, now)?;
        let kdf = vault.kdf();
        let short_vault_id = shares::short_vault_id(&vault.header().vault_id);
        let mut cards = Vec::new();
        let mut written = Vec::new();
        for share in &made {
            match files.iter().find(|f| f.number == share.number) {
                Some(file) => {
                    let bytes = shares::seal_to_passphrase(share, &secret(&file.passphrase), kdf);
                    super::risk::write_chosen_file(&file.path, &bytes)?;
                    written.push((share.number, file.path.clone()));
                }
                None => cards.push(ShareCard { number: share.number, text: share.expose().to_owned() }),
            }
        }
        Ok(SplitMade { short_vault_id, threshold, total, cards, files: written, slots: self.slots()? })
    }

    /// Opens the vault in `dir` with shares (typed from cards, then files with their
    /// holders' passphrases) and adds `new_passphrase`, as with the paper key.
    pub fn recover_with_shares(
        &mut self,
        dir: &Path,
        typed: &[String],
        files: &[ShareFileEntry],
        new_passphrase: &str,
        now: DateTime<Utc>,
    ) -> Result<Home, AppError> {
        check_new_passphrase(new_passphrase)?;
        let key = combine(dir, typed, files, self.kdf)?;
        self.lock();
        let mut session = Session::open(dir, Unlock::RecoveryKey(&key), &self.options(), self.installation.device)?;
        session.vault_mut().add_passphrase(&secret(new_passphrase), now)?;
        self.adopt(session, now)
    }
}

/// The recovery key the shares rebuild: typed shares first, then the files, numbered in that
/// order in errors.
pub(crate) fn combine(dir: &Path, typed: &[String], files: &[ShareFileEntry], kdf: tejido_vault::KdfPolicy) -> Result<RecoveryKey, AppError> {
    let mut texts: Vec<SecretString> = typed.iter().filter(|t| !t.trim().is_empty()).map(|t| secret(t)).collect();
    for file in files {
        let entry = texts.len() + 1;
        let bytes = std::fs::read(&file.path).map_err(|e| AppError::File { path: file.path.clone(), kind: tejido_vault::IoKind::of(&e) })?;
        texts.push(shares::open_sealed(&bytes, &secret(&file.passphrase), kdf, entry)?);
    }
    let refs: Vec<&str> = texts.iter().map(|t| t.expose_secret()).collect();
    match shares::combine_for(dir, &refs) {
        Ok(key) => Ok(key),
        Err(ShareError::Open(e)) => Err(AppError::from(e)),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tejido_vault::KdfPolicy;

    const OWNER: &str = "maize river lantern 1987";

    fn open(root: &Path) -> (App, PathBuf) {
        let mut app = App::new(&root.join("config"), &root.join("data"), KdfPolicy::insecure_for_tests(2));
        let dir = root.join("Community.tejido");
        app.create_vault(&dir, "Río Claro", OWNER, Utc::now()).unwrap();
        (app, dir)
    }

    #[test]
    fn two_of_three_a_card_and_a_sealed_file_open_the_vault_after_a_shred() {
        let root = tempfile::tempdir().unwrap();
        let (mut app, dir) = open(root.path());
        let file = root.path().join("share-3.tejido-share");
        let wrong = app.split_recovery(&secret("a guess"), 2, 3, &[], Utc::now());
        assert!(matches!(wrong, Err(AppError::Slot(tejido_vault::KeySlotError::WrongSecret))), "{wrong:?}");
        let request = ShareFileRequest { number: 3, passphrase: "heron blanket tortilla 31".into(), path: file.clone() };
        let made = app.split_recovery(&secret(OWNER), 2, 3, &[request], Utc::now()).unwrap();
        assert_eq!((made.cards.len(), made.files.len()), (2, 1));
        assert!(made.slots.list.iter().any(|s| s.kind == "shares"));
        let bytes = std::fs::read(&file).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains("tjs1"), "the file is sealed");

        app.shred_keys(&secret(OWNER)).unwrap();
        assert!(app.unlock(&dir, OWNER, Utc::now()).is_err());
        let one = app.recover_with_shares(&dir, &[made.cards[0].text.clone()], &[], "another good passphrase 9", Utc::now());
        assert!(matches!(one, Err(AppError::Share(ShareError::TooFew { given: 1, needed: 2 }))), "{one:?}");
        let bad_file = ShareFileEntry { path: file.clone(), passphrase: "not theirs".into() };
        let wrong = app.recover_with_shares(&dir, &[made.cards[1].text.clone()], &[bad_file], "another good passphrase 9", Utc::now());
        assert!(matches!(wrong, Err(AppError::Share(ShareError::WrongFilePassphrase { entry: 2 }))), "{wrong:?}");
        let entry = ShareFileEntry { path: file, passphrase: "heron blanket tortilla 31".into() };
        app.recover_with_shares(&dir, &[made.cards[1].text.clone()], &[entry], "another good passphrase 9", Utc::now()).unwrap();
        app.lock();
        app.unlock(&dir, "another good passphrase 9", Utc::now()).expect("the new passphrase opens it");
    }
}

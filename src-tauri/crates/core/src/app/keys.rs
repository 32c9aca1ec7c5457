//! Settings' keys: the vault's passphrases and paper key, listed, added, removed by id,
//! replaced, and the whole vault re-keyed. Everything that hands out a way in (a new
//! passphrase, a new paper key, a backup, an invitation, a plaintext copy) first asks for a
//! current passphrase or the paper key: an unlocked window left alone is not enough.

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use tejido_vault::{BackupReport, ExposeSecret, RecoveryKey, SecretString, SlotKind, Unlock};
use uuid::Uuid;

use super::{App, AppError};
use crate::passphrase::check_new_passphrase;

/// One way into the vault, as Settings lists it. No secret and no name: `vault.toml` is
/// plaintext, so slots carry no labels that could name who holds them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SlotView {
    /// The slot id, to remove it by.
    pub id: Uuid,
    /// `passphrase`, `recovery` (the paper key) or `shares` (the recovery split among members).
    #[ts(type = "\"passphrase\" | \"recovery\" | \"shares\"")]
    pub kind: String,
    /// When it was added.
    pub created_at: DateTime<Utc>,
    /// Sealed with less scrypt work than Tejido uses today: changing that passphrase seals
    /// it again at full strength.
    pub weak_work_factor: bool,
}

/// How the vault can be opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Slots {
    /// Number of passphrases.
    pub passphrases: u32,
    /// Whether a paper recovery key exists.
    pub has_recovery_key: bool,
    /// Every slot, oldest first.
    pub list: Vec<SlotView>,
    /// How many passphrase slots are sealed with less work than today's (home warns).
    pub weak_slots: u32,
}

/// A new paper key, to show once, and the slots after the change.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewRecoveryKey {
    /// `AGE-SECRET-KEY-1…`: shown once, never stored.
    pub recovery_key: String,
    /// The slots now.
    pub slots: Slots,
}

/// A passphrase or the paper key, whichever the person typed.
fn as_unlock<'a>(secret: &'a SecretString, key: &'a Option<RecoveryKey>) -> Unlock<'a> {
    match key {
        Some(key) => Unlock::RecoveryKey(key),
        None => Unlock::Passphrase(secret),
    }
}

/// A typed paper key is recognised by its shape; anything else is a passphrase.
fn parse_secret(secret: &SecretString) -> Option<RecoveryKey> {
    let typed = secret.expose_secret();
    typed.trim_start().to_ascii_uppercase().starts_with("AGE-SECRET-KEY-1").then(|| RecoveryKey::parse(typed)).flatten()
}

impl App {
    /// Checks that `current` (a passphrase or the paper key) opens the open vault. Asked
    /// before everything that hands out a way in or the vault's contents.
    pub fn confirm_secret(&mut self, current: &SecretString) -> Result<Uuid, AppError> {
        let key = parse_secret(current);
        Ok(self.session()?.session.vault().verify_secret(as_unlock(current, &key))?)
    }

    /// How the open vault can be unlocked.
    pub fn slots(&mut self) -> Result<Slots, AppError> {
        let vault = self.session()?.session.vault();
        let header = vault.header();
        let list: Vec<SlotView> = vault
            .slots()
            .into_iter()
            .map(|slot| SlotView {
                id: slot.id,
                kind: match slot.kind {
                    SlotKind::Passphrase => "passphrase".into(),
                    SlotKind::Recovery => "recovery".into(),
                    SlotKind::Shares => "shares".into(),
                },
                created_at: slot.created_at,
                // Against the policy in force: the pinned 2^18 in the app.
                weak_work_factor: slot.below_pinned_work,
            })
            .collect();
        Ok(Slots {
            passphrases: header.passphrase_slots().count() as u32,
            has_recovery_key: header.recovery_slot().is_some(),
            weak_slots: list.iter().filter(|s| s.weak_work_factor).count() as u32,
            list,
        })
    }

    /// Adds a passphrase, after `current` is confirmed.
    pub fn add_passphrase(&mut self, current: &SecretString, passphrase: &SecretString, now: DateTime<Utc>) -> Result<Slots, AppError> {
        check_new_passphrase(passphrase.expose_secret())?;
        self.confirm_secret(current)?;
        self.session()?.session.vault_mut().add_passphrase(passphrase, now)?;
        self.slots()
    }

    /// Replaces passphrase `old` with `new` (knowing `old` is the confirmation).
    pub fn change_passphrase(&mut self, old: &SecretString, new: &SecretString, now: DateTime<Utc>) -> Result<Slots, AppError> {
        check_new_passphrase(new.expose_secret())?;
        self.session()?.session.vault_mut().change_passphrase(old, new, now)?;
        self.slots()
    }

    /// Removes the passphrase that is typed (never the last).
    pub fn remove_passphrase(&mut self, passphrase: &SecretString) -> Result<Slots, AppError> {
        self.session()?.session.vault_mut().remove_passphrase(passphrase)?;
        self.slots()
    }

    /// Removes slot `id` (a passphrase nobody here knows, or the paper key), confirmed with
    /// a *different* current passphrase or the paper key. Settings then offers a re-key:
    /// removing stops nothing a copy of the slot file allows.
    pub fn remove_slot(&mut self, id: Uuid, confirm: &SecretString) -> Result<Slots, AppError> {
        let key = parse_secret(confirm);
        self.session()?.session.vault_mut().remove_slot(id, as_unlock(confirm, &key))?;
        self.slots()
    }

    /// Shreds this laptop's keys, for a laptop that may be seized, confirmed with `current`
    /// (a passphrase or the paper key): every passphrase slot is overwritten, flushed and
    /// removed ([`tejido_vault::Vault::shred_passphrases`]), the vault closes as on a panic,
    /// and Syncthing's own device key and certificates in the vault folder (the only key of
    /// this laptop kept outside the sealed files: the sync and package keys live in the
    /// sealed database) are shredded the same way once Syncthing has stopped. Afterwards the
    /// vault opens only with the paper recovery key or enough recovery shares. Returns how many
    /// passphrases went.
    pub fn shred_keys(&mut self, current: &SecretString) -> Result<usize, AppError> {
        let key = parse_secret(current);
        let open = self.session()?;
        let shredded = open.session.vault_mut().shred_passphrases(as_unlock(current, &key))?;
        let dir = open.session.vault().dir().to_owned();
        // Closing stops Syncthing, so it neither holds nor rewrites its key meanwhile.
        self.panic();
        crate::sync::shred_syncthing_keys(&dir)?;
        Ok(shredded)
    }

    /// A new paper key; the old one stops working. Confirmed with `current`.
    pub fn new_recovery_key(&mut self, current: &SecretString, now: DateTime<Utc>) -> Result<NewRecoveryKey, AppError> {
        self.confirm_secret(current)?;
        let key = self.session()?.session.vault_mut().replace_recovery_key(now)?;
        Ok(NewRecoveryKey { recovery_key: key.expose().to_owned(), slots: self.slots()? })
    }

    /// Re-keys the vault (a passphrase leaked, a slot was removed, a laptop or a backup was
    /// lost): a new identity, everything sealed again, every old slot file useless.
    ///
    /// `current` confirms. The passphrase that stays is `new_passphrase` if given (when the
    /// current one is the one that leaked), else `current` itself; every other passphrase
    /// stops working and the paper key is replaced (the new one is in the result, shown once).
    pub fn rekey(&mut self, current: &SecretString, new_passphrase: Option<&SecretString>, now: DateTime<Utc>) -> Result<NewRecoveryKey, AppError> {
        let key = parse_secret(current);
        let keep = match new_passphrase {
            Some(new) => {
                check_new_passphrase(new.expose_secret())?;
                new
            }
            // Confirmed with the paper key: some passphrase must stay.
            None if key.is_some() => return Err(tejido_vault::KeySlotError::LastPassphrase.into()),
            None => current,
        };
        let vault = self.session()?.session.vault_mut();
        let paper = vault.rekey(as_unlock(current, &key), &[keep], now)?;
        Ok(NewRecoveryKey { recovery_key: paper.expose().to_owned(), slots: self.slots()? })
    }

    /// Copies the open vault into `destination` and verifies the copy, confirmed with
    /// `current` (a backup is a whole vault for whoever holds an old passphrase).
    pub fn backup(&mut self, current: &SecretString, destination: &Path, now: DateTime<Utc>) -> Result<BackupReport, AppError> {
        self.confirm_secret(current)?;
        let stamp = now.format("%Y-%m-%d %H%M%S").to_string();
        Ok(self.session()?.session.vault().backup_to(destination, &stamp)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passphrase::PassphraseError;
    use tejido_vault::{KdfPolicy, KeySlotError};

    const OWNER: &str = "maize river lantern 1987";

    fn s(text: &str) -> SecretString {
        SecretString::from(text.to_owned())
    }

    fn open(root: &Path) -> (App, std::path::PathBuf, String) {
        let mut app = App::new(&root.join("config"), &root.join("data"), KdfPolicy::insecure_for_tests(2));
        let dir = root.join("Community.tejido");
        let created = app.create_vault(&dir, "Río Claro", OWNER, Utc::now()).unwrap();
        (app, dir, created.recovery_key)
    }

    fn refused_for_wrong_secret<T: std::fmt::Debug>(result: Result<T, AppError>) {
        assert!(matches!(result, Err(AppError::Slot(KeySlotError::WrongSecret))), "{result:?}");
    }

    #[test]
    fn an_unlocked_window_left_alone_cannot_add_a_passphrase_back_up_or_invite() {
        let root = tempfile::tempdir().unwrap();
        let (mut app, _, paper) = open(root.path());
        let intruder = s("owl canyon tapestry 44");
        refused_for_wrong_secret(app.add_passphrase(&s("a guess"), &intruder, Utc::now()));
        assert_eq!(app.slots().unwrap().passphrases, 1, "no passphrase was added");
        let backups = root.path().join("stick");
        std::fs::create_dir_all(&backups).unwrap();
        refused_for_wrong_secret(app.backup(&s("a guess"), &backups, Utc::now()));
        assert_eq!(std::fs::read_dir(&backups).unwrap().count(), 0, "no backup written");
        app.start_sync("Office laptop", Utc::now()).unwrap();
        let invitation = root.path().join("laptop.tejido-invite");
        refused_for_wrong_secret(app.invite_laptop(&s("a guess"), "Second", &invitation, Utc::now()));
        assert!(!invitation.exists(), "no invitation written");
        refused_for_wrong_secret(app.new_recovery_key(&s("a guess"), Utc::now()));

        app.add_passphrase(&s(OWNER), &intruder, Utc::now()).unwrap();
        app.backup(&s(&paper), &backups, Utc::now()).expect("the paper key confirms too");
        app.invite_laptop(&s(OWNER), "Second", &invitation, Utc::now()).unwrap();
        let weak = app.add_passphrase(&s(OWNER), &s("password1"), Utc::now());
        assert!(matches!(weak, Err(AppError::Passphrase(PassphraseError::TooWeak))), "{weak:?}");
    }

    #[test]
    fn a_passphrase_nobody_here_knows_is_removed_by_id_and_a_rekey_shuts_it_out() {
        let root = tempfile::tempdir().unwrap();
        let (mut app, dir, old_paper) = open(root.path());
        app.add_passphrase(&s(OWNER), &s("leaked tortilla glacier 7"), Utc::now()).unwrap();
        let slots = app.slots().unwrap();
        assert_eq!(slots.list.len(), 3, "two passphrases and the paper key: {slots:?}");
        assert_eq!(slots.weak_slots, 0);
        let leaked = slots.list.iter().filter(|v| v.kind == "passphrase").last().unwrap().id;
        let same = app.remove_slot(leaked, &s("leaked tortilla glacier 7"));
        assert!(matches!(same, Err(AppError::Slot(KeySlotError::SameSlot))), "{same:?}");
        let slots = app.remove_slot(leaked, &s(OWNER)).unwrap();
        assert_eq!(slots.passphrases, 1);

        let made = app.rekey(&s(OWNER), Some(&s("new heron blanket 31")), Utc::now()).unwrap();
        assert!(made.recovery_key.starts_with("AGE-SECRET-KEY-1") && made.recovery_key != old_paper);
        app.lock();
        assert!(app.unlock(&dir, OWNER, Utc::now()).is_err(), "the passphrase that leaked is replaced");
        assert!(app.recover(&dir, &old_paper, "another good passphrase 9", Utc::now()).is_err(), "the old paper key is dead");
        app.unlock(&dir, "new heron blanket 31", Utc::now()).unwrap();
        let fresh = app.new_recovery_key(&s("new heron blanket 31"), Utc::now()).unwrap();
        app.lock();
        assert!(app.recover(&dir, &made.recovery_key, "another good passphrase 9", Utc::now()).is_err(), "replaced again");
        app.recover(&dir, &fresh.recovery_key, "another good passphrase 9", Utc::now()).unwrap();
    }

    #[test]
    fn a_rekey_confirmed_with_the_paper_key_needs_a_passphrase_to_keep() {
        let root = tempfile::tempdir().unwrap();
        let (mut app, _, paper) = open(root.path());
        let none = app.rekey(&s(&paper), None, Utc::now());
        assert!(matches!(none, Err(AppError::Slot(KeySlotError::LastPassphrase))), "{none:?}");
        app.rekey(&s(&paper), Some(&s("new heron blanket 31")), Utc::now()).unwrap();
    }
}

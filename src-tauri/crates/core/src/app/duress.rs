//! Settings' duress passphrase: typed at unlock under threat, it opens a decoy and silently
//! shreds this laptop's real passphrases (see `tejido_vault`'s `duress` module for what is on
//! disk and why nothing tells it apart). The decoy is the demo community under the
//! collective's own name: a vault that looks used, with nothing of the group in it.

use std::path::Path;

use chrono::{DateTime, Utc};
use tejido_vault::{ExposeSecret, SecretString, VaultOptions};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::{App, AppError, Slots, secret};
use crate::passphrase::check_new_passphrase;
use crate::store::Session;

impl App {
    /// Adds a duress passphrase to the open vault, after `current` is confirmed.
    pub fn add_duress_passphrase(&mut self, current: &SecretString, duress: &SecretString, now: DateTime<Utc>) -> Result<Slots, AppError> {
        self.confirm_secret(current)?;
        let scratch = super::workshop::training_root(&self.data_dir);
        let options = self.options();
        add_duress_passphrase(&mut self.session()?.session, duress, &scratch, &options, now)?;
        self.slots()
    }
}

/// Builds the decoy and adds the duress passphrase that opens it to `session`'s vault. The
/// decoy is made in a throwaway vault under `scratch` (sealed like any vault, with a random
/// passphrase nobody keeps, and deleted at once; a crash leaves it to the app's sweep of
/// training vaults or the system's temp folder), so no plaintext reaches the disk.
pub fn add_duress_passphrase(
    session: &mut Session,
    duress: &SecretString,
    scratch: &Path,
    options: &VaultOptions,
    now: DateTime<Utc>,
) -> Result<Uuid, AppError> {
    check_new_passphrase(duress.expose_secret())?;
    let name = session.collective()?.map(|c| c.name).unwrap_or_default();
    let dir = scratch.join(Uuid::now_v7().to_string());
    let image = decoy_image(&dir, &name, options, session, now);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(session.vault_mut().add_duress_passphrase(duress, &image?, now)?)
}

/// The demo community renamed to `name`, as a database image.
fn decoy_image(dir: &Path, name: &str, options: &VaultOptions, real: &Session, now: DateTime<Utc>) -> Result<Zeroizing<Vec<u8>>, AppError> {
    let throwaway = secret(&format!("{}{}", Uuid::now_v7().simple(), Uuid::now_v7().simple()));
    let (mut decoy, _) = Session::create(dir, &throwaway, "Demo", options, real.device(), now)?;
    decoy.load_demo(now)?;
    // The demo's own description says it is invented.
    let name = if name.trim().is_empty() { crate::demo::demo_community().collective.name } else { name.to_owned() };
    decoy.rename_collective(&name, "", now)?;
    let image = decoy.vault().db().serialize(rusqlite::MAIN_DB).map_err(|e| crate::error::EditError::Database { detail: e.to_string() })?;
    Ok(Zeroizing::new(image.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use tejido_vault::{KdfPolicy, KeySlotError, OpenError};

    use crate::error::OpenVaultError;

    const OWNER: &str = "maize river lantern 1987";
    const DURESS: &str = "copper kettle morning 52";

    fn s(text: &str) -> SecretString {
        SecretString::from(text.to_owned())
    }

    #[test]
    fn under_threat_the_duress_passphrase_opens_a_plausible_decoy_and_leaves_nothing_real_to_open() {
        let root = tempfile::tempdir().unwrap();
        let mut app = App::new(&root.path().join("config"), &root.path().join("data"), KdfPolicy::insecure_for_tests(2));
        let dir = root.path().join("Community.tejido");
        let paper = app.create_vault(&dir, "Río Claro", OWNER, Utc::now()).unwrap().recovery_key;
        app.add_person(crate::person::NewPerson { pseudonym: "Radio keeper Ixmucané".into(), ..Default::default() }, Utc::now()).unwrap();
        // Refused without the current passphrase, and for a passphrase that already opens it.
        assert!(matches!(app.add_duress_passphrase(&s("a guess"), &s(DURESS), Utc::now()), Err(AppError::Slot(KeySlotError::WrongSecret))));
        assert!(matches!(app.add_duress_passphrase(&s(OWNER), &s(OWNER), Utc::now()), Err(AppError::Slot(KeySlotError::PassphraseInUse))));
        let slots = app.add_duress_passphrase(&s(OWNER), &s(DURESS), Utc::now()).unwrap();
        assert_eq!(slots.passphrases, 2, "listed as any second passphrase: {slots:?}");
        assert!(std::fs::read_dir(root.path().join("data").join("training")).map(|d| d.count()).unwrap_or(0) == 0, "the throwaway vault is gone");
        // This laptop syncs over the local network: Syncthing's key sits beside the vault.
        let syncthing = dir.join(crate::sync::SYNCTHING_DIR);
        std::fs::create_dir_all(&syncthing).unwrap();
        std::fs::write(syncthing.join("key.pem"), b"-----BEGIN EC PRIVATE KEY-----").unwrap();
        app.lock();

        let home = app.unlock(&dir, DURESS, Utc::now()).expect("opens like any vault");
        assert_eq!(home.collective.name, "Río Claro", "under the group's own name");
        assert!(home.people.len() >= 35, "the demo community, a vault that looks used");
        assert!(home.people.iter().all(|p| !p.pseudonym.contains("Radio keeper")), "nothing of the group");
        assert!(home.attention.is_empty() || home.attention.iter().all(|a| a.kind != "rollback"), "no warning gives it away");
        assert!(!syncthing.join("key.pem").exists(), "this laptop's Syncthing key was shredded too");
        app.lock();

        let owner = app.unlock(&dir, OWNER, Utc::now());
        assert!(matches!(owner, Err(AppError::Open(OpenVaultError::Open(OpenError::WrongPassphrase)))), "{owner:?}");
        let home = app.recover(&dir, &paper, "new lantern river 2026", Utc::now()).expect("the paper key still opens");
        assert!(home.people.iter().any(|p| p.pseudonym.contains("Radio keeper")), "the real data, untouched");
    }
}

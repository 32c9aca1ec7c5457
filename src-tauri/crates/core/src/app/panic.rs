//! The panic key: for when someone comes through the door. The vault closes at once and the
//! app forgets which vaults this laptop opened until one is opened again, so whoever takes the
//! laptop sees the neutral welcome screen, with no notice and no folder name. The window's own
//! state (forms, screens) is wiped by the app reloading its page; the projector window closes.

use super::App;

impl App {
    /// Closes the open vault without the ordinary lock's last publish and save: every edit is
    /// already saved when it is reported done, and what was not yet published to the other
    /// laptops goes out the next time the vault opens. A training vault is thrown away as on
    /// any lock. Until a vault opens again, [`App::info`] lists no recent vault.
    pub fn panic(&mut self) {
        if let Some(pair) = self.pair.take() {
            pair.close();
        }
        if let Some(open) = self.open.take() {
            let training = open.training.clone();
            drop(open);
            if let Some(dir) = training {
                let _ = std::fs::remove_dir_all(dir);
            }
        }
        self.panicked = true;
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use tejido_vault::KdfPolicy;

    use super::*;
    use crate::app::AppError;

    #[test]
    fn panic_locks_at_once_and_hides_the_recent_vaults_until_one_opens() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("Community.tejido");
        let mut app = App::new(&root.path().join("config"), &root.path().join("data"), KdfPolicy::insecure_for_tests(2));
        app.create_vault(&dir, "Río Claro", "a long passphrase", Utc::now()).unwrap();
        assert_eq!(app.info().recent_vaults.len(), 1);
        app.panic();
        let info = app.info();
        assert!(!info.unlocked && info.panicked, "locked, and the window is told it was a panic");
        assert!(matches!(app.home(), Err(AppError::Locked)), "nothing readable after a panic");
        assert!(info.recent_vaults.is_empty(), "no folder name shown after a panic");
        let stored = std::fs::read_to_string(root.path().join("config/installation.toml")).unwrap();
        assert!(stored.contains("Community.tejido"), "the person's own list is kept for when they open it again");

        app.unlock(&dir, "a long passphrase", Utc::now()).unwrap();
        assert!(!app.info().panicked);
        assert_eq!(app.info().recent_vaults.len(), 1, "opening a vault again brings the list back");
    }

    #[test]
    fn a_panic_in_a_training_vault_throws_it_away() {
        let root = tempfile::tempdir().unwrap();
        let mut app = App::new(&root.path().join("config"), &root.path().join("data"), KdfPolicy::insecure_for_tests(2));
        app.open_training(Utc::now()).unwrap();
        let dir = app.open.as_ref().unwrap().training.clone().unwrap();
        assert!(dir.exists());
        app.panic();
        assert!(!dir.exists(), "the training vault is gone");
        assert!(app.info().panicked && !app.info().unlocked);
    }

    #[test]
    fn shredding_this_laptops_keys_leaves_only_the_paper_key() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("Community.tejido");
        let mut app = App::new(&root.path().join("config"), &root.path().join("data"), KdfPolicy::insecure_for_tests(2));
        let created = app.create_vault(&dir, "Río Claro", "a long passphrase", Utc::now()).unwrap();
        std::fs::create_dir_all(dir.join(crate::sync::SYNCTHING_DIR)).unwrap();
        let syncthing_key = dir.join(crate::sync::SYNCTHING_DIR).join("key.pem");
        std::fs::write(&syncthing_key, "-----BEGIN EC PRIVATE KEY-----").unwrap();
        let wrong = app.shred_keys(&"a guess".to_owned().into());
        assert!(matches!(wrong, Err(AppError::Slot(tejido_vault::KeySlotError::WrongSecret))), "re-authentication first");
        assert_eq!(app.shred_keys(&"a long passphrase".to_owned().into()).unwrap(), 1);
        assert!(!app.info().unlocked, "the vault closed");
        assert!(!syncthing_key.exists(), "Syncthing's key is gone too");
        assert!(app.unlock(&dir, "a long passphrase", Utc::now()).is_err(), "the passphrase opens nothing");
        app.recover(&dir, &created.recovery_key, "a new long passphrase here", Utc::now()).unwrap();
        assert!(app.info().unlocked, "the paper key opens it and sets a new passphrase");
    }
}

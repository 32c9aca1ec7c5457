//! Dropping the saved past on purpose: after something was forgotten, every generation but
//! the newest still holds it.

use super::{Vault, generation_numbers};
use crate::error::SaveError;
use crate::generation::{IMAGES_DIR, image_name, mac_name};

impl Vault {
    /// Deletes every generation older than the one last saved. The header records first that
    /// they go on purpose ([`crate::VaultHeader::rekeyed_at`], as a re-key does), so their
    /// absence is never taken for deleted saves; a crash in between leaves some of them, which
    /// the next call removes.
    pub fn drop_older_generations(&mut self) -> Result<(), SaveError> {
        self.ensure_writable()?;
        let current = self.generation();
        if self.header.rekeyed_at != Some(current) {
            let before = self.header.rekeyed_at.replace(current);
            if let Err(e) = self.write_header() {
                self.header.rekeyed_at = before;
                return Err(e);
            }
        }
        let images = self.dir.join(IMAGES_DIR);
        for n in generation_numbers(self.fs(), &self.dir).into_iter().filter(|&n| n < current) {
            for path in [images.join(image_name(n)), images.join(mac_name(n))] {
                match self.fs().remove_file(&path) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(SaveError::from_io(&path, e)),
                }
            }
        }
        self.fs().sync_dir(&images).map_err(|e| SaveError::from_io(&images, e))
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use crate::{KdfPolicy, SecretString, Unlock, Vault, VaultOptions};

    #[test]
    fn older_generations_go_and_their_absence_is_no_sign_of_deleted_saves() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("v.tejido");
        let options = VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() };
        let pass = SecretString::from("a passphrase".to_owned());
        let (mut vault, _) = Vault::create(&dir, &pass, &options, Utc::now()).unwrap();
        vault.db().execute_batch("CREATE TABLE t (v TEXT)").unwrap();
        for i in 0..7 {
            vault.db().execute("INSERT INTO t VALUES (?1)", [format!("v{i}")]).unwrap();
            vault.save().unwrap();
        }
        let newest = vault.generation();
        vault.drop_older_generations().unwrap();
        assert_eq!(crate::vault::generation_numbers(vault.fs(), &dir), [newest], "only the newest is left");
        drop(vault);
        let vault = Vault::open(&dir, Unlock::Passphrase(&pass), &options).unwrap();
        assert_eq!(vault.generation(), newest);
        assert_eq!(vault.newest_implied_by_pruning(), None, "no false alarm of deleted saves");
    }
}

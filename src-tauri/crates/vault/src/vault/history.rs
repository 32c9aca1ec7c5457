//! Dropping the saved past on purpose: after something was forgotten, every generation but
//! the newest still holds it.

use std::path::Path;

use super::{Vault, generation_numbers};
use crate::error::SaveError;
use crate::fs::VaultFs;
use crate::generation::{Generation, IMAGES_DIR, image_name, mac_name};

/// Deletes every generation of the vault in `dir` numbered below `n` (image and MAC; one
/// already gone is fine). Not synced: the caller syncs the folder once.
pub(crate) fn remove_generations_before(fs: &dyn VaultFs, dir: &Path, n: Generation) -> Result<(), SaveError> {
    let images = dir.join(IMAGES_DIR);
    for old in generation_numbers(fs, dir).into_iter().filter(|&old| old < n) {
        for path in [images.join(image_name(old)), images.join(mac_name(old))] {
            match fs.remove_file(&path) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(SaveError::from_io(&path, e)),
            }
        }
    }
    Ok(())
}

impl Vault {
    /// Deletes every generation older than the one last saved. The header records first that
    /// they go on purpose ([`crate::VaultHeader::rekeyed_at`], as a re-key does), so their
    /// absence is never taken for deleted saves; a crash in between leaves some of them, which
    /// the next call removes.
    pub fn drop_older_generations(&mut self) -> Result<(), SaveError> {
        self.ensure_writable()?;
        // A decoy has one state only, and the real generations are not its to drop.
        if self.decoy_blob().is_some() {
            return Ok(());
        }
        let current = self.generation();
        if self.header.rekeyed_at != Some(current) {
            let before = self.header.rekeyed_at.replace(current);
            if let Err(e) = self.write_header() {
                self.header.rekeyed_at = before;
                return Err(e);
            }
        }
        remove_generations_before(self.fs(), &self.dir, current)?;
        let images = self.dir.join(IMAGES_DIR);
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

//! Dropping the saved past on purpose: after something was forgotten, every generation but
//! the newest still holds it.

use std::path::Path;

use super::{Vault, delta_numbers, generation_numbers};
use crate::delta::delta_name;
use crate::error::SaveError;
use crate::fs::VaultFs;
use crate::generation::{Generation, IMAGES_DIR, image_name, mac_name};

/// Deletes every generation of the vault in `dir` numbered below `n` (image and MAC, or
/// delta; one already gone is fine). Not synced: the caller syncs the folder once.
pub(crate) fn remove_generations_before(fs: &dyn VaultFs, dir: &Path, n: Generation) -> Result<(), SaveError> {
    let images = dir.join(IMAGES_DIR);
    for old in generation_numbers(fs, dir).into_iter().filter(|&old| old < n) {
        for path in [images.join(image_name(old)), images.join(mac_name(old))] {
            remove(fs, &path)?;
        }
    }
    for old in delta_numbers(fs, dir).into_iter().filter(|&old| old < n) {
        remove(fs, &images.join(delta_name(old)))?;
    }
    Ok(())
}

fn remove(fs: &dyn VaultFs, path: &Path) -> Result<(), SaveError> {
    match fs.remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(SaveError::from_io(path, e)),
    }
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
        // The generations kept must stand alone: a delta needs the image below it, which
        // goes, and holds the forgotten rows besides.
        self.compact()?;
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
        vault.use_deltas(true);
        vault.db().execute_batch("CREATE TABLE t (v TEXT)").unwrap();
        for i in 0..7 {
            vault.db().execute("INSERT INTO t VALUES (?1)", [format!("v{i}")]).unwrap();
            vault.save().unwrap();
        }
        let last_save = vault.generation();
        assert!(vault.has_deltas(), "the inserts were saved as deltas");
        vault.drop_older_generations().unwrap();
        let newest = vault.generation();
        assert_eq!(newest, last_save + 1, "the newest delta was first written as a full image");
        assert_eq!(crate::vault::generation_numbers(vault.fs(), &dir), [newest], "only the newest is left");
        assert!(crate::vault::delta_numbers(vault.fs(), &dir).is_empty(), "no delta is left: they held the forgotten rows too");
        drop(vault);
        let vault = Vault::open(&dir, Unlock::Passphrase(&pass), &options).unwrap();
        assert_eq!(vault.generation(), newest);
        assert_eq!(vault.newest_implied_by_pruning(), None, "no false alarm of deleted saves");
    }
}

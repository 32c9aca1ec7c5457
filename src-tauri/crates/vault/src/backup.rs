//! Backups: a verified copy of the whole vault folder, still sealed, somewhere else (a USB
//! stick, another disk). Nothing is decrypted: a backup is exactly as safe as the vault.

use std::path::{Path, PathBuf};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::SaveError;
use crate::fs::{TEMP_SUFFIX, write_durably};
use crate::vault::{LOCK_FILE, SUBFOLDERS, Vault};

/// What a backup copied.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupReport {
    /// The new vault folder inside the chosen destination.
    pub destination: PathBuf,
    /// How many files were copied and verified.
    pub files: u64,
    /// How many bytes.
    pub bytes: u64,
}

impl Vault {
    /// Copies every file of the vault into a new folder inside `destination` (named after the
    /// vault folder and the time), makes each durable, then reads each back and compares its
    /// SHA-256 with the original. The lock file, temp files and folders that are not the
    /// vault's own (`sync/`) are not copied.
    pub fn backup_to(&self, destination: &Path, stamp: &str) -> Result<BackupReport, SaveError> {
        let fs = self.fs();
        let name = self.dir().file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "vault".into());
        let target = destination.join(format!("{} backup {stamp}", name.trim_end_matches(".tejido")) + ".tejido");
        let io = |path: &Path| {
            let path = path.to_owned();
            move |e| SaveError::from_io(&path, e)
        };
        let mut report = BackupReport { destination: target.clone(), files: 0, bytes: 0 };
        let mut pending = vec![PathBuf::new()];
        while let Some(relative) = pending.pop() {
            let source_dir = self.dir().join(&relative);
            fs.create_dir_all(&target.join(&relative)).map_err(io(&target))?;
            for entry in fs.list(&source_dir).map_err(io(&source_dir))? {
                let source = source_dir.join(&entry);
                if entry == LOCK_FILE || entry.ends_with(TEMP_SUFFIX) {
                    continue;
                }
                // The layout is fixed: only the vault folder itself has subfolders.
                if relative.as_os_str().is_empty() && SUBFOLDERS.contains(&entry.as_str()) {
                    pending.push(relative.join(&entry));
                    continue;
                }
                // Any other folder is not the vault's own (sync files, Syncthing's settings):
                // rebuilt from the other laptops, never needed to open the vault.
                if fs.list(&source).is_ok() {
                    continue;
                }
                let bytes = fs.read(&source).map_err(io(&source))?;
                let copy = target.join(&relative).join(&entry);
                write_durably(fs, &copy, &bytes).map_err(io(&copy))?;
                let read_back = fs.read(&copy).map_err(io(&copy))?;
                if Sha256::digest(&read_back) != Sha256::digest(&bytes) {
                    return Err(SaveError::Io { path: copy, source: std::io::Error::other("copy differs after writing") });
                }
                report.files += 1;
                report.bytes += bytes.len() as u64;
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use crate::{KdfPolicy, SecretString, Vault, VaultOptions};

    #[test]
    fn a_vault_that_shares_by_sync_backs_up_its_own_files_only() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("c.tejido");
        let options = VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() };
        let (vault, _) = Vault::create(&dir, &SecretString::from("a passphrase".to_owned()), &options, Utc::now()).unwrap();
        // What sync and Syncthing keep beside the vault's own files: other laptops' sealed
        // files, rebuilt from them at any time, and Syncthing's own settings.
        std::fs::create_dir_all(dir.join("sync/changes/laptop-a")).unwrap();
        std::fs::write(dir.join("sync/changes/laptop-a/0000000001.age"), b"sealed change").unwrap();
        std::fs::create_dir_all(dir.join("syncthing")).unwrap();
        let backups = root.path().join("stick");
        let report = vault.backup_to(&backups, "2026-12-04").expect("a vault with a sync folder backs up");
        assert!(report.destination.join(crate::HEADER_FILE).exists());
        assert!(!report.destination.join("sync").exists(), "the sync folder is not the vault's own");
        drop(vault);
        assert!(Vault::open(&report.destination, crate::Unlock::Passphrase(&SecretString::from("a passphrase".to_owned())), &options).is_ok());
    }
}

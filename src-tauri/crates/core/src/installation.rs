//! What this installation remembers between runs, outside any vault: its device id, and the
//! newest generation it has seen of each vault (to warn when a vault is rolled back).
//!
//! Stored as `installation.toml` in the configuration folder. It holds no names and no
//! community data: only random ids and numbers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::ids::DeviceId;

const FILE: &str = "installation.toml";

/// This installation's memory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Installation {
    /// Recorded as `updated_by` on every write from this installation.
    pub device: DeviceId,
    /// The newest generation seen per vault id.
    #[serde(default)]
    pub seen: BTreeMap<Uuid, u64>,
    #[serde(skip)]
    path: Option<PathBuf>,
}

/// A vault opened at an older generation than this installation saw before: someone may
/// have replaced the folder with an old copy, or a backup was restored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rollback {
    /// The generation opened now.
    pub opened: u64,
    /// The newest generation this installation saw.
    pub seen: u64,
}

impl Installation {
    /// Loads from `dir`, or starts a new installation with a fresh device id. A file that
    /// cannot be read is replaced: it holds nothing that cannot be made again.
    pub fn load(dir: &Path) -> Installation {
        let path = dir.join(FILE);
        let mut installation = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| toml::from_str::<Installation>(&text).ok())
            .unwrap_or_else(|| Installation { device: DeviceId::new(), seen: BTreeMap::new(), path: None });
        installation.path = Some(path);
        installation
    }

    /// Records that `vault` was opened at `generation`; says so if that is a rollback.
    pub fn note_generation(&mut self, vault: Uuid, generation: u64) -> Option<Rollback> {
        let seen = self.seen.entry(vault).or_insert(0);
        let rollback = (generation < *seen).then_some(Rollback { opened: generation, seen: *seen });
        *seen = (*seen).max(generation);
        rollback
    }

    /// Writes the file (temp → rename). Failing to remember is not fatal for the caller.
    pub fn store(&self) -> std::io::Result<()> {
        let Some(path) = &self.path else { return Ok(()) };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        let tmp = path.with_extension("toml.tmp");
        std::fs::write(&tmp, toml::to_string(self).expect("installation serialises"))?;
        std::fs::rename(&tmp, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_its_device_id_and_flags_rollbacks() {
        let dir = tempfile::tempdir().unwrap();
        let mut first = Installation::load(dir.path());
        let vault = Uuid::now_v7();
        assert_eq!(first.note_generation(vault, 7), None, "first sight is no rollback");
        first.store().unwrap();
        let mut again = Installation::load(dir.path());
        assert_eq!(again.device, first.device, "the device id is stable across runs");
        assert_eq!(again.note_generation(vault, 5), Some(Rollback { opened: 5, seen: 7 }), "older than seen");
        assert_eq!(again.note_generation(vault, 8), None, "newer is fine");
    }
}

//! What this installation remembers between runs, outside any vault: its device id, the
//! newest generation it has seen of each vault (to warn when a vault is rolled back), and the
//! app's settings (language, auto-lock, recently opened vault folders).
//!
//! Stored as `installation.toml` in the configuration folder. It holds no community data:
//! random ids, numbers, and the folder paths a person chose for their vaults.

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
    /// The interface language chosen in settings (`en`, `es`, `fr`, or an installed language
    /// pack's code such as `pt-BR`); `None` follows the system.
    #[serde(default)]
    pub language: Option<String>,
    /// Minutes without activity before the app locks the vault; 0 never locks.
    #[serde(default = "default_auto_lock")]
    pub auto_lock_minutes: u32,
    /// Vault folders opened here, most recent first.
    #[serde(default)]
    pub recent_vaults: Vec<RecentVault>,
    /// The size of the interface's text, in percent of the usual size (100–200): a setting of
    /// this computer and its screen, like the language, not of a vault.
    #[serde(default = "default_text_size")]
    pub text_size: u16,
    #[serde(skip)]
    path: Option<PathBuf>,
}

/// A vault folder opened on this installation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RecentVault {
    /// The folder.
    pub path: PathBuf,
    /// When it was last opened.
    pub last_opened: chrono::DateTime<chrono::Utc>,
}

/// How many recent vaults are remembered.
const RECENT_LIMIT: usize = 8;

fn default_auto_lock() -> u32 {
    10
}

fn default_text_size() -> u16 {
    100
}

/// Where an installation keeps its settings: `TEJIDO_CONFIG_DIR`, else the platform's
/// configuration folder (`~/.config/tejido`, `%APPDATA%\Tejido\Tejido\config`,
/// `~/Library/Application Support/org.Tejido.Tejido`).
pub fn default_config_dir() -> PathBuf {
    platform_dir("TEJIDO_CONFIG_DIR", |dirs| dirs.config_dir(), "tejido-config")
}

/// Where the app keeps the demo vault: `TEJIDO_DATA_DIR`, else the platform's data folder.
pub fn default_data_dir() -> PathBuf {
    platform_dir("TEJIDO_DATA_DIR", |dirs| dirs.data_dir(), "tejido-data")
}

/// Where a new vault is suggested: `Tejido.tejido` in the person's Documents folder (their home
/// where there is none), or `Tejido 2.tejido`… when that is taken. Always the same neutral name,
/// never the collective's: anyone who sees the disk can read folder names.
pub fn suggested_vault_folder() -> PathBuf {
    let parent = directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().filter(|d| d.is_dir()).map(Path::to_owned).or_else(|| Some(dirs.home_dir().to_owned())))
        .unwrap_or_else(std::env::temp_dir);
    first_free_vault_folder(&parent)
}

/// The first of `Tejido.tejido`, `Tejido 2.tejido`, `Tejido 3.tejido`… not yet in `parent`.
pub fn first_free_vault_folder(parent: &Path) -> PathBuf {
    (1..)
        .map(|n: u32| parent.join(if n == 1 { "Tejido.tejido".to_owned() } else { format!("Tejido {n}.tejido") }))
        .find(|candidate| !candidate.exists())
        .expect("some number is free")
}

fn platform_dir(variable: &str, pick: fn(&directories::ProjectDirs) -> &Path, fallback: &str) -> PathBuf {
    if let Some(dir) = std::env::var_os(variable) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "Tejido", "Tejido")
        .map(|dirs| pick(&dirs).to_owned())
        .unwrap_or_else(|| std::env::temp_dir().join(fallback))
}

/// A vault opened at an older generation than one known to have existed: someone may have
/// deleted the newest saves or replaced the folder with an old copy, or a backup was
/// restored. It stays until a person acknowledges it ([`GenerationMemory::acknowledge`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rollback {
    /// The generation opened.
    pub opened: u64,
    /// The newest generation known to have existed: seen by this installation, or proved by
    /// the folder itself (see [`tejido_vault::Vault::newest_implied_by_pruning`]).
    pub seen: u64,
}

/// Where each vault's generations are remembered, inside the configuration folder.
const GENERATIONS_DIR: &str = "generations";

/// What this installation remembers of one vault's generations.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Seen {
    /// The newest generation opened or saved here.
    #[serde(default)]
    newest: u64,
    /// A rollback noticed and not yet acknowledged.
    #[serde(default)]
    rollback: Option<Rollback>,
}

/// This installation's memory of the newest generation of each vault, written durably after
/// every save, so that deleting the last saves or putting back a copy taken after the last
/// unlock is noticed at the next open.
///
/// One small file per vault (`generations/<vault-id>.toml`), separate from
/// `installation.toml`: it is written after every save by whoever holds the session (the
/// app or the CLI), and must never be overwritten by an older copy of the settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerationMemory {
    dir: PathBuf,
}

impl GenerationMemory {
    /// The memory kept under the configuration folder `config_dir`.
    pub fn new(config_dir: &Path) -> Self {
        GenerationMemory { dir: config_dir.join(GENERATIONS_DIR) }
    }

    fn path(&self, vault: Uuid) -> PathBuf {
        self.dir.join(format!("{vault}.toml"))
    }

    fn read(&self, vault: Uuid) -> Seen {
        std::fs::read_to_string(self.path(vault)).ok().and_then(|text| toml::from_str(&text).ok()).unwrap_or_default()
    }

    /// temp → fsync → rename → fsync of the folder: a crash leaves the old number or the
    /// new one, never an empty file that would forget what was seen.
    fn write(&self, vault: Uuid, seen: &Seen) -> std::io::Result<()> {
        use std::io::Write;
        std::fs::create_dir_all(&self.dir)?;
        let path = self.path(vault);
        let tmp = path.with_extension("toml.tmp");
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(toml::to_string(seen).expect("generation memory serialises").as_bytes())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, &path)?;
        #[cfg(unix)]
        std::fs::File::open(&self.dir)?.sync_all()?;
        Ok(())
    }

    /// Checks a vault just opened at `opened`. `newest_on_disk` and `implied` come from the
    /// folder (before anything was saved in this session); `legacy` is what an older Tejido
    /// kept in `installation.toml`. Returns the rollback to show: newly found, or one found
    /// earlier and never acknowledged. Records what was seen.
    pub fn opened(
        &self,
        vault: Uuid,
        opened: u64,
        newest_on_disk: u64,
        implied: Option<u64>,
        legacy: Option<u64>,
    ) -> Option<Rollback> {
        let mut seen = self.read(vault);
        let known = seen.newest.max(legacy.unwrap_or(0));
        // Generations the folder proves existed but no longer holds were deleted.
        let missing = implied.filter(|&implied| implied > newest_on_disk).unwrap_or(0);
        let newest_known = known.max(missing);
        if newest_known > opened {
            let found = Rollback { opened, seen: newest_known };
            // An earlier unacknowledged rollback stays as told, widened if this one is worse.
            seen.rollback = Some(match seen.rollback {
                Some(old) => Rollback { opened: old.opened.min(opened), seen: old.seen.max(newest_known) },
                None => found,
            });
        }
        seen.newest = seen.newest.max(opened).max(newest_known);
        // Failing to remember weakens the next warning; it must not keep the vault shut.
        let _ = self.write(vault, &seen);
        seen.rollback
    }

    /// The newest generation known to have existed, which the next save must number above.
    pub fn newest(&self, vault: Uuid) -> u64 {
        self.read(vault).newest
    }

    /// Records a durable save of `generation`. Called after every save.
    pub fn saved(&self, vault: Uuid, generation: u64) -> std::io::Result<()> {
        let mut seen = self.read(vault);
        if generation > seen.newest {
            seen.newest = generation;
            self.write(vault, &seen)?;
        }
        Ok(())
    }

    /// A person acknowledged the rollback (it was a restored backup, or they accept the
    /// older state): it is no longer shown, and `generation`, saved since, is the newest.
    pub fn acknowledge(&self, vault: Uuid, generation: u64) -> std::io::Result<()> {
        let mut seen = self.read(vault);
        seen.rollback = None;
        seen.newest = seen.newest.max(generation);
        self.write(vault, &seen)
    }
}

impl Installation {
    /// Loads from `dir`, or starts a new installation with a fresh device id. A file that
    /// cannot be read is replaced: it holds nothing that cannot be made again.
    pub fn load(dir: &Path) -> Installation {
        let path = dir.join(FILE);
        let mut installation = std::fs::read_to_string(&path)
            .ok()
            .and_then(|text| toml::from_str::<Installation>(&text).ok())
            .unwrap_or_else(|| Installation {
                device: DeviceId::new(),
                seen: BTreeMap::new(),
                language: None,
                auto_lock_minutes: default_auto_lock(),
                recent_vaults: Vec::new(),
                text_size: default_text_size(),
                path: None,
            });
        installation.path = Some(path);
        installation
    }

    /// The configuration folder this installation is kept in.
    pub fn dir(&self) -> PathBuf {
        self.path.as_deref().and_then(Path::parent).map(Path::to_owned).unwrap_or_else(default_config_dir)
    }

    /// Where this installation remembers each vault's generations (next to its settings).
    pub fn generations(&self) -> GenerationMemory {
        let dir = self.path.as_deref().and_then(Path::parent).map(Path::to_owned).unwrap_or_else(default_config_dir);
        GenerationMemory::new(&dir)
    }

    /// Records that `vault` was opened at `generation`; says so if that is a rollback.
    /// Kept for `installation.toml` files written by earlier versions; new memory goes to
    /// [`GenerationMemory`], written after every save.
    pub fn note_generation(&mut self, vault: Uuid, generation: u64) -> Option<Rollback> {
        let seen = self.seen.entry(vault).or_insert(0);
        let rollback = (generation < *seen).then_some(Rollback { opened: generation, seen: *seen });
        *seen = (*seen).max(generation);
        rollback
    }

    /// Puts `dir` first in the recent vaults.
    pub fn remember_vault(&mut self, dir: &Path, now: chrono::DateTime<chrono::Utc>) {
        let path = std::path::absolute(dir).unwrap_or_else(|_| dir.to_owned());
        self.recent_vaults.retain(|v| v.path != path);
        self.recent_vaults.insert(0, RecentVault { path, last_opened: now });
        self.recent_vaults.truncate(RECENT_LIMIT);
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
    fn a_new_vault_is_suggested_under_a_neutral_name_never_over_an_existing_one() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(first_free_vault_folder(dir.path()), dir.path().join("Tejido.tejido"));
        std::fs::create_dir(dir.path().join("Tejido.tejido")).unwrap();
        std::fs::create_dir(dir.path().join("Tejido 2.tejido")).unwrap();
        assert_eq!(first_free_vault_folder(dir.path()), dir.path().join("Tejido 3.tejido"));
    }

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

    #[test]
    fn recent_vaults_are_most_recent_first_without_duplicates() {
        let dir = tempfile::tempdir().unwrap();
        let mut installation = Installation::load(dir.path());
        let now = chrono::Utc::now();
        // Absolute on every system (on Windows "/a.tejido" is remembered as "C:\a.tejido").
        let (a, b) = (dir.path().join("a.tejido"), dir.path().join("b.tejido"));
        installation.remember_vault(&a, now);
        installation.remember_vault(&b, now);
        installation.remember_vault(&a, now);
        let paths: Vec<_> = installation.recent_vaults.iter().map(|v| v.path.clone()).collect();
        assert_eq!(paths, [a, b], "reopened moves to the front");
        assert_eq!(installation.auto_lock_minutes, 10, "ten minutes by default");
    }
}

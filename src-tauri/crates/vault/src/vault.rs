//! [`Vault`]: an unlocked vault folder, its in-memory database and its durable saves.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use age::secrecy::SecretString;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, MAIN_DB};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::error::{CreateError, KeySlotError, OpenError, SaveError};
use crate::fs::{LockGuard, LockMode, RealFs, TEMP_SUFFIX, VaultFs, write_durably};
use crate::generation::{
    self, Generation, GenerationProblem, IMAGES_DIR, KEEP_GENERATIONS, image_name, mac_name, parse_image_name,
};
use crate::header::{FORMAT_VERSION, HEADER_FILE, HeaderProblem, SlotEntry, SlotKind, VaultHeader};
use crate::keys::{self, KdfPolicy, RECOVERY_SLOT_FILE, RecoveryKey, SlotOpenProblem, VaultIdentity};

mod duress;
mod history;
mod slots;
mod split;
pub use slots::SlotInfo;

/// Folder of the lock file's siblings that make up a vault.
const KEYS_DIR: &str = "keys";
/// Folder of sealed attachments.
pub(crate) const BLOBS_DIR: &str = "blobs";
/// The subfolders of a vault folder.
pub(crate) const SUBFOLDERS: [&str; 3] = [KEYS_DIR, IMAGES_DIR, BLOBS_DIR];
/// The advisory lock file; empty.
pub const LOCK_FILE: &str = "lock";

/// How a vault is opened: which filesystem, which scrypt policy, which lock.
#[derive(Clone)]
pub struct VaultOptions {
    /// The filesystem; [`RealFs`] unless a test injects faults.
    pub fs: Arc<dyn VaultFs>,
    /// The scrypt work factor for new slots and the maximum accepted.
    pub kdf: KdfPolicy,
    /// [`LockMode::Exclusive`] to change the vault; [`LockMode::Shared`] to only read it.
    pub lock: LockMode,
}

impl Default for VaultOptions {
    fn default() -> Self {
        VaultOptions { fs: Arc::new(RealFs), kdf: KdfPolicy::standard(), lock: LockMode::Exclusive }
    }
}

/// The secret a person unlocks with.
pub enum Unlock<'a> {
    /// One of the vault's passphrases.
    Passphrase(&'a SecretString),
    /// The paper recovery key.
    RecoveryKey(&'a RecoveryKey),
}

/// How the last open went: which generation was loaded and which newer ones were skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenReport {
    /// The generation now loaded.
    pub generation: Generation,
    /// Newer generations that could not be used, newest first. Not empty means the person
    /// must be told that the vault opened at an earlier save.
    pub skipped: Vec<(Generation, GenerationProblem)>,
}

/// An unlocked vault. The database lives only in memory; [`Vault::save`] makes it durable.
///
/// Dropping the vault releases the lock. Unsaved changes are lost: callers **MUST** call
/// [`Vault::save`] before acknowledging a change to a person.
pub struct Vault {
    fs: Arc<dyn VaultFs>,
    dir: PathBuf,
    header: VaultHeader,
    identity: VaultIdentity,
    mac_key: Zeroizing<[u8; 32]>,
    db: Connection,
    kdf: KdfPolicy,
    mode: LockMode,
    next_generation: Generation,
    report: OpenReport,
    /// The last sealed image's buffer, reused by the next save.
    sealed: Vec<u8>,
    /// The attachment holding a decoy's database, when a duress passphrase opened it
    /// (see [`duress`]); `None` for the vault itself.
    decoy: Option<Uuid>,
    _lock: LockGuard,
}

impl Vault {
    /// Creates a vault in `dir` (missing or empty) with one passphrase and a recovery key.
    ///
    /// Returns the vault, unlocked and saved as generation 1, and the recovery key, which
    /// the caller **MUST** show to the person once and never store.
    pub fn create(
        dir: &Path,
        passphrase: &SecretString,
        options: &VaultOptions,
        now: DateTime<Utc>,
    ) -> Result<(Vault, RecoveryKey), CreateError> {
        let fs = options.fs.clone();
        let io = |path: &Path| {
            let path = path.to_owned();
            move |e| SaveError::from_io(&path, e)
        };
        if !is_empty_or_interrupted(fs.as_ref(), dir) {
            return Err(CreateError::NotEmpty { path: dir.to_owned() });
        }
        for sub in [KEYS_DIR, IMAGES_DIR, BLOBS_DIR] {
            let path = dir.join(sub);
            fs.create_dir_all(&path).map_err(io(&path))?;
        }
        let lock_path = dir.join(LOCK_FILE);
        let lock = fs.try_lock(&lock_path, LockMode::Exclusive).map_err(io(&lock_path))?.ok_or(CreateError::InUse)?;

        let identity = VaultIdentity::generate();
        let vault_id = Uuid::now_v7();
        let (recovery_key, recovery_slot) = keys::seal_for_recovery(&identity, now);
        let pass_id = Uuid::now_v7();
        let pass_slot = keys::seal_with_passphrase(&identity, passphrase, options.kdf, now);
        let header = VaultHeader {
            format: FORMAT_VERSION,
            vault_id,
            recipient: identity.recipient().to_string(),
            created_at: now,
            slots: vec![
                SlotEntry { id: pass_id, kind: SlotKind::Passphrase, file: keys::passphrase_slot_file(pass_id), created_at: now },
                SlotEntry { id: Uuid::now_v7(), kind: SlotKind::Recovery, file: RECOVERY_SLOT_FILE.into(), created_at: now },
            ],
            rekeyed_at: None,
        };
        for (slot, bytes) in header.slots.iter().zip([&pass_slot, &recovery_slot]) {
            let path = dir.join(&slot.file);
            write_durably(fs.as_ref(), &path, bytes).map_err(io(&path))?;
        }
        let db = Connection::open_in_memory().map_err(database)?;
        harden(&db).map_err(database)?;
        let mut vault = Vault {
            mac_key: identity.mac_key(vault_id),
            fs: fs.clone(),
            dir: dir.to_owned(),
            header,
            identity,
            db,
            kdf: options.kdf,
            mode: LockMode::Exclusive,
            next_generation: 1,
            report: OpenReport { generation: 0, skipped: Vec::new() },
            sealed: Vec::new(),
            decoy: None,
            _lock: lock,
        };
        vault.save()?;
        // NOTE: the header goes last: a folder without `vault.toml` is an interrupted create,
        // which `create` may reuse, never a vault someone could half-open.
        vault.write_header()?;
        Ok((vault, recovery_key))
    }

    /// Opens the vault in `dir` with a passphrase or the recovery key.
    ///
    /// Loads the newest generation that is authentic and sound; newer ones that are not are
    /// listed in [`Vault::open_report`], which the caller **MUST** show to the person.
    pub fn open(dir: &Path, unlock: Unlock<'_>, options: &VaultOptions) -> Result<Vault, OpenError> {
        let fs = options.fs.clone();
        let header = read_header(fs.as_ref(), dir)?;
        let lock_path = dir.join(LOCK_FILE);
        let lock = fs
            .try_lock(&lock_path, options.lock)
            .map_err(|source| OpenError::Io { path: lock_path.clone(), source })?
            .ok_or(OpenError::InUse)?;
        let (slot, identity) = unlock_identity(fs.as_ref(), dir, &header, &unlock, options.kdf)?;
        if identity.recipient().to_string() != header.recipient {
            // A passphrase slot holding another identity: the duress passphrase if a decoy
            // opens with it, else a planted slot.
            return match unlock {
                Unlock::Passphrase(_) => duress::open_decoy(fs, dir, header, identity, slot, options, lock),
                Unlock::RecoveryKey(_) => Err(OpenError::TamperedHeader),
            };
        }
        let mac_key = identity.mac_key(header.vault_id);
        if options.lock == LockMode::Exclusive {
            remove_leftover_temp_files(fs.as_ref(), dir);
            // A copy made by a tool that drops empty folders (git, some archivers) has no
            // `blobs/`: the first attachment or re-key would fail to write into it. A disk that
            // refuses is told at that write, in its words.
            let _ = fs.create_dir_all(&dir.join(BLOBS_DIR));
            // A re-key a crash interrupted is finished, or undone, before anything loads.
            let _ = slots::finish_pending(fs.as_ref(), dir, &header, &mac_key);
        }
        // Still pending (read-only, or the finish failed): its generation is the only one
        // sealed to the identity the header names.
        let staged = slots::pending_generation(fs.as_ref(), dir)
            .and_then(|n| slots::load_pending(fs.as_ref(), dir, &header, &identity, &mac_key, n).map(|db| (n, db)));
        let numbers = generation_numbers(fs.as_ref(), dir);
        let mut skipped = Vec::new();
        let mut staged = staged;
        let order: Vec<Generation> = staged.iter().map(|(n, _)| *n).chain(numbers.iter().rev().copied()).collect();
        for n in order {
            let loaded = match staged.take() {
                Some((_, db)) => Ok(db),
                None => load_generation(fs.as_ref(), dir, &header, &identity, &mac_key, n, false),
            };
            match loaded {
                Ok(db) => {
                    let next_generation = highest_number_on_disk(fs.as_ref(), dir).max(n) + 1;
                    return Ok(Vault {
                        fs,
                        dir: dir.to_owned(),
                        header,
                        identity,
                        mac_key,
                        db,
                        kdf: options.kdf,
                        mode: options.lock,
                        next_generation,
                        report: OpenReport { generation: n, skipped },
                        sealed: Vec::new(),
                        decoy: None,
                        _lock: lock,
                    });
                }
                Err(problem) => skipped.push((n, problem)),
            }
        }
        Err(OpenError::NoUsableGeneration { problems: skipped })
    }

    /// The in-memory database.
    pub fn db(&self) -> &Connection {
        &self.db
    }

    /// The in-memory database, for transactions. Changes are not durable until [`Vault::save`].
    pub fn db_mut(&mut self) -> &mut Connection {
        &mut self.db
    }

    /// The vault folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The vault's header (id, recipient, slots).
    pub fn header(&self) -> &VaultHeader {
        &self.header
    }

    /// How the vault was opened, including generations that were skipped.
    pub fn open_report(&self) -> &OpenReport {
        &self.report
    }

    /// The generation the in-memory database was last loaded from or saved to.
    pub fn generation(&self) -> Generation {
        self.report.generation
    }

    /// The highest generation number any image or MAC file in the folder uses now, loaded
    /// or not (a damaged newer generation counts: it is reported as skipped, not missing).
    pub fn newest_on_disk(&self) -> Generation {
        highest_number_on_disk(self.fs.as_ref(), &self.dir)
    }

    /// The newest save the folder itself proves happened, judged from what saves prune:
    /// every save keeps the newest [`KEEP_GENERATIONS`] and removes older ones, so once
    /// something was pruned (the oldest is not generation 1) fewer than that on disk means
    /// newer ones were deleted since, at least as many as are short. `None` when nothing was
    /// pruned yet. If the result is above [`Vault::newest_on_disk`], saves are missing.
    /// (Deleting old generations by hand looks the same, which is worth a warning too.) A
    /// whole folder swapped for an older copy is not visible here: only a memory outside the
    /// folder, such as the installation's, can tell.
    pub fn newest_implied_by_pruning(&self) -> Option<Generation> {
        let numbers = generation_numbers(self.fs.as_ref(), &self.dir);
        let (&oldest, &newest) = (numbers.first()?, numbers.last()?);
        // A re-key removes every generation before its own on purpose (they are sealed to
        // the old identity): that is not a sign of deleted saves.
        if oldest <= 1 || Some(oldest) == self.header.rekeyed_at {
            return None;
        }
        Some(newest + KEEP_GENERATIONS.saturating_sub(numbers.len() as u64))
    }

    /// Numbers the next save above `floor`, so a vault found rolled back never reuses the
    /// number of a save that was lost (two different states under one number would hide
    /// the rollback and confuse anyone comparing backups).
    pub fn save_above(&mut self, floor: Generation) {
        self.next_generation = self.next_generation.max(floor + 1);
    }

    pub(crate) fn fs(&self) -> &dyn VaultFs {
        self.fs.as_ref()
    }

    pub(crate) fn identity(&self) -> &VaultIdentity {
        &self.identity
    }

    pub(crate) fn mac_key(&self) -> &[u8; 32] {
        &self.mac_key
    }

    /// The scrypt policy this vault was opened with (for other files sealed with a code).
    pub fn kdf(&self) -> KdfPolicy {
        self.kdf
    }

    /// Seals the whole database as a new generation and makes it durable.
    ///
    /// When this returns `Ok`, a crash or power cut can no longer lose the change. On error
    /// the previous generation is intact and the database in memory is unchanged, so the
    /// caller may retry.
    pub fn save(&mut self) -> Result<Generation, SaveError> {
        self.ensure_writable()?;
        if let Some(blob) = self.decoy {
            self.save_decoy(blob)?;
            return Ok(self.report.generation);
        }
        let n = self.next_generation;
        let mut sealed = std::mem::take(&mut self.sealed);
        let digest = {
            let image = self.db.serialize(MAIN_DB).map_err(database)?;
            generation::seal_image(&self.identity, &image, &mut sealed)
        };
        let mac = generation::mac_file(&self.mac_key, self.header.vault_id, n, &digest);
        let images = self.dir.join(IMAGES_DIR);
        // Both files are staged before one directory fsync. If a crash persists only the
        // image, it has no MAC and opening falls back to n-1, which is what was acknowledged.
        let mac_path = images.join(mac_name(n));
        stage(self.fs.as_ref(), &mac_path, mac.as_bytes()).map_err(|e| SaveError::from_io(&mac_path, e))?;
        let image_path = images.join(image_name(n));
        stage(self.fs.as_ref(), &image_path, &sealed).map_err(|e| SaveError::from_io(&image_path, e))?;
        let synced = self.fs.sync_dir(&images).map_err(|e| SaveError::from_io(&images, e));
        self.sealed = sealed;
        synced?;
        self.next_generation = n + 1;
        self.report = OpenReport { generation: n, skipped: Vec::new() };
        self.prune(n);
        Ok(n)
    }

    /// Removes generations older than the last [`KEEP_GENERATIONS`]. Best effort: the save
    /// is already durable, and a leftover old generation is harmless.
    ///
    /// Counted, not numbered: the newest [`KEEP_GENERATIONS`] stay even where numbers jump
    /// (after a rollback, see [`Vault::save_above`]), so fewer than that on disk once
    /// something was pruned always means newer ones were deleted
    /// ([`Vault::newest_implied_by_pruning`]). With consecutive numbers it is the same as
    /// keeping `newest − KEEP + 1 ..= newest`.
    fn prune(&self, newest: Generation) {
        let images = self.dir.join(IMAGES_DIR);
        let numbers: Vec<Generation> =
            generation_numbers(self.fs.as_ref(), &self.dir).into_iter().filter(|&n| n <= newest).collect();
        let Some(oldest_kept) = numbers.len().checked_sub(KEEP_GENERATIONS as usize).map(|i| numbers[i]) else { return };
        let mut removed = false;
        for n in numbers {
            if n < oldest_kept {
                removed |= self.fs.remove_file(&images.join(image_name(n))).is_ok();
                removed |= self.fs.remove_file(&images.join(mac_name(n))).is_ok();
            }
        }
        if removed {
            let _ = self.fs.sync_dir(&images);
        }
    }

    /// Adds a passphrase slot. The data is not re-encrypted.
    pub fn add_passphrase(&mut self, new: &SecretString, now: DateTime<Utc>) -> Result<Uuid, KeySlotError> {
        self.ensure_writable()?;
        let id = Uuid::now_v7();
        let slot = SlotEntry { id, kind: SlotKind::Passphrase, file: keys::passphrase_slot_file(id), created_at: now };
        let bytes = keys::seal_with_passphrase(&self.identity, new, self.kdf, now);
        let path = self.dir.join(&slot.file);
        write_durably(self.fs.as_ref(), &path, &bytes).map_err(|e| SaveError::from_io(&path, e))?;
        self.header.slots.push(slot);
        if let Err(e) = self.write_header() {
            self.header.slots.retain(|s| s.id != id);
            let _ = self.fs.remove_file(&path);
            return Err(e.into());
        }
        Ok(id)
    }

    /// Replaces the slot that `old` opens with one for `new`.
    pub fn change_passphrase(&mut self, old: &SecretString, new: &SecretString, now: DateTime<Utc>) -> Result<(), KeySlotError> {
        self.ensure_writable()?;
        let old_id = self.find_passphrase_slot(old)?;
        self.add_passphrase(new, now)?;
        self.drop_slot(old_id)
    }

    /// Removes the slot that `which` opens. The last passphrase cannot be removed.
    pub fn remove_passphrase(&mut self, which: &SecretString) -> Result<(), KeySlotError> {
        self.ensure_writable()?;
        let id = self.find_passphrase_slot(which)?;
        if self.header.passphrase_slots().count() < 2 {
            return Err(KeySlotError::LastPassphrase);
        }
        self.drop_slot(id)
    }

    /// Makes a new recovery key and replaces the old slot, so the old paper key stops working.
    pub fn replace_recovery_key(&mut self, now: DateTime<Utc>) -> Result<RecoveryKey, KeySlotError> {
        self.ensure_writable()?;
        self.refuse_in_decoy()?;
        let (key, bytes) = keys::seal_for_recovery(&self.identity, now);
        let path = self.dir.join(RECOVERY_SLOT_FILE);
        write_durably(self.fs.as_ref(), &path, &bytes).map_err(|e| SaveError::from_io(&path, e))?;
        if self.header.recovery_slot().is_none() {
            self.header.slots.push(SlotEntry {
                id: Uuid::now_v7(),
                kind: SlotKind::Recovery,
                file: RECOVERY_SLOT_FILE.into(),
                created_at: now,
            });
            self.write_header()?;
        }
        Ok(key)
    }

    fn find_passphrase_slot(&self, passphrase: &SecretString) -> Result<Uuid, KeySlotError> {
        self.header
            .passphrase_slots()
            .find(|slot| {
                self.fs
                    .read(&self.dir.join(&slot.file))
                    .ok()
                    .and_then(|bytes| keys::open_with_passphrase(&bytes, passphrase, self.kdf).ok())
                    .is_some()
            })
            .map(|slot| slot.id)
            .ok_or(KeySlotError::WrongPassphrase)
    }

    /// Removes a slot from the header first, then its file: a crash in between leaves an
    /// unused file, never a listed slot without its file.
    fn drop_slot(&mut self, id: Uuid) -> Result<(), KeySlotError> {
        let Some(index) = self.header.slots.iter().position(|s| s.id == id) else { return Ok(()) };
        let slot = self.header.slots.remove(index);
        if let Err(e) = self.write_header() {
            self.header.slots.insert(index, slot);
            return Err(e.into());
        }
        let path = self.dir.join(&slot.file);
        // NOTE: deleting does not erase on SSDs or journaling filesystems; the old passphrase
        // may still open a copy recovered from the disk. The README says so.
        let _ = self.fs.remove_file(&path);
        let _ = self.fs.sync_dir(path.parent().unwrap_or(&self.dir));
        Ok(())
    }

    fn write_header(&self) -> Result<(), SaveError> {
        let path = self.dir.join(HEADER_FILE);
        write_durably(self.fs.as_ref(), &path, self.header.to_toml().as_bytes()).map_err(|e| SaveError::from_io(&path, e))
    }

    fn ensure_writable(&self) -> Result<(), SaveError> {
        match self.mode {
            LockMode::Exclusive => Ok(()),
            LockMode::Shared => Err(SaveError::ReadOnly { path: self.dir.clone() }),
        }
    }
}

/// temp → fsync → rename, without the directory fsync (the caller batches it).
fn stage(fs: &dyn VaultFs, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = crate::fs::temp_path(path);
    let result = fs.write_new(&tmp, bytes).and_then(|()| fs.sync_file(&tmp)).and_then(|()| fs.rename(&tmp, path));
    if result.is_err() {
        let _ = fs.remove_file(&tmp);
    }
    result
}

fn database(e: rusqlite::Error) -> SaveError {
    SaveError::Database { detail: e.to_string() }
}

/// Keeps SQLite's temporary tables and indices in memory: a temp file would be plaintext.
fn harden(db: &Connection) -> rusqlite::Result<()> {
    db.pragma_update(None, "temp_store", "MEMORY")?;
    db.pragma_update(None, "foreign_keys", "ON")
}

pub(crate) fn read_header(fs: &dyn VaultFs, dir: &Path) -> Result<VaultHeader, OpenError> {
    let path = dir.join(HEADER_FILE);
    let bytes = match fs.read(&path) {
        Ok(bytes) => bytes,
        // A folder that is not there is not "not a vault": the person looks for it instead.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !fs.exists(dir) => return Err(OpenError::Missing { path: dir.to_owned() }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(OpenError::NotAVault { path: dir.to_owned() }),
        Err(source) => return Err(OpenError::Io { path, source }),
    };
    let text = String::from_utf8(bytes).map_err(|_| OpenError::DamagedHeader { detail: "not UTF-8".into() })?;
    VaultHeader::parse(&text).map_err(|problem| match problem {
        HeaderProblem::TooNew(format) => OpenError::TooNew { format },
        HeaderProblem::Unreadable(detail) => OpenError::DamagedHeader { detail },
    })
}

fn unlock_identity(
    fs: &dyn VaultFs,
    dir: &Path,
    header: &VaultHeader,
    unlock: &Unlock<'_>,
    kdf: KdfPolicy,
) -> Result<(Uuid, VaultIdentity), OpenError> {
    let (slots, wrong): (Vec<&SlotEntry>, OpenError) = match unlock {
        Unlock::Passphrase(_) => (header.passphrase_slots().collect(), OpenError::WrongPassphrase),
        Unlock::RecoveryKey(_) => (header.key_slots().collect(), OpenError::WrongRecoveryKey),
    };
    let mut first_problem = None;
    let mut saw_wrong_secret = false;
    for slot in slots {
        let bytes = match fs.read(&dir.join(&slot.file)) {
            Ok(bytes) => bytes,
            Err(_) => {
                first_problem.get_or_insert(OpenError::DamagedKeySlot { file: slot.file.clone() });
                continue;
            }
        };
        let opened = match unlock {
            Unlock::Passphrase(p) => keys::open_with_passphrase(&bytes, p, kdf),
            Unlock::RecoveryKey(k) => keys::open_with_recovery_key(&bytes, k),
        };
        match opened {
            Ok(identity) => return Ok((slot.id, identity)),
            Err(SlotOpenProblem::WrongSecret) => saw_wrong_secret = true,
            Err(SlotOpenProblem::ExcessiveWork { required, max }) => {
                first_problem.get_or_insert(OpenError::ExcessiveWork { required, max });
            }
            Err(SlotOpenProblem::Damaged) => {
                first_problem.get_or_insert(OpenError::DamagedKeySlot { file: slot.file.clone() });
            }
        }
    }
    // A wrong secret is the likely story unless no slot could even be tried.
    Err(match first_problem {
        Some(problem) if !saw_wrong_secret => problem,
        _ => wrong,
    })
}

/// The ids of every attachment file in the vault folder `dir`.
pub(crate) fn blob_ids_in(fs: &dyn VaultFs, dir: &Path) -> Vec<Uuid> {
    let names = fs.list(&dir.join(BLOBS_DIR)).unwrap_or_default();
    names.iter().filter_map(|n| n.strip_suffix(".age")).filter_map(|n| Uuid::parse_str(n).ok()).collect()
}

/// Generation numbers that have an image file, oldest first.
pub(crate) fn generation_numbers(fs: &dyn VaultFs, dir: &Path) -> Vec<Generation> {
    let mut numbers: Vec<Generation> =
        fs.list(&dir.join(IMAGES_DIR)).unwrap_or_default().iter().filter_map(|n| parse_image_name(n)).collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

/// The highest number used by any image or MAC file, so a new save never reuses one.
fn highest_number_on_disk(fs: &dyn VaultFs, dir: &Path) -> Generation {
    fs.list(&dir.join(IMAGES_DIR))
        .unwrap_or_default()
        .iter()
        .filter_map(|name| parse_image_name(&name.replace(".mac", ".age")))
        .max()
        .unwrap_or(0)
}

/// Verifies, decrypts and loads one generation. `full` runs `integrity_check` instead of
/// the cheaper `quick_check`.
pub(crate) fn load_generation(
    fs: &dyn VaultFs,
    dir: &Path,
    header: &VaultHeader,
    identity: &VaultIdentity,
    mac_key: &[u8; 32],
    n: Generation,
    full: bool,
) -> Result<Connection, GenerationProblem> {
    let images = dir.join(IMAGES_DIR);
    let ciphertext = fs.read(&images.join(image_name(n))).map_err(|e| GenerationProblem::Unreadable(e.to_string()))?;
    let mac = match fs.read(&images.join(mac_name(n))) {
        Ok(mac) => mac,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(GenerationProblem::Incomplete),
        Err(e) => return Err(GenerationProblem::Unreadable(e.to_string())),
    };
    if !generation::verify_mac(mac_key, header.vault_id, n, &ciphertext, &mac) {
        return Err(GenerationProblem::NotAuthentic);
    }
    let plain = generation::open_image(identity, &ciphertext)?;
    load_image(&plain, full)
}

/// Loads a decrypted image as the database, refusing anything SQLite does not accept as
/// sound. Authentication comes first, so these bytes were written by the vault itself; the
/// checks still hold if they were not (see the `image` fuzz target).
pub(crate) fn load_image(plain: &[u8], full: bool) -> Result<Connection, GenerationProblem> {
    let mut db = Connection::open_in_memory().map_err(|_| GenerationProblem::NotADatabase)?;
    db.deserialize_read_exact(MAIN_DB, plain, plain.len(), false).map_err(|_| GenerationProblem::NotADatabase)?;
    harden(&db).map_err(|_| GenerationProblem::NotADatabase)?;
    let check = if full { "PRAGMA integrity_check" } else { "PRAGMA quick_check" };
    let verdict: String = db.query_row(check, [], |row| row.get(0)).map_err(|_| GenerationProblem::NotADatabase)?;
    if verdict != "ok" {
        return Err(GenerationProblem::NotADatabase);
    }
    Ok(db)
}

/// A folder `create` may use: missing, empty, or left by an interrupted create (no header,
/// only Tejido's own entries, possibly a header still being written).
fn is_empty_or_interrupted(fs: &dyn VaultFs, dir: &Path) -> bool {
    let Ok(entries) = fs.list(dir) else { return !fs.exists(dir) };
    let header_being_written = format!("{HEADER_FILE}{TEMP_SUFFIX}");
    // Only what `create` itself writes before its header: key slots and generation 1. A
    // later generation or an attachment means a vault whose header is gone, and writing a
    // new generation 1 over it would lose its data.
    let first = [image_name(1), mac_name(1)];
    let only = |sub: &str, allowed: &dyn Fn(&str) -> bool| {
        fs.list(&dir.join(sub)).unwrap_or_default().iter().all(|name| allowed(name.trim_end_matches(TEMP_SUFFIX)))
    };
    entries
        .iter()
        .all(|name| [KEYS_DIR, IMAGES_DIR, BLOBS_DIR, LOCK_FILE, header_being_written.as_str()].contains(&name.as_str()))
        && only(IMAGES_DIR, &|name| first.iter().any(|f| f == name))
        && only(BLOBS_DIR, &|_| false)
}

fn remove_leftover_temp_files(fs: &dyn VaultFs, dir: &Path) {
    for sub in [Path::new(""), Path::new(KEYS_DIR), Path::new(IMAGES_DIR), Path::new(BLOBS_DIR)] {
        let folder = dir.join(sub);
        for name in fs.list(&folder).unwrap_or_default() {
            if name.ends_with(TEMP_SUFFIX) {
                let _ = fs.remove_file(&folder.join(name));
            }
        }
    }
}

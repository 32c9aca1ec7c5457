//! [`Vault`]: an unlocked vault folder, its in-memory database and its durable saves.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use age::secrecy::SecretString;
use chrono::{DateTime, Utc};
use rusqlite::{Connection, MAIN_DB};
use sha2::{Digest, Sha256};
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::delta::{self, Tracker, delta_name, parse_delta_name};
use crate::error::{CreateError, KeySlotError, OpenError, SaveError};
use crate::fs::{LockGuard, LockMode, RealFs, TEMP_SUFFIX, VaultFs, write_durably};
use crate::generation::{
    self, Generation, GenerationProblem, IMAGES_DIR, ImageDigest, KEEP_GENERATIONS, image_name, mac_name, parse_image_name,
};
use crate::header::{FORMAT_VERSION, HEADER_FILE, HeaderProblem, SlotEntry, SlotKind, VaultHeader};
use crate::keys::{self, KdfPolicy, RECOVERY_SLOT_FILE, RecoveryKey, SlotOpenProblem, VaultIdentity};

#[cfg(test)]
mod deltas;
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

/// A full image is written instead of a delta once the deltas since the last one number this
/// many: opening then decrypts and replays at most this many small files (each costs an
/// X25519 exchange and a transaction, well under a millisecond), and the images folder
/// lists at most this many files per kept image.
const MAX_DELTAS: u32 = 64;
/// … or once their sealed bytes pass a quarter of the last full image (at least 256 KiB):
/// replaying SQL costs more per byte than loading an image, so opening stays within about
/// twice a plain load, and deltas add at most a quarter to the disk a kept image takes.
const MAX_DELTA_SHARE: u64 = 4;
const MIN_DELTA_BYTES: u64 = 256 * 1024;

/// What the next delta applies on: the generation last loaded or saved, and what was
/// written as deltas since the last full image.
#[derive(Clone, Copy)]
struct Chain {
    /// SHA-256 of the sealed file of the generation last loaded or saved.
    digest: ImageDigest,
    deltas: u32,
    delta_bytes: u64,
    full_bytes: u64,
}

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
    /// Which rows changed since the last save; `None` in a decoy (saved whole, elsewhere).
    tracker: Option<Tracker>,
    /// What the next save may be a delta of; `None`: the next save is a full image.
    chain: Option<Chain>,
    /// Whether [`Vault::save`] may write deltas ([`Vault::use_deltas`]). Off by default: only
    /// a caller that compacts when it closes turns them on (`tejido-core`'s session does).
    deltas: bool,
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
        let tracker = Some(Tracker::install(&db).map_err(database)?);
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
            tracker,
            chain: None,
            deltas: false,
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
                // A re-key's image: no delta follows it, and the next save is a full image.
                Some((_, db)) => Ok((db, None)),
                None => load_generation_with_digest(fs.as_ref(), dir, &header, &identity, &mac_key, n, false)
                    .map(|(db, digest, size)| (db, Some((digest, size)))),
            };
            match loaded {
                Ok((db, full)) => {
                    let (generation, chain) = match full {
                        Some((digest, size)) => {
                            let chain = Chain { digest, deltas: 0, delta_bytes: 0, full_bytes: size };
                            let (generation, chain) = apply_deltas(fs.as_ref(), dir, &header, &identity, &mac_key, &db, n, chain, &mut skipped);
                            (generation, Some(chain))
                        }
                        None => (n, None),
                    };
                    // Newest first, as the person is told.
                    skipped.sort_by(|a, b| b.0.cmp(&a.0));
                    // A newer generation that could not be used stays on disk and would stop
                    // the next open's replay before any delta saved now: the next save is a
                    // full image, which opening prefers to everything below it.
                    let chain = if skipped.is_empty() { chain } else { None };
                    // Without the hooks every save is a full image: slower, never wrong.
                    let tracker = Tracker::install(&db).ok();
                    let next_generation = highest_number_on_disk(fs.as_ref(), dir).max(generation) + 1;
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
                        report: OpenReport { generation, skipped },
                        sealed: Vec::new(),
                        decoy: None,
                        tracker,
                        chain,
                        deltas: false,
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
    /// every full save keeps the newest [`KEEP_GENERATIONS`] full images (and the deltas above
    /// the oldest of them) and removes older ones, so once
    /// something was pruned (the oldest is not generation 1) fewer than that on disk means
    /// newer ones were deleted since, at least as many as are short. `None` when nothing was
    /// pruned yet. If the result is above [`Vault::newest_on_disk`], saves are missing.
    /// (Deleting old generations by hand looks the same, which is worth a warning too.) Only
    /// full images count: deleting the newest deltas alone is seen by the installation's
    /// memory of the newest generation ([`Vault::newest_on_disk`] counts deltas). A
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

    /// Makes the database durable as a new generation: a delta of the rows changed since the
    /// last save when it can (see `delta.rs`), else the whole database as a full image.
    ///
    /// When this returns `Ok`, a crash or power cut can no longer lose the change. On error
    /// the previous generation is intact and the database in memory is unchanged, so the
    /// caller may retry.
    pub fn save(&mut self) -> Result<Generation, SaveError> {
        self.ensure_writable()?;
        if self.deltas
            && self.decoy.is_none()
            && let Some(n) = self.save_delta()?
        {
            return Ok(n);
        }
        self.save_full()
    }

    /// Writes a full image if deltas were saved since the last one, so the next open loads
    /// one file and the folder holds nothing a full image does not (call at lock and close).
    /// Returns the generation written, if any.
    pub fn compact(&mut self) -> Result<Option<Generation>, SaveError> {
        if self.mode != LockMode::Exclusive || self.decoy.is_some() {
            return Ok(None);
        }
        // Nothing since the last save and no delta on top: nothing to write (after a
        // fall-back to an older generation the state is not saved again unasked).
        let clean = self.tracker.as_ref().is_some_and(|t| t.is_clean(&self.db));
        if !self.has_deltas() && clean {
            return Ok(None);
        }
        self.save_full().map(Some)
    }

    /// Lets [`Vault::save`] write deltas (see `delta.rs`); off, every save is a full image.
    pub fn use_deltas(&mut self, on: bool) {
        self.deltas = on;
    }

    /// Writes the next generation as a delta; `None` when it must be a full image (after a
    /// load without a known base, a schema change, a table deltas do not cover, or past the
    /// bounds [`MAX_DELTAS`] and [`MAX_DELTA_SHARE`]).
    fn save_delta(&mut self) -> Result<Option<Generation>, SaveError> {
        let (Some(chain), Some(tracker)) = (self.chain, self.tracker.as_ref()) else { return Ok(None) };
        let bound = (chain.full_bytes / MAX_DELTA_SHARE).max(MIN_DELTA_BYTES);
        if chain.deltas >= MAX_DELTAS || chain.delta_bytes >= bound {
            return Ok(None);
        }
        // A delta that alone passes the bound (a sync import touching most rows) would make
        // the next save a full image anyway: write that image now, once. Measured on a sync
        // import of 7 000 rows into a 10 000-row vault, its delta cost up to 2.5× a full save.
        let limit = usize::try_from(bound).unwrap_or(usize::MAX);
        let Some(sql) = tracker.render(&self.db, limit).map_err(database)? else { return Ok(None) };
        let sql = Zeroizing::new(sql);
        let n = self.next_generation;
        let mut sealed = std::mem::take(&mut self.sealed);
        let digest = delta::seal(&self.identity, &self.mac_key, self.header.vault_id, n, &chain.digest, &sql, &mut sealed);
        let path = self.dir.join(IMAGES_DIR).join(delta_name(n));
        // One file, one durable write: the MAC is inside it. A crash before the rename leaves
        // a temp file the next open removes; after it, the delta is whole.
        let written = write_durably(self.fs.as_ref(), &path, &sealed).map_err(|e| SaveError::from_io(&path, e));
        let size = sealed.len() as u64;
        self.sealed = sealed;
        written?;
        if let Some(tracker) = &mut self.tracker {
            tracker.clear();
        }
        self.chain = Some(Chain { digest, deltas: chain.deltas + 1, delta_bytes: chain.delta_bytes + size, ..chain });
        self.next_generation = n + 1;
        self.report = OpenReport { generation: n, skipped: Vec::new() };
        Ok(Some(n))
    }

    /// Seals the whole database as a new generation (a full image) and makes it durable,
    /// whatever changed. [`Vault::save`] does this when a delta cannot carry the change.
    pub fn save_full(&mut self) -> Result<Generation, SaveError> {
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
        let written = (|| {
            let mac_path = images.join(mac_name(n));
            stage(self.fs.as_ref(), &mac_path, mac.as_bytes()).map_err(|e| SaveError::from_io(&mac_path, e))?;
            let image_path = images.join(image_name(n));
            stage(self.fs.as_ref(), &image_path, &sealed).map_err(|e| SaveError::from_io(&image_path, e))?;
            self.fs.sync_dir(&images).map_err(|e| SaveError::from_io(&images, e))
        })();
        let size = sealed.len() as u64;
        self.sealed = sealed;
        if let Err(e) = written {
            // Image n may still become durable (renamed, its folder not yet synced) and would
            // then be the newest full image: a delta numbered n or above, built on the
            // generation before it, would never be replayed. The retry is a full image n.
            self.chain = None;
            return Err(e);
        }
        // A delta n a failed save left behind is older than this image: out of the way.
        let stale = images.join(delta_name(n));
        if self.fs.exists(&stale) {
            let _ = self.fs.remove_file(&stale);
        }
        // A tracker that cannot restart leaves the next saves full, never wrong.
        let tracking = self.tracker.as_mut().map(|t| t.reset(&self.db));
        if matches!(tracking, Some(Err(_))) {
            self.tracker = None;
        }
        self.chain = Some(Chain { digest, deltas: 0, delta_bytes: 0, full_bytes: size });
        self.next_generation = n + 1;
        self.report = OpenReport { generation: n, skipped: Vec::new() };
        self.prune(n);
        Ok(n)
    }

    /// Whether the newest generation on disk is a delta: then [`Vault::compact`] writes a
    /// full image.
    pub fn has_deltas(&self) -> bool {
        self.chain.is_some_and(|c| c.deltas > 0)
    }

    /// After a re-key: the next save is a full image (deltas apply only on images sealed to
    /// the current identity, and the digest chain starts over).
    pub(crate) fn restart_chain(&mut self) {
        self.chain = None;
    }

    /// Removes full images older than the last [`KEEP_GENERATIONS`], and the deltas below
    /// the oldest kept one. Best effort: the save is already durable, and a leftover old
    /// generation is harmless.
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
        // Deltas below the oldest kept image first, newest first, made durable before any
        // image goes: each applies on the file before it, so a kill or power cut midway
        // leaves a sound image with a shorter chain of deltas on it, never a delta whose base
        // is gone (`check` would call it unusable). What is left is pruned next time; so
        // is everything below a delta that would not go.
        let mut removed = false;
        for n in delta_numbers(self.fs.as_ref(), &self.dir).into_iter().rev().filter(|&n| n < oldest_kept) {
            if self.fs.remove_file(&images.join(delta_name(n))).is_err() {
                if removed {
                    let _ = self.fs.sync_dir(&images);
                }
                return;
            }
            removed = true;
        }
        if removed {
            let _ = self.fs.sync_dir(&images);
            removed = false;
        }
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

/// Delta generation numbers, oldest first.
pub(crate) fn delta_numbers(fs: &dyn VaultFs, dir: &Path) -> Vec<Generation> {
    let mut numbers: Vec<Generation> =
        fs.list(&dir.join(IMAGES_DIR)).unwrap_or_default().iter().filter_map(|n| parse_delta_name(n)).collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

/// The highest number used by any image, MAC or delta file, so a new save never reuses one.
pub(crate) fn highest_number_on_disk(fs: &dyn VaultFs, dir: &Path) -> Generation {
    fs.list(&dir.join(IMAGES_DIR))
        .unwrap_or_default()
        .iter()
        .filter_map(|name| parse_image_name(&name.replace(".mac", ".age")).or_else(|| parse_delta_name(name)))
        .max()
        .unwrap_or(0)
}

/// Every delta on disk and whether it authenticates against the generation file just below
/// it (its base), for [`Vault::check`]. Not replayed: opening does that.
pub(crate) fn check_deltas(
    fs: &dyn VaultFs,
    dir: &Path,
    header: &VaultHeader,
    identity: &VaultIdentity,
    mac_key: &[u8; 32],
) -> Vec<(Generation, Option<GenerationProblem>)> {
    let images = dir.join(IMAGES_DIR);
    let mut files: Vec<(Generation, String)> = generation_numbers(fs, dir)
        .into_iter()
        .map(|n| (n, image_name(n)))
        .chain(delta_numbers(fs, dir).into_iter().map(|n| (n, delta_name(n))))
        .collect();
    files.sort();
    let mut checked = Vec::new();
    for (i, (n, name)) in files.iter().enumerate() {
        if parse_delta_name(name).is_none() {
            continue;
        }
        let problem = (|| {
            let (_, below) = files.get(i.checked_sub(1)?)?.clone();
            Some(below)
        })()
        .ok_or(GenerationProblem::AfterSkipped)
        .and_then(|below| fs.read(&images.join(below)).map_err(|e| GenerationProblem::Unreadable(e.to_string())))
        .and_then(|below| {
            let sealed = fs.read(&images.join(name)).map_err(|e| GenerationProblem::Unreadable(e.to_string()))?;
            delta::open(identity, mac_key, header.vault_id, *n, &Sha256::digest(&below).into(), &sealed).map(|_| ())
        })
        .err();
        checked.push((*n, problem));
    }
    checked
}

/// Replays, on `db` loaded from full image `full`, the deltas numbered above it, in order,
/// while each is authentic and applies on the one before. The first that is not stops the
/// replay: it and every newer generation are added to `skipped` (the person is told the vault
/// opened at an earlier save). Returns the generation reached and the chain to save on.
#[allow(clippy::too_many_arguments)]
fn apply_deltas(
    fs: &dyn VaultFs,
    dir: &Path,
    header: &VaultHeader,
    identity: &VaultIdentity,
    mac_key: &[u8; 32],
    db: &Connection,
    full: Generation,
    mut chain: Chain,
    skipped: &mut Vec<(Generation, GenerationProblem)>,
) -> (Generation, Chain) {
    let deltas = delta_numbers(fs, dir);
    let fulls = generation_numbers(fs, dir);
    // Everything above the image, in order: deltas to replay, and any newer full image
    // (which failed to load, or it would have been chosen) ends the replay.
    let mut above: Vec<(Generation, bool)> =
        deltas.iter().map(|&n| (n, true)).chain(fulls.iter().map(|&n| (n, false))).filter(|&(n, _)| n > full).collect();
    above.sort_unstable();
    let mut reached = full;
    let mut rest = above.into_iter();
    for (n, is_delta) in rest.by_ref() {
        if !is_delta {
            // Already in `skipped` from the newest-first search; what follows builds on it.
            break;
        }
        let path = dir.join(IMAGES_DIR).join(delta_name(n));
        let outcome = fs
            .read(&path)
            .map_err(|e| GenerationProblem::Unreadable(e.to_string()))
            .and_then(|sealed| {
                let sql = delta::open(identity, mac_key, header.vault_id, n, &chain.digest, &sealed)?;
                delta::apply(db, &sql)?;
                Ok(sealed)
            });
        match outcome {
            Ok(sealed) => {
                chain = Chain {
                    digest: Sha256::digest(&sealed).into(),
                    deltas: chain.deltas + 1,
                    delta_bytes: chain.delta_bytes + sealed.len() as u64,
                    ..chain
                };
                reached = n;
            }
            Err(problem) => {
                skipped.push((n, problem));
                break;
            }
        }
    }
    for (n, _) in rest {
        if !skipped.iter().any(|(s, _)| *s == n) {
            skipped.push((n, GenerationProblem::AfterSkipped));
        }
    }
    (reached, chain)
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
    load_generation_with_digest(fs, dir, header, identity, mac_key, n, full).map(|(db, _, _)| db)
}

/// [`load_generation`], also returning the SHA-256 and size of the sealed image (the first
/// delta above it names that digest as its base).
pub(crate) fn load_generation_with_digest(
    fs: &dyn VaultFs,
    dir: &Path,
    header: &VaultHeader,
    identity: &VaultIdentity,
    mac_key: &[u8; 32],
    n: Generation,
    full: bool,
) -> Result<(Connection, ImageDigest, u64), GenerationProblem> {
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
    let db = load_image(&plain, full)?;
    Ok((db, Sha256::digest(&ciphertext).into(), ciphertext.len() as u64))
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

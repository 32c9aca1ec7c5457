//! The duress passphrase: typed at unlock under threat, it opens a decoy and silently shreds
//! this laptop's real passphrase slots.
//!
//! What is on disk, and why nothing in the files tells it apart:
//! - the duress slot is an ordinary passphrase slot (`keys/passphrase-<id>.age`, age scrypt at
//!   the pinned work factor, listed in `vault.toml` as `passphrase`) whose plaintext is an age
//!   identity file of the same shape and length as every slot's. Only the identity differs: a
//!   *decoy* identity, not the vault's.
//! - the decoy database is sealed to that identity as one more attachment
//!   (`blobs/<uuid v7>.age`, one X25519 stanza like every attachment), its id and file time
//!   drawn between the vault's creation and now, so it does not line up with the slot. Which
//!   attachment no record points to is known only to whoever can read the real database.
//!
//! Unlocking finds the slot the passphrase opens. A slot holding another identity than the
//! header's used to mean a planted slot and still does, unless an attachment opens with that
//! identity and holds a database: then it is the duress passphrase. Before the decoy is
//! returned, every other passphrase slot is overwritten, flushed and removed (as
//! [`Vault::shred_passphrases`] does), so afterwards the real data opens only with the paper
//! key or the shares. The decoy is then an ordinary-looking vault: edits save (into its
//! attachment), the duress passphrase keeps opening it, and anything that would reach the
//! real keys (re-key, a new paper key, removing the paper key or the shares, a new split) is
//! refused as a wrong confirmation.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use age::secrecy::SecretString;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{BLOBS_DIR, KEYS_DIR, OpenReport, Vault, VaultOptions, highest_number_on_disk, load_image, remove_leftover_temp_files};
use crate::error::{KeySlotError, OpenError, SaveError};
use crate::fs::{LockGuard, LockMode, VaultFs, write_durably};
use crate::header::{HEADER_FILE, SlotEntry, SlotKind, VaultHeader};
use crate::keys::{self, VaultIdentity};

impl Vault {
    /// Adds a duress passphrase that opens `decoy_image` (an SQLite database image) instead of
    /// the vault, and shreds the other passphrases when it is used. The caller re-authenticates
    /// first and builds the decoy (Tejido's core makes it from the demo community).
    ///
    /// Refused while no paper key or shares exist (a duress opening would lock everyone out),
    /// and for a passphrase that already opens a slot (it would be ambiguous which one opens).
    pub fn add_duress_passphrase(&mut self, passphrase: &SecretString, decoy_image: &[u8], now: DateTime<Utc>) -> Result<Uuid, KeySlotError> {
        self.ensure_writable()?;
        self.refuse_in_decoy()?;
        if !self.header.key_slots().any(|s| self.fs.exists(&self.dir.join(&s.file))) {
            return Err(KeySlotError::NoRecovery);
        }
        let in_use = self.header.passphrase_slots().any(|slot| {
            self.fs
                .read(&self.dir.join(&slot.file))
                .ok()
                .is_some_and(|bytes| keys::open_with_passphrase(&bytes, passphrase, self.kdf).is_ok())
        });
        if in_use {
            return Err(KeySlotError::PassphraseInUse);
        }
        let io = |path: &Path| {
            let path = path.to_owned();
            move |e| SaveError::from_io(&path, e)
        };
        let decoy = VaultIdentity::generate();
        // 1. The decoy's database, as an attachment dated some time in the vault's life.
        let made = random_time_between(self.header.created_at, now);
        let blob = Uuid::new_v7(uuid::Timestamp::from_unix(
            uuid::NoContext,
            made.timestamp().max(0) as u64,
            made.timestamp_subsec_nanos(),
        ));
        let blob_path = self.dir.join(BLOBS_DIR).join(format!("{blob}.age"));
        write_durably(self.fs.as_ref(), &blob_path, &decoy.seal_bytes(decoy_image)).map_err(io(&blob_path))?;
        backdate(&blob_path, made);
        // 2. The slot, 3. the header (the commit point: before it, both files are unused).
        let id = Uuid::now_v7();
        let slot = SlotEntry { id, kind: SlotKind::Passphrase, file: keys::passphrase_slot_file(id), created_at: now };
        let slot_path = self.dir.join(&slot.file);
        let written = write_durably(self.fs.as_ref(), &slot_path, &keys::seal_with_passphrase(&decoy, passphrase, self.kdf, now))
            .map_err(io(&slot_path));
        self.header.slots.push(slot);
        if let Err(e) = written.and_then(|()| self.write_header()) {
            self.header.slots.retain(|s| s.id != id);
            let _ = self.fs.remove_file(&slot_path);
            let _ = self.fs.remove_file(&blob_path);
            return Err(e.into());
        }
        Ok(id)
    }

    /// Whether this is a decoy opened by a duress passphrase. Only for the caller's own
    /// clean-up (its keys outside the vault): never shown, never stored.
    pub fn is_decoy(&self) -> bool {
        self.decoy.is_some()
    }

    pub(crate) fn decoy_blob(&self) -> Option<Uuid> {
        self.decoy
    }

    /// What reaches the real keys is refused in a decoy, as a confirmation that failed.
    pub(crate) fn refuse_in_decoy(&self) -> Result<(), KeySlotError> {
        match self.decoy {
            Some(_) => Err(KeySlotError::WrongSecret),
            None => Ok(()),
        }
    }

    /// Seals the decoy's database back into its attachment.
    pub(super) fn save_decoy(&mut self, blob: Uuid) -> Result<(), SaveError> {
        let image = self.db.serialize(rusqlite::MAIN_DB).map_err(super::database)?;
        let path = self.dir.join(BLOBS_DIR).join(format!("{blob}.age"));
        write_durably(self.fs.as_ref(), &path, &self.identity.seal_bytes(&image)).map_err(|e| SaveError::from_io(&path, e))
    }
}

/// Opens the decoy that `identity` (from passphrase slot `slot`, not the header's identity)
/// seals, after shredding every other passphrase slot. `TamperedHeader` when there is none:
/// then the slot was planted.
pub(super) fn open_decoy(
    fs: Arc<dyn VaultFs>,
    dir: &Path,
    mut header: VaultHeader,
    identity: VaultIdentity,
    slot: Uuid,
    options: &VaultOptions,
    lock: LockGuard,
) -> Result<Vault, OpenError> {
    let (blob, db) = find_decoy(fs.as_ref(), dir, &identity).ok_or(OpenError::TamperedHeader)?;
    if options.lock == LockMode::Exclusive {
        remove_leftover_temp_files(fs.as_ref(), dir);
    }
    // Best effort and silent: whatever fails here, the decoy opens as if nothing happened.
    let _ = shred_passphrase_slots(fs.as_ref(), dir, &mut header, Some(slot));
    // The numbers the real vault's generations have, so nothing about them looks different.
    let generation = highest_number_on_disk(fs.as_ref(), dir);
    Ok(Vault {
        mac_key: identity.mac_key(header.vault_id),
        fs,
        dir: dir.to_owned(),
        header,
        identity,
        db,
        kdf: options.kdf,
        mode: options.lock,
        next_generation: generation + 1,
        report: OpenReport { generation, skipped: Vec::new() },
        sealed: Vec::new(),
        tracker: None,
        chain: None,
        deltas: false,
        decoy: Some(blob),
        _lock: lock,
    })
}

/// The attachment that opens with `identity` and holds a sound database.
fn find_decoy(fs: &dyn VaultFs, dir: &Path, identity: &VaultIdentity) -> Option<(Uuid, rusqlite::Connection)> {
    super::blob_ids_in(fs, dir).into_iter().find_map(|id| {
        let sealed = fs.read(&dir.join(BLOBS_DIR).join(format!("{id}.age"))).ok()?;
        let plain = identity.open_bytes(&sealed).ok()?;
        load_image(&plain, false).ok().map(|db| (id, db))
    })
}

/// Removes every passphrase slot but `keep` from the header (written durably first, so it
/// never lists a slot that is gone), then overwrites, flushes and removes their files and
/// any unlisted passphrase slot file a crash or an old re-key left. Does nothing (and says
/// so) when neither a paper key nor shares are there: nobody could open the vault after.
pub(super) fn shred_passphrase_slots(fs: &dyn VaultFs, dir: &Path, header: &mut VaultHeader, keep: Option<Uuid>) -> Result<usize, KeySlotError> {
    if !header.key_slots().any(|s| fs.exists(&dir.join(&s.file))) {
        return Err(KeySlotError::NoRecovery);
    }
    let before = header.slots.clone();
    let goes = |s: &SlotEntry| s.kind == SlotKind::Passphrase && Some(s.id) != keep;
    let gone: Vec<SlotEntry> = before.iter().filter(|s| goes(s)).cloned().collect();
    header.slots.retain(|s| !goes(s));
    let header_path = dir.join(HEADER_FILE);
    if let Err(e) = write_durably(fs, &header_path, header.to_toml().as_bytes()) {
        header.slots = before;
        return Err(SaveError::from_io(&header_path, e).into());
    }
    for slot in &gone {
        let path = dir.join(&slot.file);
        crate::fs::shred_file(&path).map_err(|e| SaveError::from_io(&path, e))?;
    }
    let kept: Option<&str> = keep.and_then(|id| header.slots.iter().find(|s| s.id == id)).map(|s| s.file.as_str());
    let keys_dir = dir.join(KEYS_DIR);
    for name in fs.list(&keys_dir).unwrap_or_default() {
        if name.starts_with("passphrase-") && kept.is_none_or(|file| !file.ends_with(&name)) {
            let path = keys_dir.join(&name);
            crate::fs::shred_file(&path).map_err(|e| SaveError::from_io(&path, e))?;
        }
    }
    Ok(gone.len())
}

/// A time between `from` and `to`, drawn from a new UUID v7's random bits.
fn random_time_between(from: DateTime<Utc>, to: DateTime<Utc>) -> DateTime<Utc> {
    let span = (to - from).num_milliseconds().max(0) as u64;
    let bytes = Uuid::now_v7().into_bytes();
    let random = u64::from_le_bytes(bytes[8..16].try_into().expect("8 bytes"));
    from + chrono::Duration::milliseconds((random % (span + 1)) as i64)
}

/// Gives the decoy's file the modification time its id claims. Best effort: a file system
/// that refuses only leaves the time it was written.
fn backdate(path: &Path, at: DateTime<Utc>) {
    let Ok(millis) = u64::try_from(at.timestamp_millis()) else { return };
    if let Ok(file) = std::fs::File::options().write(true).open(path) {
        let _ = file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_millis(millis));
    }
}

#[cfg(test)]
mod tests;

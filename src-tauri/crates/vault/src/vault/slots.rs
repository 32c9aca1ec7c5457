//! Taking key slots back: re-authentication, listing and removing slots by id, and re-keying.
//!
//! A slot seals the vault identity; whoever keeps a copy of a slot file and knows its
//! passphrase holds the identity for as long as the vault keeps it. Removing the slot stops
//! nothing a copy already allows, so [`Vault::rekey`] replaces the identity itself: every
//! attachment and the database are sealed again to a new one, the old generations go, and
//! only the passphrases the person names get slots for it.
//!
//! Re-keying is a sequence of durable steps whose single commit point is the rename of
//! `vault.toml` to the new recipient:
//! 1. slot files for the new identity, under new ids (unlisted until the switch);
//! 2. every attachment sealed again beside the original, as `blobs/<id>.age.rekey`;
//! 3. the database as the next generation, staged as `images/gen-<n>.{mac,age}.rekey`;
//! 4. the header, now naming the new recipient and the new slots (the switch);
//! 5. the recovery slot for the new identity;
//! 6. the attachments renamed over the originals, the old generations and the old slot
//!    files removed, and last the new generation renamed into place.
//!
//! A crash before 4 leaves a vault that opens as before (its pending files do not verify
//! under the old identity and are removed by the next open); a crash after 4 leaves the
//! pending generation, which verifies under the new identity, and the next open finishes
//! steps 5–6 (the new paper key, never shown, is then replaced from Settings).

use std::path::Path;

use age::secrecy::SecretString;
use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{BLOBS_DIR, KEYS_DIR, Unlock, Vault, database, stage};
use crate::error::{KeySlotError, SaveError};
use crate::fs::{VaultFs, write_durably};
use crate::generation::{self, Generation, IMAGES_DIR, image_name, mac_name};
use crate::header::{HEADER_FILE, SlotEntry, SlotKind, VaultHeader};
use crate::keys::{self, RECOVERY_SLOT_FILE, RecoveryKey, SlotOpenProblem, SlotShape, VaultIdentity};

/// Suffix of the files a re-key writes before its switch.
pub(crate) const REKEY_SUFFIX: &str = ".rekey";

/// One key slot as a person sees it in settings: no secret, nothing but what `vault.toml`
/// and the outside of the slot file say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotInfo {
    /// The slot id, to remove it by.
    pub id: Uuid,
    /// Passphrase or paper recovery key.
    pub kind: SlotKind,
    /// When it was added.
    pub created_at: DateTime<Utc>,
    /// The scrypt work factor (`log2(N)`) of a passphrase slot, if its file is readable.
    pub work_factor: Option<u8>,
    /// Sealed with less scrypt work than new slots get: cheaper to guess than it should be.
    /// Changing the passphrase seals it again at today's work factor.
    pub below_pinned_work: bool,
}

impl Vault {
    /// Checks that `secret` (a passphrase or the paper key) opens one of this vault's slots
    /// and that the slot holds this vault's identity. Returns that slot's id.
    ///
    /// Asked before anything that hands the vault's keys or plaintext to someone: adding a
    /// passphrase, a backup, an invitation, a plaintext export, removing a slot, re-keying.
    /// An unlocked window left alone is then not enough to do those.
    pub fn verify_secret(&self, secret: Unlock<'_>) -> Result<Uuid, KeySlotError> {
        let slots: Vec<&SlotEntry> = match secret {
            Unlock::Passphrase(_) => self.header.passphrase_slots().collect(),
            Unlock::RecoveryKey(_) => self.header.key_slots().collect(),
        };
        let recipient = self.identity.recipient().to_string();
        for slot in slots {
            let Ok(bytes) = self.fs.read(&self.dir.join(&slot.file)) else { continue };
            let opened = match secret {
                Unlock::Passphrase(p) => keys::open_with_passphrase(&bytes, p, self.kdf),
                Unlock::RecoveryKey(k) => keys::open_with_recovery_key(&bytes, k),
            };
            match opened {
                // A slot holding another identity (planted, or left by an old re-key) is
                // not this vault's key.
                Ok(identity) if identity.recipient().to_string() == recipient => return Ok(slot.id),
                Ok(_) | Err(SlotOpenProblem::WrongSecret | SlotOpenProblem::Damaged | SlotOpenProblem::ExcessiveWork { .. }) => {}
            }
        }
        Err(KeySlotError::WrongSecret)
    }

    /// Every key slot, in the order they were added.
    pub fn slots(&self) -> Vec<SlotInfo> {
        let pinned = self.kdf.work_factor();
        self.header
            .slots
            .iter()
            .map(|slot| {
                let work_factor = match (slot.kind, self.fs.read(&self.dir.join(&slot.file)).map(|b| keys::slot_shape(&b))) {
                    (SlotKind::Passphrase, Ok(SlotShape::Passphrase { work_factor })) => Some(work_factor),
                    _ => None,
                };
                SlotInfo {
                    id: slot.id,
                    kind: slot.kind,
                    created_at: slot.created_at,
                    work_factor,
                    below_pinned_work: work_factor.is_some_and(|w| w < pinned),
                }
            })
            .collect()
    }

    /// Removes slot `id` without knowing its passphrase: for a passphrase that leaked or
    /// whose owner left. `confirm` must open a *different* slot, so a passphrase cannot be
    /// used to remove itself and whoever removes a slot proves they keep a way in. The last
    /// passphrase cannot go. Removing does not stop a copy of the slot file: re-key for that.
    pub fn remove_slot(&mut self, id: Uuid, confirm: Unlock<'_>) -> Result<(), KeySlotError> {
        self.ensure_writable()?;
        let slot = self.header.slots.iter().find(|s| s.id == id).cloned().ok_or(KeySlotError::UnknownSlot)?;
        if self.verify_secret(confirm)? == id {
            return Err(KeySlotError::SameSlot);
        }
        if slot.kind != SlotKind::Passphrase {
            self.refuse_in_decoy()?;
        }
        if slot.kind == SlotKind::Passphrase && self.header.passphrase_slots().count() < 2 {
            return Err(KeySlotError::LastPassphrase);
        }
        self.drop_slot(id)
    }

    /// Shreds this laptop's passphrase slots: for a laptop that may be seized. Every
    /// passphrase slot leaves `vault.toml` (written durably first, so the vault never lists a
    /// slot that is gone), then each slot file is overwritten with zeros, flushed and removed
    /// ([`crate::fs::shred_file`]). Afterwards only the paper recovery key opens the vault;
    /// what is left is ciphertext. `confirm` re-authenticates (a passphrase or the paper key).
    /// Refused (as for the last passphrase) if the vault has no recovery slot file: that would
    /// lock everyone out. Returns how many slots went.
    pub fn shred_passphrases(&mut self, confirm: Unlock<'_>) -> Result<usize, KeySlotError> {
        self.ensure_writable()?;
        let confirmed = self.verify_secret(confirm)?;
        // A decoy keeps its duress slot: whoever forced it open shreds nothing real with it.
        let keep = self.decoy.map(|_| confirmed);
        super::duress::shred_passphrase_slots(self.fs.as_ref(), &self.dir, &mut self.header, keep)
    }

    /// Replaces the vault identity (see the module documentation for the steps and why a
    /// crash at any point leaves a vault that opens).
    ///
    /// `current` re-authenticates; `keep` are the passphrases that get slots for the new
    /// identity (at least one; the caller includes the one the person re-authenticated with
    /// if they keep it). Every other passphrase stops working, and so does every copy of an
    /// old slot file. The returned recovery key replaces the old paper key: show it once.
    pub fn rekey(&mut self, current: Unlock<'_>, keep: &[&SecretString], now: DateTime<Utc>) -> Result<RecoveryKey, KeySlotError> {
        self.ensure_writable()?;
        self.refuse_in_decoy()?;
        self.verify_secret(current)?;
        if keep.is_empty() {
            return Err(KeySlotError::LastPassphrase);
        }
        let fs = self.fs.clone();
        let fs = fs.as_ref();
        let io = |path: &Path| {
            let path = path.to_owned();
            move |e| SaveError::from_io(&path, e)
        };
        let new = VaultIdentity::generate();
        let new_mac = new.mac_key(self.header.vault_id);

        // 1–3 are staged beside what is in use, unlisted: until the switch (4) the vault is
        // exactly what it was, and an open after a crash or failure removes them.
        let n = self.next_generation;
        let header_path = self.dir.join(HEADER_FILE);
        let staged = (|| -> Result<VaultHeader, SaveError> {
            // 1. Slot files for the new identity.
            let mut slots = Vec::with_capacity(keep.len() + 1);
            for passphrase in keep {
                let id = Uuid::now_v7();
                let entry = SlotEntry { id, kind: SlotKind::Passphrase, file: keys::passphrase_slot_file(id), created_at: now };
                let path = self.dir.join(&entry.file);
                write_durably(fs, &path, &keys::seal_with_passphrase(&new, passphrase, self.kdf, now)).map_err(io(&path))?;
                slots.push(entry);
            }
            slots.push(SlotEntry { id: Uuid::now_v7(), kind: SlotKind::Recovery, file: RECOVERY_SLOT_FILE.into(), created_at: now });

            // 2. Attachments sealed again beside the originals. One that no longer decrypts
            // could not be read before either; it is left as it is.
            let blobs = self.dir.join(BLOBS_DIR);
            for id in self.blob_ids() {
                let Ok(plain) = self.open_blob(id) else { continue };
                let path = blobs.join(format!("{id}.age{REKEY_SUFFIX}"));
                stage(fs, &path, &new.seal_bytes(&plain)).map_err(io(&path))?;
            }
            fs.sync_dir(&blobs).map_err(io(&blobs))?;

            // 3. The database as the next generation, sealed to the new identity. Staged before
            // the switch: a header naming an identity that opens no generation would lock
            // everyone out.
            let mut sealed = Vec::new();
            let digest = {
                let image = self.db.serialize(rusqlite::MAIN_DB).map_err(database)?;
                generation::seal_image(&new, &image, &mut sealed)
            };
            let images = self.dir.join(IMAGES_DIR);
            let mac_path = pending(&images.join(mac_name(n)));
            stage(fs, &mac_path, generation::mac_file(&new_mac, self.header.vault_id, n, &digest).as_bytes()).map_err(io(&mac_path))?;
            let image_path = pending(&images.join(image_name(n)));
            stage(fs, &image_path, &sealed).map_err(io(&image_path))?;
            fs.sync_dir(&images).map_err(io(&images))?;
            Ok(VaultHeader { recipient: new.recipient().to_string(), slots, rekeyed_at: Some(n), ..self.header.clone() })
        })();
        let header = match staged {
            Ok(header) => header,
            Err(e) => {
                abandon_pending(fs, &self.dir);
                // The new slot files are unlisted: the next open that may write removes them.
                let _ = finish_pending(fs, &self.dir, &self.header, &self.mac_key);
                return Err(e.into());
            }
        };

        // 4. The switch.
        if let Err(e) = write_durably(fs, &header_path, header.to_toml().as_bytes()) {
            // The rename may have happened and its directory fsync failed: the new header is
            // then visible but perhaps not durable, and the steps after the switch remove
            // what the old header needs. Put the old header back durably and undo; if even
            // that fails, which header a power cut would leave is unknown, so this session
            // stops saving (nothing acknowledged could be lost) and the next open finishes or
            // undoes the re-key from whichever header is on disk.
            if write_durably(fs, &header_path, self.header.to_toml().as_bytes()).is_ok() {
                abandon_pending(fs, &self.dir);
                let _ = finish_pending(fs, &self.dir, &self.header, &self.mac_key);
            } else {
                self.mode = crate::fs::LockMode::Shared;
            }
            return Err(SaveError::from_io(&header_path, e).into());
        }

        self.header = header;
        self.identity = new;
        self.mac_key = new_mac;
        self.next_generation = n + 1;
        self.restart_chain();
        self.report = super::OpenReport { generation: n, skipped: Vec::new() };

        // 5. The new paper key, then 6. the rest. If either fails the vault is already
        // re-keyed; the next open finishes 6, and Settings can make another paper key.
        let (key, bytes) = keys::seal_for_recovery(&self.identity, now);
        let path = self.dir.join(RECOVERY_SLOT_FILE);
        write_durably(fs, &path, &bytes).map_err(io(&path))?;
        finish_pending(fs, &self.dir, &self.header, &self.mac_key)?;
        Ok(key)
    }
}

/// `path` with the re-key suffix.
fn pending(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(REKEY_SUFFIX);
    path.with_file_name(name)
}

/// The generation a re-key staged, if its files are there.
pub(crate) fn pending_generation(fs: &dyn VaultFs, dir: &Path) -> Option<Generation> {
    fs.list(&dir.join(IMAGES_DIR))
        .unwrap_or_default()
        .iter()
        .filter_map(|name| name.strip_suffix(REKEY_SUFFIX))
        // The image is renamed last, so its staged name marks an unfinished re-key.
        .filter_map(generation::parse_image_name)
        .max()
}

/// The staged file `final_path` of a re-key: still under its pending name, or already
/// renamed by an interrupted finish.
fn staged_or_final(fs: &dyn VaultFs, final_path: &Path) -> std::io::Result<Vec<u8>> {
    fs.read(&pending(final_path)).or_else(|_| fs.read(final_path))
}

/// Whether the staged generation `n` was authenticated under the current identity, i.e. the
/// re-key that wrote it reached its switch.
pub(crate) fn pending_is_current(fs: &dyn VaultFs, dir: &Path, header: &VaultHeader, mac_key: &[u8; 32], n: Generation) -> bool {
    let images = dir.join(IMAGES_DIR);
    let (Ok(image), Ok(mac)) = (staged_or_final(fs, &images.join(image_name(n))), staged_or_final(fs, &images.join(mac_name(n)))) else {
        return false;
    };
    generation::verify_mac(mac_key, header.vault_id, n, &image, &mac)
}

/// Loads the generation a re-key staged, for a read-only open that finds it unfinished (a
/// read-only open may not rename anything).
pub(crate) fn load_pending(
    fs: &dyn VaultFs,
    dir: &Path,
    header: &VaultHeader,
    identity: &VaultIdentity,
    mac_key: &[u8; 32],
    n: Generation,
) -> Option<rusqlite::Connection> {
    if !pending_is_current(fs, dir, header, mac_key, n) {
        return None;
    }
    let image = staged_or_final(fs, &dir.join(IMAGES_DIR).join(image_name(n))).ok()?;
    let plain = generation::open_image(identity, &image).ok()?;
    super::load_image(&plain, false).ok()
}

/// Renames a staged file into place, unless an interrupted finish already did.
fn promote(fs: &dyn VaultFs, final_path: &Path) -> Result<(), SaveError> {
    let staged = pending(final_path);
    match fs.rename(&staged, final_path) {
        Ok(()) => Ok(()),
        Err(_) if !fs.exists(&staged) && fs.exists(final_path) => Ok(()),
        Err(e) => Err(SaveError::from_io(&staged, e)),
    }
}

/// Run by every open that may write, after unlocking: finishes a re-key that reached its
/// switch, or removes what one that did not left behind. Also removes passphrase slot files
/// the header no longer lists (a removal interrupted between the header and the file would
/// otherwise leave a working copy of a passphrase someone meant to take back).
pub(crate) fn finish_pending(fs: &dyn VaultFs, dir: &Path, header: &VaultHeader, mac_key: &[u8; 32]) -> Result<(), SaveError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |e| SaveError::from_io(&path, e)
    };
    let keys_dir = dir.join(KEYS_DIR);
    let mut removed_keys = false;
    for name in fs.list(&keys_dir).unwrap_or_default() {
        let listed = header.slots.iter().any(|s| Path::new(&s.file) == Path::new(KEYS_DIR).join(&name));
        // A split's file too: an interrupted new split leaves the old one unlisted.
        if (name.starts_with("passphrase-") || name.starts_with("shares-")) && name.ends_with(".age") && !listed {
            removed_keys |= fs.remove_file(&keys_dir.join(&name)).is_ok();
        }
    }
    if removed_keys {
        let _ = fs.sync_dir(&keys_dir);
    }
    let Some(n) = pending_generation(fs, dir) else {
        // Attachments staged by a re-key that crashed before staging its generation.
        remove_pending_blobs(fs, dir);
        return Ok(());
    };
    if !pending_is_current(fs, dir, header, mac_key, n) {
        abandon_pending(fs, dir);
        return Ok(());
    }
    let blobs = dir.join(BLOBS_DIR);
    for name in fs.list(&blobs).unwrap_or_default() {
        if let Some(target) = name.strip_suffix(REKEY_SUFFIX) {
            promote(fs, &blobs.join(target))?;
        }
    }
    fs.sync_dir(&blobs).map_err(io(&blobs))?;
    // Every older generation is sealed to the old identity: an old slot file must open
    // nothing that is kept.
    super::history::remove_generations_before(fs, dir, n)?;
    let images = dir.join(IMAGES_DIR);
    // The MAC first: an image without its MAC is an interrupted save, never loaded.
    promote(fs, &images.join(mac_name(n)))?;
    promote(fs, &images.join(image_name(n)))?;
    fs.sync_dir(&images).map_err(io(&images))
}

fn remove_pending_blobs(fs: &dyn VaultFs, dir: &Path) {
    let blobs = dir.join(BLOBS_DIR);
    for name in fs.list(&blobs).unwrap_or_default() {
        if name.ends_with(REKEY_SUFFIX) {
            let _ = fs.remove_file(&blobs.join(&name));
        }
    }
}

/// Removes what a re-key that never reached its switch staged.
fn abandon_pending(fs: &dyn VaultFs, dir: &Path) {
    remove_pending_blobs(fs, dir);
    let images = dir.join(IMAGES_DIR);
    for name in fs.list(&images).unwrap_or_default() {
        if name.ends_with(REKEY_SUFFIX) {
            let _ = fs.remove_file(&images.join(&name));
        }
    }
    let _ = fs.sync_dir(&images);
}

#[cfg(test)]
mod tests;

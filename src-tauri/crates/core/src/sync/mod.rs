//! Several laptops, one vault, no server (`../shared/SYNC.md`).
//!
//! Each laptop keeps its own sealed vault. What travels are **sync files** in a folder (on a
//! USB stick, or shared by Syncthing on the local network): each laptop publishes its own
//! edits as numbered change files, signed with its key and sealed to every laptop of the
//! group, and applies everyone else's in order.
//!
//! The writes come from Tejido's own change log (every edit already records each row before
//! and after), not from SQLite's session extension: the log is there anyway, needs no
//! libclang at build time, and remote writes are applied without being logged, so they never
//! echo back. A field is a last-writer-wins register with a clock per write ([`merge`]), so
//! replicas converge in any order; values that lose go to a list a person settles.
//!
//! A new laptop joins from an invitation: a snapshot of the vault plus the laptop's own keys,
//! sealed with a one-time code read aloud, with a fingerprint both laptops show.

mod attachments;
mod error;
mod file;
mod folder;
mod forget;
mod invitation;
pub mod lan;
mod local_network;
mod merge;
mod open;
mod screen;
mod trust;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use zeroize::Zeroizing;

use crate::store::clocks::Clock;
use crate::store::{Action, Entity, record_change};
use crate::store::records::{self, record, required};
use crate::store::rows;
use crate::error::EditError;
use crate::keys::OwnKeys;
use crate::ids::{ConflictId, DeviceId, LaptopId};
use crate::store::Session;

pub use error::SyncError;
use error::folder_error;
pub use folder::Copied;
pub use invitation::Invitation;
pub use screen::{ConflictView, ContactToCheck, LaptopView, RefusedFile, SyncScreen};
pub use local_network::{DEFAULT_LISTEN, LanSettings, SYNCTHING_DIR, shred_syncthing_keys};
pub use merge::{ConflictKind, Kept};
pub use trust::laptop_fingerprint;

/// The sync folder inside a vault folder (what Syncthing shares, what a stick mirrors).
pub const SYNC_DIR: &str = "sync";
/// The folder on a stick holding one vault's sync files: `tejido-sync/<collective id>`.
pub const STICK_DIR: &str = "tejido-sync";

/// A laptop sharing this vault.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Laptop {
    /// Its id, also its folder in the sync folder.
    pub id: LaptopId,
    /// What the group calls it ("Ana's laptop").
    pub name: String,
    /// The age recipient its sync files are sealed to.
    pub recipient: String,
    /// The minisign key its sync files are signed with.
    pub signing_key: String,
    /// What the snapshot it joined from held: per laptop, the last change file covered.
    pub joined_from: BTreeMap<String, i64>,
    /// When it was removed (lost, stolen, given away).
    pub removed_on: Option<DateTime<Utc>>,
    /// For a removed laptop: its last change file still accepted.
    pub accepted_upto: Option<i64>,
    /// The laptop that invited it (none for the group's first laptop, and for laptops known
    /// before invitations were signed).
    #[serde(default)]
    pub invited_by: Option<LaptopId>,
    /// The inviting laptop's signature over this laptop's id, name and keys.
    #[serde(default)]
    pub invitation: Option<String>,
    /// Until when its invitation could be used.
    #[serde(default)]
    pub expires_at: Option<DateTime<Utc>>,
    /// The join a laptop of the group confirmed by typing the code the new laptop showed
    /// (none for laptops that joined before laptops made their own keys).
    #[serde(default)]
    pub join_id: Option<String>,
    /// The age recipient the new laptop made when it joined: its files are sealed to it.
    #[serde(default)]
    pub join_recipient: Option<String>,
    /// The minisign key the new laptop made when it joined: its files are signed with it.
    #[serde(default)]
    pub join_signing_key: Option<String>,
    /// The invitation key's signature over those keys (JSON).
    #[serde(default)]
    pub join_proof: Option<String>,
}

impl Laptop {
    /// Its fingerprint, binding its id, name and keys.
    pub fn fingerprint(&self) -> String {
        laptop_fingerprint(&self.id.to_string(), &self.name, &self.recipient, &self.signing_key)
    }

    /// The recipient its files are sealed to: the one it made when it joined, once confirmed.
    pub(crate) fn key_recipient(&self) -> &str {
        self.join_recipient.as_deref().unwrap_or(&self.recipient)
    }

    /// The key its files are signed with: the one it made when it joined, once confirmed.
    pub(crate) fn key_signing(&self) -> &str {
        self.join_signing_key.as_deref().unwrap_or(&self.signing_key)
    }

    /// The key its files are checked with, if they may be applied: a confirmed join's, or
    /// for a laptop that joined before laptops made their own keys, its invitation's. `None`
    /// while its join waits for a laptop of the group to type its code.
    pub(super) fn trusted_key(&self, joined: &BTreeMap<String, Option<String>>) -> Option<&str> {
        (self.join_signing_key.is_some() || joined.contains_key(&self.id.to_string())).then(|| self.key_signing())
    }
}

record! {
    Laptop in SyncDevice, json ["joined_from"], order "created_at",
    validate(record) {
        required(&mut record.name)
    }
}

/// This laptop in its group (local: never synced).
struct Me {
    id: String,
    keys: OwnKeys,
    published_upto: i64,
    next_seq: i64,
    sealed_for: Vec<String>,
    /// This laptop's join, named in every file it signs.
    join: Option<file::Join>,
}

#[cfg(test)]
thread_local! {
    /// How often this thread parsed this laptop's keys ([`me`]): an import parses them once.
    static KEY_PARSES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn me(db: &Connection) -> Result<Option<Me>, SyncError> {
    #[cfg(test)]
    KEY_PARSES.with(|n| n.set(n.get() + 1));
    let row = db
        .query_row("SELECT id, sealing, signing, published_upto, next_seq, sealed_for, join_id FROM sync_self", [], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Zeroizing::new(r.get::<_, String>(1)?),
                Zeroizing::new(r.get::<_, String>(2)?),
                r.get(3)?,
                r.get(4)?,
                r.get::<_, String>(5)?,
                r.get::<_, Option<String>>(6)?,
            ))
        })
        .optional()?;
    let Some((id, sealing, signing, published_upto, next_seq, sealed_for, join)) = row else { return Ok(None) };
    let keys = OwnKeys::from_secrets(&sealing, &signing).map_err(|e| EditError::Database { detail: e.to_string() })?;
    Ok(Some(Me { id, keys, published_upto, next_seq, sealed_for: serde_json::from_str(&sealed_for).unwrap_or_default(), join: join.and_then(|j| serde_json::from_str(&j).ok()) }))
}

fn insert_me(db: &Connection, id: LaptopId, keys: &OwnKeys, published_upto: i64, join: file::Join) -> rusqlite::Result<()> {
    let (sealing, signing) = keys.to_secrets();
    let now = join.at;
    db.execute(
        "INSERT INTO sync_self (id, sealing, signing, published_upto, join_id) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id.to_string(), sealing.as_str(), signing.as_str(), published_upto, serde_json::to_string(&join).expect("serialises")],
    )?;
    note_joined(db, &id.to_string(), Some(&join.id), now)
}

/// The laptops this one has seen a genuine signed file from (or knew before), with the join
/// each came from.
fn joined(db: &Connection) -> rusqlite::Result<BTreeMap<String, Option<String>>> {
    let mut stmt = db.prepare_cached("SELECT laptop, join_id FROM sync_joined")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect()
}

/// Records that `laptop` has joined (the first join seen is the one kept).
fn note_joined(db: &Connection, laptop: &str, join: Option<&str>, now: DateTime<Utc>) -> rusqlite::Result<()> {
    db.execute(
        "INSERT INTO sync_joined (laptop, join_id, seen_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (laptop) DO UPDATE SET join_id = COALESCE(sync_joined.join_id, excluded.join_id)",
        params![laptop, join, now],
    )?;
    Ok(())
}

fn applied(db: &Connection) -> rusqlite::Result<BTreeMap<String, i64>> {
    let mut stmt = db.prepare_cached("SELECT device, seq FROM sync_applied")?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect()
}

fn schema(db: &Connection) -> i64 {
    db.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap_or(0)
}

fn vault_id(db: &Connection) -> rusqlite::Result<String> {
    db.query_row("SELECT id FROM collective ORDER BY created_at LIMIT 1", [], |r| r.get(0))
}

/// Laptops whose files are sealed to: everyone not removed who has joined (an invited laptop
/// is sealed nothing until a laptop of the group confirmed its join).
fn active<'a>(laptops: &'a [Laptop], joined: &BTreeMap<String, Option<String>>) -> Vec<&'a Laptop> {
    laptops.iter().filter(|l| l.removed_on.is_none() && joined.contains_key(&l.id.to_string())).collect()
}

/// The recipients this laptop's files are sealed to: the active laptops' own keys, and this
/// laptop's own (which its row gets only once its join is confirmed).
fn recipients(me: &Me, laptops: &[Laptop], joined: &BTreeMap<String, Option<String>>) -> Vec<String> {
    active(laptops, joined)
        .iter()
        .map(|l| if l.id.to_string() == me.id { me.keys.recipient() } else { l.key_recipient().to_owned() })
        .collect()
}

/// The writes of this laptop's change log after `published_upto`, oldest first, whole rows.
fn unpublished(db: &Connection, published_upto: i64) -> rusqlite::Result<Vec<merge::Entry>> {
    let mut stmt = db.prepare_cached("SELECT seq, at, device, entity, entity_id, before, after FROM change_log WHERE seq > ?1 ORDER BY seq")?;
    stmt.query_map([published_upto], |r| {
        let object = |text: Option<String>| match text.and_then(|t| serde_json::from_str(&t).ok()) {
            Some(Json::Object(map)) => Some(map),
            _ => None,
        };
        Ok(merge::Entry {
            entity: r.get(3)?,
            id: r.get(4)?,
            before: object(r.get(5)?),
            after: object(r.get(6)?).unwrap_or_default(),
            clock: Clock { at: r.get(1)?, device: r.get(2)?, seq: r.get(0)? },
        })
    })?
    .collect()
}

/// `entries` as a change file carries them: only the fields each write changed, except where
/// the receiving laptop may need the whole row ([`merge::lean`]). Whether this laptop (`me`)
/// created a row is what its `created_at` clock says.
fn lean_entries(db: &Connection, me: &str, entries: Vec<merge::Entry>) -> rusqlite::Result<Vec<merge::Entry>> {
    let mut created = db.prepare_cached("SELECT device FROM sync_clock WHERE entity = ?1 AND record_id = ?2 AND field = 'created_at'")?;
    entries
        .into_iter()
        .map(|entry| {
            let creator: Option<String> = created.query_row(params![entry.entity, entry.id], |r| r.get(0)).optional()?;
            Ok(merge::lean(entry, creator.as_deref() == Some(me)))
        })
        .collect()
}

/// Whether this laptop's state file at `path` already says what `envelope` says (its times
/// aside), sealed by this laptop: then it need not be written again.
fn same_state(path: &Path, me: &Me, envelope: &file::Envelope) -> bool {
    let Some(opened) = folder::read_capped(path, file::MAX_STATE_BYTES).ok().flatten().and_then(|b| file::open(&b, &me.keys).ok()) else {
        return false;
    };
    let Ok(mut written) = file::verify(&opened, &me.keys.signing_key(), file::Kind::State, &me.id, None) else { return false };
    (written.from, written.to) = (envelope.from, envelope.to);
    written == *envelope
}

/// A laptop's state file, if one is there, sealed to this laptop and signed by that laptop
/// with `key`.
fn state_of(root: &Path, me: &Me, laptop: &Laptop, key: &str) -> Option<file::Envelope> {
    let id = laptop.id.to_string();
    let opened = opened_state(root, me, &id)?;
    file::verify(&opened, key, file::Kind::State, &id, None).ok()
}

fn opened_state(root: &Path, me: &Me, laptop: &str) -> Option<file::Opened> {
    let path = folder::state_path(root, laptop);
    let bytes = folder::read_capped(&path, file::MAX_STATE_BYTES).ok()??;
    file::open(&bytes, &me.keys).ok()
}

/// What a file of a laptop not trusted (yet) says of its join: the join its proof describes,
/// if the proof is signed with the laptop's invitation key and the file with the keys it names.
fn proposed_join(opened: &file::Opened, vault: &str, laptop: &Laptop, kind: file::Kind, seq: Option<i64>) -> Option<(trust::Proposal, file::Envelope)> {
    let id = laptop.id.to_string();
    let proposal = trust::check_join(opened.join.as_ref()?, vault, &id, &laptop.signing_key)?;
    let envelope = file::verify(opened, &proposal.signing_key, kind, &id, seq).ok()?;
    (envelope.join.as_ref().map(|j| &j.id) == Some(&proposal.join)).then_some((proposal, envelope))
}

/// Whether a file naming `join` may come from `laptop`: one use of an invitation only (a
/// second vault made from the same invitation names another join than the one first seen),
/// and an invitation used before it expired.
fn join_holds(laptop: &Laptop, joined: &BTreeMap<String, Option<String>>, join: Option<&file::Join>) -> Result<(), &'static str> {
    if let Some(confirmed) = &laptop.join_id {
        return if join.map(|j| &j.id) == Some(confirmed) { Ok(()) } else { Err("second-join") };
    }
    match joined.get(&laptop.id.to_string()) {
        Some(Some(first)) if join.map(|j| &j.id) != Some(first) => Err("second-join"),
        Some(_) => Ok(()),
        None => match (laptop.expires_at, join) {
            (None, _) => Ok(()),
            (Some(expires), Some(join)) if join.at <= expires => Ok(()),
            _ => Err("expired"),
        },
    }
}

/// What one import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportReport {
    /// Change files applied.
    pub files: u32,
    /// Fields that took another laptop's value.
    pub fields: u32,
    /// New conflicts to settle.
    pub conflicts: u32,
    /// Files written by a newer Tejido, kept until this one is updated.
    pub held: u32,
    /// Files waiting: a missing earlier file, or not (yet) sealed to this laptop.
    pub waiting: u32,
    /// Files from laptops this one does not know yet.
    pub unknown: u32,
    /// Files refused now (damaged, forged, from a removed laptop).
    pub refused: u32,
}

/// What "copy with a stick" did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StickReport {
    /// Files copied each way.
    pub copied: Copied,
    /// What importing found.
    pub imported: ImportReport,
}

impl Session {
    /// The sync folder of this vault.
    pub fn sync_folder(&self) -> PathBuf {
        self.vault().dir().join(SYNC_DIR)
    }

    /// This laptop's id in its group, if it is in one.
    pub fn laptop_id(&self) -> Result<Option<LaptopId>, SyncError> {
        Ok(me(self.db())?.and_then(|m| m.id.parse().ok()))
    }

    /// Puts this vault in a group of laptops, as its first laptop `name`. Its edits so far
    /// travel in the snapshot new laptops join from, not as change files.
    pub fn start_sync(&mut self, name: &str, now: DateTime<Utc>) -> Result<LaptopId, SyncError> {
        if let Some(id) = self.laptop_id()? {
            return Ok(id);
        }
        let keys = OwnKeys::generate();
        let id = LaptopId::new();
        let laptop = Laptop {
            id,
            name: name.to_owned(),
            recipient: keys.recipient(),
            signing_key: keys.signing_key(),
            joined_from: BTreeMap::new(),
            removed_on: None,
            accepted_upto: None,
            invited_by: None,
            invitation: None,
            expires_at: None,
            join_id: None,
            join_recipient: None,
            join_signing_key: None,
            join_proof: None,
        };
        self.edit(now, |db, stamp| {
            let published: i64 = db.query_row("SELECT COALESCE(MAX(seq), 0) FROM change_log", [], |r| r.get(0))?;
            insert_me(db, id, &keys, published, file::Join { id: uuid::Uuid::now_v7().to_string(), at: now, proof: None })?;
            records::save(db, laptop, stamp)?;
            Ok(())
        })?;
        // From now on this vault's writes are stamped with its laptop id, so every laptop
        // can say whose value is whose.
        self.set_device(DeviceId(id.0));
        Ok(id)
    }

    /// The laptops of the group, removed ones included.
    pub fn laptops(&self) -> Result<Vec<Laptop>, SyncError> {
        Ok(records::list(self.db())?)
    }

    /// Writes this laptop's edits not yet published as its next change file, and its state
    /// file. Returns the file's number, if there was anything to publish.
    pub fn publish(&mut self, now: DateTime<Utc>) -> Result<Option<i64>, SyncError> {
        let Some(mut me) = me(self.db())? else { return Ok(None) };
        self.publish_as(&mut me, now)
    }

    /// [`Self::publish`] with this laptop's keys parsed once by the caller; `me` follows
    /// what was published.
    fn publish_as(&mut self, me: &mut Me, now: DateTime<Utc>) -> Result<Option<i64>, SyncError> {
        let root = self.sync_folder();
        let laptops = self.laptops()?;
        let joined = joined(self.db())?;
        let recipients = recipients(me, &laptops, &joined);
        let resealed = self.reseal_if_needed(me, &laptops, &joined)?;
        // Attachments first: a record that arrives before its file shows it as missing.
        let blobs = self.publish_blobs(me, &recipients, now)?;
        let db = self.db();
        let entries = lean_entries(db, &me.id, unpublished(db, me.published_upto)?)?;
        let mut published = None;
        if let Some(last) = entries.last().map(|e| e.clock.seq) {
            // A crash after writing a file but before saving the vault leaves the file: never
            // reuse its number.
            let on_disk = folder::change_files(&root).into_iter().find(|(l, _)| *l == me.id).and_then(|(_, f)| f.last().map(|(s, _)| *s));
            let seq = me.next_seq.max(on_disk.map_or(1, |s| s + 1));
            let envelope = file::Envelope {
                format: file::FORMAT,
                kind: file::Kind::Changes,
                vault: vault_id(db)?,
                device: me.id.clone(),
                seq,
                schema: schema(db),
                from: entries.first().map(|e| e.clock.at),
                to: entries.last().map(|e| e.clock.at),
                entries,
                packed: None,
                applied: applied(db)?,
                blob: None,
                join: me.join.clone(),
                syncthing: None,
            };
            let bytes = file::seal(&envelope, &recipients, &me.keys).map_err(|e| EditError::Database { detail: format!("{e:?}") })?;
            let path = folder::change_path(&root, &me.id, seq);
            folder::publish(&path, &bytes).map_err(folder_error(&path))?;
            self.vault_mut().db_mut().execute(
                "UPDATE sync_self SET published_upto = ?1, next_seq = ?2",
                params![last, seq + 1],
            )?;
            self.mark_unsaved();
            (me.published_upto, me.next_seq) = (last, seq + 1);
            published = Some(seq);
        }
        let state = self.publish_state(me, now, resealed)?;
        if published.is_some() || state || resealed || blobs > 0 {
            if let Some(lan) = self.follower::<lan::Lan>() {
                // Syncthing's watcher would notice within seconds; asking makes it a tenth of one.
                let _ = lan.rescan();
            }
        }
        Ok(published)
    }

    /// Reseals this laptop's change files when the group changed: a laptop added since they
    /// were written could not read them, a removed one should not read later ones.
    /// Returns whether it did.
    fn reseal_if_needed(&mut self, me: &mut Me, laptops: &[Laptop], joined: &BTreeMap<String, Option<String>>) -> Result<bool, SyncError> {
        let group: Vec<String> = active(laptops, joined).iter().map(|l| l.id.to_string()).collect();
        if group == me.sealed_for {
            return Ok(false);
        }
        let recipients = recipients(me, laptops, joined);
        let root = self.sync_folder();
        let own_changes =
            folder::change_files(&root).into_iter().filter(|(l, _)| *l == me.id).flat_map(|(_, f)| f).map(|(s, p)| (file::Kind::Changes, Some(s), p));
        let own_blobs = folder::blob_files(&root).into_iter().filter(|(l, _, _)| *l == me.id).map(|(_, _, p)| (file::Kind::Blob, Some(0), p));
        let signing_key = me.keys.signing_key();
        for (kind, seq, path) in own_changes.chain(own_blobs).collect::<Vec<_>>() {
            let Some(bytes) = folder::read_capped(&path, file::MAX_FILE_BYTES).map_err(folder_error(&path))? else { continue };
            let Ok(envelope) = file::open(&bytes, &me.keys).and_then(|o| file::verify(&o, &signing_key, kind, &me.id, seq)) else { continue };
            let resealed = file::seal(&envelope, &recipients, &me.keys).map_err(|e| EditError::Database { detail: format!("{e:?}") })?;
            folder::publish(&path, &resealed).map_err(folder_error(&path))?;
        }
        self.vault_mut()
            .db_mut()
            .execute("UPDATE sync_self SET sealed_for = ?1", [serde_json::to_string(&group).expect("serialises")])?;
        self.mark_unsaved();
        me.sealed_for = group;
        Ok(true)
    }

    /// Writes what this laptop has applied, so the others know which of their files they
    /// may clean up: only when that changed (or the group did, `resealed`), since Syncthing
    /// sends every rewrite to every laptop and this runs every ten seconds on the local
    /// network. Returns whether it wrote.
    fn publish_state(&mut self, me: &Me, now: DateTime<Utc>, resealed: bool) -> Result<bool, SyncError> {
        let db = self.db();
        let laptops = self.laptops()?;
        let joined = joined(db)?;
        let recipients = recipients(me, &laptops, &joined);
        // Every laptop this one knows is listed, applied or not: a laptop that learns of the
        // list keeps its files until the newcomers it did not know about have them too.
        let mut state = applied(db)?;
        for laptop in laptops.iter().filter(|l| l.removed_on.is_none()) {
            state.entry(laptop.id.to_string()).or_insert(0);
        }
        let envelope = file::Envelope {
            format: file::FORMAT,
            kind: file::Kind::State,
            vault: vault_id(db)?,
            device: me.id.clone(),
            seq: me.next_seq - 1,
            schema: schema(db),
            from: Some(now),
            to: Some(now),
            entries: Vec::new(),
            packed: None,
            applied: state,
            blob: None,
            join: me.join.clone(),
            syncthing: db.query_row("SELECT device_id FROM sync_lan", [], |r| r.get(0)).optional()?.flatten(),
        };
        let path = folder::state_path(&self.sync_folder(), &me.id);
        if !resealed && same_state(&path, me, &envelope) {
            return Ok(false);
        }
        let bytes = file::seal(&envelope, &recipients, &me.keys).map_err(|e| EditError::Database { detail: format!("{e:?}") })?;
        folder::publish(&path, &bytes).map_err(folder_error(&path))?;
        Ok(true)
    }

    /// Applies every other laptop's change files in the sync folder that can be applied:
    /// each laptop's in order, stopping at a gap, each file in one transaction with the
    /// record that it was applied. Then publishes this laptop's state and cleans up.
    pub fn import(&mut self, now: DateTime<Utc>) -> Result<ImportReport, SyncError> {
        let Some(mut me) = me(self.db())? else { return Ok(ImportReport::default()) };
        self.import_as(&mut me, now)
    }

    /// [`Self::import`] with this laptop's keys parsed once by the caller: the same `me`
    /// serves the import, the publishing after it and the clean-up.
    fn import_as(&mut self, me: &mut Me, now: DateTime<Utc>) -> Result<ImportReport, SyncError> {
        let root = self.sync_folder();
        let own_schema = schema(self.db());
        let vault = vault_id(self.db())?;
        let mut report = ImportReport::default();
        let mut forgetting = false;
        loop {
            // Applying a file can add a laptop, whose files may then be read: go round again.
            let laptops: BTreeMap<String, Laptop> = self.laptops()?.into_iter().map(|l| (l.id.to_string(), l)).collect();
            let done = applied(self.db())?;
            let mut progress = false;
            let mut pass = ImportReport::default();
            for (laptop, files) in folder::change_files(&root).into_iter().filter(|(l, _)| *l != me.id) {
                let Some(author) = laptops.get(&laptop) else {
                    pass.unknown += files.len() as u32;
                    continue;
                };
                let mut next = done.get(&laptop).copied().unwrap_or(0) + 1;
                let first = next;
                for (seq, path) in files.into_iter().filter(|(s, _)| *s >= first) {
                    if seq > next {
                        pass.waiting += 1;
                        break;
                    }
                    let relative = path.strip_prefix(&root).unwrap_or(&path).to_string_lossy().into_owned();
                    // The size is known before anything is read: a huge file is refused unread.
                    let size = std::fs::symlink_metadata(&path).map(|m| m.len() as usize).unwrap_or(usize::MAX);
                    if self.already_refused(&relative, size)? {
                        break;
                    }
                    if author.accepted_upto.is_some_and(|upto| author.removed_on.is_some() && seq > upto) {
                        pass.refused += self.refuse(&relative, size, "removed", now)?;
                        break;
                    }
                    let Some(bytes) = folder::read_capped(&path, file::MAX_CHANGE_BYTES).map_err(folder_error(&path))? else {
                        pass.refused += self.refuse(&relative, size, "unreadable", now)?;
                        break;
                    };
                    let opened = match file::open(&bytes, &me.keys) {
                        Ok(opened) => opened,
                        Err(file::Problem::NotForMe) => {
                            pass.waiting += 1;
                            break;
                        }
                        Err(_) => {
                            pass.refused += self.refuse(&relative, size, "unreadable", now)?;
                            break;
                        }
                    };
                    // A laptop whose join nobody confirmed yet: its files wait, unapplied, until
                    // a laptop of the group types the code it shows.
                    let Some(key) = author.trusted_key(&joined(self.db())?) else {
                        pass.waiting += 1;
                        break;
                    };
                    // The signature is checked over the bytes before anything they say is read.
                    let envelope = match file::verify(&opened, key, file::Kind::Changes, &laptop, Some(seq)) {
                        Ok(envelope) => envelope,
                        Err(problem) => {
                            // Another vault made from the same invitation, with keys of its own.
                            let other_join = proposed_join(&opened, &vault, author, file::Kind::Changes, Some(seq)).is_some();
                            let reason = if other_join {
                                "second-join"
                            } else if problem == file::Problem::Forged {
                                "forged"
                            } else {
                                "unreadable"
                            };
                            pass.refused += self.refuse(&relative, size, reason, now)?;
                            break;
                        }
                    };
                    if envelope.vault != vault {
                        pass.refused += self.refuse(&relative, size, "other-vault", now)?;
                        break;
                    }
                    if envelope.format > file::FORMAT || envelope.schema > own_schema {
                        pass.held += 1;
                        break;
                    }
                    if let Err(reason) = join_holds(author, &joined(self.db())?, envelope.join.as_ref()) {
                        pass.refused += self.refuse(&relative, size, reason, now)?;
                        break;
                    }
                    if let Err(refusal) = trust::check_entries(self.db(), &envelope, now)? {
                        pass.refused += self.refuse(&relative, size, refusal.reason(), now)?;
                        break;
                    }
                    let mut left_out = Vec::new();
                    let tx = self.vault_mut().db_mut().transaction()?;
                    let result: Result<(), rusqlite::Error> = (|| {
                        for entry in &envelope.entries {
                            // Written before its author heard that the record was forgotten:
                            // it never comes back.
                            if crate::store::tombstones::is_forgotten(&tx, &entry.entity, &entry.id)? {
                                continue;
                            }
                            if let Err(reason) = trust::allowed(&tx, &vault, entry, &laptops)? {
                                left_out.push((format!("{relative} {} {}", entry.entity, entry.id), reason));
                                continue;
                            }
                            let entity = Entity::parse(&entry.entity).expect("checked");
                            let applied = merge::apply(&tx, entity, entry, now)?;
                            pass.fields += applied.fields as u32;
                            pass.conflicts += applied.conflicts as u32;
                            if entity == Entity::Forgotten {
                                forgetting |= crate::store::tombstones::take_tombstone(&tx, &entry.id)?;
                            }
                        }
                        tx.execute(
                            "INSERT INTO sync_applied (device, seq) VALUES (?1, ?2)
                             ON CONFLICT (device) DO UPDATE SET seq = excluded.seq",
                            params![laptop, seq],
                        )?;
                        note_joined(&tx, &laptop, envelope.join.as_ref().map(|j| j.id.as_str()), now)?;
                        Ok(())
                    })();
                    match result {
                        Ok(()) => tx.commit()?,
                        // A value the vault does not take (a check, a type) refuses the file,
                        // not sync: nothing of it is applied, and the other laptops go on.
                        Err(_) => {
                            drop(tx);
                            pass.refused += self.refuse(&relative, size, trust::Refusal::Invalid.reason(), now)?;
                            break;
                        }
                    }
                    for (what, reason) in left_out {
                        pass.refused += self.refuse(&what, 0, reason, now)?;
                    }
                    self.mark_unsaved();
                    pass.files += 1;
                    next += 1;
                    progress = true;
                }
            }
            report.files += pass.files;
            report.fields += pass.fields;
            report.conflicts += pass.conflicts;
            report.refused += pass.refused;
            if !progress {
                (report.held, report.waiting, report.unknown) = (pass.held, pass.waiting, pass.unknown);
                break;
            }
        }
        report.refused += self.note_states(me, now)?;
        let laptops: BTreeMap<String, Laptop> = self.laptops()?.into_iter().map(|l| (l.id.to_string(), l)).collect();
        self.import_blobs(me, &laptops, &vault, &mut report, now)?;
        self.publish_as(me, now)?;
        self.clean_up(me, now)?;
        self.save()?;
        if forgetting {
            self.scrub_after_forgetting()?;
        }
        Ok(report)
    }

    /// Rewrites this laptop's own files in the sync folder without what was forgotten: the
    /// forgotten person's writes are dropped from its change files, forgotten attachments
    /// from the records' lists, and their attachment files are deleted. Each rewritten file
    /// is signed and sealed again as it was (same number), so a laptop that had not applied
    /// it yet applies it without them.
    pub(crate) fn scrub_own_sync_files(&mut self) -> Result<(), SyncError> {
        let Some(me) = me(self.db())? else { return Ok(()) };
        let forgotten = crate::store::tombstones::forgotten_ids(self.db())?;
        let blobs = crate::store::tombstones::forgotten_blobs(self.db())?;
        let laptops = self.laptops()?;
        let joined = joined(self.db())?;
        let recipients = recipients(&me, &laptops, &joined);
        let root = self.sync_folder();
        let signing_key = me.keys.signing_key();
        let own = folder::change_files(&root).into_iter().filter(|(l, _)| *l == me.id).flat_map(|(_, f)| f);
        for (seq, path) in own.collect::<Vec<_>>() {
            let Some(bytes) = folder::read_capped(&path, file::MAX_CHANGE_BYTES).map_err(folder_error(&path))? else { continue };
            let Ok(mut envelope) = file::open(&bytes, &me.keys).and_then(|o| file::verify(&o, &signing_key, file::Kind::Changes, &me.id, Some(seq))) else {
                continue;
            };
            let count = envelope.entries.len();
            envelope.entries.retain(|e| !(crate::store::tombstones::OWN_ROWS.iter().any(|t| t.table() == e.entity) && forgotten.contains(&e.id)));
            let mut changed = envelope.entries.len() != count;
            for entry in &mut envelope.entries {
                changed |= entry.before.as_mut().is_some_and(|b| crate::store::tombstones::scrub_row(b, &blobs));
                changed |= crate::store::tombstones::scrub_row(&mut entry.after, &blobs);
            }
            if changed {
                let resealed = file::seal(&envelope, &recipients, &me.keys).map_err(|e| EditError::Database { detail: format!("{e:?}") })?;
                folder::publish(&path, &resealed).map_err(folder_error(&path))?;
            }
        }
        for (_, _, path) in folder::blob_files(&root).into_iter().filter(|(_, id, _)| blobs.contains(&id.to_string())) {
            std::fs::remove_file(&path).map_err(folder_error(&path))?;
        }
        Ok(())
    }

    /// A laptop invited but not yet joined joins when a state file it signed arrives (a new
    /// laptop publishes one as soon as it has joined): from then on, files are sealed to it.
    fn note_states(&mut self, me: &Me, now: DateTime<Utc>) -> Result<u32, SyncError> {
        let root = self.sync_folder();
        let joined = joined(self.db())?;
        let vault = vault_id(self.db())?;
        let mut refused = 0;
        for laptop in self.laptops()?.into_iter().filter(|l| l.removed_on.is_none()) {
            let id = laptop.id.to_string();
            let Some(opened) = opened_state(&root, me, &id) else { continue };
            // This laptop's own state is signed with the keys it made, which its registration
            // names only once a laptop of the group has confirmed it.
            let own_key = (id == me.id).then(|| me.keys.signing_key());
            let state = match own_key.as_deref().or(laptop.trusted_key(&joined)) {
                Some(key) => match file::verify(&opened, key, file::Kind::State, &id, None) {
                    Ok(state) => state,
                    Err(_) => {
                        // Another vault made from the same invitation, after one was confirmed.
                        if proposed_join(&opened, &vault, &laptop, file::Kind::State, None).is_some() {
                            let path = folder::state_path(Path::new(""), &id);
                            refused += self.refuse(&path.to_string_lossy(), 0, "second-join", now)?;
                        }
                        continue;
                    }
                },
                None => {
                    refused += self.note_proposal(&opened, &vault, &laptop, &joined, now)?;
                    continue;
                }
            };
            match join_holds(&laptop, &joined, state.join.as_ref()) {
                Ok(()) => {
                    if !joined.contains_key(&id) {
                        note_joined(self.vault_mut().db_mut(), &id, state.join.as_ref().map(|j| j.id.as_str()), now)?;
                        self.mark_unsaved();
                    }
                    let known: Option<String> =
                        self.db().query_row("SELECT syncthing FROM sync_joined WHERE laptop = ?1", [&id], |r| r.get(0)).optional()?.flatten();
                    let said = state.syncthing.clone().filter(|d| lan::is_device_id(d));
                    if said.is_some() && said != known {
                        self.vault_mut().db_mut().execute("UPDATE sync_joined SET syncthing = ?2 WHERE laptop = ?1", params![id, said])?;
                        self.mark_unsaved();
                    }
                    if self.went_back(&id, &state)? {
                        let path = folder::state_path(Path::new(""), &id);
                        refused += self.refuse(&path.to_string_lossy(), 0, "rolled-back", now)?;
                    }
                }
                Err(reason) => {
                    let path = folder::state_path(Path::new(""), &id);
                    refused += self.refuse(&path.to_string_lossy(), 0, reason, now)?;
                }
            }
        }
        Ok(refused)
    }

    /// A join waiting for a laptop of the group to type its code: listed once per join, and
    /// nothing of it applied. A laptop that joined the old way (keeping its invitation's keys,
    /// which whoever copied the invitation holds too) is refused: it joins again with a new
    /// invitation.
    fn note_proposal(
        &mut self,
        opened: &file::Opened,
        vault: &str,
        laptop: &Laptop,
        joined: &BTreeMap<String, Option<String>>,
        now: DateTime<Utc>,
    ) -> Result<u32, SyncError> {
        let id = laptop.id.to_string();
        let path = folder::state_path(Path::new(""), &id).to_string_lossy().into_owned();
        let Some((proposal, state)) = proposed_join(opened, vault, laptop, file::Kind::State, None) else {
            if file::verify(opened, &laptop.signing_key, file::Kind::State, &id, None).is_ok() {
                return self.refuse(&path, 0, "old-join", now);
            }
            return Ok(0);
        };
        if let Err(reason) = join_holds(laptop, joined, state.join.as_ref()) {
            return self.refuse(&path, 0, reason, now);
        }
        let proof = serde_json::to_string(opened.join.as_ref().expect("checked")).expect("serialises");
        let added = self.vault_mut().db_mut().execute(
            "INSERT OR IGNORE INTO sync_pending (laptop, join_id, proof, code, seen_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, proposal.join, proof, proposal.code, now],
        )?;
        if added > 0 {
            self.mark_unsaved();
        }
        Ok(0)
    }

    /// Laptops whose join waits for its code to be typed here, with how many joins each (more
    /// than one: copies of its invitation were used).
    pub(super) fn awaiting(&self) -> Result<BTreeMap<String, u32>, SyncError> {
        let mut stmt = self.db().prepare("SELECT laptop, COUNT(*) FROM sync_pending GROUP BY laptop")?;
        Ok(stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?)
    }

    /// A laptop of the group types the code a new laptop shows (read to it by the person at
    /// that laptop): that join is trusted, with the keys the new laptop made. Its registration
    /// says so, an edit that syncs, so every laptop of the group trusts it too; any other join
    /// made from the same invitation is refused; its waiting files are applied, and from now
    /// on files are sealed to it. Any laptop of the group may confirm: any of them could
    /// invite a laptop of its own anyway.
    pub fn confirm_laptop(&mut self, code: &str, now: DateTime<Utc>) -> Result<LaptopId, SyncError> {
        if me(self.db())?.is_none() {
            return Err(SyncError::NotStarted);
        }
        let typed = trust::typed_code(code);
        let found: Option<(String, String, String)> = self
            .db()
            .query_row("SELECT laptop, join_id, proof FROM sync_pending WHERE code = ?1", [&typed], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        let (id, join, proof) = found.ok_or(SyncError::WrongJoinCode)?;
        let mut laptop: Laptop = records::get(self.db(), &id)?.ok_or(SyncError::WrongJoinCode)?;
        let parsed: file::JoinProof = serde_json::from_str(&proof).map_err(|_| SyncError::WrongJoinCode)?;
        let proposal = trust::check_join(&parsed, &vault_id(self.db())?, &id, &laptop.signing_key)
            .filter(|p| p.join == join && laptop.removed_on.is_none() && laptop.join_id.is_none())
            .ok_or(SyncError::WrongJoinCode)?;
        let others: Vec<String> = {
            let mut stmt = self.db().prepare("SELECT join_id FROM sync_pending WHERE laptop = ?1 AND join_id != ?2")?;
            stmt.query_map(params![id, join], |r| r.get(0))?.collect::<Result<_, _>>()?
        };
        laptop.join_id = Some(join.clone());
        laptop.join_recipient = Some(proposal.recipient);
        laptop.join_signing_key = Some(proposal.signing_key);
        laptop.join_proof = Some(proof);
        let laptop_id = laptop.id;
        self.edit(now, |db, stamp| {
            records::save(db, laptop, stamp)?;
            note_joined(db, &id, Some(&join), now)?;
            db.execute("DELETE FROM sync_pending WHERE laptop = ?1", [&id])?;
            Ok(())
        })?;
        for other in others {
            self.refuse(&format!("join {id} {other}"), 0, "second-join", now)?;
        }
        self.import(now)?;
        Ok(laptop_id)
    }

    /// Whether `laptop`'s state file says less than one it signed before: fewer files
    /// published, or fewer applied from some laptop. Its vault went back (a copy of its folder
    /// put back, its newest saves deleted): edits made there since are lost, and it may trust a
    /// laptop removed since. Remembers the most each laptop said.
    fn went_back(&mut self, laptop: &str, state: &file::Envelope) -> Result<bool, SyncError> {
        let row: Option<(Option<i64>, Option<String>)> = self
            .db()
            .query_row("SELECT published, applied FROM sync_joined WHERE laptop = ?1", [laptop], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((published, applied)) = row else { return Ok(false) };
        let mut most: BTreeMap<String, i64> = applied.and_then(|a| serde_json::from_str(&a).ok()).unwrap_or_default();
        let fewer_published = published.is_some_and(|p| state.seq < p);
        let fewer_applied = most.iter().any(|(other, &n)| state.applied.get(other).copied().unwrap_or(0) < n);
        let mut grew = published.is_none_or(|p| state.seq > p);
        for (other, &n) in &state.applied {
            let entry = most.entry(other.clone()).or_insert(0);
            if n > *entry {
                *entry = n;
                grew = true;
            }
        }
        if grew {
            self.vault_mut().db_mut().execute(
                "UPDATE sync_joined SET published = MAX(COALESCE(published, 0), ?2), applied = ?3 WHERE laptop = ?1",
                params![laptop, state.seq, serde_json::to_string(&most).expect("serialises")],
            )?;
            self.mark_unsaved();
        }
        Ok(fewer_published || fewer_applied)
    }

    fn already_refused(&self, path: &str, size: usize) -> Result<bool, SyncError> {
        Ok(self
            .db()
            // A file dated ahead of this laptop's clock is tried again: time catches up. So is
            // one from a copy of an invitation: the genuine laptop's file of the same name
            // (and maybe size) may replace it.
            .query_row(
                "SELECT 1 FROM sync_refused WHERE path = ?1 AND size = ?2 AND reason NOT IN ('clock-ahead', 'second-join')",
                params![path, size as i64],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Lists a refused file (or a write left out of one, by a name of its own). Returns 1 if
    /// it was not listed already, so each refusal is counted once.
    fn refuse(&mut self, path: &str, size: usize, reason: &str, now: DateTime<Utc>) -> Result<u32, SyncError> {
        let listed = self
            .db()
            .query_row("SELECT 1 FROM sync_refused WHERE path = ?1 AND size = ?2 AND reason = ?3", params![path, size as i64, reason], |_| Ok(()))
            .optional()?
            .is_some();
        if listed {
            return Ok(0);
        }
        self.vault_mut().db_mut().execute(
            "INSERT INTO sync_refused (path, size, reason, found_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (path) DO UPDATE SET size = excluded.size, reason = excluded.reason, found_at = excluded.found_at",
            params![path, size as i64, reason, now],
        )?;
        self.mark_unsaved();
        Ok(1)
    }

    /// Deletes this laptop's change files that every laptop of the group has applied (by
    /// their state files, or because they joined from a snapshot that covered them), and its
    /// copies of the other laptops' files that every laptop has applied.
    fn clean_up(&mut self, me: &Me, now: DateTime<Utc>) -> Result<u32, SyncError> {
        let root = self.sync_folder();
        let Some(covered) = self.covered(me, &me.id, now)? else { return Ok(0) };
        let mut removed = 0;
        for (seq, path) in folder::change_files(&root).into_iter().filter(|(l, _)| *l == me.id).flat_map(|(_, f)| f) {
            if seq <= covered {
                std::fs::remove_file(&path).map_err(folder_error(&path))?;
                removed += 1;
            }
        }
        // Copies of another laptop's files every laptop has applied go too: they are of no
        // more use, and one may hold what was forgotten since (its author rewrites its own
        // files, but not one it already deleted; this copy, signed with its key, cannot be
        // rewritten here).
        for (author, files) in folder::change_files(&root).into_iter().filter(|(l, _)| *l != me.id) {
            let Some(covered) = self.covered(me, &author, now)? else { continue };
            for (_, path) in files.into_iter().filter(|(seq, _)| *seq <= covered) {
                std::fs::remove_file(&path).map_err(folder_error(&path))?;
            }
        }
        Ok(removed)
    }

    /// The highest change file of `author` every other laptop of the group has applied (by
    /// their state files, or the snapshot they joined from), this one included; `None` while a
    /// laptop this one has not heard of may still need every file.
    fn covered(&self, me: &Me, author: &str, now: DateTime<Utc>) -> Result<Option<i64>, SyncError> {
        let root = self.sync_folder();
        let laptops = self.laptops()?;
        let joined = joined(self.db())?;
        let mut covered = if author == me.id { i64::MAX } else { applied(self.db())?.get(author).copied().unwrap_or(0) };
        // Every laptop still in the group, joined or invited: an invited laptop joins from a
        // snapshot and needs every file after it. An invitation that expired unused does not hold
        // files back for ever.
        let waited_for = laptops.iter().filter(|l| {
            let id = l.id.to_string();
            l.removed_on.is_none() && id != me.id && id != author && (joined.contains_key(&id) || l.expires_at.is_none_or(|e| now <= e))
        });
        for laptop in waited_for {
            let from_join = laptop.joined_from.get(author).copied().unwrap_or(0);
            let state = laptop.trusted_key(&joined).and_then(|key| state_of(&root, me, laptop, key)).map(|e| e.applied).unwrap_or_default();
            // A laptop this one has not heard of yet may still need every file.
            if state.keys().any(|id| !laptops.iter().any(|l| l.id.to_string() == *id)) {
                return Ok(None);
            }
            let from_state = state.get(author).copied().unwrap_or(0);
            covered = covered.min(from_join.max(from_state));
        }
        Ok(Some(covered))
    }

    /// What copying with a stick deletes rather than copies: forgotten attachments, and per
    /// other laptop the change files every laptop has applied.
    #[allow(clippy::type_complexity)]
    fn stick_clean_up(
        &self,
        me: &Me,
        local: &Path,
        stick: &Path,
        now: DateTime<Utc>,
    ) -> Result<(std::collections::BTreeSet<String>, BTreeMap<String, i64>), SyncError> {
        let forgotten = crate::store::tombstones::forgotten_blobs(self.db())?;
        let mut covered = BTreeMap::new();
        for (author, _) in folder::change_files(local).into_iter().chain(folder::change_files(stick)).filter(|(l, _)| *l != me.id) {
            if covered.contains_key(&author) {
                continue;
            }
            if let Some(upto) = self.covered(me, &author, now)? {
                covered.insert(author, upto);
            }
        }
        Ok((forgotten, covered))
    }

    /// Publishes, copies missing files both ways with a stick's `tejido-sync/<vault>`
    /// folder, imports what came, and publishes again (the state, for clean-up).
    pub fn copy_with_stick(&mut self, stick: &Path, now: DateTime<Utc>) -> Result<StickReport, SyncError> {
        let Some(mut me) = me(self.db())? else { return Err(SyncError::NotStarted) };
        self.publish_as(&mut me, now)?;
        let stick_root = stick.join(STICK_DIR).join(vault_id(self.db())?);
        std::fs::create_dir_all(&stick_root).map_err(folder_error(&stick_root))?;
        let local = self.sync_folder();
        let (forgotten, covered) = self.stick_clean_up(&me, &local, &stick_root, now)?;
        let mut copied = folder::copy_with_stick(&local, &stick_root, &me.id, &forgotten, &covered).map_err(folder_error(&stick_root))?;
        let imported = self.import_as(&mut me, now)?;
        // The state and any clean-up after importing go back onto the stick too.
        let (forgotten, covered) = self.stick_clean_up(&me, &local, &stick_root, now)?;
        let again = folder::copy_with_stick(&local, &stick_root, &me.id, &forgotten, &covered).map_err(folder_error(&stick_root))?;
        copied.to_stick += again.to_stick;
        copied.from_stick += again.from_stick;
        Ok(StickReport { copied, imported })
    }

    /// Removes a laptop from the group (lost, stolen, given away): its files after the last
    /// one this laptop applied are refused, its attachments too, later files are no longer
    /// sealed to it, and the community's package keys, which it holds, are replaced (the
    /// desks need the new contact file). Its Syncthing peer is dropped: the one with the
    /// Syncthing id its signed state file gave.
    pub fn remove_laptop(&mut self, id: LaptopId, now: DateTime<Utc>) -> Result<(), SyncError> {
        let Some(me) = me(self.db())? else { return Err(SyncError::NotStarted) };
        if id.to_string() == me.id {
            return Err(SyncError::CannotRemoveSelf);
        }
        let mut laptop: Laptop = records::get(self.db(), &id.to_string())?.ok_or(EditError::RecordNotFound)?;
        if laptop.removed_on.is_some() {
            return Ok(());
        }
        laptop.accepted_upto = Some(applied(self.db())?.get(&laptop.id.to_string()).copied().unwrap_or(0));
        laptop.removed_on = Some(now);
        let name = laptop.name.clone();
        self.edit(now, |db, stamp| {
            records::save(db, laptop, stamp)?;
            trust::replace_package_keys(db, stamp)?;
            Ok(())
        })?;
        self.drop_lan_peer(&id.to_string(), &name, now)?;
        self.publish(now)?;
        self.save()?;
        Ok(())
    }

    /// When the community's package keys were replaced after a laptop was removed, until
    /// someone says every desk has the new contact file.
    pub fn package_keys_replaced(&self) -> Result<Option<DateTime<Utc>>, SyncError> {
        Ok(self
            .db()
            .query_row("SELECT replaced_at FROM network_key WHERE id = 'own'", [], |r| r.get(0))
            .optional()?
            .flatten())
    }

    /// Every desk (or community) has the new contact file: the screens stop asking. An
    /// edit that syncs, so the other laptops stop asking too.
    pub fn new_contact_file_given(&mut self, now: DateTime<Utc>) -> Result<(), SyncError> {
        if self.package_keys_replaced()?.is_none() {
            return Ok(());
        }
        self.edit(now, |db, stamp| {
            let before = rows::snapshot(db, Entity::NetworkKey, "own")?;
            db.execute(
                "UPDATE network_key SET replaced_at = NULL, updated_at = ?1, updated_by = ?2 WHERE id = 'own'",
                params![stamp.at, stamp.device.to_string()],
            )?;
            record_change(db, Entity::NetworkKey, "own", Action::Update, before, stamp)?;
            Ok(())
        })?;
        Ok(())
    }

    /// Settles a conflict by writing the chosen value: an ordinary edit, logged, undoable,
    /// and published like any other, so the other laptops settle it too.
    pub fn settle_conflict(&mut self, id: ConflictId, keep: Kept, now: DateTime<Utc>) -> Result<(), SyncError> {
        let found: Option<(String, String, String, Option<String>, Option<String>)> = self
            .db()
            .query_row(
                "SELECT entity, record_id, field, mine, theirs FROM sync_conflict WHERE id = ?1 AND settled_at IS NULL",
                [id.to_string()],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let (entity, record_id, field, mine, theirs) = found.ok_or(SyncError::ConflictNotFound)?;
        let entity = Entity::parse(&entity).ok_or(SyncError::ConflictNotFound)?;
        let parse = |v: Option<String>| v.and_then(|t| serde_json::from_str::<Json>(&t).ok()).unwrap_or(Json::Null);
        let (chosen, other) = match keep {
            Kept::Mine => (parse(mine), parse(theirs)),
            Kept::Theirs => (parse(theirs), parse(mine)),
        };
        self.edit(now, |db, stamp| {
            let Some(Json::Object(mut before)) = rows::snapshot(db, entity, &record_id)? else {
                return Err(EditError::RecordNotFound);
            };
            if !before.contains_key(&field) {
                return Err(EditError::RecordNotFound);
            }
            // The field column comes from the row itself, never from input.
            let sql = format!("UPDATE {} SET {field} = ?2, updated_at = ?3, updated_by = ?4 WHERE id = ?1", entity.table());
            let value = if field == "deleted_at" && !chosen.is_null() { Json::from(stamp.at.to_rfc3339()) } else { chosen.clone() };
            db.execute(&sql, params![record_id, rows::sql_of(&value), stamp.at, stamp.device.to_string()])?;
            // Keeping the value already there is still a choice the others must hear about:
            // the write is logged as replacing the other value.
            if before.get(&field) == Some(&value) {
                before.insert(field.clone(), other.clone());
            }
            record_change(db, entity, &record_id, Action::Update, Some(Json::Object(before)), stamp)?;
            db.execute("UPDATE sync_conflict SET settled_at = ?2 WHERE id = ?1", params![id.to_string(), stamp.at])?;
            Ok(())
        })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DeviceId, NewPerson};
    use tejido_vault::{KdfPolicy, SecretString, VaultOptions};

    fn options() -> VaultOptions {
        VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() }
    }

    fn pass() -> SecretString {
        SecretString::from("a long enough passphrase".to_owned())
    }

    /// Laptop A and laptop B, which joined from A's invitation and was confirmed there.
    fn pair(dir: &Path, now: DateTime<Utc>) -> (Session, Session) {
        let (mut a, _) = Session::create(&dir.join("a"), &pass(), "Cooperativa", &options(), DeviceId::new(), now).unwrap();
        a.start_sync("A", now).unwrap();
        let invitation = a.invite("B", now).unwrap();
        let (mut b, _, code) = Session::join(&dir.join("b"), &pass(), &invitation.bytes, &invitation.code, &options(), now).unwrap();
        b.publish(now).unwrap();
        carry(&b, &a);
        a.import(now).unwrap();
        a.confirm_laptop(&code, now).unwrap();
        a.publish(now).unwrap();
        carry(&a, &b);
        b.import(now).unwrap();
        (a, b)
    }

    /// `from`'s own change and state files copied into `to`'s sync folder, as Syncthing would.
    fn carry(from: &Session, to: &Session) {
        let id = from.laptop_id().unwrap().unwrap().to_string();
        for (sub, name) in [(folder::CHANGES, id.as_str()), (folder::STATE, "")] {
            let dir = from.sync_folder().join(sub).join(name);
            let target = to.sync_folder().join(sub).join(name);
            std::fs::create_dir_all(&target).unwrap();
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                if sub == folder::CHANGES || entry.file_name().to_string_lossy().starts_with(&id) {
                    std::fs::copy(entry.path(), target.join(entry.file_name())).unwrap();
                }
            }
        }
    }

    fn person(pseudonym: &str) -> NewPerson {
        NewPerson { pseudonym: pseudonym.into(), ..NewPerson::default() }
    }

    fn noted(session: &Session, id: crate::PersonId, notes: &str) -> NewPerson {
        let p = session.person(id).unwrap();
        NewPerson { pseudonym: p.pseudonym, notes: notes.into(), role: p.role, ..NewPerson::default() }
    }

    #[test]
    fn one_import_parses_this_laptops_keys_once() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc::now();
        let (mut a, mut b) = pair(dir.path(), now);
        a.add_person(person("Colibrí"), now).unwrap();
        a.publish(now).unwrap();
        carry(&a, &b);
        KEY_PARSES.with(|n| n.set(0));
        let report = b.import(now).unwrap();
        assert_eq!(report.files, 1);
        assert!(b.find_person("Colibrí").is_ok());
        assert_eq!(KEY_PARSES.with(|n| n.get()), 1, "applying, publishing the state and cleaning up share one parse");
    }

    #[test]
    fn one_import_reads_each_row_it_writes_once() {
        let dir = tempfile::tempdir().unwrap();
        let now = Utc::now();
        let (mut a, mut b) = pair(dir.path(), now);
        let ids: Vec<_> = (0..6).map(|i| a.add_person(person(&format!("p{i}")), now).unwrap().id).collect();
        a.publish(now).unwrap();
        carry(&a, &b);
        b.import(now).unwrap();
        for id in &ids {
            a.update_person(*id, noted(&a, *id, "changed on A"), now).unwrap();
        }
        a.add_person(person("new on A"), now).unwrap();
        a.publish(now).unwrap();
        carry(&a, &b);
        rows::SNAPSHOTS.with(|n| n.set(0));
        let report = b.import(now).unwrap();
        assert_eq!(report.files, 1);
        assert_eq!(b.person(ids[0]).unwrap().notes, "changed on A");
        // The trust check reads only laptops and contacts: a person is read once, to merge.
        assert_eq!(rows::SNAPSHOTS.with(|n| n.get()), ids.len() + 1, "one read per write applied");
    }

    /// Every row of the tables a sync file may write, with the clocks and the conflicts found
    /// (their random ids and the time found aside).
    fn contents(db: &Connection) -> Vec<String> {
        let mut out = Vec::new();
        for sql in [
            "SELECT * FROM person ORDER BY id",
            "SELECT * FROM sync_clock ORDER BY entity, record_id, field",
            "SELECT entity, record_id, field, kind, mine, theirs, kept, mine_at, mine_by, theirs_at, theirs_by, settled_at FROM sync_conflict
             ORDER BY entity, record_id, field, kind, theirs, mine",
        ] {
            let mut stmt = db.prepare(sql).unwrap();
            let columns = stmt.column_count();
            let rows = stmt
                .query_map([], |r| Ok((0..columns).map(|i| rows::json_of(r.get_ref(i).unwrap()).to_string()).collect::<Vec<_>>().join("|")))
                .unwrap();
            out.extend(rows.map(Result::unwrap));
        }
        out
    }

    fn copy_of(db: &Connection) -> Connection {
        let bytes = db.serialize(rusqlite::MAIN_DB).unwrap();
        let mut copy = Connection::open_in_memory().unwrap();
        copy.deserialize_read_exact(rusqlite::MAIN_DB, &bytes[..], bytes.len(), false).unwrap();
        copy
    }

    fn apply_all(db: &mut Connection, entries: &[merge::Entry], now: DateTime<Utc>) {
        let tx = db.transaction().unwrap();
        for entry in entries {
            merge::apply(&tx, Entity::parse(&entry.entity).unwrap(), entry, now).unwrap();
        }
        tx.commit().unwrap();
    }

    /// Only the changed fields travel: applying them gives the same rows, clocks and conflicts
    /// as applying the whole rows before and after, on a laptop that edited some of the same
    /// records meanwhile (the same field, other fields, a removal) and has a record of its own.
    #[test]
    fn the_changed_fields_apply_exactly_as_the_whole_rows() {
        let dir = tempfile::tempdir().unwrap();
        let t0 = Utc::now();
        let at = |s: i64| t0 + chrono::Duration::seconds(s);
        let (mut a, mut b) = pair(dir.path(), t0);
        let ps: Vec<_> = (0..5).map(|i| a.add_person(person(&format!("p{i}")), at(1)).unwrap().id).collect();
        a.publish(at(1)).unwrap();
        let q = b.add_person(person("q, B's own"), at(1)).unwrap().id;
        b.publish(at(1)).unwrap();
        carry(&a, &b);
        carry(&b, &a);
        b.import(at(1)).unwrap();
        a.import(at(1)).unwrap();
        let published = me(a.db()).unwrap().unwrap().published_upto;

        // B, concurrently: the same field (earlier and later than A), another field, a removal.
        b.update_person(ps[0], noted(&b, ps[0], "B early"), at(2)).unwrap();
        b.update_person(ps[1], noted(&b, ps[1], "B late"), at(9)).unwrap();
        let mut renamed = noted(&b, ps[2], "");
        renamed.pseudonym = "renamed on B".into();
        b.update_person(ps[2], renamed, at(3)).unwrap();
        b.remove_person(ps[3], at(3)).unwrap();
        b.remove_person(ps[4], at(3)).unwrap();

        // A: several writes of one field, other fields, a change to a record B removed, a
        // removal, a new record, and a change to B's record (which travels whole).
        a.update_person(ps[0], noted(&a, ps[0], "A first"), at(4)).unwrap();
        a.update_person(ps[0], noted(&a, ps[0], "A second"), at(5)).unwrap();
        a.update_person(ps[1], noted(&a, ps[1], "A, lost to B"), at(5)).unwrap();
        a.update_person(ps[2], noted(&a, ps[2], "A's notes"), at(5)).unwrap();
        a.update_person(ps[3], noted(&a, ps[3], "A, on what B removed"), at(5)).unwrap();
        a.remove_person(ps[4], at(6)).unwrap();
        a.add_person(person("new on A"), at(6)).unwrap();
        a.update_person(q, noted(&a, q, "A on B's record"), at(7)).unwrap();

        let me_a = me(a.db()).unwrap().unwrap().id;
        let whole = unpublished(a.db(), published).unwrap();
        let lean = lean_entries(a.db(), &me_a, whole.clone()).unwrap();
        let fields = |entries: &[merge::Entry]| entries.iter().map(|e| e.after.len() + e.before.as_ref().map_or(0, |b| b.len())).sum::<usize>();
        assert!(fields(&lean) * 2 < fields(&whole), "{} of {} fields travel", fields(&lean), fields(&whole));
        let of_q = lean.iter().find(|e| e.id == q.to_string()).unwrap();
        assert_eq!(Some(of_q), whole.iter().find(|e| e.id == q.to_string()), "another laptop's record travels whole");

        let (mut by_whole, mut by_lean) = (copy_of(b.db()), copy_of(b.db()));
        apply_all(&mut by_whole, &whole, at(10));
        apply_all(&mut by_lean, &lean, at(10));
        let (expected, got) = (contents(&by_whole), contents(&by_lean));
        assert!(expected.iter().any(|r| r.contains("A second")) && expected.iter().any(|r| r.contains("field")), "{expected:#?}");
        assert_eq!(got, expected);
    }
}

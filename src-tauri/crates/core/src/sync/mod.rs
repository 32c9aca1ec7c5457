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

mod file;
mod folder;
pub mod lan;
mod local_network;
mod merge;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};
use tejido_i18n::{Locale, Localized};
use tejido_vault::{RecoveryKey, SecretString, VaultOptions};
use zeroize::Zeroizing;

use crate::change::{Action, Entity, record_change};
use crate::db::records::{self, Record, required};
use crate::db::rows;
use crate::error::{EditError, OpenVaultError};
use crate::escalation::{OwnKeys, fingerprint};
use crate::ids::{ConflictId, DeviceId, LaptopId};
use crate::session::Session;

pub use folder::Copied;
pub use local_network::{DEFAULT_LISTEN, LanSettings, SYNCTHING_DIR};
pub(crate) use merge::{Clock, note_local_write};
pub use merge::{ConflictKind, Kept};

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
}

impl Record for Laptop {
    const ENTITY: Entity = Entity::SyncDevice;
    const JSON_COLUMNS: &'static [&'static str] = &["joined_from"];
    const ORDER_BY: &'static str = "created_at";
    fn key(&self) -> String {
        self.id.to_string()
    }
    fn validate(&mut self) -> Result<(), EditError> {
        required(&mut self.name)
    }
}

/// Sync went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SyncError {
    /// Editing the vault failed.
    #[error(transparent)]
    Edit(#[from] EditError),
    /// Creating the joining vault failed.
    #[error(transparent)]
    Open(#[from] OpenVaultError),
    /// A folder or file could not be read or written.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Folder {
        /// Where.
        path: PathBuf,
        /// The system's reason.
        detail: String,
    },
    /// This laptop has not joined a group yet.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NotStarted,
    /// The invitation is not one, or the code is wrong.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    BadInvitation,
    /// A laptop cannot remove itself.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    CannotRemoveSelf,
    /// The conflict was already settled or is unknown.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    ConflictNotFound,
    /// Syncthing could not be set up or started.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Lan {
        /// What went wrong.
        detail: String,
    },
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        SyncError::Edit(e.into())
    }
}

impl Localized for SyncError {
    fn message_id(&self) -> &'static str {
        match self {
            SyncError::Edit(e) => e.message_id(),
            SyncError::Open(e) => e.message_id(),
            SyncError::Folder { .. } => "err-sync-folder",
            SyncError::NotStarted => "err-sync-not-started",
            SyncError::BadInvitation => "err-sync-bad-invitation",
            SyncError::CannotRemoveSelf => "err-sync-remove-self",
            SyncError::ConflictNotFound => "err-sync-conflict-not-found",
            SyncError::Lan { .. } => "err-sync-lan",
        }
    }

    fn hint_id(&self) -> Option<&'static str> {
        match self {
            SyncError::Edit(e) => e.hint_id(),
            SyncError::Open(e) => e.hint_id(),
            SyncError::Folder { .. } => Some("rec-sync-folder"),
            SyncError::BadInvitation => Some("rec-sync-bad-invitation"),
            SyncError::Lan { .. } => Some("rec-sync-lan"),
            _ => None,
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            SyncError::Edit(e) => e.message_args(),
            SyncError::Open(e) => e.message_args(),
            SyncError::Folder { path, detail } => vec![("path", path.display().to_string()), ("detail", detail.clone())],
            SyncError::Lan { detail } => vec![("detail", detail.clone())],
            _ => Vec::new(),
        }
    }
}

fn folder_error(path: &Path) -> impl FnOnce(std::io::Error) -> SyncError + '_ {
    move |e| SyncError::Folder { path: path.to_owned(), detail: e.to_string() }
}

/// This laptop in its group (local: never synced).
struct Me {
    id: String,
    keys: OwnKeys,
    published_upto: i64,
    next_seq: i64,
    sealed_for: Vec<String>,
}

fn me(db: &Connection) -> Result<Option<Me>, SyncError> {
    let row = db
        .query_row("SELECT id, sealing, signing, published_upto, next_seq, sealed_for FROM sync_self", [], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Zeroizing::new(r.get::<_, String>(1)?),
                Zeroizing::new(r.get::<_, String>(2)?),
                r.get(3)?,
                r.get(4)?,
                r.get::<_, String>(5)?,
            ))
        })
        .optional()?;
    let Some((id, sealing, signing, published_upto, next_seq, sealed_for)) = row else { return Ok(None) };
    let keys = OwnKeys::from_secrets(&sealing, &signing).map_err(|e| EditError::Database { detail: e.to_string() })?;
    Ok(Some(Me { id, keys, published_upto, next_seq, sealed_for: serde_json::from_str(&sealed_for).unwrap_or_default() }))
}

fn insert_me(db: &Connection, id: LaptopId, keys: &OwnKeys, published_upto: i64) -> rusqlite::Result<()> {
    let (sealing, signing) = keys.to_secrets();
    db.execute(
        "INSERT INTO sync_self (id, sealing, signing, published_upto) VALUES (?1, ?2, ?3, ?4)",
        params![id.to_string(), sealing.as_str(), signing.as_str(), published_upto],
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

/// Laptops whose files are sealed to: everyone not removed.
fn active(laptops: &[Laptop]) -> Vec<&Laptop> {
    laptops.iter().filter(|l| l.removed_on.is_none()).collect()
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

/// An invitation for a new laptop: the file to hand over and the code to read aloud.
#[derive(Debug, Clone)]
pub struct Invitation {
    /// The sealed invitation.
    pub bytes: Vec<u8>,
    /// The one-time code it is sealed with.
    pub code: String,
    /// The new laptop's fingerprint, which the new laptop shows too.
    pub fingerprint: String,
    /// The new laptop.
    pub laptop: LaptopId,
}

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct InvitationContent {
    format: u32,
    vault: String,
    laptop: LaptopId,
    sealing: String,
    signing: String,
    snapshot: Snapshot,
}

/// Every synced row, deleted or not, and the clock of every field: what a new laptop
/// starts from.
#[derive(Serialize, Deserialize)]
struct Snapshot {
    schema: i64,
    tables: BTreeMap<String, Vec<Map<String, Json>>>,
    clocks: Vec<(String, String, String, Clock, Option<String>)>,
}

fn take_snapshot(db: &Connection) -> rusqlite::Result<Snapshot> {
    let mut tables = BTreeMap::new();
    for entity in Entity::ALL {
        let mut stmt = db.prepare(&format!("SELECT id FROM {}", entity.table()))?;
        let ids: Vec<String> = stmt.query_map([], |r| r.get(0))?.collect::<Result<_, _>>()?;
        let mut rows_out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(Json::Object(row)) = rows::snapshot(db, entity, &id)? {
                rows_out.push(row);
            }
        }
        tables.insert(entity.table().to_owned(), rows_out);
    }
    let mut stmt = db.prepare("SELECT entity, record_id, field, at, device, seq, was FROM sync_clock")?;
    let clocks = stmt
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, Clock { at: r.get(3)?, device: r.get(4)?, seq: r.get(5)? }, r.get(6)?))
        })?
        .collect::<Result<_, _>>()?;
    Ok(Snapshot { schema: schema(db), tables, clocks })
}

const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// Five groups of four letters and digits (100 bits), none that read alike (no O/0, I/1).
fn new_code() -> String {
    use rand::Rng;
    let mut rng = rand::rngs::OsRng;
    (0..5)
        .map(|_| (0..4).map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char).collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// A code as typed: case and spaces or dashes do not matter.
fn normal_code(code: &str) -> String {
    let letters: String = code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    letters.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// One laptop as the sync screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LaptopView {
    /// Its id.
    pub id: LaptopId,
    /// Its name.
    pub name: String,
    /// Its key's fingerprint, eight groups to read aloud.
    pub fingerprint: String,
    /// Whether it is this laptop.
    pub me: bool,
    /// When it was removed.
    pub removed_on: Option<DateTime<Utc>>,
    /// How many of its change files this laptop has applied (its own: published).
    pub files: i64,
}

/// A value in conflict, as the list shows it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictView {
    /// Its id.
    pub id: ConflictId,
    /// What kind of record.
    pub entity: Entity,
    /// Which record.
    pub record_id: String,
    /// The record's title or name, as far as it has one.
    pub label: String,
    /// The field (a column name).
    pub field: String,
    /// Same field changed on both, or removed against changed.
    pub kind: ConflictKind,
    /// This laptop's value, as text.
    pub mine: String,
    /// The other laptop's value, as text.
    pub theirs: String,
    /// Which one the record holds now.
    pub kept: Kept,
    /// The laptop whose value came in.
    pub theirs_by: String,
    /// When that value was written.
    pub theirs_at: DateTime<Utc>,
    /// When this laptop's value was written, if known.
    pub mine_at: Option<DateTime<Utc>>,
}

/// A file that was refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RefusedFile {
    /// The file, inside the sync folder.
    pub path: String,
    /// `unreadable`, `forged`, `removed` or `other-vault`.
    pub reason: String,
    /// When it was found.
    pub found_at: DateTime<Utc>,
}

/// Everything the sync screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncScreen {
    /// Whether this laptop is in a group.
    pub started: bool,
    /// The laptops, this one first.
    pub laptops: Vec<LaptopView>,
    /// Values to settle, newest first.
    pub conflicts: Vec<ConflictView>,
    /// Files refused.
    pub refused: Vec<RefusedFile>,
    /// Edits made here not yet in a change file.
    pub unpublished: u32,
    /// The vault's sync folder (share it with Syncthing, or copy it with a stick).
    pub folder: PathBuf,
}

/// A JSON value as a person reads it.
fn shown(value: &Json) -> String {
    match value {
        Json::Null => String::new(),
        Json::String(s) => match serde_json::from_str::<Json>(s) {
            // Lists are stored as JSON text.
            Ok(Json::Array(items)) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
            _ => s.clone(),
        },
        Json::Array(items) => items.iter().map(shown).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// A record's title as far as it has one.
fn label_of(row: Option<&Json>) -> String {
    let Some(Json::Object(row)) = row else { return String::new() };
    ["title", "name", "pseudonym", "label", "text", "summary"]
        .iter()
        .find_map(|f| row.get(*f).and_then(Json::as_str).filter(|s| !s.is_empty()))
        .map(|s| s.chars().take(80).collect())
        .unwrap_or_default()
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
        };
        self.edit(now, |db, stamp| {
            let published: i64 = db.query_row("SELECT COALESCE(MAX(seq), 0) FROM change_log", [], |r| r.get(0))?;
            insert_me(db, id, &keys, published)?;
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
        let Some(me) = me(self.db())? else { return Ok(None) };
        let root = self.sync_folder();
        let laptops = self.laptops()?;
        let recipients: Vec<String> = active(&laptops).iter().map(|l| l.recipient.clone()).collect();
        self.reseal_if_needed(&me, &laptops)?;
        let db = self.db();
        let mut stmt = db.prepare_cached(
            "SELECT seq, at, device, entity, entity_id, before, after FROM change_log WHERE seq > ?1 ORDER BY seq",
        )?;
        let entries: Vec<merge::Entry> = stmt
            .query_map([me.published_upto], |r| {
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
            .collect::<Result<_, _>>()?;
        drop(stmt);
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
                applied: applied(db)?,
            };
            let bytes = file::seal(&envelope, &recipients, &me.keys).map_err(|e| EditError::Database { detail: format!("{e:?}") })?;
            let path = folder::change_path(&root, &me.id, seq);
            folder::publish(&path, &bytes).map_err(folder_error(&path))?;
            self.vault_mut().db_mut().execute(
                "UPDATE sync_self SET published_upto = ?1, next_seq = ?2",
                params![last, seq + 1],
            )?;
            self.mark_unsaved();
            published = Some(seq);
        }
        self.publish_state(now)?;
        if let Some(lan) = &self.lan {
            // Syncthing's watcher would notice within seconds; asking makes it a tenth of one.
            let _ = lan.rescan();
        }
        Ok(published)
    }

    /// Reseals this laptop's change files when the group changed: a laptop added since they
    /// were written could not read them, a removed one should not read later ones.
    fn reseal_if_needed(&mut self, me: &Me, laptops: &[Laptop]) -> Result<(), SyncError> {
        let group: Vec<String> = active(laptops).iter().map(|l| l.id.to_string()).collect();
        if group == me.sealed_for {
            return Ok(());
        }
        let recipients: Vec<String> = active(laptops).iter().map(|l| l.recipient.clone()).collect();
        let root = self.sync_folder();
        for (_, path) in folder::change_files(&root).into_iter().filter(|(l, _)| *l == me.id).flat_map(|(_, f)| f) {
            let bytes = std::fs::read(&path).map_err(folder_error(&path))?;
            let Ok((envelope, _, _)) = file::open(&bytes, &me.keys) else { continue };
            let resealed = file::seal(&envelope, &recipients, &me.keys).map_err(|e| EditError::Database { detail: format!("{e:?}") })?;
            folder::publish(&path, &resealed).map_err(folder_error(&path))?;
        }
        self.vault_mut()
            .db_mut()
            .execute("UPDATE sync_self SET sealed_for = ?1", [serde_json::to_string(&group).expect("serialises")])?;
        self.mark_unsaved();
        Ok(())
    }

    /// Writes what this laptop has applied, so the others know which of their files they
    /// may clean up.
    fn publish_state(&mut self, now: DateTime<Utc>) -> Result<(), SyncError> {
        let Some(me) = me(self.db())? else { return Ok(()) };
        let db = self.db();
        let laptops = self.laptops()?;
        let recipients: Vec<String> = active(&laptops).iter().map(|l| l.recipient.clone()).collect();
        // Every laptop this one knows is listed, applied or not: a laptop that learns of the
        // list keeps its files until the newcomers it did not know about have them too.
        let mut state = applied(db)?;
        for laptop in active(&laptops) {
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
            applied: state,
        };
        let bytes = file::seal(&envelope, &recipients, &me.keys).map_err(|e| EditError::Database { detail: format!("{e:?}") })?;
        let path = folder::state_path(&self.sync_folder(), &me.id);
        folder::publish(&path, &bytes).map_err(folder_error(&path))
    }

    /// Applies every other laptop's change files in the sync folder that can be applied:
    /// each laptop's in order, stopping at a gap, each file in one transaction with the
    /// record that it was applied. Then publishes this laptop's state and cleans up.
    pub fn import(&mut self, now: DateTime<Utc>) -> Result<ImportReport, SyncError> {
        let Some(me) = me(self.db())? else { return Ok(ImportReport::default()) };
        let root = self.sync_folder();
        let own_schema = schema(self.db());
        let vault = vault_id(self.db())?;
        let mut report = ImportReport::default();
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
                    let bytes = std::fs::read(&path).map_err(folder_error(&path))?;
                    if self.already_refused(&relative, bytes.len())? {
                        break;
                    }
                    if author.accepted_upto.is_some_and(|upto| author.removed_on.is_some() && seq > upto) {
                        self.refuse(&relative, bytes.len(), "removed", now)?;
                        pass.refused += 1;
                        break;
                    }
                    let (envelope, payload, signature) = match file::open(&bytes, &me.keys) {
                        Ok(opened) => opened,
                        Err(file::Problem::NotForMe) => {
                            pass.waiting += 1;
                            break;
                        }
                        Err(_) => {
                            self.refuse(&relative, bytes.len(), "unreadable", now)?;
                            pass.refused += 1;
                            break;
                        }
                    };
                    let genuine = file::verify(&envelope, &payload, &signature, &author.signing_key).is_ok()
                        && envelope.kind == file::Kind::Changes
                        && envelope.device == laptop
                        && envelope.seq == seq;
                    if !genuine || envelope.vault != vault {
                        self.refuse(&relative, bytes.len(), if genuine { "other-vault" } else { "forged" }, now)?;
                        pass.refused += 1;
                        break;
                    }
                    if envelope.format > file::FORMAT || envelope.schema > own_schema {
                        pass.held += 1;
                        break;
                    }
                    let tx = self.vault_mut().db_mut().transaction()?;
                    for entry in &envelope.entries {
                        // A table this version does not know cannot come from an older schema.
                        let Some(entity) = Entity::parse(&entry.entity) else { continue };
                        let applied = merge::apply(&tx, entity, entry, now)?;
                        pass.fields += applied.fields as u32;
                        pass.conflicts += applied.conflicts as u32;
                    }
                    tx.execute(
                        "INSERT INTO sync_applied (device, seq) VALUES (?1, ?2)
                         ON CONFLICT (device) DO UPDATE SET seq = excluded.seq",
                        params![laptop, seq],
                    )?;
                    tx.commit()?;
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
        self.publish(now)?;
        self.clean_up()?;
        self.save()?;
        Ok(report)
    }

    fn already_refused(&self, path: &str, size: usize) -> Result<bool, SyncError> {
        Ok(self
            .db()
            .query_row("SELECT 1 FROM sync_refused WHERE path = ?1 AND size = ?2", params![path, size as i64], |_| Ok(()))
            .optional()?
            .is_some())
    }

    fn refuse(&mut self, path: &str, size: usize, reason: &str, now: DateTime<Utc>) -> Result<(), SyncError> {
        self.vault_mut().db_mut().execute(
            "INSERT INTO sync_refused (path, size, reason, found_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (path) DO UPDATE SET size = excluded.size, reason = excluded.reason, found_at = excluded.found_at",
            params![path, size as i64, reason, now],
        )?;
        self.mark_unsaved();
        Ok(())
    }

    /// Deletes this laptop's change files that every laptop of the group has applied (by
    /// their state files, or because they joined from a snapshot that covered them).
    fn clean_up(&mut self) -> Result<u32, SyncError> {
        let Some(me) = me(self.db())? else { return Ok(0) };
        let root = self.sync_folder();
        let laptops = self.laptops()?;
        let mut covered = i64::MAX;
        let states: BTreeMap<String, PathBuf> = folder::state_files(&root).into_iter().collect();
        for laptop in active(&laptops).into_iter().filter(|l| l.id.to_string() != me.id) {
            let from_join = laptop.joined_from.get(&me.id).copied().unwrap_or(0);
            let state = states
                .get(&laptop.id.to_string())
                .and_then(|path| std::fs::read(path).ok())
                .and_then(|bytes| file::open(&bytes, &me.keys).ok())
                .filter(|(e, p, s)| {
                    e.kind == file::Kind::State
                        && e.device == laptop.id.to_string()
                        && file::verify(e, p, s, &laptop.signing_key).is_ok()
                })
                .map(|(e, _, _)| e.applied)
                .unwrap_or_default();
            // A laptop this one has not heard of yet may still need every file.
            if state.keys().any(|id| !laptops.iter().any(|l| l.id.to_string() == *id)) {
                return Ok(0);
            }
            let from_state = state.get(&me.id).copied().unwrap_or(0);
            covered = covered.min(from_join.max(from_state));
        }
        let mut removed = 0;
        for (seq, path) in folder::change_files(&root).into_iter().filter(|(l, _)| *l == me.id).flat_map(|(_, f)| f) {
            if seq <= covered {
                std::fs::remove_file(&path).map_err(folder_error(&path))?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// Publishes, copies missing files both ways with a stick's `tejido-sync/<vault>`
    /// folder, imports what came, and publishes again (the state, for clean-up).
    pub fn copy_with_stick(&mut self, stick: &Path, now: DateTime<Utc>) -> Result<StickReport, SyncError> {
        let Some(me) = me(self.db())? else { return Err(SyncError::NotStarted) };
        self.publish(now)?;
        let stick_root = stick.join(STICK_DIR).join(vault_id(self.db())?);
        std::fs::create_dir_all(&stick_root).map_err(folder_error(&stick_root))?;
        let local = self.sync_folder();
        let mut copied = folder::copy_with_stick(&local, &stick_root, &me.id).map_err(folder_error(&stick_root))?;
        let imported = self.import(now)?;
        // The state and any clean-up after importing go back onto the stick too.
        let again = folder::copy_with_stick(&local, &stick_root, &me.id).map_err(folder_error(&stick_root))?;
        copied.to_stick += again.to_stick;
        copied.from_stick += again.from_stick;
        Ok(StickReport { copied, imported })
    }

    /// Adds a laptop called `name` to the group and makes its invitation: a snapshot of the
    /// vault and the new laptop's keys, sealed with a one-time code.
    pub fn invite(&mut self, name: &str, now: DateTime<Utc>) -> Result<Invitation, SyncError> {
        let Some(inviter) = me(self.db())? else { return Err(SyncError::NotStarted) };
        // Everything edited so far goes out first, so the snapshot's state covers it.
        self.publish(now)?;
        let published = me(self.db())?.map_or(inviter.next_seq, |m| m.next_seq) - 1;
        let keys = OwnKeys::generate();
        let id = LaptopId::new();
        let mut joined_from = applied(self.db())?;
        joined_from.insert(inviter.id.clone(), published);
        let laptop = Laptop {
            id,
            name: name.to_owned(),
            recipient: keys.recipient(),
            signing_key: keys.signing_key(),
            joined_from,
            removed_on: None,
            accepted_upto: None,
        };
        self.edit(now, |db, stamp| records::save(db, laptop, stamp).map(drop))?;
        let (sealing, signing) = keys.to_secrets();
        let content = InvitationContent {
            format: file::FORMAT,
            vault: vault_id(self.db())?,
            laptop: id,
            sealing: sealing.to_string(),
            signing: signing.to_string(),
            snapshot: take_snapshot(self.db())?,
        };
        let json = Zeroizing::new(serde_json::to_vec(&content).expect("an invitation serialises"));
        let code = new_code();
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(code.clone()));
        recipient.set_work_factor(self.vault().kdf().work_factor());
        let bytes = age::encrypt(&recipient, &json).map_err(|e| EditError::Database { detail: e.to_string() })?;
        // The new laptop's registration goes out too, so the others learn of it.
        self.publish(now)?;
        Ok(Invitation { bytes, code, fingerprint: fingerprint(&keys.signing_key()), laptop: id })
    }

    /// Creates a vault in `dir` for a new laptop from an invitation and its code: the
    /// snapshot's rows, this laptop's keys, and what the snapshot already covers.
    pub fn join(
        dir: &Path,
        passphrase: &SecretString,
        invitation: &[u8],
        code: &str,
        options: &VaultOptions,
        now: DateTime<Utc>,
    ) -> Result<(Session, RecoveryKey, String), SyncError> {
        let mut identity = age::scrypt::Identity::new(SecretString::from(normal_code(code)));
        identity.set_max_work_factor(options.kdf.max_work_factor());
        let json = Zeroizing::new(age::decrypt(&identity, invitation).map_err(|_| SyncError::BadInvitation)?);
        let content: InvitationContent = serde_json::from_slice(&json).map_err(|_| SyncError::BadInvitation)?;
        if content.format > file::FORMAT || content.snapshot.schema > crate::db::migrations::latest_version() {
            return Err(OpenVaultError::SchemaTooNew.into());
        }
        let keys = OwnKeys::from_secrets(&content.sealing, &content.signing).map_err(|_| SyncError::BadInvitation)?;
        let collective = content.snapshot.tables.get("collective").and_then(|rows| rows.first());
        let name = collective.and_then(|c| c.get("name")).and_then(Json::as_str).unwrap_or("Tejido").to_owned();
        let laptop_row = content
            .snapshot
            .tables
            .get(Entity::SyncDevice.table())
            .and_then(|rows| rows.iter().find(|r| r.get("id").and_then(Json::as_str) == Some(&content.laptop.to_string())))
            .ok_or(SyncError::BadInvitation)?;
        let joined_from: BTreeMap<String, i64> = laptop_row
            .get("joined_from")
            .and_then(Json::as_str)
            .and_then(|t| serde_json::from_str(t).ok())
            .unwrap_or_default();
        let (mut session, recovery) = Session::create(dir, passphrase, &name, options, DeviceId(content.laptop.0), now)?;
        let db = session.vault_mut().db_mut();
        let tx = db.transaction()?;
        tx.execute("DELETE FROM collective", [])?;
        for entity in Entity::ALL {
            for row in content.snapshot.tables.get(entity.table()).into_iter().flatten() {
                rows::restore(&tx, entity, row)?;
            }
        }
        for (entity, record_id, field, clock, was) in &content.snapshot.clocks {
            tx.execute(
                "INSERT OR REPLACE INTO sync_clock (entity, record_id, field, at, device, seq, was) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![entity, record_id, field, clock.at, clock.device, clock.seq, was],
            )?;
        }
        for (laptop, seq) in &joined_from {
            tx.execute("INSERT INTO sync_applied (device, seq) VALUES (?1, ?2)", params![laptop, seq])?;
        }
        insert_me(&tx, content.laptop, &keys, 0)?;
        tx.commit()?;
        session.mark_unsaved();
        session.save()?;
        Ok((session, recovery, fingerprint(&keys.signing_key())))
    }

    /// Removes a laptop from the group (lost, stolen, given away): its files after the last
    /// one this laptop applied are refused, and later files are no longer sealed to it.
    pub fn remove_laptop(&mut self, id: LaptopId, now: DateTime<Utc>) -> Result<(), SyncError> {
        let Some(me) = me(self.db())? else { return Err(SyncError::NotStarted) };
        if id.to_string() == me.id {
            return Err(SyncError::CannotRemoveSelf);
        }
        let mut laptop: Laptop = records::get(self.db(), &id.to_string())?.ok_or(EditError::RecordNotFound)?;
        laptop.accepted_upto = Some(applied(self.db())?.get(&laptop.id.to_string()).copied().unwrap_or(0));
        laptop.removed_on = Some(now);
        self.edit(now, |db, stamp| records::save(db, laptop, stamp).map(drop))?;
        self.publish(now)?;
        self.save()?;
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

    /// Everything the sync screen shows.
    pub fn sync_screen(&self) -> Result<SyncScreen, SyncError> {
        let db = self.db();
        let me = me(db)?;
        let done = applied(db)?;
        let laptops = self.laptops()?;
        let names: BTreeMap<String, String> = laptops.iter().map(|l| (l.id.to_string(), l.name.clone())).collect();
        let my_id = me.as_ref().map(|m| m.id.clone()).unwrap_or_default();
        let mut views: Vec<LaptopView> = laptops
            .iter()
            .map(|l| {
                let id = l.id.to_string();
                LaptopView {
                    id: l.id,
                    name: l.name.clone(),
                    fingerprint: fingerprint(&l.signing_key),
                    me: id == my_id,
                    removed_on: l.removed_on,
                    files: if id == my_id { me.as_ref().map_or(0, |m| m.next_seq - 1) } else { done.get(&id).copied().unwrap_or(0) },
                }
            })
            .collect();
        views.sort_by_key(|v| !v.me);
        let mut stmt = db.prepare(
            "SELECT id, entity, record_id, field, kind, mine, theirs, kept, theirs_by, theirs_at, mine_at
             FROM sync_conflict WHERE settled_at IS NULL ORDER BY found_at DESC, id",
        )?;
        let conflicts = stmt
            .query_map([], |r| {
                let entity: String = r.get(1)?;
                let record_id: String = r.get(2)?;
                let value = |i: usize| -> rusqlite::Result<String> {
                    let text: Option<String> = r.get(i)?;
                    Ok(text.and_then(|t| serde_json::from_str::<Json>(&t).ok()).map(|v| shown(&v)).unwrap_or_default())
                };
                let by: String = r.get(8)?;
                Ok((entity, record_id, r.get::<_, String>(0)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?, value(5)?, value(6)?, r.get::<_, String>(7)?, by, r.get(9)?, r.get(10)?))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let conflicts = conflicts
            .into_iter()
            .filter_map(|(entity, record_id, id, field, kind, mine, theirs, kept, by, theirs_at, mine_at)| {
                let entity = Entity::parse(&entity)?;
                let label = label_of(rows::snapshot(db, entity, &record_id).ok().flatten().as_ref());
                Some(ConflictView {
                    id: id.parse().ok()?,
                    entity,
                    record_id,
                    label,
                    field,
                    kind: if kind == "removed" { ConflictKind::Removed } else { ConflictKind::Field },
                    mine,
                    theirs,
                    kept: if kept == "mine" { Kept::Mine } else { Kept::Theirs },
                    theirs_by: names.get(&by).cloned().unwrap_or(by),
                    theirs_at,
                    mine_at,
                })
            })
            .collect();
        let mut stmt = db.prepare("SELECT path, reason, found_at FROM sync_refused ORDER BY found_at DESC")?;
        let refused = stmt
            .query_map([], |r| Ok(RefusedFile { path: r.get(0)?, reason: r.get(1)?, found_at: r.get(2)? }))?
            .collect::<Result<_, _>>()?;
        let unpublished: i64 = match &me {
            Some(me) => db.query_row("SELECT COUNT(*) FROM change_log WHERE seq > ?1", [me.published_upto], |r| r.get(0))?,
            None => 0,
        };
        Ok(SyncScreen { started: me.is_some(), laptops: views, conflicts, refused, unpublished: unpublished as u32, folder: self.sync_folder() })
    }

    /// Every synced row and field clock, for tests that compare laptops.
    #[doc(hidden)]
    pub fn synced_rows(&self) -> Result<BTreeMap<String, Vec<Map<String, Json>>>, SyncError> {
        let mut tables = take_snapshot(self.db())?.tables;
        for rows in tables.values_mut() {
            rows.sort_by(|a, b| a.get("id").map(Json::to_string).cmp(&b.get("id").map(Json::to_string)));
        }
        Ok(tables)
    }

    /// The losing values of open and settled conflicts (field, value), for tests.
    #[doc(hidden)]
    pub fn conflict_values(&self) -> Result<BTreeSet<(String, String, String, String)>, SyncError> {
        let mut stmt = self.db().prepare("SELECT record_id, field, kept, mine, theirs FROM sync_conflict")?;
        let rows = stmt.query_map([], |r| {
            let kept: String = r.get(2)?;
            let (mine, theirs): (Option<String>, Option<String>) = (r.get(3)?, r.get(4)?);
            let loser = if kept == "mine" { theirs } else { mine };
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, loser.unwrap_or_default(), kept))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

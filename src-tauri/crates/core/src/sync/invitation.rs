//! Invitations: how a new laptop joins a vault. The inviting laptop registers the new one
//! (an ordinary edit that syncs, so every laptop learns its keys from a laptop it trusts) and
//! seals a snapshot of the vault with the new laptop's own keys under a one-time code, read
//! aloud rather than written on the stick that carries the file.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value as Json};
use tejido_vault::{RecoveryKey, SecretString, VaultOptions};
use zeroize::Zeroizing;

use crate::store::clocks::Clock;
use super::{Laptop, SyncError, applied, file, insert_me, joined, me, note_joined, schema, trust, vault_id};
use crate::store::Entity;
use crate::store::records;
use crate::store::rows;
use crate::error::{EditError, OpenVaultError};
use crate::keys::OwnKeys;
use crate::ids::{DeviceId, LaptopId};
use crate::store::Session;

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
    /// Until when it can be used (none: made by a Tejido before invitations expired).
    #[serde(default)]
    expires: Option<DateTime<Utc>>,
    /// The laptops the inviting one had seen join: the new laptop seals to them from the
    /// start, and to the others once a file they signed arrives.
    #[serde(default)]
    joined: Vec<String>,
}

/// Every synced row, deleted or not, and the clock of every field: what a new laptop
/// starts from.
#[derive(Serialize, Deserialize)]
pub(super) struct Snapshot {
    schema: i64,
    pub(super) tables: BTreeMap<String, Vec<Map<String, Json>>>,
    clocks: Vec<(String, String, String, Clock, Option<String>)>,
}

pub(super) fn take_snapshot(db: &Connection) -> rusqlite::Result<Snapshot> {
    let mut tables = BTreeMap::new();
    for entity in Entity::all() {
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


impl Session {

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
        let expires = now + chrono::Duration::days(trust::INVITATION_DAYS);
        let mut laptop = Laptop {
            id,
            name: name.trim().to_owned(),
            recipient: keys.recipient(),
            signing_key: keys.signing_key(),
            joined_from,
            removed_on: None,
            accepted_upto: None,
            invited_by: inviter.id.parse().ok(),
            invitation: None,
            expires_at: Some(expires),
            join_id: None,
            join_recipient: None,
            join_signing_key: None,
            join_proof: None,
        };
        // Signed, so every laptop checks that a laptop of the group invited it, whoever
        // passes its registration on.
        laptop.invitation = Some(trust::sign_invitation(&inviter.keys, &vault_id(self.db())?, &laptop));
        let fingerprint = laptop.fingerprint();
        self.edit(now, |db, stamp| records::save(db, laptop, stamp).map(drop))?;
        let (sealing, signing) = keys.to_secrets();
        let content = InvitationContent {
            format: file::FORMAT,
            vault: vault_id(self.db())?,
            laptop: id,
            sealing: sealing.to_string(),
            signing: signing.to_string(),
            snapshot: take_snapshot(self.db())?,
            expires: Some(expires),
            joined: joined(self.db())?.into_keys().collect(),
        };
        let json = Zeroizing::new(serde_json::to_vec(&content).expect("an invitation serialises"));
        let code = new_code();
        let mut recipient = age::scrypt::Recipient::new(SecretString::from(code.clone()));
        recipient.set_work_factor(self.vault().kdf().work_factor());
        let bytes = age::encrypt(&recipient, &json).map_err(|e| EditError::Database { detail: e.to_string() })?;
        // The new laptop's registration goes out too, so the others learn of it.
        self.publish(now)?;
        Ok(Invitation { bytes, code, fingerprint, laptop: id })
    }


    /// Creates a vault in `dir` for a new laptop from an invitation and its code: the
    /// snapshot's rows, keys this laptop makes, and what the snapshot already covers. Returns
    /// the short code to read to the person at the inviting laptop, who types it there
    /// ([`Session::confirm_laptop`]); until then nothing of this laptop's is applied.
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
        if content.format > file::FORMAT || content.snapshot.schema > crate::store::migrations::latest_version() {
            return Err(OpenVaultError::SchemaTooNew.into());
        }
        // Used once, in time: an old invitation found on a stick does not join.
        if content.expires.is_some_and(|e| now > e) {
            return Err(SyncError::InvitationExpired);
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
        let text = |field: &str| laptop_row.get(field).and_then(Json::as_str).unwrap_or("").to_owned();
        // The keys the group knows this laptop by must be the keys it holds, or the
        // fingerprint read aloud would vouch for keys nobody here has.
        if text("recipient") != keys.recipient() || text("signing_key") != keys.signing_key() {
            return Err(SyncError::BadInvitation);
        }
        // Keys of its own, which nobody else holds, whoever copied the invitation: the
        // invitation's key signs them, and the code it shows is their fingerprint. The group
        // trusts this laptop once someone types that code.
        let own = OwnKeys::generate();
        let laptop = content.laptop.to_string();
        let join_id = uuid::Uuid::now_v7().to_string();
        let proof = trust::sign_join(&keys, &content.vault, &laptop, &join_id, &now.to_rfc3339(), &own);
        let code = trust::join_code(&proof.statement);
        let join = file::Join { id: join_id, at: now, proof: Some(proof) };
        let (mut session, recovery) = Session::create(dir, passphrase, &name, options, DeviceId(content.laptop.0), now)?;
        let db = session.vault_mut().db_mut();
        let tx = db.transaction()?;
        tx.execute("DELETE FROM collective", [])?;
        for entity in Entity::all() {
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
        insert_me(&tx, content.laptop, &own, 0, join)?;
        for laptop in &content.joined {
            note_joined(&tx, laptop, None, now)?;
        }
        if let Some(inviter) = laptop_row.get("invited_by").and_then(Json::as_str) {
            note_joined(&tx, inviter, None, now)?;
        }
        tx.commit()?;
        session.mark_unsaved();
        session.save()?;
        Ok((session, recovery, code))
    }
}

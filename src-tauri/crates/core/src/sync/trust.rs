//! What a sync file may do. A signature says which laptop wrote a file, not that what it says
//! is sound: a laptop of the group can be stolen, or run a modified Tejido. So a file is
//! checked before anything of it is applied:
//!
//! - **its shape** ([`check_entries`]): only tables sync knows, only their columns, each with
//!   its column's type; a write's id is the row's id; every clock names the file's own laptop
//!   and is not far ahead of this laptop's clock (a clock from the year 3000 would win every
//!   field for ever). A file that fails is refused whole, and the other laptops' files go on.
//! - **who may do what** ([`allowed`]): a laptop joins only with an invitation signed by the
//!   laptop that invited it; nobody changes a laptop's or a contact's keys, nor brings back a
//!   removed laptop. Such a write is left out and listed; the rest of its file applies.

use std::collections::BTreeMap;
use std::io::Cursor;

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;
use serde_json::{Map, Value as Json};

use super::Laptop;
use super::file::{Envelope, JoinProof};
use super::merge::Entry;
use crate::store::clocks::written;
use crate::store::{Action, Entity, record_change};
use crate::store::rows;
use crate::keys::{OwnKeys, fingerprint_of};
use crate::store::Stamp;

/// How far ahead of this laptop's clock a write may be dated. Laptops in the field keep
/// poor time (a time zone set as the clock is a few hours off), so a day; a file dated later
/// waits, and is applied once this laptop's clock has caught up.
pub(crate) const MAX_SKEW_HOURS: i64 = 24;
/// The most writes one change file may carry.
pub(crate) const MAX_ENTRIES: usize = 250_000;
/// How long an invitation can be used.
pub(crate) const INVITATION_DAYS: i64 = 7;

/// Why a file is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// Not a sound file: unknown table or column, wrong type, a clock of another laptop, a
    /// write whose id is not its row's.
    Invalid,
    /// Dated too far ahead of this laptop's clock: tried again later.
    Ahead,
}

impl Refusal {
    pub(crate) fn reason(self) -> &'static str {
        match self {
            Refusal::Invalid => "invalid",
            Refusal::Ahead => "clock-ahead",
        }
    }
}

/// An id as sync takes it: what Tejido makes (UUIDs, a few fixed words), nothing longer and
/// nothing that is not a letter, digit or dash.
fn sound_id(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A value fits a column of this declared type (`STRICT` tables: TEXT, INTEGER, REAL).
fn fits(declared: &str, value: &Json) -> bool {
    match (declared.to_ascii_uppercase().as_str(), value) {
        (_, Json::Null) => true,
        ("TEXT", Json::String(_)) => true,
        ("INTEGER", Json::Number(n)) => n.is_i64(),
        ("INTEGER", Json::Bool(_)) => true,
        ("REAL", Json::Number(_)) => true,
        ("ANY", _) => true,
        _ => false,
    }
}

fn columns(db: &Connection, entity: Entity) -> rusqlite::Result<BTreeMap<String, String>> {
    let mut stmt = db.prepare_cached(&format!("SELECT name, type FROM pragma_table_info('{}')", entity.table()))?;
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect()
}

/// Checks the shape of every write of a change file, before any is applied.
pub(crate) fn check_entries(db: &Connection, envelope: &Envelope, now: DateTime<Utc>) -> rusqlite::Result<Result<(), Refusal>> {
    if envelope.entries.len() > MAX_ENTRIES {
        return Ok(Err(Refusal::Invalid));
    }
    let mut tables: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    let mut ahead = false;
    for entry in &envelope.entries {
        // The file's schema is not newer than this one's (checked before), so a table this
        // version does not know was never a table.
        let Some(entity) = Entity::parse(&entry.entity) else { return Ok(Err(Refusal::Invalid)) };
        if entry.clock.device != envelope.device || entry.clock.seq < 1 {
            return Ok(Err(Refusal::Invalid));
        }
        ahead |= entry.clock.at > now + Duration::hours(MAX_SKEW_HOURS);
        let same_id = |row: &Map<String, Json>| row.get("id").and_then(Json::as_str) == Some(entry.id.as_str());
        if !sound_id(&entry.id) || !same_id(&entry.after) || entry.before.as_ref().is_some_and(|b| !same_id(b)) {
            return Ok(Err(Refusal::Invalid));
        }
        if !tables.contains_key(entity.table()) {
            tables.insert(entity.table(), columns(db, entity)?);
        }
        let known = &tables[entity.table()];
        for row in std::iter::once(&entry.after).chain(entry.before.as_ref()) {
            for (field, value) in row {
                match known.get(field) {
                    Some(declared) if fits(declared, value) => {}
                    _ => return Ok(Err(Refusal::Invalid)),
                }
            }
        }
    }
    Ok(if ahead { Err(Refusal::Ahead) } else { Ok(()) })
}

/// What an inviting laptop signs for the laptop it invites: the vault, the new laptop's id,
/// name and keys, and until when the invitation may be used.
fn invitation_statement(vault: &str, id: &str, name: &str, recipient: &str, signing_key: &str, expires: &str) -> String {
    format!("tejido laptop invitation\n{vault}\n{id}\n{name}\n{recipient}\n{signing_key}\n{expires}\n")
}

fn text<'a>(row: &'a Map<String, Json>, field: &str) -> &'a str {
    row.get(field).and_then(Json::as_str).unwrap_or("")
}

/// The inviting laptop's signature over a new laptop's registration.
pub(crate) fn sign_invitation(keys: &OwnKeys, vault: &str, laptop: &Laptop) -> String {
    let expires = laptop.expires_at.map(|e| e.to_rfc3339()).unwrap_or_default();
    let statement = invitation_statement(vault, &laptop.id.to_string(), &laptop.name, &laptop.recipient, &laptop.signing_key, &expires);
    minisign::sign(
        Some(&keys.signing_public),
        &keys.signing,
        Cursor::new(statement.as_bytes()),
        Some(&format!("tejido laptop invitation {}", laptop.id)),
        Some("a Tejido laptop invited another"),
    )
    .expect("signing in memory does not fail")
    .to_string()
}

/// Whether a laptop row (as a sync file carries it) holds a genuine invitation signed with
/// `inviter_key`.
pub(crate) fn invitation_holds(vault: &str, row: &Map<String, Json>, inviter_key: &str) -> bool {
    let expires = row.get("expires_at").and_then(Json::as_str).and_then(|e| DateTime::parse_from_rfc3339(e).ok());
    let expires = expires.map(|e| e.with_timezone(&Utc).to_rfc3339()).unwrap_or_default();
    let statement = invitation_statement(
        vault,
        text(row, "id"),
        text(row, "name"),
        text(row, "recipient"),
        text(row, "signing_key"),
        &expires,
    );
    signed_by(inviter_key, text(row, "invitation"), &statement)
}

/// Whether `signature` is `key`'s over `statement` (minisign 0.10 can panic on malformed
/// signatures, see escalation::package: that is a no).
fn signed_by(key: &str, signature: &str, statement: &str) -> bool {
    let Ok(key) = minisign::PublicKey::from_base64(key) else { return false };
    if crate::escalation::check_signature_shape(signature).is_err() {
        return false;
    }
    let Ok(signature) = minisign::SignatureBox::from_string(signature) else { return false };
    let verified = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        minisign::verify(&key, &signature, Cursor::new(statement.as_bytes()), true, false, false)
    }));
    matches!(verified, Ok(Ok(())))
}

/// A laptop's fingerprint, read aloud by both laptops when one joins: it binds the laptop's
/// id, name and both its keys, so an invitation whose recipient (or name) was swapped on the
/// way no longer matches what the inviting laptop shows.
pub fn laptop_fingerprint(id: &str, name: &str, recipient: &str, signing_key: &str) -> String {
    fingerprint_of(&["tejido laptop", id.trim(), name.trim(), recipient.trim(), signing_key.trim()])
}

/// What a new laptop's invitation key signs when it joins: the keys it made for itself.
fn join_statement(vault: &str, laptop: &str, join: &str, at: &str, recipient: &str, signing_key: &str) -> String {
    format!("tejido laptop join\n{vault}\n{laptop}\n{join}\n{at}\n{recipient}\n{signing_key}\n")
}

/// A join as its proof says, once the proof's signature checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Proposal {
    pub join: String,
    pub recipient: String,
    pub signing_key: String,
    /// The short code the new laptop shows, to be typed on a laptop of the group.
    pub code: String,
}

/// Signs, with the invitation's key, the keys a new laptop made when it joined.
pub(crate) fn sign_join(invitation: &OwnKeys, vault: &str, laptop: &str, join: &str, at: &str, own: &OwnKeys) -> JoinProof {
    let statement = join_statement(vault, laptop, join, at, &own.recipient(), &own.signing_key());
    let signature = minisign::sign(
        Some(&invitation.signing_public),
        &invitation.signing,
        Cursor::new(statement.as_bytes()),
        Some(&format!("tejido laptop join {laptop}")),
        Some("a new Tejido laptop's own keys"),
    )
    .expect("signing in memory does not fail")
    .to_string();
    JoinProof { statement, signature }
}

/// The join a proof describes, if it is signed with `invitation_key` (the key the group knows
/// the laptop by from its invitation) and is for this vault and laptop.
pub(crate) fn check_join(proof: &JoinProof, vault: &str, laptop: &str, invitation_key: &str) -> Option<Proposal> {
    if !signed_by(invitation_key, &proof.signature, &proof.statement) {
        return None;
    }
    let lines: Vec<&str> = proof.statement.lines().collect();
    let [head, v, l, join, at, recipient, signing_key] = lines.as_slice() else { return None };
    if *head != "tejido laptop join" || *v != vault || *l != laptop || !sound_id(join) {
        return None;
    }
    let sound_keys = <age::x25519::Recipient as std::str::FromStr>::from_str(recipient).is_ok()
        && minisign::PublicKey::from_base64(signing_key).is_ok();
    sound_keys.then(|| Proposal {
        join: (*join).to_owned(),
        recipient: (*recipient).to_owned(),
        signing_key: (*signing_key).to_owned(),
        code: join_code(&join_statement(vault, laptop, join, at, recipient, signing_key)),
    })
}

/// The short code a new laptop shows and a laptop of the group types: three groups of four
/// from the fingerprint of the keys it made, so a copy of the invitation joined elsewhere
/// (other keys) shows another code. 59 bits: making keys until one matches a code overheard
/// is out of reach.
pub fn join_code(statement: &str) -> String {
    fingerprint_of(&["tejido laptop join", statement]).chars().take(14).collect()
}

/// A code as typed: case, spaces and dashes do not matter.
pub(crate) fn typed_code(code: &str) -> String {
    let symbols: Vec<char> = code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    symbols.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

/// A laptop's confirmed join: written once, by a laptop of the group that typed its code.
const JOIN_FIELDS: [&str; 4] = ["join_id", "join_recipient", "join_signing_key", "join_proof"];

/// Whether a row's confirmed join (if it has one) is the one its proof says, signed with the
/// row's invitation key.
fn confirmed_join_holds(vault: &str, row: &Map<String, Json>) -> bool {
    if JOIN_FIELDS.iter().all(|f| row.get(*f).is_none_or(Json::is_null)) {
        return true;
    }
    let Some(proof) = row.get("join_proof").and_then(Json::as_str).and_then(|p| serde_json::from_str::<JoinProof>(p).ok()) else {
        return false;
    };
    check_join(&proof, vault, text(row, "id"), text(row, "signing_key")).is_some_and(|p| {
        p.join == text(row, "join_id") && p.recipient == text(row, "join_recipient") && p.signing_key == text(row, "join_signing_key")
    })
}

/// A laptop's fields no write may change once it is known.
const LAPTOP_FIXED: [&str; 7] = ["recipient", "signing_key", "joined_from", "invited_by", "invitation", "expires_at", "deleted_at"];
/// A contact's fields no write may change: its keys are what its fingerprint was checked for.
const CONTACT_FIXED: [&str; 2] = ["recipient", "signing_key"];

/// Whether a write another laptop made may change membership or contacts: `Err` says why
/// not, and the write is left out.
pub(crate) fn allowed(db: &Connection, vault: &str, entry: &Entry, laptops: &BTreeMap<String, Laptop>) -> rusqlite::Result<Result<(), &'static str>> {
    let Some(entity) = Entity::parse(&entry.entity) else { return Ok(Ok(())) };
    // Only laptops and contacts have fields no write may change: the other rows are not
    // read here (applying reads them once, in `merge::apply`).
    if !matches!(entity, Entity::SyncDevice | Entity::Contact) {
        return Ok(Ok(()));
    }
    let current = match rows::snapshot(db, entity, &entry.id)? {
        Some(Json::Object(row)) => Some(row),
        _ => None,
    };
    let changed = |fixed: &[&str]| {
        current.as_ref().is_some_and(|row| {
            written(entry.before.as_ref(), &entry.after).any(|(field, value)| fixed.contains(&field.as_str()) && row.get(field) != Some(value))
        })
    };
    Ok(match entity {
        Entity::SyncDevice => match &current {
            // A laptop this one does not know: only with its inviter's signature, from a
            // laptop still in the group.
            None => {
                let inviter = laptops.get(text(&entry.after, "invited_by")).filter(|l| l.removed_on.is_none());
                match inviter {
                    Some(inviter)
                        if invitation_holds(vault, &entry.after, inviter.key_signing())
                            && confirmed_join_holds(vault, &entry.after) =>
                    {
                        Ok(())
                    }
                    _ => Err("laptop-not-invited"),
                }
            }
            Some(row) => {
                let unremoved = row.get("removed_on").is_some_and(|r| !r.is_null())
                    && written(entry.before.as_ref(), &entry.after).any(|(f, v)| f == "removed_on" && v.is_null());
                // A join is confirmed once, by another laptop than the new one, with a proof
                // signed by the invitation's key.
                let confirming = changed(&JOIN_FIELDS);
                let confirmable = JOIN_FIELDS.iter().all(|f| row.get(*f).is_none_or(Json::is_null))
                    && entry.clock.device != entry.id
                    && {
                        let mut after = row.clone();
                        for (field, value) in written(entry.before.as_ref(), &entry.after) {
                            after.insert(field.clone(), value.clone());
                        }
                        confirmed_join_holds(vault, &after)
                    };
                if changed(&LAPTOP_FIXED) || unremoved || (confirming && !confirmable) { Err("laptop-keys") } else { Ok(()) }
            }
        },
        Entity::Contact if changed(&CONTACT_FIXED) => Err("contact-keys"),
        _ => Ok(()),
    })
}

/// Replaces the community's package keys, which a removed laptop still holds: packages
/// sealed to the old ones and the old contact file are its to read and forge from now on.
/// The old keys stay, under another id, so packages already sealed to them can still be
/// opened here. Both writes are logged, so the other laptops take the new keys too (and
/// only they: the removed laptop is sealed nothing from now on). Nothing to do before the
/// keys were first made.
pub(crate) fn replace_package_keys(db: &Connection, stamp: &Stamp) -> rusqlite::Result<bool> {
    let Some(before) = rows::snapshot(db, Entity::NetworkKey, "own")? else { return Ok(false) };
    let retired = format!("retired-{}", uuid::Uuid::now_v7());
    db.execute(
        "INSERT INTO network_key (id, sealing_secret, signing_secret, created_at, updated_at, updated_by, deleted_at)
         SELECT ?1, sealing_secret, signing_secret, created_at, ?2, ?3, ?2 FROM network_key WHERE id = 'own'",
        rusqlite::params![retired, stamp.at, stamp.device.to_string()],
    )?;
    record_change(db, Entity::NetworkKey, &retired, Action::Create, None, stamp)?;
    let keys = OwnKeys::generate();
    let (sealing, signing) = keys.to_secrets();
    db.execute(
        "UPDATE network_key SET sealing_secret = ?1, signing_secret = ?2, replaced_at = ?3, updated_at = ?3, updated_by = ?4
         WHERE id = 'own'",
        rusqlite::params![sealing.as_str(), signing.as_str(), stamp.at, stamp.device.to_string()],
    )?;
    record_change(db, Entity::NetworkKey, "own", Action::Update, Some(before), stamp)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_values_are_taken_only_in_their_shape() {
        assert!(sound_id("0198f2a0-7c1e-7b2a-9f00-1234567890ab") && sound_id("own"));
        for bad in ["", "x' OR 1=1 --", "../../etc", &"a".repeat(65)] {
            assert!(!sound_id(bad), "{bad}");
        }
        assert!(fits("TEXT", &Json::from("x")) && fits("TEXT", &Json::Null));
        assert!(!fits("TEXT", &Json::from(3)) && !fits("INTEGER", &Json::from("3")) && !fits("INTEGER", &Json::from(1.5)));
        assert!(fits("INTEGER", &Json::from(true)) && fits("REAL", &Json::from(2)));
        assert!(!fits("BLOB", &Json::from("x")), "no other column type is taken");
    }

    #[test]
    fn a_laptops_fingerprint_is_not_a_contacts() {
        let parts = ("id", "Ana", "age1x", "RWQ");
        assert_ne!(
            laptop_fingerprint(parts.0, parts.1, parts.2, parts.3),
            fingerprint_of(&["tejido contact", parts.1, "desk", parts.2, parts.3])
        );
    }
}

//! Advisory Group oversight at a network desk (ESCR-Net's Solidarity System is overseen by an
//! Advisory Group of members; La Puya's principle: no single leader holds the key).
//!
//! - A desk has **members**, each with their own keys (an age identity and a minisign key),
//!   whose secrets are sealed to the member's own passphrase: whoever opens the desk vault
//!   cannot use them. Adding or removing a member is an Advisory Group **decision**, recorded
//!   with the desk's other decisions (who took part, how); a removed member's sealed keys leave
//!   the vault in the same edit.
//! - The desk's contact file lists its current members, **signed by the desk**. A community
//!   seals a case to the members of the working group it concerns, not to the desk itself, so a
//!   removed member (no longer listed) cannot open later cases.
//! - A package sealed to members **waits sealed** in the desk vault ([`Session::keep_sealed`])
//!   until a member of its working group opens it with their passphrase
//!   ([`Session::open_sealed`]). Every opening is an entry of the **access log**: numbered,
//!   chained by SHA-256 to the entry before and signed by the member who opened it, so the
//!   Advisory Group can check it ([`Session::check_access_log`]): a changed, removed or
//!   reordered entry, or a package opened with no entry, is found.
//!
//! What it does not do: once opened, a case is kept in the desk vault like any other received
//! case, readable by whoever opens that vault (a desk that must keep working groups apart keeps
//! one vault per group). The log and the waiting packages stay on the laptop that received them:
//! they do not sync.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tejido_vault::SecretString;
use zeroize::Zeroizing;

use super::package::{MemberCard, OwnKeys, PackageContent, PackageError, SignedMembers, check_signed, open, sign_bytes, verify_bytes};
use super::inbox::Imported;
use crate::store::records::{self as store, record, required, tidy};
use crate::error::EditError;
use crate::ids::{CaseId, DecisionId, DeskMemberId, SealedPackageId};
use crate::protocol::{Decision, Outcome, SubjectKind};
use crate::store::Session;

/// A member of the desk. Their secrets never leave the vault unsealed: `sealed_keys` opens
/// only with their own passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeskMember {
    /// Their id.
    pub id: DeskMemberId,
    /// Their name.
    pub name: String,
    /// The desk's working groups they follow.
    pub working_groups: Vec<String>,
    /// Their age recipient.
    pub recipient: String,
    /// Their minisign public key.
    pub signing_key: String,
    /// Their secrets, sealed to their own passphrase (base64 of an age file); empty once removed.
    pub sealed_keys: String,
    /// The decision that added them.
    pub added_by: DecisionId,
    /// The decision that removed them.
    pub removed_by: Option<DecisionId>,
}

record! {
    DeskMember in DeskMember, json ["working_groups"], order "name COLLATE NOCASE",
    validate(record) {
        required(&mut record.name)?;
        tidy(&mut record.working_groups);
        Ok(())
    }
}

impl DeskMember {
    /// Their fingerprint, to compare when a member's keys matter (never their secrets).
    pub fn fingerprint(&self) -> String {
        super::fingerprint_of(&["tejido desk member", self.name.trim(), &self.recipient, &self.signing_key])
    }

    /// Their keys, opened with their own `passphrase` at the vault's `kdf` (what a member who
    /// kept a copy of their sealed keys could still do after being removed: the desk's refusal
    /// is not what protects later cases, their sealing to the current members is).
    pub fn keys(&self, passphrase: &SecretString, kdf: tejido_vault::KdfPolicy) -> Result<OwnKeys, EditError> {
        if self.sealed_keys.is_empty() {
            return Err(EditError::MemberRemoved);
        }
        open_keys(&self.sealed_keys, passphrase, kdf)
    }

    fn card(&self) -> MemberCard {
        MemberCard { name: self.name.clone(), working_groups: self.working_groups.clone(), recipient: self.recipient.clone(), signing_key: self.signing_key.clone() }
    }
}

/// A package kept sealed at the desk until a member of its working group opens it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SealedPackage {
    /// Its id.
    pub id: SealedPackageId,
    /// The SHA-256 of the package file (hex), as the access log names it.
    pub sha256: String,
    /// Its size in bytes.
    pub size: u64,
    /// Who signed it (minisign public key): told without opening it.
    pub sender_key: String,
    /// When the desk received it.
    pub received_at: DateTime<Utc>,
    /// When a member first opened it.
    pub opened_at: Option<DateTime<Utc>>,
    /// Who.
    pub opened_by: Option<DeskMemberId>,
}

/// One opening of a case, as the access log records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AccessEntry {
    /// Its number, from 1, with no gaps.
    pub seq: u32,
    /// When.
    pub at: DateTime<Utc>,
    /// Who opened it.
    pub member: DeskMemberId,
    /// Their name then.
    pub member_name: String,
    /// The case opened.
    pub case: CaseId,
    /// The community that sent it.
    pub collective: String,
    /// The SHA-256 of the package opened.
    pub package: String,
    /// The SHA-256 of the entry before (its text and signature).
    pub prev: String,
    /// The member's minisign signature of this entry.
    pub signature: String,
}

/// What is wrong with an entry of the access log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum LogProblemKind {
    /// The entry was changed after its member signed it.
    BadSignature,
    /// An entry before it was removed, changed or reordered.
    BrokenChain,
    /// Signed by nobody who was ever a member.
    UnknownMember,
    /// A package was opened and the log does not say by whom.
    OpenedWithoutEntry,
}

/// One problem the check found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LogProblem {
    /// The entry, if the problem is one entry's.
    pub seq: Option<u32>,
    /// What.
    pub kind: LogProblemKind,
}

/// The access log checked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LogCheck {
    /// How many entries it holds.
    pub entries: u32,
    /// Empty when every entry verifies.
    pub problems: Vec<LogProblem>,
}

/// The hash the first entry chains to.
const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";
const ACCESS_SIGNED_AS: &str = "tejido desk access";

/// What a member signs: every field, one per line, in a fixed order.
fn entry_text(seq: u32, at: &str, member: DeskMemberId, member_name: &str, case: CaseId, collective: &str, package: &str, prev: &str) -> String {
    format!("{ACCESS_SIGNED_AS}\n{seq}\n{at}\n{member}\n{member_name}\n{case}\n{collective}\n{package}\n{prev}")
}

fn stamp_text(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Micros, true)
}

fn chain_hash(text: &str, signature: &str) -> String {
    hex::encode(Sha256::new().chain_update(text.as_bytes()).chain_update(b"\n").chain_update(signature.as_bytes()).finalize())
}

impl AccessEntry {
    fn text(&self) -> String {
        entry_text(self.seq, &stamp_text(self.at), self.member, &self.member_name, self.case, &self.collective, &self.package, &self.prev)
    }
}

/// A membership change is made only by a decision that agrees it.
fn agreed(decision: &Decision) -> Result<(), EditError> {
    if matches!(decision.outcome, Outcome::Agreed | Outcome::AgreedWithChanges) { Ok(()) } else { Err(EditError::MembershipNotAgreed) }
}

fn database(detail: impl std::fmt::Display) -> EditError {
    EditError::Database { detail: detail.to_string() }
}

/// A member's secrets sealed to their passphrase (age scrypt at the vault's work factor).
fn seal_keys(keys: &OwnKeys, passphrase: &SecretString, kdf: tejido_vault::KdfPolicy) -> String {
    let (sealing, signing) = keys.to_secrets();
    let plain = Zeroizing::new(format!("{}\n{}\n", sealing.as_str(), signing.as_str()));
    base64::Engine::encode(&base64::engine::general_purpose::STANDARD, kdf.seal_to_passphrase(plain.as_bytes(), passphrase))
}

fn open_keys(sealed: &str, passphrase: &SecretString, kdf: tejido_vault::KdfPolicy) -> Result<OwnKeys, EditError> {
    let bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, sealed).map_err(database)?;
    let plain = kdf.open_with_passphrase(&bytes, passphrase).map_err(|problem| match problem {
        tejido_vault::SlotOpenProblem::Damaged => database("a member's sealed keys are damaged"),
        _ => EditError::MemberPassphraseWrong,
    })?;
    let text = std::str::from_utf8(&plain).map_err(|_| EditError::MemberPassphraseWrong)?;
    let mut lines = text.lines();
    let (Some(sealing), Some(signing)) = (lines.next(), lines.next()) else { return Err(database("a member's keys are damaged")) };
    OwnKeys::from_secrets(sealing, signing).map_err(database)
}

impl Session {
    /// The desk's members, current and removed, by name.
    pub fn desk_members(&self) -> Result<Vec<DeskMember>, EditError> {
        Ok(store::list(self.db())?)
    }

    /// Adds a member to the desk, by the Advisory Group's `decision` (refused unless it agrees),
    /// with keys of their own sealed to `passphrase`, which they type themselves. The decision
    /// and the member are one edit (one undo).
    pub fn add_desk_member(&mut self, name: &str, working_groups: Vec<String>, passphrase: &SecretString, mut decision: Decision, now: DateTime<Utc>) -> Result<DeskMember, EditError> {
        agreed(&decision)?;
        let keys = OwnKeys::generate();
        let member = DeskMember {
            id: DeskMemberId::new(),
            name: name.to_owned(),
            working_groups,
            recipient: keys.recipient(),
            signing_key: keys.signing_key(),
            sealed_keys: seal_keys(&keys, passphrase, self.vault().kdf()),
            added_by: decision.id,
            removed_by: None,
        };
        // The member names the decision (`added_by`); a decision of kind "other" names no subject.
        decision.subject_kind = SubjectKind::Other;
        self.edit(now, |db, stamp| {
            store::save(db, decision, stamp)?;
            store::save(db, member, stamp)
        })
    }

    /// Removes member `id` by the Advisory Group's `decision`: their sealed keys leave the
    /// vault, the desk's next contact file no longer lists them, and the desk refuses their
    /// openings. One edit.
    pub fn remove_desk_member(&mut self, id: DeskMemberId, mut decision: Decision, now: DateTime<Utc>) -> Result<DeskMember, EditError> {
        agreed(&decision)?;
        decision.subject_kind = SubjectKind::Other;
        self.edit(now, |db, stamp| {
            let mut member: DeskMember = store::get(db, &id.to_string())?.ok_or(EditError::RecordNotFound)?;
            if member.removed_by.is_some() {
                return Err(EditError::MemberRemoved);
            }
            member.removed_by = Some(decision.id);
            member.sealed_keys = String::new();
            store::save(db, decision, stamp)?;
            store::save(db, member, stamp)
        })
    }

    /// The current members, signed by the desk's keys, for its contact file; none while the
    /// desk has no members. Dated by the last membership change, so the same members give the
    /// same list, and a later change a newer one.
    pub(crate) fn signed_members(&mut self, now: DateTime<Utc>) -> Result<Option<SignedMembers>, EditError> {
        let members: Vec<MemberCard> = self.desk_members()?.iter().filter(|m| m.removed_by.is_none()).map(DeskMember::card).collect();
        let changed: Option<DateTime<Utc>> = self.db().query_row("SELECT max(updated_at) FROM desk_member", [], |r| r.get(0))?;
        let Some(as_of) = changed else { return Ok(None) };
        let keys = self.own_keys(now)?;
        Ok(Some(SignedMembers::sign(members, as_of, &keys)))
    }

    /// Keeps a package sealed to the desk's members as it is, after checking its signature:
    /// the desk cannot read it, only a member it was sealed to can ([`Session::open_sealed`]).
    /// The same file twice is kept once.
    pub fn keep_sealed(&mut self, bytes: &[u8], now: DateTime<Utc>) -> Result<SealedPackage, EditError> {
        let signed = check_signed(bytes)?;
        let sha256 = hex::encode(Sha256::digest(bytes));
        if let Some(kept) = self.sealed_packages()?.into_iter().find(|p| p.sha256 == sha256) {
            return Ok(kept);
        }
        let blob = self.vault_mut().put_blob(bytes)?;
        let id = SealedPackageId::new();
        self.edit(now, |db, stamp| {
            db.execute(
                "INSERT INTO sealed_package (id, blob_id, sha256, size, sender_key, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id.to_string(), blob.id.to_string(), sha256, blob.size as i64, signed.sender_key, stamp.at],
            )?;
            Ok(())
        })?;
        self.sealed_packages()?.into_iter().find(|p| p.id == id).ok_or(EditError::RecordNotFound)
    }

    /// The packages kept sealed, newest first.
    pub fn sealed_packages(&self) -> Result<Vec<SealedPackage>, EditError> {
        let mut stmt = self.db().prepare("SELECT id, sha256, size, sender_key, received_at, opened_at, opened_by FROM sealed_package ORDER BY received_at DESC")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get::<_, String>(3)?, r.get::<_, DateTime<Utc>>(4)?, r.get::<_, Option<DateTime<Utc>>>(5)?, r.get::<_, Option<String>>(6)?))
        })?;
        rows.map(|row| {
            let (id, sha256, size, sender_key, received_at, opened_at, opened_by) = row?;
            Ok(SealedPackage {
                id: SealedPackageId(uuid::Uuid::from_str(&id).map_err(database)?),
                sha256,
                size: size as u64,
                sender_key,
                received_at,
                opened_at,
                opened_by: opened_by.map(|m| uuid::Uuid::from_str(&m).map(DeskMemberId)).transpose().map_err(database)?,
            })
        })
        .collect()
    }

    /// Member `member` opens kept package `id` with their own passphrase: refused for a removed
    /// member, a wrong passphrase, or a package not sealed to them; an unknown sender is
    /// accepted only with `accept`, its fingerprint as compared. The opening is written to the
    /// access log, signed by the member, before the case is kept.
    pub fn open_sealed(&mut self, id: SealedPackageId, member: DeskMemberId, passphrase: &SecretString, accept: Option<&str>, now: DateTime<Utc>) -> Result<Imported, EditError> {
        let member: DeskMember = store::get(self.db(), &member.to_string())?.ok_or(EditError::RecordNotFound)?;
        if member.removed_by.is_some() {
            return Err(EditError::MemberRemoved);
        }
        let keys = member.keys(passphrase, self.vault().kdf())?;
        let (blob_id, sha256, size): (String, String, i64) = self
            .db()
            .query_row("SELECT blob_id, sha256, size FROM sealed_package WHERE id = ?1", [id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?
            .ok_or(EditError::RecordNotFound)?;
        let blob = tejido_vault::BlobRef { id: uuid::Uuid::from_str(&blob_id).map_err(database)?, sha256: sha256.clone(), size: size as u64 };
        let bytes = self.vault().read_blob(&blob)?;
        let known: Vec<String> = self.contacts()?.into_iter().map(|c| c.signing_key).collect();
        let opened = open(&bytes, &keys, |key| known.iter().any(|k| k == key), accept)?;
        let (case, collective) = match &opened.content {
            PackageContent::Case(c) => (c.case, c.collective.clone()),
            PackageContent::Consent(c) => (c.case, c.collective.clone()),
            PackageContent::Status(_) => return Err(EditError::Package(PackageError::NotForUs)),
        };
        // The entry this one chains to, read and hashed the one way the check does (the session
        // is the vault's only writer, so nothing comes between this read and the edit).
        let (seq, prev) = match self.access_log()?.last() {
            None => (1, GENESIS.to_owned()),
            Some(last) => (last.seq + 1, chain_hash(&last.text(), &last.signature)),
        };
        self.edit(now, |db, stamp| {
            let at = stamp_text(stamp.at);
            let text = entry_text(seq, &at, member.id, &member.name, case, &collective, &sha256, &prev);
            let signature = sign_bytes(&keys, text.as_bytes(), ACCESS_SIGNED_AS);
            db.execute(
                "INSERT INTO desk_access (seq, at, member, member_name, case_id, collective, package, prev, signature) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![seq, at, member.id.to_string(), member.name, case.to_string(), collective, sha256, prev, signature],
            )?;
            db.execute(
                "UPDATE sealed_package SET opened_at = coalesce(opened_at, ?2), opened_by = coalesce(opened_by, ?3) WHERE id = ?1",
                params![id.to_string(), stamp.at, member.id.to_string()],
            )?;
            Ok(())
        })?;
        self.store_package(opened, now)
    }

    /// Every opening, in order.
    pub fn access_log(&self) -> Result<Vec<AccessEntry>, EditError> {
        let mut stmt = self.db().prepare("SELECT seq, at, member, member_name, case_id, collective, package, prev, signature FROM desk_access ORDER BY seq")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, u32>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?, r.get::<_, String>(5)?, r.get::<_, String>(6)?, r.get::<_, String>(7)?, r.get::<_, String>(8)?))
        })?;
        rows.map(|row| {
            let (seq, at, member, member_name, case, collective, package, prev, signature) = row?;
            Ok(AccessEntry {
                seq,
                at: DateTime::parse_from_rfc3339(&at).map_err(database)?.with_timezone(&Utc),
                member: DeskMemberId(uuid::Uuid::from_str(&member).map_err(database)?),
                member_name,
                case: CaseId(uuid::Uuid::from_str(&case).map_err(database)?),
                collective,
                package,
                prev,
                signature,
            })
        })
        .collect()
    }

    /// Checks the access log as the Advisory Group reads it: each entry signed by the member it
    /// names (removed members included: their public keys stay), numbered without gaps,
    /// chained to the one before, and every opened package in it.
    pub fn check_access_log(&self) -> Result<LogCheck, EditError> {
        let entries = self.access_log()?;
        let members = self.desk_members()?;
        let mut problems = Vec::new();
        let mut prev = GENESIS.to_owned();
        for (index, entry) in entries.iter().enumerate() {
            let seq = Some(entry.seq);
            let text = entry.text();
            if entry.seq as usize != index + 1 || entry.prev != prev {
                problems.push(LogProblem { seq, kind: LogProblemKind::BrokenChain });
            }
            match members.iter().find(|m| m.id == entry.member) {
                None => problems.push(LogProblem { seq, kind: LogProblemKind::UnknownMember }),
                Some(m) if !verify_bytes(&m.signing_key, text.as_bytes(), &entry.signature) => problems.push(LogProblem { seq, kind: LogProblemKind::BadSignature }),
                Some(_) => {}
            }
            prev = chain_hash(&text, &entry.signature);
        }
        for package in self.sealed_packages()?.iter().filter(|p| p.opened_at.is_some()) {
            if !entries.iter().any(|e| e.package == package.sha256) {
                problems.push(LogProblem { seq: None, kind: LogProblemKind::OpenedWithoutEntry });
            }
        }
        Ok(LogCheck { entries: entries.len() as u32, problems })
    }

    /// The day each membership decision was taken, by decision.
    pub fn membership_days(&self) -> Result<Vec<(DecisionId, NaiveDate)>, EditError> {
        let decisions: Vec<Decision> = store::list(self.db())?;
        let members = self.desk_members()?;
        Ok(decisions
            .into_iter()
            .filter(|d| members.iter().any(|m| m.added_by == d.id || m.removed_by == Some(d.id)))
            .map(|d| (d.id, d.decided_on))
            .collect())
    }
}

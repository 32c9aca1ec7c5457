//! Escalation to the solidarity network (modelled on ESCR-Net's Solidarity System): a case
//! with consent per person and per use, a redaction preview per audience, and a package
//! sealed with age to the chosen desks and signed with minisign, carried as one file.
//!
//! Which API for which job:
//! - [`Session::draft_case`] / [`Session::save_case`] / [`Session::remove_case`] edit cases.
//! - [`Session::case_preview`] is exactly what would leave, for the desk or the public.
//! - [`Session::export_case`] seals and signs the desk package and records that it was sent.
//! - [`Session::own_contact`] is this vault's contact file; [`Session::add_contact`] accepts
//!   another's (a desk's, or a community's on the desk side), with its fingerprint.
//! - [`Session::open_package`] checks and opens a package sealed to this vault;
//!   [`Session::store_package`] keeps what it carries (a case on a desk, a status report on
//!   the community's case).
//! - On a desk: [`Session::save_received`] (triage, actions, outcomes), [`Session::draft_action`]
//!   (a letter, petition, brief or submission from the templates), [`Session::send_status`]
//!   (a status report back), [`trends`], [`timeline`] and [`impact_report`].

mod desk;
mod drafts;
mod impact;
mod inbox;
mod institutions;
mod oversight;
mod package;
mod records;
mod redact;
pub mod regions;
mod profiles;
mod search;
mod signatures;
mod stage;

use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, params};
use tejido_i18n::Locale;

use crate::store::records as store;
use crate::error::EditError;
use crate::ids::{CaseId, ContactId};
use crate::risk::{Attachment, Incident};
use crate::store::Session;
use zeroize::Zeroizing;

pub use desk::{
    Acknowledgement, ActionDone, ActionFindings, ConsentNow, ConsentUpdate, ActionKind, ActionStatus, Addressee, CaseUpdate, DeskAction, CaseOutcome, OutcomeKind, ReceivedCase,
    ReceivedVersion, Signatory, SignatureTally, StatusContent,
};
pub use drafts::{Beyond, Draft, NameFinding, TemplateSource, check_text, draft, template_sources};
pub use impact::{ActionTally, CaseImpact, ImpactReport, OutcomeTally, Overdue, Tally, TimelineEntry, TrendRow, Trends, cases_csv, impact_report, timeline, trends};
pub use inbox::Imported;
pub use institutions::{IncidentLetters, InstitutionLetter, LetterRecord, LetterSources, incident_letters};
pub(crate) use package::check_signature_shape;
pub use oversight::{AccessEntry, DeskMember, LogCheck, LogProblem, LogProblemKind, SealedPackage};
pub use package::{
    ContactCard, MAX_PACKAGE_BYTES, MemberCard, Opened, OwnKeys, PackageContent, PackageError, SignedMembers, contact_fingerprint, fingerprint_of, open, seal, seal_in,
};
pub use records::{Consent, Contact, ContactRole, EscalationCase, Request, Sent, Urgency};
pub use profiles::{DefenderProfile, defender_profiles};
pub use search::matches as case_matches;
pub use signatures::{SignatureCount, SignatureFileError, count_signatures};
pub use stage::DeskStage;
pub use redact::{Audience, CONSENT_FORMAT, CONTENT_FORMAT, CaseAttachment, CaseContent, CaseIncident, CasePerson, MASKED, person_key, redact};

/// The one row of `network_key`.
const OWN_KEYS: &str = "own";

impl Session {
    /// This vault's keys for packages if they were made already: reading never makes them.
    pub fn existing_keys(&self) -> Result<Option<OwnKeys>, EditError> {
        let stored: Option<(String, String)> = self
            .db()
            .query_row("SELECT sealing_secret, signing_secret FROM network_key WHERE id = ?1", [OWN_KEYS], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        stored
            .map(|(sealing, signing)| OwnKeys::from_secrets(&sealing, &signing).map_err(|e| EditError::Database { detail: e.to_string() }))
            .transpose()
    }

    /// The sealing keys a removal replaced (kept under `retired-…`, see
    /// `sync::trust::replace_package_keys`), to open what was sealed to them before.
    fn replaced_sealing_keys(&self) -> Result<Vec<age::x25519::Identity>, EditError> {
        let secrets: Vec<zeroize::Zeroizing<String>> = self
            .db()
            .prepare("SELECT sealing_secret FROM network_key WHERE id LIKE 'retired-%'")?
            .query_map([], |r| r.get::<_, String>(0).map(zeroize::Zeroizing::new))?
            .collect::<Result<_, _>>()?;
        Ok(secrets.iter().filter_map(|s| s.parse().ok()).collect())
    }

    /// This vault's keys for packages, made on first use (saving its contact file, sealing a
    /// case, opening a package). They are not an edit a person made,
    /// so they are written outside the change log: undo must never take them away, or
    /// packages already sent could no longer be answered.
    pub fn own_keys(&mut self, now: DateTime<Utc>) -> Result<OwnKeys, EditError> {
        if let Some(keys) = self.existing_keys()? {
            return Ok(keys);
        }
        let keys = OwnKeys::generate();
        let (sealing, signing) = keys.to_secrets();
        self.edit(now, |db, stamp| {
            db.execute(
                "INSERT INTO network_key (id, sealing_secret, signing_secret, created_at, updated_at, updated_by)
                 VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
                params![OWN_KEYS, sealing.as_str(), signing.as_str(), stamp.at, stamp.device.to_string()],
            )?;
            Ok(())
        })?;
        Ok(keys)
    }

    /// This vault's contact file, to hand to a desk (or, on a desk, to communities).
    /// A desk's lists its current members, signed, so cases are sealed to them.
    pub fn own_contact(&mut self, role: ContactRole, now: DateTime<Utc>) -> Result<ContactCard, EditError> {
        let name = self.collective()?.map(|c| c.name).unwrap_or_default();
        let mut card = ContactCard::own(&name, role, &self.own_keys(now)?);
        if role == ContactRole::Desk {
            card.members = self.signed_members(now)?;
        }
        Ok(card)
    }

    /// This vault's fingerprint as its contact file shows it (a desk's or a community's); none
    /// until its keys are made: reading never makes them.
    pub fn own_fingerprint(&self) -> Result<Option<String>, EditError> {
        let Some(keys) = self.existing_keys()? else { return Ok(None) };
        let collective = self.collective()?;
        let role = if collective.as_ref().is_some_and(|c| c.desk) { ContactRole::Desk } else { ContactRole::Community };
        Ok(Some(ContactCard::own(&collective.map(|c| c.name).unwrap_or_default(), role, &keys).fingerprint()))
    }

    /// Every contact, by name.
    pub fn contacts(&self) -> Result<Vec<Contact>, EditError> {
        Ok(store::list(self.db())?)
    }

    /// Accepts a contact file; `notes` says how its fingerprint was checked. A newer file of
    /// a contact already accepted (same fingerprint) updates its member list instead; an older
    /// list never replaces a newer one.
    pub fn add_contact(&mut self, card: &ContactCard, notes: &str, now: DateTime<Utc>) -> Result<Contact, EditError> {
        if let Some(members) = &card.members {
            members.verify(&card.signing_key)?;
        }
        let fingerprint = card.fingerprint();
        if let Some(mut known) = self.contacts()?.into_iter().find(|c| c.fingerprint() == fingerprint) {
            let newer = match (&card.members, &known.members) {
                (Some(new), Some(old)) => new.as_of > old.as_of,
                (Some(_), None) => true,
                (None, _) => false,
            };
            if !newer && notes.trim().is_empty() {
                return Ok(known);
            }
            if newer {
                known.members = card.members.clone();
            }
            if !notes.trim().is_empty() {
                known.notes = notes.to_owned();
            }
            return self.edit(now, |db, stamp| store::save(db, known, stamp));
        }
        let contact = Contact {
            id: ContactId::new(),
            name: card.name.clone(),
            role: card.role,
            recipient: card.recipient.clone(),
            signing_key: card.signing_key.clone(),
            notes: notes.to_owned(),
            members: card.members.clone(),
        };
        self.edit(now, |db, stamp| store::save(db, contact, stamp))
    }

    /// Removes a contact; undo brings it back.
    pub fn remove_contact(&mut self, id: ContactId, now: DateTime<Utc>) -> Result<(), EditError> {
        self.edit(now, |db, stamp| store::remove::<Contact>(db, &id.to_string(), stamp).map(drop))
    }

    /// Every case, newest first.
    pub fn cases(&self) -> Result<Vec<EscalationCase>, EditError> {
        Ok(store::list(self.db())?)
    }

    /// A blank case; not yet stored.
    pub fn draft_case(&self) -> EscalationCase {
        EscalationCase {
            id: CaseId::new(),
            title: String::new(),
            summary: String::new(),
            public_summary: String::new(),
            urgency: Urgency::Urgent,
            requests: Vec::new(),
            people: Vec::new(),
            incidents: Vec::new(),
            consents: Vec::new(),
            region: String::new(),
            safe_contact: String::new(),
            sent: Vec::new(),
            updates: Vec::new(),
            attachments: Vec::new(),
            working_group: String::new(),
        }
    }

    /// Creates or replaces a case. What was sent stays as recorded.
    pub fn save_case(&mut self, mut case: EscalationCase, now: DateTime<Utc>) -> Result<EscalationCase, EditError> {
        self.edit(now, |db, stamp| {
            let stored = store::get::<EscalationCase>(db, &case.id.to_string())?;
            regions::check_new(&case.region, stored.as_ref().map(|c| c.region.as_str()))?;
            case.sent = stored.map(|c| c.sent).unwrap_or_default();
            store::save(db, case, stamp)
        })
    }

    /// Removes a case; undo brings it back.
    pub fn remove_case(&mut self, id: CaseId, now: DateTime<Utc>) -> Result<(), EditError> {
        self.edit(now, |db, stamp| store::remove::<EscalationCase>(db, &id.to_string(), stamp).map(drop))
    }

    fn case(&self, id: CaseId) -> Result<EscalationCase, EditError> {
        store::get(self.db(), &id.to_string())?.ok_or(EditError::RecordNotFound)
    }

    /// Exactly what the next package of case `id` would carry for `audience`.
    pub fn case_preview(&self, id: CaseId, audience: Audience, now: DateTime<Utc>) -> Result<CaseContent, EditError> {
        let case = self.case(id)?;
        let incidents: Vec<Incident> = store::list(self.db())?;
        let files = match audience {
            Audience::Desk => self.files_leaving(&case, &incidents)?,
            Audience::Public => Vec::new(),
        };
        self.redact_case(&case, &incidents, &files, audience, now)
    }

    fn redact_case(&self, case: &EscalationCase, incidents: &[Incident], files: &[(Attachment, Zeroizing<Vec<u8>>)], audience: Audience, now: DateTime<Utc>) -> Result<CaseContent, EditError> {
        let collective = self.collective()?.map(|c| c.name).unwrap_or_default();
        let files: Vec<&Attachment> = files.iter().map(|(a, _)| a).collect();
        let actors: Vec<crate::risk::Actor> = store::list(self.db())?;
        Ok(redact(case, &self.people()?, incidents, &actors, &files, &collective, audience, case.sent.len() as u32 + 1, now))
    }

    /// The files of `case` that leave for the desk, each with its content: the content, read
    /// once, decides whether a file may show a person (see [`redact::files_to_send`]).
    fn files_leaving(&self, case: &EscalationCase, incidents: &[Incident]) -> Result<Vec<(Attachment, Zeroizing<Vec<u8>>)>, EditError> {
        let mut contents = std::collections::HashMap::new();
        for (incident, attachment) in redact::files_to_send(case, incidents, |_, _| false) {
            contents.insert(attachment.id, self.read_attachment(incident.id, attachment.id)?.1);
        }
        let leaving: Vec<Attachment> = redact::files_to_send(case, incidents, |_, a| redact::may_show_a_person(&contents[&a.id]))
            .into_iter()
            .map(|(_, a)| a.clone())
            .collect();
        Ok(leaving.into_iter().filter_map(|a| contents.remove(&a.id).map(|bytes| (a, bytes))).collect())
    }

    /// A request to a protection mechanism that the community sends itself, with no desk
    /// between: drafted from exactly what a desk would receive in this case's package (the
    /// same consent and naming rules), in `locale`, so it names nobody beyond their consent.
    pub fn mechanism_draft(&self, id: CaseId, kind: ActionKind, locale: Locale, now: DateTime<Utc>) -> Result<Draft, EditError> {
        let content = self.case_preview(id, Audience::Desk, now)?;
        Ok(draft(&content, kind, Addressee::Government, locale))
    }

    /// [`Session::export_case_in`] with the package's README.txt in English.
    pub fn export_case(&mut self, id: CaseId, to: &[ContactId], now: DateTime<Utc>) -> Result<Vec<u8>, EditError> {
        self.export_case_in(id, to, Locale::En, now)
    }

    /// Seals and signs the desk package of case `id` for the desks `to`, its README.txt in the
    /// community's `language`, records it on the case, and returns the file's bytes for the
    /// person to save where they choose.
    pub fn export_case_in(&mut self, id: CaseId, to: &[ContactId], language: Locale, now: DateTime<Utc>) -> Result<Vec<u8>, EditError> {
        let contacts = self.contacts()?;
        let desks: Vec<&Contact> = to.iter().filter_map(|c| contacts.iter().find(|k| k.id == *c)).collect();
        if desks.is_empty() || desks.len() != to.len() {
            return Err(EditError::RecordNotFound);
        }
        let keys = self.own_keys(now)?;
        // The same content and files as the preview, from one read of the sealed attachments.
        let case = self.case(id)?;
        let incidents: Vec<Incident> = store::list(self.db())?;
        let files = self.files_leaving(&case, &incidents)?;
        let mut content = self.redact_case(&case, &incidents, &files, Audience::Desk, now)?;
        content.reply_to = keys.recipient();
        let files: Vec<&[u8]> = files.iter().map(|(_, bytes)| bytes.as_slice()).collect();
        let mut recipients: Vec<String> = Vec::new();
        for desk in &desks {
            recipients.extend(desk.recipients(&case.working_group)?);
        }
        let bytes = seal_in(&PackageContent::Case(content.clone()), &files, &recipients, &keys, language).map_err(|e| EditError::Database { detail: e.to_string() })?;
        self.edit(now, |db, stamp| {
            let mut case: EscalationCase = store::get(db, &id.to_string())?.ok_or(EditError::RecordNotFound)?;
            case.sent.push(Sent { version: content.version, at: stamp.at, to: to.to_vec() });
            store::save(db, case, stamp)
        })?;
        Ok(bytes)
    }

    /// Seals a consent update for case `id` to every desk it was sent to that is still a
    /// contact: what each person of the case agrees to now, by their opaque key only. The desk
    /// applies it and flags every text that now goes beyond it. Returns the file's bytes.
    pub fn send_consent_update(&mut self, id: CaseId, now: DateTime<Utc>) -> Result<Vec<u8>, EditError> {
        let case = self.case(id)?;
        let contacts = self.contacts()?;
        let mut recipients: Vec<String> = Vec::new();
        for sent in &case.sent {
            for desk in sent.to.iter().filter_map(|to| contacts.iter().find(|c| c.id == *to)) {
                for recipient in desk.recipients(&case.working_group)? {
                    if !recipients.contains(&recipient) {
                        recipients.push(recipient);
                    }
                }
            }
        }
        if recipients.is_empty() {
            return Err(EditError::CaseNotSent);
        }
        let keys = self.own_keys(now)?;
        let update = ConsentUpdate {
            format: redact::CONSENT_FORMAT,
            case: case.id,
            collective: self.collective()?.map(|c| c.name).unwrap_or_default(),
            people: case
                .people
                .iter()
                .map(|p| {
                    let c = case.consent_of(*p);
                    ConsentNow {
                        key: person_key(case.id, *p),
                        share_with_desk: c.share_with_desk,
                        name_to_authorities: c.name_to_authorities,
                        name_in_public: c.name_in_public,
                        photos: c.photos,
                    }
                })
                .collect(),
            made_at: now,
            reply_to: keys.recipient(),
        };
        seal(&PackageContent::Consent(update), &[], &recipients, &keys).map_err(|e| EditError::Database { detail: e.to_string() })
    }

    /// Checks and opens a package sealed to this vault: refused if tampered with, or from a
    /// sender who is not a contact unless `accept` is the sender's fingerprint as the person
    /// compared it.
    pub fn open_package(&mut self, bytes: &[u8], accept: Option<&str>, now: DateTime<Utc>) -> Result<Opened, PackageError> {
        let mut keys = self.own_keys(now).map_err(|e| PackageError::Unreadable { detail: e.to_string() })?;
        keys.earlier = self.replaced_sealing_keys().map_err(|e| PackageError::Unreadable { detail: e.to_string() })?;
        let known: Vec<String> = self.contacts().map_err(|e| PackageError::Unreadable { detail: e.to_string() })?.into_iter().map(|c| c.signing_key).collect();
        open(bytes, &keys, |key| known.iter().any(|k| k == key), accept)
    }
}

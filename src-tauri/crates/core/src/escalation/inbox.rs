//! Packages arriving, on either side: a desk keeps each case it receives (a new version of a
//! case updates the same row) and can answer with a status report; a community keeps the
//! status reports on the case it sent. Plus the desk's edits of its cases and actions.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;
use tejido_i18n::Locale;

use super::package::{PackageContent, seal};
use super::{
    ActionDone, ActionKind, ActionStatus, Acknowledgement, Addressee, CaseUpdate, Contact, ContactRole, ActionFindings, DeskAction, EscalationCase,
    Opened, ReceivedCase, ReceivedVersion, StatusContent, drafts,
};
use crate::collective;
use crate::store::records as store;
use crate::error::EditError;
use crate::ids::{ContactId, DeskActionId, ReceivedCaseId};
use crate::risk::Attachment;
use crate::store::Session;

/// What importing a package did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum Imported {
    /// A desk received a case (or a new version of one).
    Case {
        /// The case as the desk now holds it (boxed: it is much larger than the other variant).
        case: Box<ReceivedCase>,
        /// False when this very version was already there (nothing changed).
        new: bool,
    },
    /// A desk received a consent update on a case it holds.
    Consent {
        /// The case, with what each person agrees to now.
        case: Box<ReceivedCase>,
        /// False when it changed nothing (already applied, or older than what the desk has).
        new: bool,
    },
    /// A desk received a package sealed to its members: kept sealed until a member of the
    /// case's working group opens it.
    Sealed {
        /// The package as kept.
        package: super::SealedPackage,
    },
    /// A community received a status report on one of its cases.
    Status {
        /// The case, with the report on it.
        case: EscalationCase,
        /// False when this report was already there.
        new: bool,
    },
}

impl Session {
    /// Marks this vault as a network desk's, or not. A logged edit: undo takes it back.
    pub fn set_desk(&mut self, desk: bool, now: DateTime<Utc>) -> Result<(), EditError> {
        self.edit(now, |db, stamp| {
            collective::update_collective(db, stamp, |db, id| db.execute("UPDATE collective SET desk = ?2 WHERE id = ?1", params![id, desk]))
        })
    }

    /// Every case the desk received, newest first.
    pub fn received_cases(&self) -> Result<Vec<ReceivedCase>, EditError> {
        Ok(store::list(self.db())?)
    }

    fn received_case(&self, id: ReceivedCaseId) -> Result<ReceivedCase, EditError> {
        store::get(self.db(), &id.to_string())?.ok_or(EditError::RecordNotFound)
    }

    /// Keeps what an opened package carries. A sender accepted after comparing its
    /// fingerprint becomes a contact (a community), so its next packages are known and the
    /// desk can answer it. One edit.
    pub fn store_package(&mut self, opened: Opened, now: DateTime<Utc>) -> Result<Imported, EditError> {
        let known = self.contacts()?.into_iter().find(|c| c.signing_key == opened.sender_key);
        // The case this package updates, if the desk has it: looked up once, before the edit
        // (the session is the vault's only writer).
        let existing = match &opened.content {
            PackageContent::Case(content) => {
                self.received_cases()?.into_iter().find(|r| r.case_id == content.case && r.sender_key == opened.sender_key)
            }
            // Only the community that sent a case can change the consent in it.
            PackageContent::Consent(update) => {
                self.received_cases()?.into_iter().find(|r| r.case_id == update.case && r.sender_key == opened.sender_key)
            }
            PackageContent::Status(_) => None,
        };
        // The files of a version not yet here are sealed into this vault first (durable before
        // the case points to them; an unreferenced blob is harmless).
        let mut files = Vec::new();
        if let PackageContent::Case(content) = &opened.content {
            let already = existing.as_ref().is_some_and(|r| r.versions.iter().any(|v| v.version >= content.version));
            if !already {
                for (listed, bytes) in content.attachments.iter().zip(&opened.attachments) {
                    let blob = self.vault_mut().put_blob(bytes)?;
                    files.push(Attachment { id: blob.id, name: listed.name.clone(), sha256: blob.sha256, size: blob.size });
                }
            }
        }
        self.edit(now, |db, stamp| match opened.content {
            PackageContent::Case(content) => {
                if known.is_none() && age::x25519::Recipient::from_str(&content.reply_to).is_ok() {
                    let contact = Contact {
                        id: ContactId::new(),
                        name: content.collective.clone(),
                        role: ContactRole::Community,
                        recipient: content.reply_to.clone(),
                        signing_key: opened.sender_key.clone(),
                        notes: String::new(),
                        members: None,
                    };
                    store::save(db, contact, stamp)?;
                }
                match existing {
                    Some(case) if case.versions.iter().any(|v| v.version >= content.version) => Ok(Imported::Case { case: Box::new(case), new: false }),
                    Some(mut case) => {
                        case.versions.push(ReceivedVersion { version: content.version, made_at: content.made_at, received_at: stamp.at });
                        case.content = content;
                        case.attachments = files;
                        Ok(Imported::Case { case: Box::new(store::save(db, case, stamp)?), new: true })
                    }
                    None => {
                        let mut case = ReceivedCase::first(content, opened.sender_key.clone(), stamp.at);
                        case.attachments = files;
                        Ok(Imported::Case { case: Box::new(store::save(db, case, stamp)?), new: true })
                    }
                }
            }
            PackageContent::Consent(update) => {
                let Some(mut case) = existing else { return Err(EditError::UnknownConsentCase) };
                if !case.apply_consent(&update) {
                    return Ok(Imported::Consent { case: Box::new(case), new: false });
                }
                Ok(Imported::Consent { case: Box::new(store::save(db, case, stamp)?), new: true })
            }
            PackageContent::Status(status) => {
                let mut case: EscalationCase = store::get(db, &status.case.to_string())?.ok_or(EditError::UnknownCase)?;
                // Only a desk the case was sent to can report on it: another contact that
                // somehow learnt the case's id cannot write on its timeline.
                let Some(desk) = known.as_ref().filter(|k| case.sent.iter().any(|s| s.to.contains(&k.id))) else {
                    return Err(EditError::NotFromCaseDesk);
                };
                if case.updates.iter().any(|u| u.status.made_at == status.made_at && u.status.desk == status.desk) {
                    return Ok(Imported::Status { case, new: false });
                }
                case.updates.push(CaseUpdate { desk: desk.name.clone(), received_at: stamp.at, status });
                Ok(Imported::Status { case: store::save(db, case, stamp)?, new: true })
            }
        })
    }

    /// Saves the desk's triage, actions and outcomes of a received case. What arrived (the
    /// content, its versions) and the status reports sent stay as recorded.
    pub fn save_received(&mut self, mut case: ReceivedCase, now: DateTime<Utc>) -> Result<ReceivedCase, EditError> {
        self.edit(now, |db, stamp| {
            let stored: ReceivedCase = store::get(db, &case.id.to_string())?.ok_or(EditError::RecordNotFound)?;
            // The desk's triage picks from the list; the package's own words stay allowed.
            if case.region.trim() != stored.content.region.trim() {
                super::regions::check_new(&case.region, Some(&stored.region))?;
            }
            case.case_id = stored.case_id;
            case.sender_key = stored.sender_key;
            case.content = stored.content;
            case.versions = stored.versions;
            case.acknowledged = stored.acknowledged;
            case.attachments = stored.attachments;
            store::save(db, case, stamp)
        })
    }

    /// Removes a received case; undo brings it back.
    pub fn remove_received(&mut self, id: ReceivedCaseId, now: DateTime<Utc>) -> Result<(), EditError> {
        self.edit(now, |db, stamp| store::remove::<ReceivedCase>(db, &id.to_string(), stamp).map(drop))
    }

    /// A new action on case `id`, drafted from the template in `locale`; not yet stored (it
    /// is saved with the case).
    pub fn draft_action(&self, id: ReceivedCaseId, kind: ActionKind, addressee: Addressee, locale: Locale, today: NaiveDate) -> Result<DeskAction, EditError> {
        let case = self.received_case(id)?;
        let draft = drafts::draft(&case.content, kind, addressee, locale);
        Ok(DeskAction {
            id: DeskActionId::new(),
            kind,
            addressee,
            language: locale.tag().to_owned(),
            title: draft.title,
            text: draft.text,
            signatories: Vec::new(),
            signatures: 0,
            tally: None,
            deadline: None,
            owner: String::new(),
            status: ActionStatus::Draft,
            created_on: today,
            sent_on: None,
        })
    }

    /// Action `action` of case `id` as plain text, to paste into a mechanism's web form or an
    /// email: its title, its text and, for a letter, the organisations that agreed to sign.
    /// Refused while its words name someone beyond their consent, as printing is.
    pub fn action_text(&self, id: ReceivedCaseId, action: DeskActionId) -> Result<String, EditError> {
        let case = self.received_case(id)?;
        let found = case.actions.iter().find(|a| a.id == action).ok_or(EditError::RecordNotFound)?;
        if !case.check_words(found.kind, found.addressee, &found.title, &found.text).is_empty() {
            return Err(EditError::BeyondConsent);
        }
        let locale = Locale::parse(&found.language).unwrap_or(Locale::En);
        Ok(drafts::plain_text(found, locale))
    }

    /// What in action `action` of case `id`, as being edited (`title`, `text`), goes beyond
    /// each person's consent for its audience: who, which words, which consent.
    pub fn check_action_words(&self, id: ReceivedCaseId, action: DeskActionId, kind: ActionKind, addressee: Addressee, title: &str, text: &str) -> Result<ActionFindings, EditError> {
        let findings = self.received_case(id)?.check_words(kind, addressee, title, text);
        Ok(ActionFindings { action, public: kind.is_public(addressee), findings })
    }

    /// A file received with case `id`, decrypted for the person to save where they choose.
    pub fn read_received_file(&self, id: ReceivedCaseId, attachment: uuid::Uuid) -> Result<(Attachment, zeroize::Zeroizing<Vec<u8>>), EditError> {
        let case = self.received_case(id)?;
        let found = case.attachments.into_iter().find(|a| a.id == attachment).ok_or(EditError::RecordNotFound)?;
        let bytes = self.vault().read_blob(&tejido_vault::BlobRef { id: found.id, sha256: found.sha256.clone(), size: found.size })?;
        Ok((found, bytes))
    }

    /// Seals a status report on case `id` back to the community that sent it: the desk's
    /// message, the actions (kinds, titles, where they stand; never texts or signatories) and
    /// the outcomes. Recorded on the case; returns the file's bytes.
    pub fn send_status(&mut self, id: ReceivedCaseId, message: &str, now: DateTime<Utc>) -> Result<Vec<u8>, EditError> {
        let case = self.received_case(id)?;
        if age::x25519::Recipient::from_str(&case.content.reply_to).is_err() {
            return Err(EditError::NoReplyAddress);
        }
        let keys = self.own_keys(now)?;
        let desk = self.collective()?.map(|c| c.name).unwrap_or_default();
        let message = message.trim().to_owned();
        let status = StatusContent {
            format: super::CONTENT_FORMAT,
            case: case.case_id,
            desk,
            message: message.clone(),
            actions: case
                .actions
                .iter()
                .map(ActionDone::from)
                .collect(),
            outcomes: case.outcomes.clone(),
            made_at: now,
            reply_to: keys.recipient(),
        };
        let bytes = seal(&PackageContent::Status(status), &[], std::slice::from_ref(&case.content.reply_to), &keys)
            .map_err(|e| EditError::Database { detail: e.to_string() })?;
        self.edit(now, |db, stamp| {
            let mut case: ReceivedCase = store::get(db, &id.to_string())?.ok_or(EditError::RecordNotFound)?;
            case.acknowledged.push(Acknowledgement { at: stamp.at, message });
            store::save(db, case, stamp)
        })?;
        Ok(bytes)
    }
}

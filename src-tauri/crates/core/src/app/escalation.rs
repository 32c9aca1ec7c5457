//! The app's escalation actions: cases, their preview, packages written to and read from
//! files the person chose, and contact files.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::risk::read_chosen_file;
use super::{App, AppError, local_day};
use crate::escalation::{Audience, CaseContent, Contact, ContactCard, ContactRole, EscalationCase, PackageError, fingerprint};
use crate::home::Home;
use crate::ids::{CaseId, ContactId, IncidentId};
use crate::risk::Incident;
use crate::sensitivity::Sensitivity;

/// An incident a case can include (restricted ones never leave, so they are not offered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct IncidentChoice {
    /// The incident.
    pub id: IncidentId,
    /// Its title.
    pub title: String,
    /// When.
    pub occurred_on: NaiveDate,
}

/// A contact with the fingerprint to compare aloud.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactView {
    /// The contact.
    pub contact: Contact,
    /// Its fingerprint.
    pub fingerprint: String,
}

/// What the escalation screens show.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EscalationScreen {
    /// Cases, newest first.
    pub cases: Vec<EscalationCase>,
    /// Desks and communities, by name.
    pub contacts: Vec<ContactView>,
    /// This vault's fingerprint, to read aloud to a desk.
    pub own_fingerprint: String,
    /// Incidents a case may include.
    pub incidents: Vec<IncidentChoice>,
    /// The home: members, attention, undo.
    pub home: Home,
}

/// A contact file read, before it is accepted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ContactPreview {
    /// What the file says.
    pub card: ContactCard,
    /// Its fingerprint, to compare aloud with the desk.
    pub fingerprint: String,
}

/// A package opened.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenedCase {
    /// What it carries.
    pub content: CaseContent,
    /// Who sent it, if a contact.
    pub sender: Option<String>,
    /// The sender's fingerprint.
    pub fingerprint: String,
}

fn package_error(e: PackageError) -> AppError {
    AppError::Package(e)
}

impl App {
    /// The escalation screens.
    pub fn escalation_screen(&mut self, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        let open = self.session()?;
        let session = &mut open.session;
        let own_fingerprint = fingerprint(&session.own_keys(now)?.signing_key());
        let analysis = session.risk_analysis(local_day(now))?;
        let incidents = analysis
            .incidents
            .iter()
            .filter(|i: &&Incident| i.sensitivity != Sensitivity::Restricted)
            .map(|i| IncidentChoice { id: i.id, title: i.title.clone(), occurred_on: i.occurred_on })
            .collect();
        Ok(EscalationScreen {
            cases: session.cases()?,
            contacts: session.contacts()?.into_iter().map(|c| ContactView { fingerprint: fingerprint(&c.signing_key), contact: c }).collect(),
            own_fingerprint,
            incidents,
            home: session.home_with(open.rollback, &analysis)?,
        })
    }

    /// A blank case.
    pub fn draft_case(&mut self) -> Result<EscalationCase, AppError> {
        Ok(self.session()?.session.draft_case())
    }

    /// Creates or replaces a case.
    pub fn save_case(&mut self, case: EscalationCase, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.session()?.session.save_case(case, now)?;
        self.escalation_screen(now)
    }

    /// Removes a case (undo brings it back).
    pub fn remove_case(&mut self, id: CaseId, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.session()?.session.remove_case(id, now)?;
        self.escalation_screen(now)
    }

    /// Exactly what would leave for `audience`.
    pub fn case_preview(&mut self, id: CaseId, audience: Audience, now: DateTime<Utc>) -> Result<CaseContent, AppError> {
        Ok(self.session()?.session.case_preview(id, audience, now)?)
    }

    /// Seals the desk package for `to` and writes it to `destination`: an export the person
    /// asked for (the file is encrypted and signed).
    pub fn export_case(&mut self, id: CaseId, to: &[ContactId], destination: &Path, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        let bytes = self.session()?.session.export_case(id, to, now)?;
        std::fs::write(destination, bytes).map_err(|e| AppError::File { path: destination.to_owned(), detail: e.to_string() })?;
        self.escalation_screen(now)
    }

    /// Writes this vault's contact file (public keys only) to `destination`.
    pub fn save_own_contact(&mut self, role: ContactRole, destination: &Path, now: DateTime<Utc>) -> Result<(), AppError> {
        let card = self.session()?.session.own_contact(role, now)?;
        std::fs::write(destination, card.to_text()).map_err(|e| AppError::File { path: destination.to_owned(), detail: e.to_string() })
    }

    /// Reads a contact file to show its fingerprint before accepting it.
    pub fn read_contact_file(&mut self, path: &Path) -> Result<ContactPreview, AppError> {
        let bytes = read_chosen_file(path)?;
        let card = ContactCard::parse(&String::from_utf8_lossy(&bytes)).map_err(package_error)?;
        Ok(ContactPreview { fingerprint: card.fingerprint(), card })
    }

    /// Accepts a contact whose fingerprint was compared.
    pub fn add_contact(&mut self, card: &ContactCard, notes: &str, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.session()?.session.add_contact(card, notes, now)?;
        self.escalation_screen(now)
    }

    /// Removes a contact (undo brings it back).
    pub fn remove_contact(&mut self, id: ContactId, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.session()?.session.remove_contact(id, now)?;
        self.escalation_screen(now)
    }

    /// Checks and opens the package at `path`.
    pub fn open_package(&mut self, path: &Path, accept_unknown: bool, now: DateTime<Utc>) -> Result<OpenedCase, AppError> {
        let bytes = read_chosen_file(path)?;
        let session = &mut self.session()?.session;
        let opened = session.open_package(&bytes, accept_unknown, now).map_err(package_error)?;
        let sender = session.contacts()?.into_iter().find(|c| c.signing_key == opened.sender_key).map(|c| c.name);
        Ok(OpenedCase { fingerprint: fingerprint(&opened.sender_key), sender, content: opened.content })
    }
}

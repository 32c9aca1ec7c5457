//! The app's escalation actions: cases, their preview, packages written to and read from
//! files the person chose, and contact files.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::risk::{read_chosen_file, write_chosen_file};
use super::{App, AppError, local_day};
use crate::escalation::{
    ActionFindings, ActionKind, Addressee, Audience, CaseContent, Contact, ContactCard, ContactRole, DeskAction, EscalationCase, ImpactReport, Imported,
    PackageError, ReceivedCase, SignatureTally, TimelineEntry, Trends, impact_report, timeline, trends,
};
use crate::error::EditError;
use crate::home::Home;
use crate::ids::{CaseId, ContactId, DeskActionId, DeskMemberId, IncidentId, ReceivedCaseId, SealedPackageId};
use crate::passphrase::check_new_passphrase;
use crate::protocol::Decision;
use tejido_vault::{ExposeSecret, SecretString};
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
    /// Its sealed files, which a case may send.
    pub attachments: Vec<crate::risk::Attachment>,
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
    /// This vault's fingerprint, to read aloud to a desk; none until its keys are made (when
    /// its contact file is first saved, a case sealed or a package opened).
    pub own_fingerprint: Option<String>,
    /// When this vault's package keys were replaced because a laptop holding them was removed
    /// from its sync group: until someone says so, every desk needs the new contact file.
    pub contact_file_replaced: Option<DateTime<Utc>>,
    /// Incidents a case may include.
    pub incidents: Vec<IncidentChoice>,
    /// This vault is a network desk's.
    pub desk: bool,
    /// The threat categories with their names, for the desk's triage.
    pub categories: Vec<crate::risk::ThreatCategory>,
    /// The defender profiles with their names, for the desk's triage and trends.
    pub profiles: Vec<crate::escalation::DefenderProfile>,
    /// Cases received (a desk), newest first.
    pub received: Vec<ReceivedView>,
    /// Received cases by category and month, region and working group.
    pub trends: Trends,
    /// Where each protection mechanism's template was taken from, to show beside its drafts.
    pub sources: Vec<crate::escalation::TemplateSource>,
    /// A desk's members, packages waiting sealed and access log (none for a community).
    pub oversight: Option<super::Oversight>,
    /// The home: members, attention, undo.
    pub home: Home,
}

/// A received case with its timeline and who sent it.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReceivedView {
    /// The case.
    pub case: ReceivedCase,
    /// Everything that happened on it, oldest first.
    pub timeline: Vec<TimelineEntry>,
    /// The sender's name, if a contact.
    pub sender: Option<String>,
    /// The sender's fingerprint.
    pub fingerprint: String,
    /// Actions that name someone beyond their consent: they refuse to print until fixed.
    pub findings: Vec<crate::escalation::ActionFindings>,
}

/// A request to a protection mechanism drafted on the community's side, to send it itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MechanismDraft {
    /// The mechanism.
    pub kind: ActionKind,
    /// In a line.
    pub title: String,
    /// The request, laid out as the mechanism's published form asks.
    pub text: String,
    /// The mechanism's fields the case could not fill, to complete before sending.
    pub missing: Vec<String>,
}

impl MechanismDraft {
    /// As saved or copied for the mechanism's web form or an email: title, blank line, text.
    fn plain_text(&self) -> String {
        format!("{}\n\n{}\n", self.title.trim(), self.text.trim())
    }
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

/// A package opened and kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenedCase {
    /// What it carried and where it was kept.
    pub imported: Imported,
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
        let own_fingerprint = session.own_fingerprint()?;
        let analysis = session.risk_analysis(local_day(now))?;
        let incidents = analysis
            .incidents
            .iter()
            .filter(|i: &&Incident| i.sensitivity != Sensitivity::Restricted)
            .map(|i| IncidentChoice { id: i.id, title: i.title.clone(), occurred_on: i.occurred_on, attachments: i.attachments.clone() })
            .collect();
        let contacts = session.contacts()?;
        let contacts_for_oversight = contacts.clone();
        let desk = session.collective()?.is_some_and(|c| c.desk);
        let received_cases = session.received_cases()?;
        let received = received_cases
            .iter()
            .map(|case| {
                let sender = contacts.iter().find(|c| c.signing_key == case.sender_key);
                ReceivedView {
                    findings: case.findings(),
                    timeline: timeline(case),
                    sender: sender.map(|c| c.name.clone()),
                    // The contact's, when known; else what the signed case claims, as it was shown.
                    fingerprint: sender.map(Contact::fingerprint).unwrap_or_else(|| case.content.sender_fingerprint(&case.sender_key)),
                    case: case.clone(),
                }
            })
            .collect();
        Ok(EscalationScreen {
            cases: session.cases()?,
            contacts: contacts.into_iter().map(|c| ContactView { fingerprint: c.fingerprint(), contact: c }).collect(),
            own_fingerprint,
            contact_file_replaced: session.package_keys_replaced()?,
            incidents,
            desk,
            categories: analysis.categories.clone(),
            profiles: crate::escalation::defender_profiles().to_vec(),
            trends: trends(&received_cases),
            sources: crate::escalation::template_sources(),
            oversight: if desk { Some(super::oversight::oversight(session, &contacts_for_oversight)?) } else { None },
            received,
            home: session.home_with(open.rollback, &analysis)?,
        })
    }

    /// Action `action` of received case `id` as plain text, to copy into a web form or an
    /// email; refused while it names someone beyond their consent, as printing is.
    pub fn action_text(&mut self, id: ReceivedCaseId, action: DeskActionId) -> Result<String, AppError> {
        Ok(self.session()?.session.action_text(id, action)?)
    }

    /// Saves action `action` of received case `id` as a plain-text file at `destination`,
    /// readable by its owner only; refused as [`Self::action_text`] is.
    pub fn export_action_text(&mut self, id: ReceivedCaseId, action: DeskActionId, destination: &Path) -> Result<(), AppError> {
        let text = self.action_text(id, action)?;
        write_chosen_file(destination, text.as_bytes())
    }

    /// What in an action being edited goes beyond each person's consent, while the desk types.
    pub fn check_action_words(&mut self, id: ReceivedCaseId, action: DeskActionId, kind: ActionKind, addressee: Addressee, title: &str, text: &str) -> Result<ActionFindings, AppError> {
        Ok(self.session()?.session.check_action_words(id, action, kind, addressee, title, text)?)
    }

    /// A request to protection mechanism `kind` for case `id`, drafted in the app's language
    /// from what the case's package would carry (see [`crate::Session::mechanism_draft`]).
    pub fn mechanism_draft(&mut self, id: CaseId, kind: ActionKind, now: DateTime<Utc>) -> Result<MechanismDraft, AppError> {
        let locale = self.locale();
        let draft = self.session()?.session.mechanism_draft(id, kind, locale, now)?;
        Ok(MechanismDraft { kind, title: draft.title, text: draft.text, missing: draft.missing })
    }

    /// Saves that request as a plain-text file at `destination` (readable by its owner only):
    /// an export the person asked for, for a mechanism's web form or an email.
    pub fn export_mechanism_draft(&mut self, id: CaseId, kind: ActionKind, destination: &Path, now: DateTime<Utc>) -> Result<(), AppError> {
        let text = self.mechanism_draft(id, kind, now)?.plain_text();
        write_chosen_file(destination, text.as_bytes())
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
        // The README.txt inside speaks the language the community uses Tejido in.
        let language = self.locale();
        let bytes = self.session()?.session.export_case_in(id, to, language, now)?;
        write_chosen_file(destination, &bytes)?;
        self.escalation_screen(now)
    }

    /// Seals a consent update for the desks case `id` was sent to and writes it to
    /// `destination`: an export the person asked for (encrypted and signed).
    pub fn send_consent_update(&mut self, id: CaseId, destination: &Path, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        let bytes = self.session()?.session.send_consent_update(id, now)?;
        write_chosen_file(destination, &bytes)?;
        self.escalation_screen(now)
    }

    /// Writes this vault's contact file (public keys only) to `destination`.
    /// Returns the fingerprint of the file written, to read aloud to whoever receives it: it
    /// binds the role, so a file saved in the other role than this vault's has another one.
    pub fn save_own_contact(&mut self, role: ContactRole, destination: &Path, now: DateTime<Utc>) -> Result<String, AppError> {
        let card = self.session()?.session.own_contact(role, now)?;
        write_chosen_file(destination, card.to_text().as_bytes())?;
        Ok(card.fingerprint())
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

    /// Checks and opens the package at `path` and keeps what it carries: a case on a desk,
    /// a status report on the community's case.
    /// An unknown sender is accepted only with `accept`, the fingerprint the person compared.
    pub fn open_package(&mut self, path: &Path, accept: Option<&str>, now: DateTime<Utc>) -> Result<OpenedCase, AppError> {
        let bytes = read_chosen_file(path)?;
        self.open_package_bytes(&bytes, accept, now)
    }

    /// What [`Self::open_package`] does with a file's bytes; a rehearsal hands over its
    /// packages in memory through here, so they meet the very checks a file meets.
    pub(crate) fn open_package_bytes(&mut self, bytes: &[u8], accept: Option<&str>, now: DateTime<Utc>) -> Result<OpenedCase, AppError> {
        let session = &mut self.session()?.session;
        let opened = match session.open_package(bytes, accept, now) {
            // Sealed to a desk's members, not to the desk: kept as it is until one opens it.
            Err(PackageError::NotForUs) if !session.desk_members()?.is_empty() => {
                let package = session.keep_sealed(bytes, now)?;
                let sender = session.contacts()?.into_iter().find(|c| c.signing_key == package.sender_key);
                return Ok(OpenedCase { fingerprint: sender.as_ref().map(Contact::fingerprint).unwrap_or_default(), sender: sender.map(|c| c.name), imported: Imported::Sealed { package } });
            }
            other => other.map_err(package_error)?,
        };
        let (sender_key, fingerprint) = (opened.sender_key.clone(), opened.fingerprint.clone());
        let imported = session.store_package(opened, now)?;
        // After storing: a sender accepted just now is a contact by then.
        let sender = session.contacts()?.into_iter().find(|c| c.signing_key == sender_key).map(|c| c.name);
        Ok(OpenedCase { fingerprint, sender, imported })
    }

    /// Marks this vault as a network desk's, or not.
    pub fn set_desk(&mut self, desk: bool, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.session()?.session.set_desk(desk, now)?;
        self.escalation_screen(now)
    }

    /// Saves the desk's triage, actions and outcomes of a received case.
    pub fn save_received(&mut self, case: ReceivedCase, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.session()?.session.save_received(case, now)?;
        self.escalation_screen(now)
    }

    /// Removes a received case (undo brings it back).
    pub fn remove_received(&mut self, id: ReceivedCaseId, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.session()?.session.remove_received(id, now)?;
        self.escalation_screen(now)
    }

    /// A new action on a received case, drafted in `language`.
    pub fn draft_action(&mut self, id: ReceivedCaseId, kind: ActionKind, addressee: Addressee, language: &str, now: DateTime<Utc>) -> Result<DeskAction, AppError> {
        let locale = tejido_i18n::Locale::parse(language).unwrap_or_default();
        Ok(self.session()?.session.draft_action(id, kind, addressee, locale, local_day(now))?)
    }

    /// Seals a status report back to the community and writes it to `destination`.
    pub fn send_status(&mut self, id: ReceivedCaseId, message: &str, destination: &Path, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        let bytes = self.session()?.session.send_status(id, message, now)?;
        write_chosen_file(destination, &bytes)?;
        self.escalation_screen(now)
    }

    /// Writes a file received with a case, decrypted, to `destination`: an export the person
    /// asked for, after `current` (a passphrase or the paper key) is confirmed.
    pub fn export_received_file(&mut self, current: &tejido_vault::SecretString, id: ReceivedCaseId, attachment: uuid::Uuid, destination: &Path) -> Result<(), AppError> {
        self.confirm_secret(current)?;
        let (_, bytes) = self.session()?.session.read_received_file(id, attachment)?;
        write_chosen_file(destination, &bytes)
    }

    /// Saves every received case as one CSV line at `destination` (readable by its owner
    /// only), for an annual report: no person's name, see [`crate::escalation::cases_csv`].
    pub fn export_cases_csv(&mut self, destination: &Path) -> Result<(), AppError> {
        let locale = self.locale();
        let csv = crate::escalation::cases_csv(&self.session()?.session.received_cases()?, locale).map_err(|e| EditError::Database { detail: e.to_string() })?;
        write_chosen_file(destination, csv.as_bytes())
    }

    /// The received cases that hold every word of `query`, in the order the screen lists them
    /// (see [`crate::escalation::case_matches`]).
    pub fn search_received(&mut self, query: &str) -> Result<Vec<ReceivedCaseId>, AppError> {
        let cases = self.session()?.session.received_cases()?;
        Ok(cases.iter().filter(|c| crate::escalation::case_matches(c, query)).map(|c| c.id).collect())
    }

    /// The impact report across received cases.
    pub fn impact_report(&mut self, now: DateTime<Utc>) -> Result<ImpactReport, AppError> {
        Ok(impact_report(&self.session()?.session.received_cases()?, local_day(now)))
    }

    /// Counts the signatures in the CSV file at `path` for a petition's tally: the file is read
    /// and forgotten, only the counts and its name come back (saved with the action).
    pub fn count_signatures(&mut self, path: &Path, now: DateTime<Utc>) -> Result<SignatureTally, AppError> {
        let bytes = read_chosen_file(path)?;
        let count = crate::escalation::count_signatures(&bytes)?;
        Ok(SignatureTally {
            file: path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            counted_on: local_day(now),
            signatures: count.signatures,
            duplicates: count.duplicates,
        })
    }

    /// Adds a desk member by the Advisory Group's `decision`, with keys sealed to their own
    /// `passphrase` (as strong as a vault's).
    pub fn add_desk_member(&mut self, name: &str, working_groups: Vec<String>, passphrase: &SecretString, decision: Decision, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        check_new_passphrase(passphrase.expose_secret())?;
        self.session()?.session.add_desk_member(name, working_groups, passphrase, decision, now)?;
        self.escalation_screen(now)
    }

    /// Removes desk member `id` by the Advisory Group's `decision`.
    pub fn remove_desk_member(&mut self, id: DeskMemberId, decision: Decision, now: DateTime<Utc>) -> Result<EscalationScreen, AppError> {
        self.session()?.session.remove_desk_member(id, decision, now)?;
        self.escalation_screen(now)
    }

    /// Member `member` opens kept package `id` with their own passphrase; the opening is logged.
    pub fn open_sealed(&mut self, id: SealedPackageId, member: DeskMemberId, passphrase: &SecretString, accept: Option<&str>, now: DateTime<Utc>) -> Result<OpenedCase, AppError> {
        let session = &mut self.session()?.session;
        let sender_key = session.sealed_packages()?.into_iter().find(|p| p.id == id).map(|p| p.sender_key).unwrap_or_default();
        let imported = session.open_sealed(id, member, passphrase, accept, now)?;
        let sender = session.contacts()?.into_iter().find(|c| c.signing_key == sender_key);
        let fingerprint = match &imported {
            Imported::Case { case, .. } | Imported::Consent { case, .. } => case.content.sender_fingerprint(&case.sender_key),
            _ => sender.as_ref().map(Contact::fingerprint).unwrap_or_default(),
        };
        Ok(OpenedCase { fingerprint, sender: sender.map(|c| c.name), imported })
    }

}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use tejido_vault::KdfPolicy;

    use super::*;

    #[test]
    fn the_fingerprint_shown_after_saving_a_contact_file_is_the_one_its_reader_sees() {
        let root = tempfile::tempdir().unwrap();
        let mut app = App::new(&root.path().join("config"), &root.path().join("data"), KdfPolicy::insecure_for_tests(2));
        app.create_vault(&root.path().join("Community.tejido"), "Río Claro", "a long passphrase", Utc::now()).unwrap();
        for (role, file) in [(ContactRole::Community, "community.json"), (ContactRole::Desk, "desk.json")] {
            let path = root.path().join(file);
            let read_aloud = app.save_own_contact(role, &path, Utc::now()).unwrap();
            assert_eq!(read_aloud, app.read_contact_file(&path).unwrap().fingerprint, "{role:?}");
        }
        // A community's vault shows its community fingerprint on the screen; a file saved as a
        // desk has another one (the role is bound), which is why the saved one is shown.
        let screen = app.escalation_screen(Utc::now()).unwrap();
        let community = app.read_contact_file(&root.path().join("community.json")).unwrap().fingerprint;
        let desk = app.read_contact_file(&root.path().join("desk.json")).unwrap().fingerprint;
        assert_eq!(screen.own_fingerprint.as_deref(), Some(community.as_str()));
        assert_ne!(community, desk);
    }
}

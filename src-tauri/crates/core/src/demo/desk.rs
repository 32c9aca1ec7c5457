//! The demo desk: a solidarity network's desk vault holding cases from invented communities,
//! at least one in every [`DeskStage`], with every kind of action and outcome, letters waiting
//! for organisations to agree to sign, a petition counted from its file, a consent withdrawn
//! after the case was sent and status reports sent back.
//!
//! It is built the way a real desk's is: each community's case goes through the community
//! side's own package code (redaction by consent, sealing, signing), the desk opens and keeps
//! it, then triages, drafts its actions from the templates and records outcomes through the
//! same calls as its screens. So the demo stays valid as the schema and the package move.
//! `assets/demo/…/desk.json` says only the story; dates are counted back from the day it is
//! made, so deadlines are near and one is overdue whenever it is opened first.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use tejido_i18n::Locale;

use super::files;
use crate::error::EditError;
use crate::escalation::{
    ActionKind, ActionStatus, Addressee, CaseOutcome, Consent, ConsentNow, ConsentUpdate, ContactRole, Imported, OutcomeKind, PackageContent,
    PackageError, Request, SignatureTally, Signatory, Urgency, count_signatures, person_key, redact, seal, seal_in, Audience,
};
use crate::ids::{OutcomeId, PersonId};
use crate::keys::OwnKeys;
use crate::person::Person;
use crate::risk::{RiskKind, RiskRecord};
use crate::sensitivity::Sensitivity;
use crate::store::Session;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoDesk {
    format_version: u32,
    desk: super::DemoCollective,
    cases: Vec<DemoCase>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoCase {
    community: String,
    received_days_ago: i64,
    title: String,
    summary: String,
    public_summary: String,
    urgency: Urgency,
    requests: Vec<Request>,
    region: String,
    #[serde(default)]
    working_group: String,
    #[serde(default)]
    safe_contact: String,
    people: Vec<DemoCasePerson>,
    incidents: Vec<DemoIncident>,
    /// A second package of the case, with a new summary.
    #[serde(default)]
    update: Option<DemoUpdate>,
    /// People who withdrew their consent after the case was sent.
    #[serde(default)]
    withdrawn: Option<DemoWithdrawal>,
    #[serde(default)]
    triage: Option<DemoTriage>,
    #[serde(default)]
    actions: Vec<DemoAction>,
    #[serde(default)]
    outcomes: Vec<DemoOutcome>,
    /// A status report sent back to the community.
    #[serde(default)]
    status: Option<String>,
    #[serde(default)]
    closed: bool,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoCasePerson {
    pseudonym: String,
    #[serde(default)]
    real_name: Option<String>,
    #[serde(default)]
    role: String,
    /// Shared with the desk, named to authorities, named in public, photos.
    consent: [bool; 4],
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoIncident {
    title: String,
    days_ago: i64,
    place: String,
    description: String,
    category: String,
    #[serde(default)]
    affected: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoUpdate {
    days_ago: i64,
    summary: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoWithdrawal {
    days_ago: i64,
    people: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoTriage {
    #[serde(default)]
    urgency: Option<Urgency>,
    #[serde(default)]
    working_group: String,
    #[serde(default)]
    profiles: Vec<String>,
    #[serde(default)]
    categories: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoAction {
    kind: ActionKind,
    #[serde(default = "government")]
    addressee: Addressee,
    status: ActionStatus,
    owner: String,
    started_days_ago: i64,
    /// Negative: the deadline has passed.
    #[serde(default)]
    deadline_in_days: Option<i64>,
    #[serde(default)]
    sent_days_ago: Option<i64>,
    /// Organisations asked to sign, and whether they agreed.
    #[serde(default)]
    signatories: Vec<(String, bool)>,
    /// A petition's file of signatures: this many people, and this many rows repeating one.
    #[serde(default)]
    petition: Option<(u32, u32)>,
}

fn government() -> Addressee {
    Addressee::Government
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoOutcome {
    days_ago: i64,
    kind: OutcomeKind,
    note: String,
}

fn demo_desk(locale: Locale) -> DemoDesk {
    serde_json::from_str(files(locale).desk).expect("assets/demo/…/desk.json is valid (checked by tests)")
}

/// The rows of an invented petition platform's export: `signers` addresses, the first
/// `repeated` of them signing twice. Addresses are on the reserved `.invalid` domain.
fn petition_file(signers: u32, repeated: u32) -> Vec<u8> {
    let mut csv = String::from("name,email\n");
    for n in 0..signers {
        csv.push_str(&format!("Signer {n},signer{n}@petition.invalid\n"));
    }
    for n in 0..repeated.min(signers) {
        csv.push_str(&format!("Signer {n},signer{n}@petition.invalid\n"));
    }
    csv.into_bytes()
}

fn package_error(e: PackageError) -> EditError {
    EditError::Database { detail: e.to_string() }
}

impl Session {
    /// Makes this new vault the demo desk of `locale`: marks it a desk, names it, and receives,
    /// triages and acts on the demo cases as of `now`. Returns how many cases it holds. Each
    /// package and each triage is its own save, as on a real desk.
    pub fn load_desk_demo(&mut self, locale: Locale, now: DateTime<Utc>) -> Result<usize, EditError> {
        let demo = demo_desk(locale);
        debug_assert_eq!(demo.format_version, 1);
        self.set_desk(true, now)?;
        self.rename_collective(&demo.desk.name, &demo.desk.description, now)?;
        let desk = self.own_contact(ContactRole::Desk, now)?;
        let to_desk = [desk.recipient.clone()];
        let today = now.date_naive();
        let ago = |days: i64| now - Duration::days(days);
        let day = |days: i64| today - Duration::days(days);
        // One set of keys per community: its later packages come from the same sender.
        let mut senders: HashMap<String, OwnKeys> = HashMap::new();
        for story in &demo.cases {
            let keys = senders.entry(story.community.clone()).or_insert_with(OwnKeys::generate);
            // The community's side, in memory: its people, incidents and case, as its vault
            // would hold them, redacted by consent and sealed exactly as `export_case` does.
            let people: Vec<Person> = story
                .people
                .iter()
                .map(|p| Person {
                    id: PersonId::new(),
                    pseudonym: p.pseudonym.clone(),
                    real_name: p.real_name.clone(),
                    role: p.role.clone(),
                    tags: Vec::new(),
                    household: String::new(),
                    sector: String::new(),
                    notes: String::new(),
                    sensitivity: Sensitivity::Community,
                    created_at: ago(story.received_days_ago + 30),
                    updated_at: ago(story.received_days_ago + 30),
                })
                .collect();
            let id_of = |name: &str| people.iter().find(|p| p.pseudonym == name).map(|p| p.id);
            let mut incidents = Vec::new();
            for i in &story.incidents {
                let RiskRecord::Incident(mut incident) = self.draft_risk_record(RiskKind::Incident, day(i.days_ago))? else {
                    unreachable!("an incident draft")
                };
                incident.title = i.title.clone();
                incident.place = i.place.clone();
                incident.description = i.description.clone();
                incident.category = i.category.clone();
                incident.affected_people = i.affected.iter().filter_map(|n| id_of(n)).collect();
                incidents.push(incident);
            }
            let mut case = self.draft_case();
            case.title = story.title.clone();
            case.summary = story.summary.clone();
            case.public_summary = story.public_summary.clone();
            case.urgency = story.urgency;
            case.requests = story.requests.clone();
            case.region = story.region.clone();
            case.working_group = story.working_group.clone();
            case.safe_contact = story.safe_contact.clone();
            case.people = people.iter().map(|p| p.id).collect();
            case.incidents = incidents.iter().map(|i| i.id).collect();
            case.consents = story
                .people
                .iter()
                .zip(&people)
                .map(|(p, person)| Consent {
                    person: person.id,
                    share_with_desk: p.consent[0],
                    name_to_authorities: p.consent[1],
                    name_in_public: p.consent[2],
                    photos: p.consent[3],
                    recorded_on: day(story.received_days_ago + 1),
                })
                .collect();
            let mut versions = vec![(story.received_days_ago, story.summary.clone())];
            if let Some(update) = &story.update {
                versions.push((update.days_ago, update.summary.clone()));
            }
            let mut received = None;
            for (number, (days, summary)) in versions.into_iter().enumerate() {
                case.summary = summary;
                let mut content =
                    redact(&case, &people, &incidents, &[], &[], &story.community, Audience::Desk, number as u32 + 1, ago(days));
                content.reply_to = keys.recipient();
                let bytes = seal_in(&PackageContent::Case(content), &[], &to_desk, keys, locale).map_err(package_error)?;
                received = Some(self.receive_demo_package(&bytes, ago(days))?);
            }
            let mut received = received.expect("at least one version");
            if let Some(withdrawal) = &story.withdrawn {
                let update = ConsentUpdate {
                    format: crate::escalation::CONSENT_FORMAT,
                    case: case.id,
                    collective: story.community.clone(),
                    people: story
                        .people
                        .iter()
                        .zip(&people)
                        .map(|(p, person)| {
                            let share = p.consent[0] && !withdrawal.people.contains(&p.pseudonym);
                            ConsentNow {
                                key: person_key(case.id, person.id),
                                share_with_desk: share,
                                name_to_authorities: share && p.consent[1],
                                name_in_public: share && p.consent[2],
                                photos: share && p.consent[3],
                            }
                        })
                        .collect(),
                    made_at: ago(withdrawal.days_ago),
                    reply_to: keys.recipient(),
                };
                let bytes = seal(&PackageContent::Consent(update), &[], &to_desk, keys).map_err(package_error)?;
                received = self.receive_demo_package(&bytes, ago(withdrawal.days_ago))?;
            }

            // The desk's side: triage, actions drafted from the templates, outcomes.
            if let Some(triage) = &story.triage {
                if let Some(urgency) = triage.urgency {
                    received.urgency = urgency;
                }
                if !triage.working_group.is_empty() {
                    received.working_group = triage.working_group.clone();
                }
                received.profiles = triage.profiles.clone();
                for category in &triage.categories {
                    if !received.categories.contains(category) {
                        received.categories.push(category.clone());
                    }
                }
            }
            for a in &story.actions {
                let mut action = self.draft_action(received.id, a.kind, a.addressee, locale, day(a.started_days_ago))?;
                action.status = a.status;
                action.owner = a.owner.clone();
                action.deadline = a.deadline_in_days.map(|d| today + Duration::days(d));
                action.sent_on = a.sent_days_ago.map(day);
                action.signatories = a
                    .signatories
                    .iter()
                    .map(|(organisation, consented)| Signatory {
                        organisation: organisation.clone(),
                        consented: *consented,
                        consented_on: consented.then(|| day(a.started_days_ago)),
                    })
                    .collect();
                if let Some((signers, repeated)) = a.petition {
                    let counted = count_signatures(&petition_file(signers, repeated)).map_err(|e| EditError::Database { detail: e.to_string() })?;
                    action.signatures = counted.signatures;
                    action.tally = Some(SignatureTally {
                        file: "petition-signatures.csv".to_owned(),
                        counted_on: today,
                        signatures: counted.signatures,
                        duplicates: counted.duplicates,
                    });
                }
                received.actions.push(action);
            }
            received.outcomes = story
                .outcomes
                .iter()
                .map(|o| CaseOutcome { id: OutcomeId::new(), on: day(o.days_ago), kind: o.kind, note: o.note.clone() })
                .collect();
            received.closed = story.closed;
            let received = self.save_received(received, now)?;
            if let Some(message) = &story.status {
                // The report's bytes would go to the community; the demo only keeps that it was sent.
                self.send_status(received.id, message, now)?;
            }
        }
        Ok(demo.cases.len())
    }

    /// Opens a demo package as a desk person does who compared the sender's fingerprint, and
    /// keeps it as of `at`.
    fn receive_demo_package(&mut self, bytes: &[u8], at: DateTime<Utc>) -> Result<crate::escalation::ReceivedCase, EditError> {
        let opened = match self.open_package(bytes, None, at) {
            Err(PackageError::UnknownSender { fingerprint }) => self.open_package(bytes, Some(&fingerprint), at),
            other => other,
        }
        .map_err(package_error)?;
        match self.store_package(opened, at)? {
            Imported::Case { case, .. } | Imported::Consent { case, .. } => Ok(*case),
            Imported::Sealed { .. } | Imported::Status { .. } => Err(EditError::RecordNotFound),
        }
    }
}

//! A case for the solidarity network, and the contacts packages are sealed to and accepted
//! from. Each is one row (see [`crate::store::records`]).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::store::records::{record, dedup, required, trim};
use crate::error::EditError;
use crate::ids::{CaseId, ContactId, IncidentId, PersonId};

/// Who a contact is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ContactRole {
    /// A network desk: cases are sent to it.
    Desk,
    /// A community: its cases are received.
    Community,
}

/// A desk or community, from the contact file it handed out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    /// Its id.
    pub id: ContactId,
    /// Its name.
    pub name: String,
    /// Desk or community.
    pub role: ContactRole,
    /// The age recipient packages to it are sealed to (`age1…`).
    pub recipient: String,
    /// The minisign public key its packages are signed with.
    pub signing_key: String,
    /// How it was checked ("fingerprint read aloud on the phone, 3 May").
    pub notes: String,
    /// A desk's members as its latest contact file listed them, signed by the desk.
    #[serde(default)]
    pub members: Option<super::SignedMembers>,
}

/// What the community asks of the network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Request {
    /// A collective letter to the authorities.
    Letter,
    /// A petition members sign.
    Petition,
    /// Work with the press and social media.
    Media,
    /// A communication to UN Special Procedures.
    UnMechanism,
    /// A request to a regional mechanism (Inter-American or African Commission).
    RegionalMechanism,
    /// Emergency relocation.
    Relocation,
    /// Emergency funds.
    Funds,
    /// Accompaniment (a visit, observers).
    Accompaniment,
    /// A lawyer: defence, filing a complaint, habeas corpus.
    LegalSupport,
    /// Medical care.
    MedicalSupport,
    /// Psychosocial support for those at risk and their families.
    PsychosocialSupport,
    /// An emergency grant (Front Line Defenders, ProtectDefenders.eu and others give them).
    EmergencyGrant,
}

impl Request {
    /// Every request, in the order a community is offered them.
    pub const ALL: [Request; 12] = [
        Request::Letter,
        Request::Petition,
        Request::Media,
        Request::UnMechanism,
        Request::RegionalMechanism,
        Request::Relocation,
        Request::Funds,
        Request::Accompaniment,
        Request::LegalSupport,
        Request::MedicalSupport,
        Request::PsychosocialSupport,
        Request::EmergencyGrant,
    ];
}

/// How soon the network should act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Lives at stake now: hours.
    Immediate,
    /// Days.
    Urgent,
    /// An update on an earlier case.
    FollowUp,
}

/// What one person agreed to, for this case. Each use is asked separately; nothing is
/// assumed. A person without `share_with_desk` is not in any package at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Consent {
    /// Who.
    pub person: PersonId,
    /// Their situation may be shared with the network desk.
    pub share_with_desk: bool,
    /// Their name may be given to a government (UN communications require it).
    pub name_to_authorities: bool,
    /// Their name may be made public.
    pub name_in_public: bool,
    /// Photos of them may be used.
    pub photos: bool,
    /// When they said so.
    pub recorded_on: NaiveDate,
}

impl Consent {
    /// Nothing agreed yet.
    pub fn none(person: PersonId, today: NaiveDate) -> Self {
        Consent { person, share_with_desk: false, name_to_authorities: false, name_in_public: false, photos: false, recorded_on: today }
    }
}

/// One package sent, kept on the case so its history shows what left and to whom.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Sent {
    /// The package's version of the case (1, 2…).
    pub version: u32,
    /// When it was sealed.
    pub at: DateTime<Utc>,
    /// To which desks.
    pub to: Vec<ContactId>,
}

/// A case for the solidarity network.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EscalationCase {
    /// Its id.
    pub id: CaseId,
    /// In a line.
    pub title: String,
    /// What happened and what is at stake, for the desk only.
    pub summary: String,
    /// What may be made public.
    pub public_summary: String,
    /// How soon.
    pub urgency: Urgency,
    /// What is asked.
    pub requests: Vec<Request>,
    /// Who is at risk.
    pub people: Vec<PersonId>,
    /// What happened, from the incident book.
    pub incidents: Vec<IncidentId>,
    /// Consent per person and use.
    pub consents: Vec<Consent>,
    /// Where it happened: an ISO 3166 code, a country (`GT`) or a subdivision (`GT-06`); an
    /// older vault's free text is kept as typed (see `escalation::regions`).
    pub region: String,
    /// A safe way for the desk to reach the community.
    pub safe_contact: String,
    /// Packages sent so far.
    pub sent: Vec<Sent>,
    /// Status reports the desks sent back, oldest first.
    pub updates: Vec<super::CaseUpdate>,
    /// Files to send, chosen among the attachments of the case's incidents.
    #[ts(type = "Array<string>")]
    pub attachments: Vec<uuid::Uuid>,
    /// The desk working group it concerns: a desk with members seals it to that group's
    /// members only (empty: every member).
    #[serde(default)]
    pub working_group: String,
}

impl EscalationCase {
    /// The consent recorded for `person`, or none given.
    pub fn consent_of(&self, person: PersonId) -> Consent {
        self.consents.iter().find(|c| c.person == person).cloned().unwrap_or_else(|| Consent::none(person, NaiveDate::MIN))
    }
}

impl Contact {
    /// Its fingerprint, over the name, role, recipient and signing key its file gave.
    pub fn fingerprint(&self) -> String {
        super::contact_fingerprint(&self.name, self.role, &self.recipient, &self.signing_key)
    }

    /// Whom a case of working group `group` is sealed to at this contact: a desk that lists
    /// members, its members of that group (every member for no group), never the desk's own
    /// key, so only members open it and each opening is logged; else the contact itself.
    pub fn recipients(&self, group: &str) -> Result<Vec<String>, EditError> {
        match &self.members {
            Some(list) if !list.members.is_empty() => {
                let recipients = list.recipients(group);
                if recipients.is_empty() {
                    return Err(EditError::NoMemberInGroup { desk: self.name.clone(), group: group.trim().to_owned() });
                }
                Ok(recipients)
            }
            _ => Ok(vec![self.recipient.clone()]),
        }
    }
}

record! {
    Contact in Contact, json ["members"], order "name COLLATE NOCASE",
    validate(record) {
        required(&mut record.name)?;
        trim(&mut record.notes);
        Ok(())
    }
}

record! {
    EscalationCase in EscalationCase, json ["requests", "people", "incidents", "consents", "sent", "updates", "attachments"], order "created_at DESC",
    validate(record) {
        required(&mut record.title)?;
        trim(&mut record.summary);
        trim(&mut record.public_summary);
        record.region = super::regions::normalise(&record.region);
        trim(&mut record.safe_contact);
        dedup(&mut record.people);
        dedup(&mut record.attachments);
        // A consent for someone no longer in the case is dropped, one per person.
        let mut seen = std::collections::HashSet::new();
        let people = record.people.clone();
        record.consents.retain(|c| people.contains(&c.person) && seen.insert(c.person));
        Ok(())
    }
}

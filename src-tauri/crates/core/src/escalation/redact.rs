//! What leaves, per audience: the desk gets what each person agreed to share with it, with a
//! real name only where they agreed to be named; the public gets only the public summary and
//! the people who agreed to be named in public. Restricted incidents never leave.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{EscalationCase, Request, Urgency};
use crate::ids::CaseId;
use crate::person::Person;
use crate::risk::{Attachment, Incident};
use crate::sensitivity::Sensitivity;

/// Who will read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// The network desk only.
    Desk,
    /// Anyone: a media brief, a public letter.
    Public,
}

/// A person as they appear in a package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CasePerson {
    /// Their pseudonym (never for the public: only names agreed to be public go there).
    pub pseudonym: Option<String>,
    /// Their name, only where they agreed to be named to this audience.
    pub real_name: Option<String>,
    /// Their role in the community.
    pub role: String,
    /// Their name may be given to a government.
    pub name_to_authorities: bool,
    /// Their name may be made public.
    pub name_in_public: bool,
    /// Photos of them may be used.
    pub photos: bool,
}

/// An incident as it appears in a package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseIncident {
    /// In a line.
    pub title: String,
    /// When.
    pub occurred_on: NaiveDate,
    /// Where.
    pub place: String,
    /// Its threat category.
    pub category: String,
    /// What happened.
    pub description: String,
}

/// A file sent with a case (its bytes travel sealed beside the case in the package).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseAttachment {
    /// Its file name.
    pub name: String,
    /// SHA-256 of its content, hex: the signature covers it through this list.
    pub sha256: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub size: u64,
}

/// What a package carries: exactly what the redaction preview shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseContent {
    /// The shape of this document; newer ones are refused by older desks.
    pub format: u32,
    /// The case.
    pub case: CaseId,
    /// Which package of the case (1, 2…).
    pub version: u32,
    /// Who it is for.
    pub audience: Audience,
    /// The community sending it.
    pub collective: String,
    /// In a line.
    pub title: String,
    /// How soon.
    pub urgency: Urgency,
    /// What is asked.
    pub requests: Vec<Request>,
    /// Region or country.
    pub region: String,
    /// The threat categories of its incidents.
    pub categories: Vec<String>,
    /// The desk's summary, or the public one.
    pub summary: String,
    /// What the community said may be made public: the only text a media brief uses.
    #[serde(default)]
    pub public_summary: String,
    /// How to reach the community (desk only).
    pub safe_contact: String,
    /// The people at risk who may appear.
    pub people: Vec<CasePerson>,
    /// What happened (desk only).
    pub incidents: Vec<CaseIncident>,
    /// When it was made.
    pub made_at: DateTime<Utc>,
    /// The sender's age recipient, so a desk can seal a status report back (desk only;
    /// filled when the package is sealed).
    #[serde(default)]
    pub reply_to: String,
    /// The files sent with it (desk only).
    #[serde(default)]
    pub attachments: Vec<CaseAttachment>,
}

/// Whether a file may show a person, from its content (never its name, which anyone can
/// change): everything is, failing closed, but sound and plain text. Video, PDF, office
/// documents (which embed pictures), archives and unknown kinds all count as pictures, and so
/// does text that carries or draws one (SVG, an HTML image, a `data:image` URI).
pub(crate) fn may_show_a_person(bytes: &[u8]) -> bool {
    if let Some(kind) = infer::get(bytes) {
        return kind.matcher_type() != infer::MatcherType::Audio;
    }
    let Ok(text) = std::str::from_utf8(bytes) else { return true };
    let lower = text.to_lowercase();
    text.contains('\0') || ["<svg", "<img", "data:image", "<?xml", "<html", "<!doctype"].iter().any(|m| lower.contains(m))
}

/// The files of `case` that may leave for the desk: chosen by the community, attached to an
/// incident the case includes and that is not restricted. A file that may show a person
/// (`may_show_a_person(file)`) goes only if everyone it could show agreed to the use of
/// photos: every person of the case (whether or not they are in the package) and every
/// person the incident affected. Failing closed: an incident that targeted the whole
/// collective, or one with nobody linked to it or to the case, could show anyone.
pub(crate) fn files_to_send<'a>(
    case: &EscalationCase,
    incidents: &'a [Incident],
    mut may_show_a_person: impl FnMut(&Incident, &Attachment) -> bool,
) -> Vec<(&'a Incident, &'a Attachment)> {
    incidents
        .iter()
        .filter(|i| case.incidents.contains(&i.id) && i.sensitivity != Sensitivity::Restricted)
        .flat_map(|i| i.attachments.iter().map(move |a| (i, a)))
        .filter(|(_, a)| case.attachments.contains(&a.id))
        .filter(|(i, a)| pictures_allowed(case, i) || !may_show_a_person(i, a))
        .collect()
}

fn pictures_allowed(case: &EscalationCase, incident: &Incident) -> bool {
    let mut shown = case.people.iter().chain(&incident.affected_people).peekable();
    !incident.whole_collective && shown.peek().is_some() && shown.all(|p| case.consent_of(*p).photos)
}

/// The format this build writes and the newest it reads.
pub const CONTENT_FORMAT: u32 = 1;

/// What `case` would send to `audience`; `files` are those [`files_to_send`] chose (for the
/// desk; the public never gets files).
pub fn redact(
    case: &EscalationCase,
    people: &[Person],
    incidents: &[Incident],
    files: &[&Attachment],
    collective: &str,
    audience: Audience,
    version: u32,
    now: DateTime<Utc>,
) -> CaseContent {
    let public = audience == Audience::Public;
    let chosen: Vec<&Incident> = incidents
        .iter()
        .filter(|i| case.incidents.contains(&i.id) && i.sensitivity != Sensitivity::Restricted)
        .collect();
    let mut categories: Vec<String> = chosen.iter().map(|i| i.category.clone()).collect();
    categories.sort();
    categories.dedup();
    // A file's name is text that leaves too ("Rosa Xol statement.txt"): real names the desk may
    // not read become pseudonyms, as on the projector.
    let unnamed: Vec<Person> = people
        .iter()
        .filter(|p| {
            let consent = case.consent_of(p.id);
            !(case.people.contains(&p.id) && consent.share_with_desk && (consent.name_to_authorities || consent.name_in_public))
        })
        .cloned()
        .collect();
    let people: Vec<CasePerson> = case
        .people
        .iter()
        .filter_map(|id| people.iter().find(|p| p.id == *id))
        .filter_map(|person| {
            let consent = case.consent_of(person.id);
            if !consent.share_with_desk || (public && !consent.name_in_public) {
                return None;
            }
            let named = if public { consent.name_in_public } else { consent.name_to_authorities || consent.name_in_public };
            Some(CasePerson {
                pseudonym: (!public).then(|| person.pseudonym.clone()),
                real_name: person.real_name.clone().filter(|_| named),
                role: if public { String::new() } else { person.role.clone() },
                name_to_authorities: consent.name_to_authorities,
                name_in_public: consent.name_in_public,
                photos: consent.photos,
            })
        })
        // A public name without a real name on file says nothing: leave it out.
        .filter(|p| !public || p.real_name.is_some())
        .collect();
    let attachments = if public {
        Vec::new()
    } else {
        files.iter().map(|a| CaseAttachment { name: crate::names::mask_real_names(&a.name, &unnamed), sha256: a.sha256.clone(), size: a.size }).collect()
    };
    CaseContent {
        attachments,
        format: CONTENT_FORMAT,
        case: case.id,
        version,
        audience,
        collective: collective.to_owned(),
        title: case.title.clone(),
        urgency: case.urgency,
        requests: case.requests.clone(),
        region: case.region.clone(),
        categories,
        summary: if public { case.public_summary.clone() } else { case.summary.clone() },
        public_summary: case.public_summary.clone(),
        safe_contact: if public { String::new() } else { case.safe_contact.clone() },
        people,
        incidents: if public {
            Vec::new()
        } else {
            chosen
                .iter()
                .map(|i| CaseIncident {
                    title: i.title.clone(),
                    occurred_on: i.occurred_on,
                    place: i.place.clone(),
                    category: i.category.clone(),
                    description: i.description.clone(),
                })
                .collect()
        },
        made_at: now,
        reply_to: String::new(),
    }
}

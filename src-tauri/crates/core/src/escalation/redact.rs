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
    /// An opaque handle for this person in this case (not their id), so a later consent
    /// update can name whose consent changed without saying anything else about them. Empty
    /// in packages from earlier builds.
    #[serde(default)]
    pub key: String,
    /// Set by a desk when a consent update said this person withdrew from the case: nothing
    /// about them may leave the desk any more (never set in a package).
    #[serde(default)]
    pub withdrawn: bool,
    /// When a consent update last changed what this person agreed to (desk side).
    #[serde(default)]
    #[ts(optional)]
    pub consent_changed_at: Option<DateTime<Utc>>,
}

impl CasePerson {
    /// The name a text may give this person: `public` for anyone, else for authorities.
    pub fn name_for(&self, public: bool) -> Option<&str> {
        let agreed = !self.withdrawn && if public { self.name_in_public } else { self.name_to_authorities };
        self.real_name.as_deref().filter(|_| agreed)
    }

    /// How texts for `public` (or for authorities) write this person's names: the name they
    /// agreed to is kept and their pseudonym becomes it (a pseudonym is the community's own
    /// word and would tie the two); otherwise both become `withheld`.
    pub fn naming(&self, public: bool, withheld: &str) -> Vec<crate::names::NameRule> {
        use crate::names::NameRule;
        let named = self.name_for(public);
        let mut rules = Vec::new();
        if let Some(real) = &self.real_name {
            rules.push(NameRule { name: real.clone(), replacement: named.is_none().then(|| withheld.to_owned()) });
        }
        if let Some(pseudonym) = self.pseudonym.as_ref().filter(|p| !p.trim().is_empty()) {
            rules.push(NameRule { name: pseudonym.clone(), replacement: Some(named.unwrap_or(withheld).to_owned()) });
        }
        rules
    }
}

/// The opaque handle of `person` in `case` (see [`CasePerson::key`]).
pub fn person_key(case: CaseId, person: crate::ids::PersonId) -> String {
    super::fingerprint_of(&["tejido case person", &case.to_string(), &person.to_string()]).replace(' ', "")
}

/// What a text leaving for the desk or the public makes of a name nobody agreed to give it
/// (language-neutral: the package is data, the desk writes in any language).
pub const MASKED: &str = "•••";

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
    /// Who did it, as the community knows them (the mapped actor's name, else its words);
    /// never an actor the community marked restricted. Empty in packages from earlier builds.
    #[serde(default)]
    pub perpetrator: String,
    /// The kind of the mapped actor (State body, security forces, company, armed group…).
    #[serde(default)]
    #[ts(optional)]
    pub perpetrator_kind: Option<crate::risk::ActorKind>,
    /// To whom it was already reported (prosecutor, ombudsperson…).
    #[serde(default)]
    pub reported_to: String,
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
    /// Where it happened: an ISO 3166 code (`GT`, `GT-06`), or the free text of a case written
    /// before the list, as typed (masked like the community's other words).
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
    /// The desk working group the community says it concerns (empty: the whole desk).
    #[serde(default)]
    pub working_group: String,
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

/// The format this build writes cases and status reports in (unchanged since the first
/// build: what was added since is optional on read, so earlier desks still open them).
pub const CONTENT_FORMAT: u32 = 1;

/// The format of a consent update, which earlier builds do not know: they refuse it as
/// written by a newer Tejido. The newest format this build reads.
pub const CONSENT_FORMAT: u32 = 2;

/// What `case` would send to `audience`; `files` are those [`files_to_send`] chose (for the
/// desk; the public never gets files).
pub fn redact(
    case: &EscalationCase,
    people: &[Person],
    incidents: &[Incident],
    actors: &[crate::risk::Actor],
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
    // Every text the community typed leaves too (the title, summaries, incidents, a file's
    // name: "Rosa Xol statement.txt", "Detención de Garza Blanca"), with one naming rule.
    let naming = naming_rules(case, people, audience);
    let mask = |text: &str| crate::names::mask_names(text, &naming);
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
                key: person_key(case.id, person.id),
                withdrawn: false,
                consent_changed_at: None,
            })
        })
        // A public name without a real name on file says nothing: leave it out.
        .filter(|p| !public || p.real_name.is_some())
        .collect();
    let attachments = if public {
        Vec::new()
    } else {
        files.iter().map(|a| CaseAttachment { name: mask(&a.name), sha256: a.sha256.clone(), size: a.size }).collect()
    };
    CaseContent {
        attachments,
        format: CONTENT_FORMAT,
        case: case.id,
        version,
        audience,
        collective: collective.to_owned(),
        title: mask(&case.title),
        urgency: case.urgency,
        requests: case.requests.clone(),
        // A code is no one's name, and masking could break it ("GT-•••"); an older vault's
        // free text is masked like any words the community wrote.
        region: if super::regions::is_known(&case.region) { super::regions::normalise(&case.region) } else { mask(&case.region) },
        working_group: case.working_group.clone(),
        categories,
        summary: mask(if public { &case.public_summary } else { &case.summary }),
        public_summary: mask(&case.public_summary),
        safe_contact: if public { String::new() } else { mask(&case.safe_contact) },
        people,
        incidents: if public {
            Vec::new()
        } else {
            chosen
                .iter()
                .map(|i| CaseIncident {
                    title: mask(&i.title),
                    occurred_on: i.occurred_on,
                    place: mask(&i.place),
                    category: i.category.clone(),
                    description: mask(&i.description),
                    // A restricted actor stays in the vault: neither its name, nor its kind,
                    // nor the incident's words about who did it.
                    perpetrator: match i.perpetrator_actor.map(|id| actors.iter().find(|a| a.id == id)) {
                        Some(Some(a)) if a.sensitivity == Sensitivity::Restricted => String::new(),
                        Some(Some(a)) => mask(&a.name),
                        _ => mask(&i.perpetrator),
                    },
                    perpetrator_kind: i
                        .perpetrator_actor
                        .and_then(|id| actors.iter().find(|a| a.id == id))
                        .filter(|a| a.sensitivity != Sensitivity::Restricted)
                        .map(|a| a.kind),
                    reported_to: mask(&i.reported_to),
                })
                .collect()
        },
        made_at: now,
        reply_to: String::new(),
    }
}

/// How the community's own words name each person of the vault for `audience`.
/// For the desk: a person of the case who shares with it keeps their pseudonym, and their
/// real name where they agreed to be named to anyone; one who did not share becomes `•••`
/// altogether; anyone else keeps only their pseudonym, as on the projector. For the public:
/// only a real name agreed to be public stays (their pseudonym becomes it); every other name
/// and pseudonym becomes `•••`.
fn naming_rules(case: &EscalationCase, people: &[Person], audience: Audience) -> Vec<crate::names::NameRule> {
    use crate::names::NameRule;
    let rule = |name: &str, replacement: Option<&str>| NameRule { name: name.to_owned(), replacement: replacement.map(str::to_owned) };
    let mut rules = Vec::new();
    for person in people {
        let consent = case.consent_of(person.id);
        let in_case = case.people.contains(&person.id) && consent.share_with_desk;
        let refused = case.people.contains(&person.id) && !consent.share_with_desk;
        let real = person.real_name.as_deref().filter(|r| !r.trim().is_empty());
        match audience {
            Audience::Desk => {
                let named = in_case && (consent.name_to_authorities || consent.name_in_public);
                let shown = if refused { MASKED } else { person.pseudonym.as_str() };
                if let Some(real) = real {
                    rules.push(rule(real, (!named).then_some(shown)));
                }
                rules.push(rule(&person.pseudonym, refused.then_some(MASKED)));
            }
            Audience::Public => {
                let named = real.filter(|_| in_case && consent.name_in_public);
                if let Some(real) = real {
                    rules.push(rule(real, named.is_none().then_some(MASKED)));
                }
                rules.push(rule(&person.pseudonym, Some(named.unwrap_or(MASKED))));
            }
        }
    }
    rules.retain(|r| !r.name.trim().is_empty());
    rules
}

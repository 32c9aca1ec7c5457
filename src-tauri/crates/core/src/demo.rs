//! The demo community: a fictional rural collective shipped in `assets/demo/`, so every
//! screen has something meaningful to show in a training or a first look. Each language has
//! its own (English at the top of `assets/demo/`, Spanish in `es/`, French in `fr/`): a
//! community people recognise, not a translation. The demo desk ([`desk`]) holds cases
//! from those communities, one in every stage a desk case goes through.
//!
//! Every name and place in it is invented.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Map, Value as Json};
use tejido_i18n::Locale;

use crate::error::EditError;
use crate::person::{NewPerson, insert_person};
use crate::risk::{RiskKind, RiskRecord, store_record};
use crate::store::Session;

mod desk;

/// One language's demo: its own invented community (not a translation of another), in the
/// files `assets/demo/` holds for it (English at the top, Spanish in `es/`, French in `fr/`).
struct DemoFiles {
    community: &'static str,
    risks: &'static str,
    network: &'static str,
    protocol: &'static str,
    desk: &'static str,
}

macro_rules! demo_files {
    ($dir:literal) => {
        DemoFiles {
            community: include_str!(concat!("../../../../assets/demo/", $dir, "community.json")),
            risks: include_str!(concat!("../../../../assets/demo/", $dir, "risk-analysis.json")),
            network: include_str!(concat!("../../../../assets/demo/", $dir, "network.json")),
            protocol: include_str!(concat!("../../../../assets/demo/", $dir, "protocol.json")),
            desk: include_str!(concat!("../../../../assets/demo/", $dir, "desk.json")),
        }
    };
}

const EN: DemoFiles = demo_files!("");
const ES: DemoFiles = demo_files!("es/");
const FR: DemoFiles = demo_files!("fr/");

fn files(locale: Locale) -> &'static DemoFiles {
    match locale {
        Locale::Es => &ES,
        Locale::Fr => &FR,
        Locale::En => &EN,
    }
}

/// The demo protocol's story (`assets/demo/protocol.json`): the template, principles decided
/// in one assembly, version 1 agreed, then a draft that names a single spokesperson, so the
/// warning, the decision records and the difference between versions all have something to
/// show in a training.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct DemoProtocol {
    language: String,
    decided_on: chrono::NaiveDate,
    participants: Vec<crate::protocol::Participation>,
    principles: Vec<DemoPrinciple>,
    agreed: DemoStage,
    draft: DemoStage,
}

#[derive(Debug, Deserialize)]
struct DemoPrinciple {
    key: String,
    outcome: crate::protocol::Outcome,
    #[serde(default)]
    text: Option<String>,
    dissent: String,
}

#[derive(Debug, Deserialize)]
struct DemoStage {
    #[serde(default)]
    title: String,
    sections: HashMap<String, String>,
    #[serde(default)]
    comment: Option<DemoComment>,
}

#[derive(Debug, Deserialize)]
struct DemoComment {
    section: String,
    author: String,
    text: String,
}

/// The demo file's shape (`assets/demo/community.json`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoCommunity {
    /// Version of the file's shape.
    pub format_version: u32,
    /// The collective.
    pub collective: DemoCollective,
    /// Its members.
    pub people: Vec<NewPerson>,
}

/// The demo collective's name and description.
#[derive(Debug, Deserialize)]
pub struct DemoCollective {
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
}

/// The English demo community as shipped.
pub fn demo_community() -> DemoCommunity {
    demo_community_in(Locale::En)
}

/// The demo community of `locale` as shipped: each language has its own invented one.
pub fn demo_community_in(locale: Locale) -> DemoCommunity {
    serde_json::from_str(files(locale).community).expect("assets/demo/…/community.json is valid (checked by tests)")
}

impl Session {
    /// Fills a new vault with the English demo community, in few saves.
    pub fn load_demo(&mut self, now: DateTime<Utc>) -> Result<usize, EditError> {
        self.load_demo_in(Locale::En, now)
    }

    /// Fills a new vault with the demo community of `locale` (people, risk analysis, network
    /// and protocol), in few saves. Returns how many people it holds.
    pub fn load_demo_in(&mut self, locale: Locale, now: DateTime<Utc>) -> Result<usize, EditError> {
        let demo = demo_community_in(locale);
        self.rename_collective(&demo.collective.name, &demo.collective.description, now)?;
        let count = self.edit(now, |db, stamp| {
            let mut count = 0;
            for person in demo.people {
                insert_person(db, person, stamp)?;
                count += 1;
            }
            Ok(count)
        })?;
        self.load_demo_risks(locale, now)?;
        self.load_demo_network(locale, now)?;
        self.load_demo_protocol(locale, now)?;
        Ok(count)
    }

    /// Adds the demo protocol (`assets/demo/protocol.json`), in one save.
    pub(crate) fn load_demo_protocol(&mut self, locale: Locale, now: DateTime<Utc>) -> Result<(), EditError> {
        use crate::store::records as store;
        use crate::protocol::{
            CommentKind, CommentStatus, Decision, Method, Principle, ProtocolComment, Section, SubjectKind, fill_from_template,
            freeze, template,
        };
        let demo: DemoProtocol = serde_json::from_str(files(locale).protocol).expect("demo protocol is valid");
        let locale = Locale::parse(&demo.language).unwrap_or_default();
        let decision = |subject_kind, subject: Option<uuid::Uuid>, title: String, outcome, dissent: String| Decision {
            id: Default::default(),
            subject_kind,
            subject,
            title,
            outcome,
            method: Method::Consensus,
            decided_on: demo.decided_on,
            participants: demo.participants.clone(),
            votes_for: None,
            votes_against: None,
            abstentions: None,
            dissent,
            notes: String::new(),
            version: None,
            snapshot: None,
        };
        let rewrite = |db: &rusqlite::Connection, stamp: &crate::store::Stamp, stage: &DemoStage| -> Result<(), EditError> {
            for mut section in store::list::<Section>(db)? {
                if let Some(body) = stage.sections.get(&section.key) {
                    section.body = body.clone();
                    store::save(db, section, stamp)?;
                }
            }
            Ok(())
        };
        self.edit(now, |db, stamp| {
            fill_from_template(db, stamp, template(locale))?;
            for p in &demo.principles {
                let Some(mut principle) = store::list::<Principle>(db)?.into_iter().find(|x| x.key == p.key) else { continue };
                if let Some(text) = &p.text {
                    principle.text = text.clone();
                    principle = store::save(db, principle, stamp)?;
                }
                let d = decision(SubjectKind::Principle, Some(principle.id.0), principle.title.clone(), p.outcome, p.dissent.clone());
                store::save(db, d, stamp)?;
            }
            rewrite(db, stamp, &demo.agreed)?;
            let agreed = crate::protocol::Outcome::Agreed;
            freeze(db, stamp, decision(SubjectKind::Protocol, None, demo.agreed.title.clone(), agreed, String::new()))?;
            rewrite(db, stamp, &demo.draft)?;
            if let Some(c) = &demo.draft.comment {
                let section = store::list::<Section>(db)?.into_iter().find(|s| s.key == c.section).map(|s| s.id);
                let comment = ProtocolComment {
                    id: Default::default(),
                    section,
                    author: c.author.clone(),
                    kind: CommentKind::Proposal,
                    text: c.text.clone(),
                    status: CommentStatus::Open,
                };
                store::save(db, comment, stamp)?;
            }
            Ok(())
        })
    }

    /// Adds the demo network (`assets/demo/network.json`, plus family links within each
    /// household), in one save. Ends that no longer exist are skipped.
    pub(crate) fn load_demo_network(&mut self, locale: Locale, now: DateTime<Utc>) -> Result<usize, EditError> {
        use crate::network::{PartyKind, Relationship, RelationshipKind};
        let demo: Map<String, Json> = serde_json::from_str(files(locale).network).expect("demo network is valid JSON");
        let people = self.people()?;
        let actors: Vec<crate::risk::Actor> = crate::store::records::list(self.db())?;
        let party = |name: &str| -> Option<(PartyKind, uuid::Uuid)> {
            people
                .iter()
                .find(|p| p.pseudonym == name)
                .map(|p| (PartyKind::Person, p.id.0))
                .or_else(|| actors.iter().find(|a| a.name == name).map(|a| (PartyKind::Actor, a.id.0)))
        };
        let mut links: Vec<Relationship> = Vec::new();
        let mut households: HashMap<&str, Vec<&crate::person::Person>> = HashMap::new();
        for person in people.iter().filter(|p| !p.household.is_empty()) {
            households.entry(person.household.as_str()).or_default().push(person);
        }
        for members in households.values() {
            for other in &members[1..] {
                let mut link = self.draft_relationship(
                    (PartyKind::Person, other.id.0),
                    (PartyKind::Person, members[0].id.0),
                    RelationshipKind::Family,
                )?;
                link.closeness = 3;
                links.push(link);
            }
        }
        for item in demo["links"].as_array().expect("links") {
            let text = |key: &str| item.get(key).and_then(Json::as_str);
            let (Some(source), Some(target)) = (party(text("source").unwrap_or("")), party(text("target").unwrap_or(""))) else {
                continue;
            };
            let kind: RelationshipKind = serde_json::from_value(item["kind"].clone()).expect("demo kinds are valid");
            let mut link = self.draft_relationship(source, target, kind)?;
            link.reachable_always = item.get("reachableAlways").and_then(Json::as_bool).unwrap_or(false);
            link.alert_order = item.get("alertOrder").and_then(Json::as_u64).map(|n| n as u8);
            link.fallback = text("fallback").and_then(party).map(|(_, id)| id);
            link.notes = text("notes").unwrap_or("").to_owned();
            link.check_in = text("checkIn").unwrap_or("").to_owned();
            links.push(link);
        }
        let places: Vec<crate::network::Place> = demo["places"]
            .as_array()
            .expect("places")
            .iter()
            .map(|p| crate::network::Place {
                id: crate::ids::PlaceId::new(),
                name: p["name"].as_str().expect("a name").to_owned(),
                notes: p["notes"].as_str().unwrap_or("").to_owned(),
                sensitivity: crate::sensitivity::Sensitivity::Community,
            })
            .collect();
        self.edit(now, |db, stamp| {
            for link in &links {
                crate::store::records::save(db, link.clone(), stamp)?;
            }
            for place in &places {
                crate::store::records::save(db, place.clone(), stamp)?;
            }
            Ok(links.len())
        })
    }

    /// Adds the demo risk analysis (`assets/demo/risk-analysis.json`), in one save. Each
    /// demo record is laid over a fresh draft, so the file only says what differs; `ref`s
    /// and pseudonyms become ids.
    pub(crate) fn load_demo_risks(&mut self, locale: Locale, now: DateTime<Utc>) -> Result<usize, EditError> {
        let demo: Map<String, Json> = serde_json::from_str(files(locale).risks).expect("demo risk analysis is valid JSON");
        let people: HashMap<String, String> =
            self.people()?.into_iter().map(|p| (p.pseudonym, p.id.to_string())).collect();
        let today = now.date_naive();
        let sections = [
            ("context", RiskKind::ContextNote),
            ("actors", RiskKind::Actor),
            ("incidents", RiskKind::Incident),
            ("threatAssessments", RiskKind::ThreatAssessment),
            ("risks", RiskKind::Risk),
            ("measures", RiskKind::Measure),
            ("indicators", RiskKind::Indicator),
        ];
        let mut drafts = Vec::new();
        let mut refs: HashMap<String, Json> = HashMap::new();
        for (section, kind) in sections {
            for item in demo[section].as_array().expect("sections are arrays") {
                let Json::Object(mut record) = serde_json::to_value(self.draft_risk_record(kind, today)?).expect("serialises")
                else {
                    unreachable!("records are objects")
                };
                let fields = item.as_object().expect("demo records are objects");
                if let Some(Json::String(name)) = fields.get("ref") {
                    refs.insert(name.clone(), record["id"].clone());
                }
                // A person renamed or removed in an older demo is simply left out.
                let resolve = |value: &Json| -> Option<Json> {
                    match value {
                        Json::String(name) => {
                            refs.get(name).cloned().or_else(|| people.get(name).map(|id| Json::from(id.clone())))
                        }
                        other => Some(other.clone()),
                    }
                };
                for (key, value) in fields.iter().filter(|(k, _)| *k != "ref") {
                    let value = match key.as_str() {
                        "affectedPeople" | "owners" | "incidents" | "risks" => {
                            Json::Array(value.as_array().expect("lists").iter().filter_map(resolve).collect())
                        }
                        "perpetratorActor" | "threatAssessment" | "risk" => resolve(value).unwrap_or(Json::Null),
                        _ => value.clone(),
                    };
                    record.insert(key.clone(), value);
                }
                drafts.push(serde_json::from_value::<RiskRecord>(Json::Object(record)).expect("demo records match the types"));
            }
        }
        self.edit(now, |db, stamp| {
            for draft in &drafts {
                store_record(db, draft.clone(), stamp)?;
            }
            Ok(drafts.len())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_community_parses_and_is_big_enough_to_be_useful() {
        for locale in [Locale::En, Locale::Es, Locale::Fr] {
            let demo = demo_community_in(locale);
            assert_eq!(demo.format_version, 1, "the shape this code reads");
            assert!(demo.people.len() >= 35, "about forty people make later screens meaningful ({locale:?})");
            let mut names: Vec<_> = demo.people.iter().map(|p| p.pseudonym.to_lowercase()).collect();
            names.sort();
            names.dedup();
            assert_eq!(names.len(), demo.people.len(), "pseudonyms are unique ({locale:?})");
        }
    }

    #[test]
    fn each_language_has_its_own_community_not_a_translation() {
        let names: Vec<String> = [Locale::En, Locale::Es, Locale::Fr].map(|l| demo_community_in(l).collective.name).into();
        assert!(names[0] != names[1] && names[1] != names[2] && names[0] != names[2], "{names:?}");
        let en: Vec<String> = demo_community().people.into_iter().map(|p| p.pseudonym).collect();
        for locale in [Locale::Es, Locale::Fr] {
            let shared = demo_community_in(locale).people.iter().filter(|p| en.contains(&p.pseudonym)).count();
            assert!(shared <= 2, "{locale:?} shares {shared} pseudonyms with the English demo");
        }
    }
}

//! Risk per person and per group: who carries which risk, at which level. A person carries a
//! risk when an incident its threat assessment rests on affected them (or the whole
//! collective), or when the risk names them as threatened; a group carries what its members
//! carry. The seed asks it of the register: a risk analysis that says "the community" hides who
//! is in most danger.

use serde::Serialize;

use super::{Band, Incident, Risk, ThreatAssessment};
use crate::ids::{PersonId, RiskId};
use crate::names::{folded_words, holds_phrase};
use crate::person::Person;
use crate::groups::{USUAL_GROUPS, in_group, tag_in_group};

/// A risk someone carries, and its level now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Carried {
    /// The risk.
    pub risk: RiskId,
    /// Its colour now.
    pub band: Band,
}

/// The risks one person carries, gravest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonRisks {
    /// Who.
    pub person: PersonId,
    /// What they carry.
    pub risks: Vec<Carried>,
}

/// The risks a group's members carry, gravest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupRisks {
    /// The group (a usual one, or a tag the community gave its members).
    pub group: String,
    /// How many members are in it.
    pub members: u32,
    /// What they carry between them.
    pub risks: Vec<Carried>,
}

/// Risk per person and per group.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Carriers {
    /// Each person who carries a risk, most and gravest first.
    pub people: Vec<PersonRisks>,
    /// The usual groups, then the community's own tags, each with its members' risks.
    pub groups: Vec<GroupRisks>,
}

/// Who carries which of `risks`.
pub fn carriers(risks: &[Risk], assessments: &[ThreatAssessment], incidents: &[Incident], people: &[Person]) -> Carriers {
    let band = |r: &Risk| Band::of(r.current().likelihood, r.current().impact);
    let carries = |person: &Person, risk: &Risk| {
        let from_incidents = risk
            .threat_assessment
            .and_then(|id| assessments.iter().find(|a| a.id == id))
            .is_some_and(|a| {
                a.incidents.iter().filter_map(|id| incidents.iter().find(|i| i.id == *id)).any(|i| i.whole_collective || i.affected_people.contains(&person.id))
            });
        from_incidents || names(&risk.threatened, &person.pseudonym)
    };
    let gravest_first = |mut carried: Vec<Carried>| {
        carried.sort_by(|a, b| b.band.cmp(&a.band));
        carried
    };
    let mut per_person: Vec<PersonRisks> = people
        .iter()
        .map(|p| PersonRisks {
            person: p.id,
            risks: gravest_first(risks.iter().filter(|r| carries(p, r)).map(|r| Carried { risk: r.id, band: band(r) }).collect()),
        })
        .filter(|p| !p.risks.is_empty())
        .collect();
    per_person.sort_by_key(|p| (std::cmp::Reverse(p.risks.first().map(|c| c.band)), std::cmp::Reverse(p.risks.len())));

    let mut names_of_groups: Vec<String> = USUAL_GROUPS.iter().map(|g| (*g).to_owned()).collect();
    for tag in people.iter().flat_map(|p| p.tags.iter()) {
        // A tag already counted in a group (`women-defender` in `women`) is not a group of its own.
        if !names_of_groups.iter().any(|g| tag_in_group(tag, g)) {
            names_of_groups.push(tag.clone());
        }
    }
    let groups = names_of_groups
        .into_iter()
        .filter_map(|group| {
            let members: Vec<&Person> = people.iter().filter(|p| in_group(p, &group)).collect();
            if members.is_empty() {
                return None;
            }
            let carried = risks
                .iter()
                .filter(|r| members.iter().any(|m| carries(m, r)))
                .map(|r| Carried { risk: r.id, band: band(r) })
                .collect();
            Some(GroupRisks { group, members: members.len() as u32, risks: gravest_first(carried) })
        })
        .collect();
    Carriers { people: per_person, groups }
}

/// Whether `text` names `pseudonym` as whole words, whatever the case and accents.
fn names(text: &str, pseudonym: &str) -> bool {
    holds_phrase(&folded_words(text), pseudonym)
}

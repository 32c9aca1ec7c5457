//! La Puya's third principle, no single leader or spokesperson: who the community depends
//! on, gathered from the network's concentration findings, the roles the protocol names,
//! who owns the measures and who starts the alert chain, each with what to do about it.

use serde::{Deserialize, Serialize};

use super::inclusion::{Inclusion, InclusionWarningKind};
use crate::ids::{PersonId, SectionId};
use crate::network::{AlertCard, Finding, FindingKind};
use crate::person::Person;
use crate::protocol::records::ProtocolDocument;
use crate::protocol::template::ROLE_SECTIONS;
use crate::protocol::warnings::named_in;

/// Why the community depends on one person. Each has its advice on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Dependence {
    /// The protocol's section on spokespeople or decisions names them and nobody else.
    SoleVoice,
    /// Most safety contacts and alerts of the network go through them.
    Contacts,
    /// Without them part of the collective is cut off.
    OnlyBridge,
    /// They own more than half of the current measures.
    Measures,
    /// The alert chain starts with them and nobody else.
    ChainStart,
    /// The protocol's section on spokespeople or decisions names them, with others.
    NamedRole,
}

/// One person the community depends on, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Dependency {
    /// Who.
    pub person: PersonId,
    /// Why, most serious first.
    pub reasons: Vec<Dependence>,
    /// The protocol sections that give them a role.
    pub sections: Vec<SectionId>,
    /// How many current measures they own.
    pub measures: u32,
}

impl Dependency {
    /// Whether one reason alone is a single leader (a named role shared with others is not).
    pub fn is_warning(&self) -> bool {
        self.reasons.iter().any(|r| *r != Dependence::NamedRole)
    }
}

/// Who the community depends on: those with a warning first, then by how many reasons.
pub fn leaders(document: &ProtocolDocument, people: &[Person], findings: &[Finding], cards: &[AlertCard], inclusion: &Inclusion) -> Vec<Dependency> {
    let mut out: Vec<Dependency> = Vec::new();
    let mut add = |person: PersonId, reason: Dependence, section: Option<SectionId>| {
        let entry = match out.iter().position(|d| d.person == person) {
            Some(at) => &mut out[at],
            None => {
                let measures = inclusion.owners.iter().find(|o| o.person == person).map_or(0, |o| o.measures);
                out.push(Dependency { person, reasons: Vec::new(), sections: Vec::new(), measures });
                out.last_mut().expect("just pushed")
            }
        };
        if !entry.reasons.contains(&reason) {
            entry.reasons.push(reason);
        }
        if let Some(section) = section.filter(|s| !entry.sections.contains(s)) {
            entry.sections.push(section);
        }
    };
    for section in document.sections.iter().filter(|s| ROLE_SECTIONS.contains(&s.key.as_str())) {
        let text = format!("{}\n{}", section.title, section.body);
        let named: Vec<&Person> = people.iter().filter(|p| named_in(&text, p)).collect();
        let reason = if named.len() == 1 { Dependence::SoleVoice } else { Dependence::NamedRole };
        for person in named {
            add(person.id, reason, Some(section.id));
        }
    }
    for finding in findings {
        let reason = match finding.kind {
            FindingKind::ContactConcentration => Dependence::Contacts,
            FindingKind::SinglePointOfFailure => Dependence::OnlyBridge,
            _ => continue,
        };
        if let Some(person) = finding.people.first() {
            add(*person, reason, None);
        }
    }
    for warning in inclusion.warnings.iter().filter(|w| w.kind == InclusionWarningKind::OneOwner) {
        if let Some(person) = warning.person {
            add(person, Dependence::Measures, None);
        }
    }
    if let [only] = cards.iter().filter(|c| c.starts_chain).collect::<Vec<_>>().as_slice() {
        add(only.person, Dependence::ChainStart, None);
    }
    for d in &mut out {
        d.reasons.sort();
        // Named alone in one section and with others in another: alone is what matters.
        if d.reasons.contains(&Dependence::SoleVoice) {
            d.reasons.retain(|r| *r != Dependence::NamedRole);
        }
    }
    out.sort_by_key(|d| (!d.is_warning(), std::cmp::Reverse(d.reasons.len())));
    out
}

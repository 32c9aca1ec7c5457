//! What of the protocol may be printed: the full protocol for the assembly's records, and
//! pocket cards to cut out and carry. Restricted sections never reach paper, and people are
//! named by the projector's rule unless real names were asked for ([`Naming`]).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Decision, EMERGENCY_PREFIX, PrincipleEntry, PrincipleStatus, Protocol, ProtocolDocument, ProtocolLevel, Section};
use crate::audience::Naming;
use crate::network::AlertCard;
use crate::protocol::principles::PrincipleChecks;
use crate::sensitivity::Sensitivity;

/// The full protocol, ready to print.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolPrint {
    /// The collective's name.
    pub collective: String,
    /// The version printed; `None` for a draft.
    pub version: Option<u32>,
    /// When that version was agreed.
    pub agreed_on: Option<NaiveDate>,
    /// For a draft: the version it changes, if any.
    pub based_on: Option<u32>,
    /// Adopted and adapted principles.
    pub principles: Vec<PrincipleEntry>,
    /// Principles still under discussion.
    pub under_discussion: Vec<PrincipleEntry>,
    /// Sections, restricted ones left out.
    pub sections: Vec<Section>,
    /// Alert levels.
    pub levels: Vec<ProtocolLevel>,
    /// The decision records up to then, newest first, without the frozen documents.
    pub decisions: Vec<Decision>,
    /// How many restricted sections were left out.
    #[ts(type = "number")]
    pub omitted: usize,
    /// Principles 2 and 3 checked against the records on the day of printing.
    pub checks: PrincipleChecks,
}

fn from_document(collective: &str, document: &ProtocolDocument, decisions: Vec<Decision>) -> ProtocolPrint {
    let (agreed, rest): (Vec<_>, Vec<_>) = document.principles.iter().cloned().partition(|p| p.status.is_agreed());
    ProtocolPrint {
        collective: collective.to_owned(),
        version: None,
        agreed_on: None,
        based_on: None,
        principles: agreed,
        under_discussion: rest.into_iter().filter(|p| p.status == PrincipleStatus::Proposed).collect(),
        sections: document.sections.iter().filter(|s| s.sensitivity != Sensitivity::Restricted).cloned().collect(),
        levels: document.levels.clone(),
        decisions: decisions.into_iter().map(|d| Decision { snapshot: None, ..d }).collect(),
        omitted: document.sections.iter().filter(|s| s.sensitivity == Sensitivity::Restricted).count(),
        checks: PrincipleChecks::default(),
    }
}

/// The print of a frozen version, or of the draft when `version` is `None`.
pub(super) fn printable(
    protocol: &Protocol,
    version: Option<&Decision>,
    collective: &str,
    checks: PrincipleChecks,
    naming: &Naming<'_>,
) -> ProtocolPrint {
    let mut print = match version.and_then(|d| Some((d, d.snapshot.as_ref()?))) {
        Some((decision, snapshot)) => {
            let decisions = protocol.decisions.iter().filter(|d| d.decided_on <= decision.decided_on).cloned().collect();
            ProtocolPrint {
                version: decision.version,
                agreed_on: Some(decision.decided_on),
                ..from_document(collective, snapshot, decisions)
            }
        }
        None => {
            let latest = protocol.versions.last();
            ProtocolPrint {
                // A draft unchanged since its version prints as that version.
                version: latest.filter(|_| !protocol.draft_changed).map(|v| v.version),
                agreed_on: latest.filter(|_| !protocol.draft_changed).map(|v| v.decided_on),
                based_on: latest.filter(|_| protocol.draft_changed).map(|v| v.version),
                ..from_document(collective, &protocol.document, protocol.decisions.clone())
            }
        }
    };
    naming.apply(&mut print.principles);
    naming.apply(&mut print.under_discussion);
    naming.apply(&mut print.sections);
    naming.apply(&mut print.levels);
    naming.apply(&mut print.decisions);
    print.checks = checks.named(naming);
    print
}

/// One alert level on a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LevelCard {
    /// Its colour (printed with its word).
    pub colour: crate::risk::AlertLevel,
    /// Its name.
    pub name: String,
    /// What signals it.
    pub triggers: String,
    /// What we do, one step per entry.
    pub actions: Vec<String>,
    /// Whether it starts the alert chain.
    pub alert_chain: bool,
}

/// The first steps of one emergency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EmergencyCard {
    /// The emergency ("Detention").
    pub title: String,
    /// Its first steps, at most [`MAX_STEPS`].
    pub steps: Vec<String>,
}

/// Steps that fit on a card a few centimetres tall.
pub const MAX_STEPS: usize = 6;

/// The pocket cards of a protocol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PocketCards {
    /// One card per alert level.
    pub levels: Vec<LevelCard>,
    /// One card per emergency section that is not restricted.
    pub emergencies: Vec<EmergencyCard>,
    /// Who starts the alert chain, by pseudonym (with the real name only when asked for).
    pub chain_starts: Vec<String>,
}

/// The lines of a text as steps, list marks ("- ", "1. ", "• ") taken off.
fn steps(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let line = line.trim();
            // "1. " or "2) " is a list mark; "2024 was" is not.
            let digits = line.trim_start_matches(|c: char| c.is_ascii_digit());
            let numbered = digits.len() < line.len() && (digits.starts_with(". ") || digits.starts_with(") "));
            let unmarked = if numbered { &digits[1..] } else { line };
            unmarked.trim_start_matches(['-', '•', '*']).trim().to_owned()
        })
        .filter(|line| !line.is_empty())
        .collect()
}

/// The pocket cards of `document`.
pub fn pocket_cards(document: &ProtocolDocument, cards: &[AlertCard], naming: &Naming<'_>) -> PocketCards {
    let mut document = document.clone();
    naming.apply(&mut document.levels);
    naming.apply(&mut document.sections);
    PocketCards {
        levels: document
            .levels
            .iter()
            .map(|l| LevelCard {
                colour: l.colour,
                name: l.name.clone(),
                triggers: l.triggers.clone(),
                actions: steps(&l.actions),
                alert_chain: l.alert_chain,
            })
            .collect(),
        emergencies: document
            .sections
            .iter()
            .filter(|s| s.key.starts_with(EMERGENCY_PREFIX) && s.sensitivity != Sensitivity::Restricted)
            .map(|s| EmergencyCard { title: s.title.clone(), steps: steps(&s.body).into_iter().take(MAX_STEPS).collect() })
            .collect(),
        chain_starts: cards
            .iter()
            .filter(|c| c.starts_chain)
            .filter_map(|c| naming.person_by_id(c.person))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::steps;

    #[test]
    fn steps_lose_their_list_marks_only() {
        assert_eq!(
            steps("1. Call the lawyer\n- Stay together\n\n• Write down names\n2024 was hard"),
            ["Call the lawyer", "Stay together", "Write down names", "2024 was hard"]
        );
    }
}

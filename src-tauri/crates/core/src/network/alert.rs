//! The alert chain as pocket cards: for each person in it, whom they call, in order, and
//! whom to call instead when there is no answer. Printed and cut out, a card works when
//! phones are taken or batteries are flat.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{PartyKind, Relationship, RelationshipKind};
use crate::ids::PersonId;

/// Someone a card tells its holder to call.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AlertCall {
    /// A person, or an actor (a network desk, a lawyer) as target.
    pub target_kind: PartyKind,
    /// The target's id.
    #[ts(type = "string")]
    pub target: uuid::Uuid,
    /// Whether they can be reached at any hour.
    pub reachable_always: bool,
    /// Whom to call when they do not answer.
    pub fallback: Option<PersonId>,
}

/// One person's pocket card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AlertCard {
    /// Whose card.
    pub person: PersonId,
    /// Who calls them.
    pub called_by: Vec<PersonId>,
    /// Whom they call, in order.
    pub calls: Vec<AlertCall>,
    /// Whether the chain starts with them (nobody calls them).
    pub starts_chain: bool,
    /// Check-ins agreed with their safety contacts ("Ceiba: every evening at eight").
    pub check_ins: Vec<CheckIn>,
    /// The means of contact of everyone the card names: empty unless the person printing
    /// confirmed the warning ([`super::with_means`]); restricted, so never on a screen the
    /// projector mirrors.
    #[serde(default)]
    pub contacts: Vec<super::MeansOfContact>,
}

/// A check-in agreed with a safety contact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckIn {
    /// The safety contact to report to.
    pub contact: PersonId,
    /// When and how.
    pub when: String,
}

/// The links of one person in an index of them, in the index's order.
fn links<'a: 'b, 'b>(index: &'b HashMap<uuid::Uuid, Vec<&'a Relationship>>, id: &uuid::Uuid) -> impl Iterator<Item = &'a Relationship> + 'b {
    index.get(id).into_iter().flatten().copied()
}

/// The cards of everyone in the alert chain: where it starts first, then in the order the
/// alert travels (breadth first), so the printed sheet reads like the chain.
pub fn alert_cards(relationships: &[Relationship]) -> Vec<AlertCard> {
    let mut alerts: Vec<&Relationship> = relationships
        .iter()
        .filter(|r| r.kind == RelationshipKind::AlertLink && r.source_kind == PartyKind::Person)
        .collect();
    alerts.sort_by_key(|r| (r.alert_order.unwrap_or(u8::MAX), r.id));
    let called: HashSet<uuid::Uuid> =
        alerts.iter().filter(|r| r.target_kind == PartyKind::Person).map(|r| r.target).collect();
    let mut order: Vec<uuid::Uuid> = Vec::new();
    let mut seen = HashSet::new();
    let mut starts: Vec<uuid::Uuid> = alerts.iter().map(|r| r.source).filter(|s| !called.contains(s)).collect();
    // A chain that is only a loop still needs a first card.
    if starts.is_empty() {
        starts.extend(alerts.first().map(|r| r.source));
    }
    // Each person's alert links out and in, and check-ins, looked up instead of scanned: at
    // 2 000 people and 10 000 links, scanning every link for each of 1 600 cards was most of
    // the network screen's half second (perf, tests/e2e/map-bench.sh). Each list keeps the
    // order of `alerts` (or of `relationships`), so the cards read as before.
    let mut from: HashMap<uuid::Uuid, Vec<&Relationship>> = HashMap::new();
    let mut to: HashMap<uuid::Uuid, Vec<&Relationship>> = HashMap::new();
    for r in &alerts {
        from.entry(r.source).or_default().push(r);
        to.entry(r.target).or_default().push(r);
    }
    let mut check_ins: HashMap<uuid::Uuid, Vec<CheckIn>> = HashMap::new();
    for r in relationships {
        if r.kind == RelationshipKind::SafetyContact && r.target_kind == PartyKind::Person && !r.check_in.is_empty() {
            check_ins.entry(r.source).or_default().push(CheckIn { contact: PersonId(r.target), when: r.check_in.clone() });
        }
    }
    let mut queue: std::collections::VecDeque<uuid::Uuid> = starts.iter().copied().collect();
    while let Some(at) = queue.pop_front() {
        if !seen.insert(at) {
            continue;
        }
        order.push(at);
        for r in links(&from, &at).filter(|r| r.target_kind == PartyKind::Person) {
            queue.push_back(r.target);
        }
    }
    // People only reached inside a loop that has no start.
    for r in &alerts {
        for id in [r.source, r.target] {
            if (r.source == id || r.target_kind == PartyKind::Person) && seen.insert(id) {
                order.push(id);
            }
        }
    }
    // Whoever agreed a check-in carries a card too, even outside the alert chain.
    for r in relationships {
        if r.kind == RelationshipKind::SafetyContact && r.source_kind == PartyKind::Person && !r.check_in.is_empty() && seen.insert(r.source) {
            order.push(r.source);
        }
    }
    order
        .into_iter()
        .map(|id| AlertCard {
            person: PersonId(id),
            called_by: links(&to, &id).map(|r| PersonId(r.source)).collect(),
            calls: links(&from, &id)
                .map(|r| AlertCall {
                    target_kind: r.target_kind,
                    target: r.target,
                    reachable_always: r.reachable_always,
                    fallback: r.fallback.map(PersonId),
                })
                .collect(),
            starts_chain: !called.contains(&id) && from.contains_key(&id),
            check_ins: check_ins.remove(&id).unwrap_or_default(),
            contacts: Vec::new(),
        })
        .collect()
}

//! What the network shows about the collective's safety, as pure functions over loaded data:
//! who has no safety contact, who everyone depends on, who is isolated, how information could
//! leak from allies to adversaries, whose family a defender's visibility exposes, where
//! contacts concentrate on one person, and where the alert chain breaks.
//!
//! Every analysis is linear in people plus links (graph work by petgraph), so a network of
//! 10 000 people and 50 000 links is analysed in well under a second (`tejido bench network`).

use std::collections::{HashMap, HashSet, VecDeque};

use petgraph::algo::articulation_points::articulation_points;
use petgraph::algo::{bridges, tarjan_scc};
use petgraph::graph::{DiGraph, NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{PartyKind, Relationship, RelationshipKind};
use crate::ids::{ActorId, PersonId};
use crate::person::Person;
use crate::risk::{Actor, Stance};
use crate::sensitivity::Sensitivity;

/// What a finding is about; names the Fluent message `finding-<kind>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// Members nobody knows to look for: no safety contact.
    NoSafetyContact,
    /// Links in the alert chain that go round in a circle.
    AlertLoop,
    /// Alert-chain calls to someone not reachable at all hours, with no one to call instead.
    AlertDeadEnd,
    /// One person everyone's safety contacts and alerts go through.
    ContactConcentration,
    /// A person whose absence cuts part of the collective off.
    SinglePointOfFailure,
    /// Links that are the only connection between two parts of the collective.
    OnlyLink,
    /// Members with no link to anyone.
    IsolatedPeople,
    /// A household with no link outside itself.
    IsolatedHousehold,
    /// A chain of people through which an ally is connected to an adversary.
    AllyAdversaryPath,
    /// Family members of a publicly visible defender.
    ExposedFamily,
}

/// One thing the analyses found, with the people and actors it concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// What was found.
    pub kind: FindingKind,
    /// The people concerned (the person at the centre first, where there is one).
    pub people: Vec<PersonId>,
    /// The actors concerned.
    pub actors: Vec<ActorId>,
    /// A household name, where the finding is about one.
    pub household: String,
}

impl Finding {
    fn about(kind: FindingKind, people: Vec<PersonId>) -> Self {
        Finding { kind, people, actors: Vec::new(), household: String::new() }
    }
}

/// Links that carry trust and information (hostile ones do not).
fn connects(r: &Relationship) -> bool {
    r.kind != RelationshipKind::Hostile
}

/// Holding this share of all safety-contact and alert links, with at least
/// [`CONCENTRATION_MIN`] people relying on them, concentrates the collective's safety on one
/// person (against La Puya's "no single leader or spokesperson").
const CONCENTRATION_SHARE: f64 = 0.25;
const CONCENTRATION_MIN: usize = 4;

/// Runs every analysis. Findings are sorted by kind (most urgent first), then by size.
pub fn analyse(people: &[Person], actors: &[Actor], relationships: &[Relationship]) -> Vec<Finding> {
    let person_ids: HashSet<Uuid> = people.iter().map(|p| p.id.0).collect();
    let actor_ids: HashSet<Uuid> = actors.iter().map(|a| a.id.0).collect();
    let links: Vec<&Relationship> = relationships
        .iter()
        .filter(|r| {
            let known = |kind, id: &Uuid| match kind {
                PartyKind::Person => person_ids.contains(id),
                PartyKind::Actor => actor_ids.contains(id),
            };
            known(r.source_kind, &r.source) && known(r.target_kind, &r.target)
        })
        .collect();
    let between_people =
        |r: &&&Relationship| r.source_kind == PartyKind::Person && r.target_kind == PartyKind::Person;

    let mut findings = Vec::new();
    safety_contacts(people, &links, &mut findings);
    alert_chain(&links, &mut findings);
    concentration(&links, &mut findings);
    let person_links: Vec<&Relationship> = links.iter().filter(between_people).filter(|r| connects(r)).copied().collect();
    cut_points(people, &person_links, &mut findings);
    isolation(people, &links, &mut findings);
    ally_paths(actors, &links, &mut findings);
    exposed_family(people, &person_links, &mut findings);
    findings.sort_by(|a, b| a.kind.cmp(&b.kind).then(b.people.len().cmp(&a.people.len())));
    findings
}

fn safety_contacts(people: &[Person], links: &[&Relationship], out: &mut Vec<Finding>) {
    let covered: HashSet<Uuid> =
        links.iter().filter(|r| r.kind == RelationshipKind::SafetyContact).map(|r| r.source).collect();
    let missing: Vec<PersonId> = people.iter().filter(|p| !covered.contains(&p.id.0)).map(|p| p.id).collect();
    if !missing.is_empty() {
        out.push(Finding::about(FindingKind::NoSafetyContact, missing));
    }
}

fn alert_chain(links: &[&Relationship], out: &mut Vec<Finding>) {
    let alerts: Vec<&Relationship> = links
        .iter()
        .filter(|r| r.kind == RelationshipKind::AlertLink && r.source_kind == PartyKind::Person && r.target_kind == PartyKind::Person)
        .copied()
        .collect();
    let mut graph = DiGraph::<Uuid, ()>::new();
    let mut index: HashMap<Uuid, NodeIndex> = HashMap::new();
    let mut node = |graph: &mut DiGraph<Uuid, ()>, id: Uuid| *index.entry(id).or_insert_with(|| graph.add_node(id));
    for r in &alerts {
        let (a, b) = (node(&mut graph, r.source), node(&mut graph, r.target));
        graph.add_edge(a, b, ());
    }
    for component in tarjan_scc(&graph) {
        if component.len() > 1 {
            out.push(Finding::about(FindingKind::AlertLoop, component.iter().map(|n| PersonId(graph[*n])).collect()));
        }
    }
    let mut dead_ends: Vec<PersonId> = Vec::new();
    for r in &alerts {
        if !r.reachable_always && r.fallback.is_none() && !dead_ends.contains(&PersonId(r.target)) {
            dead_ends.push(PersonId(r.target));
        }
    }
    if !dead_ends.is_empty() {
        out.push(Finding::about(FindingKind::AlertDeadEnd, dead_ends));
    }
}

fn concentration(links: &[&Relationship], out: &mut Vec<Finding>) {
    let mut holders: HashMap<Uuid, HashSet<Uuid>> = HashMap::new();
    let mut total = 0;
    for r in links.iter().filter(|r| matches!(r.kind, RelationshipKind::SafetyContact | RelationshipKind::AlertLink)) {
        total += 1;
        if r.target_kind == PartyKind::Person {
            holders.entry(r.target).or_default().insert(r.source);
        }
    }
    let threshold = ((total as f64) * CONCENTRATION_SHARE).ceil() as usize;
    let mut heavy: Vec<(Uuid, usize)> =
        holders.into_iter().map(|(id, who)| (id, who.len())).filter(|(_, n)| *n >= CONCENTRATION_MIN.max(threshold)).collect();
    heavy.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (id, _) in heavy {
        out.push(Finding::about(FindingKind::ContactConcentration, vec![PersonId(id)]));
    }
}

fn cut_points(people: &[Person], person_links: &[&Relationship], out: &mut Vec<Finding>) {
    let mut graph = UnGraph::<Uuid, ()>::with_capacity(people.len(), person_links.len());
    let index: HashMap<Uuid, NodeIndex> = people.iter().map(|p| (p.id.0, graph.add_node(p.id.0))).collect();
    let mut seen: HashSet<(NodeIndex, NodeIndex)> = HashSet::new();
    for r in person_links {
        let (a, b) = (index[&r.source], index[&r.target]);
        // Parallel links (family and neighbour) are one connection for these questions.
        if seen.insert((a.min(b), a.max(b))) {
            graph.add_edge(a, b, ());
        }
    }
    let mut points: Vec<PersonId> = articulation_points(&graph).into_iter().map(|n| PersonId(graph[n])).collect();
    points.sort();
    for person in points {
        out.push(Finding::about(FindingKind::SinglePointOfFailure, vec![person]));
    }
    let mut ends: Vec<PersonId> = Vec::new();
    for edge in bridges(&graph) {
        for n in [edge.source(), edge.target()] {
            let id = PersonId(graph[n]);
            // A bridge to someone with a single link is isolation, reported below, not a bridge.
            if graph.neighbors(n).count() > 1 && !ends.contains(&id) {
                ends.push(id);
            }
        }
    }
    if !ends.is_empty() {
        out.push(Finding::about(FindingKind::OnlyLink, ends));
    }
}

fn isolation(people: &[Person], links: &[&Relationship], out: &mut Vec<Finding>) {
    let mut linked: HashSet<Uuid> = HashSet::new();
    let mut outside: HashSet<String> = HashSet::new();
    let household: HashMap<Uuid, &str> = people.iter().map(|p| (p.id.0, p.household.as_str())).collect();
    for r in links.iter().filter(|r| connects(r)) {
        linked.insert(r.source);
        linked.insert(r.target);
        let (a, b) = (household.get(&r.source), household.get(&r.target));
        for (mine, other) in [(a, b), (b, a)] {
            if let Some(mine) = mine
                && !mine.is_empty()
                && other.is_none_or(|o| o != mine)
            {
                outside.insert((*mine).to_owned());
            }
        }
    }
    let alone: Vec<PersonId> = people.iter().filter(|p| !linked.contains(&p.id.0)).map(|p| p.id).collect();
    if !alone.is_empty() {
        out.push(Finding::about(FindingKind::IsolatedPeople, alone));
    }
    let mut households: Vec<&str> = people.iter().map(|p| p.household.as_str()).filter(|h| !h.is_empty()).collect();
    households.sort_unstable();
    households.dedup();
    for name in households.into_iter().filter(|h| !outside.contains(*h)) {
        let members: Vec<PersonId> = people.iter().filter(|p| p.household == name).map(|p| p.id).collect();
        out.push(Finding { household: name.to_owned(), ..Finding::about(FindingKind::IsolatedHousehold, members) });
    }
}

fn ally_paths(actors: &[Actor], links: &[&Relationship], out: &mut Vec<Finding>) {
    let allies: Vec<&Actor> = actors.iter().filter(|a| a.stance == Stance::Ally).collect();
    let adversaries: HashSet<Uuid> = actors.iter().filter(|a| a.stance == Stance::Adversary).map(|a| a.id.0).collect();
    if allies.is_empty() || adversaries.is_empty() {
        return;
    }
    let mut neighbours: HashMap<Uuid, Vec<(Uuid, PartyKind)>> = HashMap::new();
    for r in links.iter().filter(|r| connects(r)) {
        neighbours.entry(r.source).or_default().push((r.target, r.target_kind));
        neighbours.entry(r.target).or_default().push((r.source, r.source_kind));
    }
    for ally in allies {
        // Breadth first through people only: the shortest chain of people to each adversary.
        let mut previous: HashMap<Uuid, Uuid> = HashMap::new();
        let mut queue = VecDeque::from([ally.id.0]);
        let mut visited = HashSet::from([ally.id.0]);
        let mut reached: Vec<Uuid> = Vec::new();
        while let Some(at) = queue.pop_front() {
            for &(next, kind) in neighbours.get(&at).map(Vec::as_slice).unwrap_or(&[]) {
                if !visited.insert(next) {
                    continue;
                }
                previous.insert(next, at);
                if adversaries.contains(&next) {
                    if at != ally.id.0 {
                        reached.push(next);
                    }
                } else if kind == PartyKind::Person {
                    queue.push_back(next);
                }
            }
        }
        reached.sort();
        for adversary in reached {
            let mut chain = Vec::new();
            let mut at = previous[&adversary];
            while at != ally.id.0 {
                chain.push(PersonId(at));
                at = previous[&at];
            }
            chain.reverse();
            out.push(Finding {
                actors: vec![ally.id, ActorId(adversary)],
                ..Finding::about(FindingKind::AllyAdversaryPath, chain)
            });
        }
    }
}

fn exposed_family(people: &[Person], person_links: &[&Relationship], out: &mut Vec<Finding>) {
    for defender in people.iter().filter(|p| p.sensitivity == Sensitivity::Public) {
        let mut family: Vec<PersonId> = person_links
            .iter()
            .filter(|r| r.kind == RelationshipKind::Family)
            .filter_map(|r| match (r.source == defender.id.0, r.target == defender.id.0) {
                (true, _) => Some(PersonId(r.target)),
                (_, true) => Some(PersonId(r.source)),
                _ => None,
            })
            .collect();
        family.sort();
        family.dedup();
        if !family.is_empty() {
            family.insert(0, defender.id);
            out.push(Finding::about(FindingKind::ExposedFamily, family));
        }
    }
}

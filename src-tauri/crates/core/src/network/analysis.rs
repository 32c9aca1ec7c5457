//! What the network shows about the collective's safety, as pure functions over loaded data:
//! who has no safety contact, who everyone depends on, who is isolated, how information could
//! leak from allies to adversaries, whose family a defender's visibility exposes, where
//! contacts concentrate on one person, and where the alert chain breaks.
//!
//! Every analysis is linear in people plus links (or n log n where findings are sorted): ids
//! are looked up once, then the work is on dense node numbers (`graph.rs`), with one Tarjan
//! pass for both cut points and bridges, and petgraph's Tarjan for the alert chain's loops.
//! 50 000 people and 250 000 links cost a few plain traversals (`tejido bench network`).

use std::collections::HashMap;

use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::graph::{Adjacency, Cuts, Link, NONE, Parties};
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
    let parties = Parties::new(people, actors);
    let links: Vec<Link> = relationships
        .iter()
        .filter_map(|r| {
            Some(Link { r, source: parties.resolve(r.source_kind, r.source)?, target: parties.resolve(r.target_kind, r.target)? })
        })
        .collect();
    let person_links: Vec<Link> = links
        .iter()
        .filter(|l| l.r.source_kind == PartyKind::Person && l.r.target_kind == PartyKind::Person && connects(l.r))
        .copied()
        .collect();

    let mut findings = Vec::new();
    safety_contacts(people, &parties, &links, &mut findings);
    alert_chain(&parties, &links, &mut findings);
    concentration(&parties, &links, &mut findings);
    cut_points(people, &parties, &person_links, &mut findings);
    isolation(people, &parties, &links, &mut findings);
    ally_paths(actors, &parties, &links, &mut findings);
    exposed_family(people, &person_links, &mut findings);
    // Stable: within a kind, findings keep the order each analysis gave them.
    findings.sort_by(|a, b| a.kind.cmp(&b.kind).then(b.people.len().cmp(&a.people.len())));
    findings
}

fn safety_contacts(people: &[Person], parties: &Parties, links: &[Link], out: &mut Vec<Finding>) {
    let mut covered = vec![false; parties.len()];
    for l in links.iter().filter(|l| l.r.kind == RelationshipKind::SafetyContact) {
        covered[l.source as usize] = true;
    }
    let missing: Vec<PersonId> = people.iter().zip(&covered).filter(|(_, covered)| !**covered).map(|(p, _)| p.id).collect();
    if !missing.is_empty() {
        out.push(Finding::about(FindingKind::NoSafetyContact, missing));
    }
}

fn alert_chain(parties: &Parties, links: &[Link], out: &mut Vec<Finding>) {
    let alerts: Vec<&Link> = links
        .iter()
        .filter(|l| l.r.kind == RelationshipKind::AlertLink && l.r.source_kind == PartyKind::Person && l.r.target_kind == PartyKind::Person)
        .collect();
    // petgraph's Tarjan gives loops in an order that depends on the order nodes and edges were
    // added, and that order is what people see: nodes are added as the alert links first name
    // them, as they always were.
    let mut graph = DiGraph::<Uuid, ()>::with_capacity(alerts.len(), alerts.len());
    let mut index = vec![NodeIndex::end(); parties.len()];
    let mut node = |graph: &mut DiGraph<Uuid, ()>, n: u32, id: Uuid| {
        if index[n as usize] == NodeIndex::end() {
            index[n as usize] = graph.add_node(id);
        }
        index[n as usize]
    };
    for l in &alerts {
        let (a, b) = (node(&mut graph, l.source, l.r.source), node(&mut graph, l.target, l.r.target));
        graph.add_edge(a, b, ());
    }
    for component in tarjan_scc(&graph) {
        if component.len() > 1 {
            out.push(Finding::about(FindingKind::AlertLoop, component.iter().map(|n| PersonId(graph[*n])).collect()));
        }
    }
    let mut listed = vec![false; parties.len()];
    let mut dead_ends: Vec<PersonId> = Vec::new();
    for l in &alerts {
        if !l.r.reachable_always && l.r.fallback.is_none() && !listed[l.target as usize] {
            listed[l.target as usize] = true;
            dead_ends.push(PersonId(l.r.target));
        }
    }
    if !dead_ends.is_empty() {
        out.push(Finding::about(FindingKind::AlertDeadEnd, dead_ends));
    }
}

fn concentration(parties: &Parties, links: &[Link], out: &mut Vec<Finding>) {
    let safety = |l: &&Link| matches!(l.r.kind, RelationshipKind::SafetyContact | RelationshipKind::AlertLink);
    let total = links.iter().filter(safety).count();
    let needed = CONCENTRATION_MIN.max(((total as f64) * CONCENTRATION_SHARE).ceil() as usize);
    // Only a person with at least `needed` links can have `needed` different people relying
    // on them: count links first, and tell the different sources apart only for those few.
    let mut incoming = vec![0usize; parties.len()];
    for l in links.iter().filter(safety).filter(|l| l.r.target_kind == PartyKind::Person) {
        incoming[l.target as usize] += 1;
    }
    let mut pairs: Vec<(u32, u32)> = links
        .iter()
        .filter(safety)
        .filter(|l| l.r.target_kind == PartyKind::Person && incoming[l.target as usize] >= needed)
        .map(|l| (l.target, l.source))
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut heavy: Vec<(Uuid, usize)> = Vec::new();
    for group in pairs.chunk_by(|a, b| a.0 == b.0) {
        if group.len() >= needed {
            heavy.push((parties.id(group[0].0), group.len()));
        }
    }
    heavy.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (id, _) in heavy {
        out.push(Finding::about(FindingKind::ContactConcentration, vec![PersonId(id)]));
    }
}

fn cut_points(people: &[Person], parties: &Parties, person_links: &[Link], out: &mut Vec<Finding>) {
    // Parallel links (family and neighbour) are one connection for these questions: keep the
    // first link of each pair of people, in link order and as it was drawn.
    let mut pairs: Vec<(u32, u32, usize)> =
        person_links.iter().enumerate().map(|(i, l)| (l.source.min(l.target), l.source.max(l.target), i)).collect();
    pairs.sort_unstable();
    pairs.dedup_by_key(|p| (p.0, p.1));
    let mut first: Vec<usize> = pairs.into_iter().map(|p| p.2).collect();
    first.sort_unstable();
    let edges: Vec<(u32, u32)> = first.into_iter().map(|i| (person_links[i].source, person_links[i].target)).collect();
    let mut ends_of: Vec<(u32, u32)> = Vec::with_capacity(2 * edges.len());
    for &(a, b) in &edges {
        ends_of.push((a, b));
        if a != b {
            ends_of.push((b, a));
        }
    }
    let graph = Adjacency::new(parties.len(), &ends_of);
    // People are nodes 0..people.len(); the links here join only them.
    let cuts = Cuts::new(&graph, people.len());
    let mut points: Vec<PersonId> = people.iter().zip(&cuts.is_cut).filter(|(_, cut)| **cut).map(|(p, _)| p.id).collect();
    points.sort();
    for person in points {
        out.push(Finding::about(FindingKind::SinglePointOfFailure, vec![person]));
    }
    let mut listed = vec![false; parties.len()];
    let mut ends: Vec<PersonId> = Vec::new();
    for &(a, b) in edges.iter().filter(|(a, b)| a != b && cuts.is_bridge(*a, *b)) {
        for n in [a, b] {
            // A bridge to someone with a single link is isolation, reported below, not a bridge.
            if graph.of(n).len() > 1 && !listed[n as usize] {
                listed[n as usize] = true;
                ends.push(PersonId(parties.id(n)));
            }
        }
    }
    if !ends.is_empty() {
        out.push(Finding::about(FindingKind::OnlyLink, ends));
    }
}

/// A node's household, for telling households apart without comparing names.
const NOT_A_PERSON: u32 = NONE;
const NO_HOUSEHOLD: u32 = NONE - 1;

fn isolation(people: &[Person], parties: &Parties, links: &[Link], out: &mut Vec<Finding>) {
    let mut names: Vec<&str> = Vec::new();
    let mut numbers: HashMap<&str, u32> = HashMap::new();
    let mut household = vec![NOT_A_PERSON; parties.len()];
    for (node, p) in people.iter().enumerate() {
        household[node] = if p.household.is_empty() {
            NO_HOUSEHOLD
        } else {
            *numbers.entry(p.household.as_str()).or_insert_with(|| {
                names.push(p.household.as_str());
                (names.len() - 1) as u32
            })
        };
    }
    let mut linked = vec![false; parties.len()];
    let mut outside = vec![false; names.len()];
    for l in links.iter().filter(|l| connects(l.r)) {
        linked[l.source as usize] = true;
        linked[l.target as usize] = true;
        let (a, b) = (household[l.source as usize], household[l.target as usize]);
        for (mine, other) in [(a, b), (b, a)] {
            if mine < NO_HOUSEHOLD && other != mine {
                outside[mine as usize] = true;
            }
        }
    }
    let alone: Vec<PersonId> = people.iter().zip(&linked).filter(|(_, linked)| !**linked).map(|(p, _)| p.id).collect();
    if !alone.is_empty() {
        out.push(Finding::about(FindingKind::IsolatedPeople, alone));
    }
    let mut isolated: Vec<u32> = (0..names.len() as u32).filter(|h| !outside[*h as usize]).collect();
    if isolated.is_empty() {
        return;
    }
    isolated.sort_unstable_by_key(|h| names[*h as usize]);
    let mut members: HashMap<u32, Vec<PersonId>> = isolated.iter().map(|h| (*h, Vec::new())).collect();
    for (node, p) in people.iter().enumerate() {
        if let Some(list) = members.get_mut(&household[node]) {
            list.push(p.id);
        }
    }
    for h in isolated {
        let name = names[h as usize];
        out.push(Finding { household: name.to_owned(), ..Finding::about(FindingKind::IsolatedHousehold, members.remove(&h).unwrap_or_default()) });
    }
}

fn ally_paths(actors: &[Actor], parties: &Parties, links: &[Link], out: &mut Vec<Finding>) {
    let allies: Vec<&Actor> = actors.iter().filter(|a| a.stance == Stance::Ally).collect();
    let mut adversary = vec![false; parties.len()];
    for a in actors.iter().filter(|a| a.stance == Stance::Adversary) {
        adversary[parties.resolve(PartyKind::Actor, a.id.0).expect("every actor is a node") as usize] = true;
    }
    if allies.is_empty() || !adversary.contains(&true) {
        return;
    }
    let mut pairs: Vec<(u32, (u32, PartyKind))> = Vec::with_capacity(2 * links.len());
    for l in links.iter().filter(|l| connects(l.r)) {
        pairs.push((l.source, (l.target, l.r.target_kind)));
        pairs.push((l.target, (l.source, l.r.source_kind)));
    }
    let neighbours = Adjacency::new(parties.len(), &pairs);
    // One search per ally; `visited` holds the number of the search that last reached a node,
    // so it is never cleared between searches.
    let mut visited = vec![NONE; parties.len()];
    let mut previous = vec![NONE; parties.len()];
    let mut queue: Vec<u32> = Vec::new();
    for (search, ally) in allies.into_iter().enumerate() {
        let search = search as u32;
        let start = parties.resolve(PartyKind::Actor, ally.id.0).expect("every actor is a node");
        // Breadth first through people only: the shortest chain of people to each adversary.
        queue.clear();
        queue.push(start);
        visited[start as usize] = search;
        let mut reached: Vec<u32> = Vec::new();
        let mut head = 0;
        while let Some(&at) = queue.get(head) {
            head += 1;
            for &(next, kind) in neighbours.of(at) {
                if visited[next as usize] == search {
                    continue;
                }
                visited[next as usize] = search;
                previous[next as usize] = at;
                if adversary[next as usize] {
                    if at != start {
                        reached.push(next);
                    }
                } else if kind == PartyKind::Person {
                    queue.push(next);
                }
            }
        }
        reached.sort_unstable_by_key(|n| parties.id(*n));
        for adversary in reached {
            let mut chain = Vec::new();
            let mut at = previous[adversary as usize];
            while at != start {
                chain.push(PersonId(parties.id(at)));
                at = previous[at as usize];
            }
            chain.reverse();
            out.push(Finding {
                actors: vec![ally.id, ActorId(parties.id(adversary))],
                ..Finding::about(FindingKind::AllyAdversaryPath, chain)
            });
        }
    }
}

fn exposed_family(people: &[Person], person_links: &[Link], out: &mut Vec<Finding>) {
    // Family of the public members only: a list each for the few, one pass over the links.
    let mut slot = vec![NONE; people.len()];
    let mut family: Vec<Vec<PersonId>> = Vec::new();
    for (node, _) in people.iter().enumerate().filter(|(_, p)| p.sensitivity == Sensitivity::Public) {
        slot[node] = family.len() as u32;
        family.push(Vec::new());
    }
    let public = |node: u32| slot.get(node as usize).copied().filter(|s| *s != NONE);
    for l in person_links.iter().filter(|l| l.r.kind == RelationshipKind::Family) {
        if let Some(s) = public(l.source) {
            family[s as usize].push(PersonId(l.r.target));
        }
        if l.target != l.source
            && let Some(s) = public(l.target)
        {
            family[s as usize].push(PersonId(l.r.source));
        }
    }
    for (defender, mut family) in people.iter().filter(|p| p.sensitivity == Sensitivity::Public).zip(family) {
        family.sort();
        family.dedup();
        if !family.is_empty() {
            family.insert(0, defender.id);
            out.push(Finding::about(FindingKind::ExposedFamily, family));
        }
    }
}

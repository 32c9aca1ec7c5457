//! The network analyses as they were before the dense-graph rewrite (issue 26), kept verbatim
//! as the reference the fast [`super::analysis::analyse`] must agree with, finding for finding
//! and in the same order. Test-only: nothing outside the tests below calls it.

use std::collections::{HashMap, HashSet, VecDeque};

use petgraph::algo::articulation_points::articulation_points;
use petgraph::algo::{bridges, tarjan_scc};
use petgraph::graph::{DiGraph, NodeIndex, UnGraph};
use petgraph::visit::EdgeRef;
use uuid::Uuid;

use super::analysis::{Finding, FindingKind};
use super::{PartyKind, Relationship, RelationshipKind};
use crate::ids::{ActorId, PersonId};
use crate::person::Person;
use crate::risk::{Actor, Stance};
use crate::sensitivity::Sensitivity;

fn about(kind: FindingKind, people: Vec<PersonId>) -> Finding {
    Finding {
        kind,
        people,
        actors: Vec::new(),
        household: String::new(),
    }
}

fn connects(r: &Relationship) -> bool {
    r.kind != RelationshipKind::Hostile
}

const CONCENTRATION_SHARE: f64 = 0.25;
const CONCENTRATION_MIN: usize = 4;

/// Runs every analysis. Findings are sorted by kind (most urgent first), then by size.
pub(super) fn analyse(
    people: &[Person],
    actors: &[Actor],
    relationships: &[Relationship],
) -> Vec<Finding> {
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
    let between_people = |r: &&&Relationship| {
        r.source_kind == PartyKind::Person && r.target_kind == PartyKind::Person
    };

    let mut findings = Vec::new();
    safety_contacts(people, &links, &mut findings);
    alert_chain(&links, &mut findings);
    concentration(&links, &mut findings);
    let person_links: Vec<&Relationship> = links
        .iter()
        .filter(between_people)
        .filter(|r| connects(r))
        .copied()
        .collect();
    cut_points(people, &person_links, &mut findings);
    isolation(people, &links, &mut findings);
    ally_paths(actors, &links, &mut findings);
    exposed_family(people, &person_links, &mut findings);
    findings.sort_by(|a, b| {
        a.kind
            .cmp(&b.kind)
            .then(b.people.len().cmp(&a.people.len()))
    });
    findings
}

fn safety_contacts(people: &[Person], links: &[&Relationship], out: &mut Vec<Finding>) {
    let covered: HashSet<Uuid> = links
        .iter()
        .filter(|r| r.kind == RelationshipKind::SafetyContact)
        .map(|r| r.source)
        .collect();
    let missing: Vec<PersonId> = people
        .iter()
        .filter(|p| !covered.contains(&p.id.0))
        .map(|p| p.id)
        .collect();
    if !missing.is_empty() {
        out.push(about(FindingKind::NoSafetyContact, missing));
    }
}

fn alert_chain(links: &[&Relationship], out: &mut Vec<Finding>) {
    let alerts: Vec<&Relationship> = links
        .iter()
        .filter(|r| {
            r.kind == RelationshipKind::AlertLink
                && r.source_kind == PartyKind::Person
                && r.target_kind == PartyKind::Person
        })
        .copied()
        .collect();
    let mut graph = DiGraph::<Uuid, ()>::new();
    let mut index: HashMap<Uuid, NodeIndex> = HashMap::new();
    let mut node = |graph: &mut DiGraph<Uuid, ()>, id: Uuid| {
        *index.entry(id).or_insert_with(|| graph.add_node(id))
    };
    for r in &alerts {
        let (a, b) = (node(&mut graph, r.source), node(&mut graph, r.target));
        graph.add_edge(a, b, ());
    }
    for component in tarjan_scc(&graph) {
        if component.len() > 1 {
            out.push(about(
                FindingKind::AlertLoop,
                component.iter().map(|n| PersonId(graph[*n])).collect(),
            ));
        }
    }
    let mut dead_ends: Vec<PersonId> = Vec::new();
    for r in &alerts {
        if !r.reachable_always && r.fallback.is_none() && !dead_ends.contains(&PersonId(r.target)) {
            dead_ends.push(PersonId(r.target));
        }
    }
    if !dead_ends.is_empty() {
        out.push(about(FindingKind::AlertDeadEnd, dead_ends));
    }
}

fn concentration(links: &[&Relationship], out: &mut Vec<Finding>) {
    let mut holders: HashMap<Uuid, HashSet<Uuid>> = HashMap::new();
    let mut total = 0;
    for r in links.iter().filter(|r| {
        matches!(
            r.kind,
            RelationshipKind::SafetyContact | RelationshipKind::AlertLink
        )
    }) {
        total += 1;
        if r.target_kind == PartyKind::Person {
            holders.entry(r.target).or_default().insert(r.source);
        }
    }
    let threshold = ((total as f64) * CONCENTRATION_SHARE).ceil() as usize;
    let mut heavy: Vec<(Uuid, usize)> = holders
        .into_iter()
        .map(|(id, who)| (id, who.len()))
        .filter(|(_, n)| *n >= CONCENTRATION_MIN.max(threshold))
        .collect();
    heavy.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (id, _) in heavy {
        out.push(about(FindingKind::ContactConcentration, vec![PersonId(id)]));
    }
}

fn cut_points(people: &[Person], person_links: &[&Relationship], out: &mut Vec<Finding>) {
    let mut graph = UnGraph::<Uuid, ()>::with_capacity(people.len(), person_links.len());
    let index: HashMap<Uuid, NodeIndex> = people
        .iter()
        .map(|p| (p.id.0, graph.add_node(p.id.0)))
        .collect();
    let mut seen: HashSet<(NodeIndex, NodeIndex)> = HashSet::new();
    for r in person_links {
        let (a, b) = (index[&r.source], index[&r.target]);
        // Parallel links (family and neighbour) are one connection for these questions.
        if seen.insert((a.min(b), a.max(b))) {
            graph.add_edge(a, b, ());
        }
    }
    let mut points: Vec<PersonId> = articulation_points(&graph)
        .into_iter()
        .map(|n| PersonId(graph[n]))
        .collect();
    points.sort();
    for person in points {
        out.push(about(FindingKind::SinglePointOfFailure, vec![person]));
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
        out.push(about(FindingKind::OnlyLink, ends));
    }
}

fn isolation(people: &[Person], links: &[&Relationship], out: &mut Vec<Finding>) {
    let mut linked: HashSet<Uuid> = HashSet::new();
    let mut outside: HashSet<String> = HashSet::new();
    let household: HashMap<Uuid, &str> = people
        .iter()
        .map(|p| (p.id.0, p.household.as_str()))
        .collect();
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
    let alone: Vec<PersonId> = people
        .iter()
        .filter(|p| !linked.contains(&p.id.0))
        .map(|p| p.id)
        .collect();
    if !alone.is_empty() {
        out.push(about(FindingKind::IsolatedPeople, alone));
    }
    let mut households: Vec<&str> = people
        .iter()
        .map(|p| p.household.as_str())
        .filter(|h| !h.is_empty())
        .collect();
    households.sort_unstable();
    households.dedup();
    for name in households.into_iter().filter(|h| !outside.contains(*h)) {
        let members: Vec<PersonId> = people
            .iter()
            .filter(|p| p.household == name)
            .map(|p| p.id)
            .collect();
        out.push(Finding {
            household: name.to_owned(),
            ..about(FindingKind::IsolatedHousehold, members)
        });
    }
}

fn ally_paths(actors: &[Actor], links: &[&Relationship], out: &mut Vec<Finding>) {
    let allies: Vec<&Actor> = actors.iter().filter(|a| a.stance == Stance::Ally).collect();
    let adversaries: HashSet<Uuid> = actors
        .iter()
        .filter(|a| a.stance == Stance::Adversary)
        .map(|a| a.id.0)
        .collect();
    if allies.is_empty() || adversaries.is_empty() {
        return;
    }
    let mut neighbours: HashMap<Uuid, Vec<(Uuid, PartyKind)>> = HashMap::new();
    for r in links.iter().filter(|r| connects(r)) {
        neighbours
            .entry(r.source)
            .or_default()
            .push((r.target, r.target_kind));
        neighbours
            .entry(r.target)
            .or_default()
            .push((r.source, r.source_kind));
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
                ..about(FindingKind::AllyAdversaryPath, chain)
            });
        }
    }
}

fn exposed_family(people: &[Person], person_links: &[&Relationship], out: &mut Vec<Finding>) {
    for defender in people
        .iter()
        .filter(|p| p.sensitivity == Sensitivity::Public)
    {
        let mut family: Vec<PersonId> = person_links
            .iter()
            .filter(|r| r.kind == RelationshipKind::Family)
            .filter_map(
                |r| match (r.source == defender.id.0, r.target == defender.id.0) {
                    (true, _) => Some(PersonId(r.target)),
                    (_, true) => Some(PersonId(r.source)),
                    _ => None,
                },
            )
            .collect();
        family.sort();
        family.dedup();
        if !family.is_empty() {
            family.insert(0, defender.id);
            out.push(about(FindingKind::ExposedFamily, family));
        }
    }
}

mod tests {
    use chrono::{TimeZone, Utc};

    use super::super::{RelationshipKind, analyse as fast, generated_network};
    use super::*;
    use crate::ids::RelationshipId;
    use crate::risk::ActorKind;

    /// A seeded xorshift, as in `generate.rs`: deterministic shapes, fresh v7 ids each run.
    struct Rng(u64);

    impl Rng {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1) as u64) as usize
        }
    }

    fn person(i: usize, household: &str, public: bool) -> Person {
        let at = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        Person {
            id: PersonId::new(),
            pseudonym: format!("P{i}"),
            real_name: None,
            role: String::new(),
            tags: Vec::new(),
            household: household.to_owned(),
            sector: String::new(),
            notes: String::new(),
            sensitivity: if public {
                Sensitivity::Public
            } else {
                Sensitivity::Community
            },
            created_at: at,
            updated_at: at,
        }
    }

    fn actor(stance: Stance) -> Actor {
        Actor {
            id: ActorId::new(),
            name: "A".into(),
            kind: ActorKind::Other,
            stance,
            interests: String::new(),
            capabilities: String::new(),
            influence: 3,
            notes: String::new(),
            sensitivity: Sensitivity::Community,
        }
    }

    fn link(
        source: (PartyKind, Uuid),
        target: (PartyKind, Uuid),
        kind: RelationshipKind,
        rng: &mut Rng,
    ) -> Relationship {
        Relationship {
            id: RelationshipId::new(),
            source_kind: source.0,
            source: source.1,
            target_kind: target.0,
            target: target.1,
            kind,
            closeness: 2,
            support: Vec::new(),
            reachable_always: rng.below(3) == 0,
            alert_order: None,
            fallback: (rng.below(4) == 0).then(Uuid::now_v7),
            check_in: String::new(),
            notes: String::new(),
            sensitivity: Sensitivity::Community,
        }
    }

    /// Small, messy networks where every finding turns up: sparse (bridges, cut points, isolated
    /// households), every kind of link, links to actors and between actors, links to ids that
    /// are nobody's, self-links and duplicates in both directions (the store refuses self-links,
    /// but the analysis must not depend on it), and one actor sharing a person's id.
    fn messy(
        seed: u64,
        people: usize,
        links: usize,
    ) -> (Vec<Person>, Vec<Actor>, Vec<Relationship>) {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let households = ["", "", "Ceiba", "Roble", "Pino", "Mango", "ceiba"];
        let persons: Vec<Person> = (0..people)
            .map(|i| {
                person(
                    i,
                    households[rng.below(households.len())],
                    rng.below(4) == 0,
                )
            })
            .collect();
        let mut actors: Vec<Actor> = (0..rng.below(6))
            .map(|i| {
                actor([Stance::Ally, Stance::Adversary, Stance::Neutral][(i + seed as usize) % 3])
            })
            .collect();
        if seed.is_multiple_of(7) && !persons.is_empty() {
            let mut twin = actor(Stance::Adversary);
            twin.id = ActorId(persons[rng.below(persons.len())].id.0);
            actors.push(twin);
        }
        let party = |rng: &mut Rng| -> (PartyKind, Uuid) {
            match rng.below(20) {
                0 if !actors.is_empty() => (PartyKind::Actor, actors[rng.below(actors.len())].id.0),
                1 => (PartyKind::Person, Uuid::now_v7()),
                2 if !actors.is_empty() => {
                    (PartyKind::Person, actors[rng.below(actors.len())].id.0)
                }
                _ if !persons.is_empty() => {
                    (PartyKind::Person, persons[rng.below(persons.len())].id.0)
                }
                _ => (PartyKind::Actor, Uuid::now_v7()),
            }
        };
        let mut relationships: Vec<Relationship> = Vec::new();
        for _ in 0..links {
            let kind = RelationshipKind::ALL[rng.below(RelationshipKind::ALL.len())];
            // Alert and safety links often enough to make loops and concentrations.
            let kind = match rng.below(4) {
                0 => RelationshipKind::AlertLink,
                1 => RelationshipKind::SafetyContact,
                _ => kind,
            };
            let new = match (rng.below(12), relationships.last()) {
                (0, Some(last)) => Relationship {
                    id: RelationshipId::new(),
                    ..last.clone()
                },
                (1, Some(last)) => link(
                    (last.target_kind, last.target),
                    (last.source_kind, last.source),
                    last.kind,
                    &mut rng,
                ),
                (2, _) => {
                    let me = party(&mut rng);
                    link(me, me, kind, &mut rng)
                }
                // Safety contacts and alerts often go to one of two people, as they do.
                (3..=6, _)
                    if !persons.is_empty()
                        && matches!(
                            kind,
                            RelationshipKind::AlertLink | RelationshipKind::SafetyContact
                        ) =>
                {
                    let hub = (
                        PartyKind::Person,
                        persons[rng.below(2.min(persons.len()))].id.0,
                    );
                    link(party(&mut rng), hub, kind, &mut rng)
                }
                _ => {
                    let (a, b) = (party(&mut rng), party(&mut rng));
                    link(a, b, kind, &mut rng)
                }
            };
            relationships.push(new);
        }
        (persons, actors, relationships)
    }

    fn same(people: &[Person], actors: &[Actor], relationships: &[Relationship], what: &str) {
        let (expected, got) = (
            analyse(people, actors, relationships),
            fast(people, actors, relationships),
        );
        assert!(
            expected == got,
            "{what}: findings differ\nreference: {expected:#?}\nfast: {got:#?}"
        );
    }

    #[test]
    fn edge_cases_match_the_reference() {
        same(&[], &[], &[], "empty");
        let ana = person(0, "Ceiba", true);
        same(std::slice::from_ref(&ana), &[], &[], "one person");
        let mut rng = Rng(3);
        let me = (PartyKind::Person, ana.id.0);
        for kind in RelationshipKind::ALL {
            same(
                std::slice::from_ref(&ana),
                &[],
                &[link(me, me, kind, &mut rng)],
                "one person linked to herself",
            );
        }
        // Two parts with no link between them, each a chain with a family link to a public member.
        let ps: Vec<Person> = (0..6)
            .map(|i| person(i, ["Ceiba", "Roble"][i / 3], i % 3 == 0))
            .collect();
        let p = |i: usize| (PartyKind::Person, ps[i].id.0);
        let rels = vec![
            link(p(0), p(1), RelationshipKind::Family, &mut rng),
            link(p(1), p(2), RelationshipKind::AlertLink, &mut rng),
            link(p(2), p(1), RelationshipKind::AlertLink, &mut rng),
            link(p(3), p(4), RelationshipKind::Family, &mut rng),
            link(p(4), p(3), RelationshipKind::Family, &mut rng),
            link(p(4), p(5), RelationshipKind::SafetyContact, &mut rng),
        ];
        same(&ps, &[], &rels, "two parts");
    }

    #[test]
    fn messy_small_networks_match_the_reference() {
        let mut kinds = std::collections::BTreeMap::new();
        for seed in 0..400 {
            let people = (seed as usize * 7) % 41;
            let links = (seed as usize * 13) % (3 * people + 2);
            let (ps, actors, rels) = messy(seed, people, links);
            same(
                &ps,
                &actors,
                &rels,
                &format!("seed {seed}, {people} people, {links} links"),
            );
            for finding in analyse(&ps, &actors, &rels) {
                *kinds.entry(finding.kind).or_insert(0) += 1;
            }
        }
        // The comparison means something only if every kind of finding, several of a kind in
        // one network included, turned up.
        assert_eq!(kinds.len(), 10, "kinds found: {kinds:?}");
        assert!(kinds.values().all(|n| *n >= 20), "kinds found: {kinds:?}");
    }

    #[test]
    fn generated_networks_match_the_reference() {
        for (people, links, seed) in [
            (0, 0, 1),
            (1, 5, 2),
            (2, 3, 3),
            (7, 12, 4),
            (100, 500, 5),
            (1_000, 5_000, 6),
            (1_000, 1_200, 7),
            (10_000, 50_000, 42),
        ] {
            let (ps, actors, rels) = generated_network(people, links, seed);
            same(
                &ps,
                &actors,
                &rels,
                &format!("generated {people} people, {links} links, seed {seed}"),
            );
        }
    }
}

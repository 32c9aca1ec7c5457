//! The network analyses on small graphs with known answers, and relationships in a vault.

use chrono::Utc;
use tejido_core::network::{FindingKind, PartyKind, Relationship, RelationshipKind, analyse, generated_network};
use tejido_core::risk::{Actor, ActorKind, RiskKind, RiskRecord, Stance};
use tejido_core::{ActorId, EditError, Person, PersonId, RelationshipId, Sensitivity};

use super::{new_session, person};

fn people(names: &[(&str, &str)]) -> Vec<Person> {
    names
        .iter()
        .map(|(name, household)| Person {
            id: PersonId::new(),
            pseudonym: (*name).into(),
            real_name: None,
            role: String::new(),
            tags: vec![],
            household: (*household).into(),
            sector: String::new(),
            notes: String::new(),
            sensitivity: Sensitivity::Community,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        })
        .collect()
}

fn actor(name: &str, stance: Stance) -> Actor {
    Actor {
        id: ActorId::new(),
        name: name.into(),
        kind: ActorKind::Other,
        stance,
        interests: String::new(),
        capabilities: String::new(),
        influence: 3,
        notes: String::new(),
        sensitivity: Sensitivity::Community,
    }
}

fn link(a: (PartyKind, uuid::Uuid), b: (PartyKind, uuid::Uuid), kind: RelationshipKind) -> Relationship {
    Relationship {
        id: RelationshipId::new(),
        source_kind: a.0,
        source: a.1,
        target_kind: b.0,
        target: b.1,
        kind,
        closeness: 2,
        support: vec![],
        reachable_always: true,
        alert_order: None,
        check_in: String::new(),
        fallback: None,
        notes: String::new(),
        sensitivity: Sensitivity::Community,
    }
}

fn p(person: &Person) -> (PartyKind, uuid::Uuid) {
    (PartyKind::Person, person.id.0)
}

fn a(actor: &Actor) -> (PartyKind, uuid::Uuid) {
    (PartyKind::Actor, actor.id.0)
}

fn of(findings: &[tejido_core::network::Finding], kind: FindingKind) -> Vec<Vec<PersonId>> {
    findings.iter().filter(|f| f.kind == kind).map(|f| f.people.clone()).collect()
}

#[test]
fn a_chain_has_its_middle_people_as_single_points_and_the_loner_is_isolated() {
    // Ana — Beto — Caro — Dani, and Eva alone.
    let ps = people(&[("Ana", "1"), ("Beto", "2"), ("Caro", "3"), ("Dani", "4"), ("Eva", "5")]);
    let rels = vec![
        link(p(&ps[0]), p(&ps[1]), RelationshipKind::Neighbour),
        link(p(&ps[1]), p(&ps[2]), RelationshipKind::Colleague),
        link(p(&ps[2]), p(&ps[3]), RelationshipKind::Neighbour),
        // A parallel link is still one connection.
        link(p(&ps[2]), p(&ps[3]), RelationshipKind::Member),
    ];
    let findings = analyse(&ps, &[], &rels);
    let mut spof: Vec<PersonId> = of(&findings, FindingKind::SinglePointOfFailure).concat();
    spof.sort();
    let mut expected = vec![ps[1].id, ps[2].id];
    expected.sort();
    assert_eq!(spof, expected, "Beto and Caro hold the chain together");
    assert_eq!(of(&findings, FindingKind::IsolatedPeople), vec![vec![ps[4].id]]);
    assert_eq!(of(&findings, FindingKind::NoSafetyContact)[0].len(), 5, "nobody has a safety contact yet");
    let only_link = of(&findings, FindingKind::OnlyLink).concat();
    assert!(only_link.contains(&ps[1].id) && only_link.contains(&ps[2].id), "Beto–Caro is the only link between halves");
    assert_eq!(findings[0].kind, FindingKind::NoSafetyContact, "the most urgent first");
}

#[test]
fn a_ring_has_no_single_point_and_hostile_links_do_not_connect() {
    let ps = people(&[("Ana", "1"), ("Beto", "1"), ("Caro", "2"), ("Dani", "2")]);
    let mut rels: Vec<Relationship> = (0..4).map(|i| link(p(&ps[i]), p(&ps[(i + 1) % 4]), RelationshipKind::Neighbour)).collect();
    rels.push(link(p(&ps[0]), p(&ps[2]), RelationshipKind::Hostile));
    let findings = analyse(&ps, &[], &rels);
    assert!(of(&findings, FindingKind::SinglePointOfFailure).is_empty());
    assert!(of(&findings, FindingKind::OnlyLink).is_empty());
    assert!(of(&findings, FindingKind::IsolatedHousehold).is_empty(), "both households have outside links");
}

#[test]
fn households_with_only_inside_links_are_isolated() {
    let ps = people(&[("Ana", "Caal"), ("Beto", "Caal"), ("Caro", "Pop"), ("Dani", "Tut")]);
    let rels = vec![
        link(p(&ps[0]), p(&ps[1]), RelationshipKind::Family),
        link(p(&ps[2]), p(&ps[3]), RelationshipKind::Neighbour),
    ];
    let findings: Vec<_> = analyse(&ps, &[], &rels).into_iter().filter(|f| f.kind == FindingKind::IsolatedHousehold).collect();
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].household, "Caal");
    assert_eq!(findings[0].people.len(), 2);
}

#[test]
fn alert_chain_loops_dead_ends_and_concentration_are_found() {
    let ps = people(&[("Ana", ""), ("Beto", ""), ("Caro", ""), ("Dani", ""), ("Eva", ""), ("Fer", "")]);
    let mut rels = vec![
        link(p(&ps[0]), p(&ps[1]), RelationshipKind::AlertLink),
        link(p(&ps[1]), p(&ps[2]), RelationshipKind::AlertLink),
        link(p(&ps[2]), p(&ps[0]), RelationshipKind::AlertLink),
    ];
    let mut unreachable = link(p(&ps[2]), p(&ps[3]), RelationshipKind::AlertLink);
    unreachable.reachable_always = false;
    rels.push(unreachable);
    let mut covered = link(p(&ps[3]), p(&ps[4]), RelationshipKind::AlertLink);
    covered.reachable_always = false;
    covered.fallback = Some(ps[5].id.0);
    rels.push(covered);
    // Everyone's safety contact is Fer.
    for q in &ps[..5] {
        rels.push(link(p(q), p(&ps[5]), RelationshipKind::SafetyContact));
    }
    let findings = analyse(&ps, &[], &rels);
    let mut ring = of(&findings, FindingKind::AlertLoop).concat();
    ring.sort();
    let mut expected = vec![ps[0].id, ps[1].id, ps[2].id];
    expected.sort();
    assert_eq!(ring, expected, "Ana → Beto → Caro → Ana goes round");
    assert_eq!(of(&findings, FindingKind::AlertDeadEnd), vec![vec![ps[3].id]], "Dani is unreachable at night, with no stand-in");
    assert_eq!(of(&findings, FindingKind::ContactConcentration), vec![vec![ps[5].id]], "everything goes through Fer");
    assert_eq!(of(&findings, FindingKind::NoSafetyContact), vec![vec![ps[5].id]], "only Fer has nobody");
}

#[test]
fn paths_from_allies_to_adversaries_name_the_people_in_between() {
    let ps = people(&[("Ana", ""), ("Beto", ""), ("Caro", "")]);
    let lawyers = actor("Lawyers", Stance::Ally);
    let mine = actor("Mine", Stance::Adversary);
    let rels = vec![
        link(a(&lawyers), p(&ps[0]), RelationshipKind::Ally),
        link(p(&ps[0]), p(&ps[1]), RelationshipKind::Family),
        link(p(&ps[1]), a(&mine), RelationshipKind::Colleague),
        // Caro is hostile to the mine: that is not a channel.
        link(p(&ps[2]), a(&mine), RelationshipKind::Hostile),
        link(a(&lawyers), p(&ps[2]), RelationshipKind::Ally),
    ];
    let findings = analyse(&ps, &[lawyers.clone(), mine.clone()], &rels);
    let paths: Vec<_> = findings.iter().filter(|f| f.kind == FindingKind::AllyAdversaryPath).collect();
    assert_eq!(paths.len(), 1);
    assert_eq!(paths[0].people, vec![ps[0].id, ps[1].id], "lawyers → Ana → Beto → mine");
    assert_eq!(paths[0].actors, vec![lawyers.id, mine.id]);
}

#[test]
fn family_of_a_public_defender_is_exposed() {
    let mut ps = people(&[("Quetzal", "Q"), ("Hija", "Q"), ("Vecino", "V")]);
    ps[0].sensitivity = Sensitivity::Public;
    let rels = vec![
        link(p(&ps[1]), p(&ps[0]), RelationshipKind::Family),
        link(p(&ps[0]), p(&ps[2]), RelationshipKind::Neighbour),
    ];
    assert_eq!(of(&analyse(&ps, &[], &rels), FindingKind::ExposedFamily), vec![vec![ps[0].id, ps[1].id]]);
}

#[test]
fn a_generated_network_of_ten_thousand_people_is_analysed() {
    let (ps, actors, rels) = generated_network(10_000, 50_000, 7);
    assert_eq!(rels.len(), 50_000);
    let findings = analyse(&ps, &actors, &rels);
    assert!(findings.iter().any(|f| f.kind == FindingKind::ExposedFamily), "every 50th person is public");
}

#[test]
fn relationships_are_saved_checked_and_undone_in_a_vault() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let ana = session.add_person(person("Ana"), Utc::now()).unwrap();
    let beto = session.add_person(person("Beto"), Utc::now()).unwrap();
    let RiskRecord::Actor(mut mine) = session.draft_risk_record(RiskKind::Actor, Utc::now().date_naive()).unwrap() else { panic!() };
    mine.name = "Mine".into();
    mine.stance = Stance::Adversary;
    session.save_risk_record(RiskRecord::Actor(mine.clone()), Utc::now()).unwrap();
    let contact = session.draft_relationship((PartyKind::Person, ana.id.0), (PartyKind::Person, beto.id.0), RelationshipKind::SafetyContact).unwrap();
    session.save_relationship(contact.clone(), Utc::now()).unwrap();
    let works = session.draft_relationship((PartyKind::Person, beto.id.0), (PartyKind::Actor, mine.id.0), RelationshipKind::Colleague).unwrap();
    session.save_relationship(works, Utc::now()).unwrap();
    let network = session.network().unwrap();
    assert_eq!(network.relationships.len(), 2);
    let missing = network.findings.iter().find(|f| f.kind == FindingKind::NoSafetyContact).unwrap();
    assert_eq!(missing.people, vec![beto.id], "Ana has Beto; Beto has nobody");
    let to_self = session.draft_relationship((PartyKind::Person, ana.id.0), (PartyKind::Person, ana.id.0), RelationshipKind::Family).unwrap();
    assert!(matches!(session.save_relationship(to_self, Utc::now()), Err(EditError::SelfRelationship)));
    let dangling = session.draft_relationship((PartyKind::Person, ana.id.0), (PartyKind::Person, uuid::Uuid::now_v7()), RelationshipKind::Family).unwrap();
    assert!(matches!(session.save_relationship(dangling, Utc::now()), Err(EditError::RecordNotFound)));
    session.remove_relationship(contact.id, Utc::now()).unwrap();
    assert_eq!(session.network().unwrap().relationships.len(), 1);
    session.undo(Utc::now()).unwrap();
    assert_eq!(session.network().unwrap().relationships.len(), 2, "undo brings the link back");
}

#[test]
fn the_demo_network_shows_the_weak_points_a_workshop_discusses() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.load_demo(Utc::now()).unwrap();
    let network = session.network().unwrap();
    assert!(network.relationships.len() >= 60, "families, neighbours, colleagues, allies: {}", network.relationships.len());
    let kinds: std::collections::HashSet<FindingKind> = network.findings.iter().map(|f| f.kind).collect();
    for expected in [
        FindingKind::NoSafetyContact,
        FindingKind::AlertDeadEnd,
        FindingKind::ContactConcentration,
        FindingKind::SinglePointOfFailure,
        FindingKind::AllyAdversaryPath,
        FindingKind::ExposedFamily,
    ] {
        assert!(kinds.contains(&expected), "the demo shows {expected:?}; found {kinds:?}");
    }
}

#[test]
fn alert_cards_follow_the_chain_in_order_with_stand_ins() {
    use tejido_core::network::alert_cards;
    let ps = people(&[("Luz", ""), ("Quetzal", ""), ("Guayacán", ""), ("Tortuga", ""), ("Sauce", "")]);
    let desk = actor("Network desk", Stance::Ally);
    let mut second = link(p(&ps[0]), p(&ps[2]), RelationshipKind::AlertLink);
    second.alert_order = Some(2);
    second.reachable_always = false;
    second.fallback = Some(ps[4].id.0);
    let mut first = link(p(&ps[0]), p(&ps[1]), RelationshipKind::AlertLink);
    first.alert_order = Some(1);
    let rels = vec![
        link(p(&ps[2]), p(&ps[3]), RelationshipKind::AlertLink),
        second,
        first,
        link(p(&ps[1]), a(&desk), RelationshipKind::AlertLink),
        link(p(&ps[3]), p(&ps[4]), RelationshipKind::Neighbour),
    ];
    let cards = alert_cards(&rels);
    let order: Vec<PersonId> = cards.iter().map(|c| c.person).collect();
    assert_eq!(order, vec![ps[0].id, ps[1].id, ps[2].id, ps[3].id], "as the alert travels; Sauce is only a stand-in");
    assert!(cards[0].starts_chain && !cards[1].starts_chain);
    let luz: Vec<uuid::Uuid> = cards[0].calls.iter().map(|c| c.target).collect();
    assert_eq!(luz, vec![ps[1].id.0, ps[2].id.0], "in the agreed order");
    assert_eq!(cards[0].calls[1].fallback, Some(ps[4].id));
    assert_eq!(cards[1].calls[0].target_kind, PartyKind::Actor, "Quetzal calls the network desk");
    assert_eq!(cards[2].called_by, vec![ps[0].id]);
}

#[test]
fn places_are_pinned_and_check_ins_reach_the_pocket_cards() {
    use tejido_core::network::{NodePosition, Place};
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let ana = session.add_person(person("Ana"), Utc::now()).unwrap();
    let beto = session.add_person(person("Beto"), Utc::now()).unwrap();
    let mut contact = session.draft_relationship((PartyKind::Person, ana.id.0), (PartyKind::Person, beto.id.0), RelationshipKind::SafetyContact).unwrap();
    contact.check_in = "  every evening at eight ".into();
    session.save_relationship(contact, Utc::now()).unwrap();
    let card = session.network().unwrap().alert_cards.into_iter().find(|c| c.person == ana.id).unwrap();
    assert_eq!(card.check_ins.len(), 1);
    assert_eq!((card.check_ins[0].contact, card.check_ins[0].when.as_str()), (beto.id, "every evening at eight"));
    assert!(!card.starts_chain && card.calls.is_empty(), "a card for the check-in, outside any alert chain");

    let spring = Place { id: tejido_core::PlaceId::new(), name: "The spring".into(), notes: String::new(), sensitivity: Sensitivity::Community };
    session.save_place(spring.clone(), Utc::now()).unwrap();
    session.place_node(NodePosition { id: spring.id.0, x: 120.0, y: -40.5 }, Utc::now()).unwrap();
    let network = session.network().unwrap();
    assert_eq!(network.places, vec![spring.clone()]);
    assert!(network.positions.contains(&NodePosition { id: spring.id.0, x: 120.0, y: -40.5 }), "the pin keeps its place");
    session.remove_place(spring.id, Utc::now()).unwrap();
    assert!(session.network().unwrap().places.is_empty());
    session.undo(Utc::now()).unwrap();
    assert_eq!(session.network().unwrap().places.len(), 1, "undo brings the place back");
    let blank = Place { name: "  ".into(), ..spring };
    assert!(matches!(session.save_place(blank, Utc::now()), Err(EditError::EmptyTitle)));
}

/// Issue 27: a link to a person marked restricted started as "community", so the projector
/// and the network print could show who she is linked to although she was hidden herself.
#[test]
fn a_new_link_is_as_private_as_the_most_private_of_its_two_ends() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let mut add = |name: &str, sensitivity: Sensitivity| {
        session.add_person(tejido_core::NewPerson { sensitivity, ..person(name) }, Utc::now()).unwrap()
    };
    let (ana, beto) = (add("Ana", Sensitivity::Community), add("Beto", Sensitivity::Restricted));
    let (ceiba, dalia) = (add("Ceiba", Sensitivity::Public), add("Dalia", Sensitivity::Public));
    let draft = |a: &Person, b: &Person| {
        session.draft_relationship((PartyKind::Person, a.id.0), (PartyKind::Person, b.id.0), RelationshipKind::Family).unwrap().sensitivity
    };
    assert_eq!(draft(&ana, &beto), Sensitivity::Restricted, "Beto is restricted, so is a link to him");
    assert_eq!(draft(&beto, &ana), Sensitivity::Restricted, "whichever end he is");
    assert_eq!(draft(&ana, &ceiba), Sensitivity::Community);
    assert_eq!(draft(&ceiba, &dalia), Sensitivity::Community, "who knows whom is never public by default");
}

#[test]
fn a_friend_is_a_link_both_ways_that_holds_a_network_together_and_is_kept_in_the_vault() {
    // Friends joining two households: nobody is cut off, and no friend link has a direction.
    let ps = people(&[("Ana", "1"), ("Beto", "1"), ("Caro", "2"), ("Dani", "2")]);
    let rels = [
        link(p(&ps[0]), p(&ps[1]), RelationshipKind::Family),
        link(p(&ps[2]), p(&ps[3]), RelationshipKind::Family),
        link(p(&ps[1]), p(&ps[2]), RelationshipKind::Friend),
        link(p(&ps[3]), p(&ps[0]), RelationshipKind::Friend),
    ];
    assert!(of(&analyse(&ps, &[], &rels), FindingKind::IsolatedHousehold).is_empty(), "friends are outside links");
    assert!(!RelationshipKind::Friend.is_directed());
    assert!(RelationshipKind::ALL.contains(&RelationshipKind::Friend));

    // Saved in a vault (the table's kinds were rebuilt by a migration) and read back.
    let dir = tempfile::tempdir().unwrap();
    let mut s = new_session(dir.path());
    let ana = s.add_person(person("Ana"), Utc::now()).unwrap();
    let beto = s.add_person(person("Beto"), Utc::now()).unwrap();
    let friends = s.draft_relationship((PartyKind::Person, ana.id.0), (PartyKind::Person, beto.id.0), RelationshipKind::Friend).unwrap();
    s.save_relationship(friends, Utc::now()).unwrap();
    let kinds: Vec<RelationshipKind> = s.network().unwrap().relationships.iter().map(|r| r.kind).collect();
    assert_eq!(kinds, [RelationshipKind::Friend]);
}

/// Issue 25: adding a place with its pin on the map took two undos, and renaming a place
/// through the map wiped its notes and made a restricted place "community" again, so the
/// projector showed it.
#[test]
fn a_place_comes_with_its_pin_in_one_undo_and_a_new_name_keeps_its_notes_and_privacy() {
    use tejido_core::network::NodePosition;
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let spring = session.name_place(None, " The spring ", Some((10.0, 20.0)), Utc::now()).unwrap();
    assert_eq!(spring.name, "The spring");
    let network = session.network().unwrap();
    assert!(network.positions.contains(&NodePosition { id: spring.id.0, x: 10.0, y: 20.0 }));
    session.undo(Utc::now()).unwrap();
    let network = session.network().unwrap();
    assert!(network.places.is_empty(), "one undo takes the place away");
    assert!(!network.positions.iter().any(|p| p.id == spring.id.0), "and its pin with it");
    session.redo(Utc::now()).unwrap();

    let mut kept = session.network().unwrap().places.remove(0);
    kept.notes = "Guarded by the company at night.".into();
    kept.sensitivity = Sensitivity::Restricted;
    session.save_place(kept, Utc::now()).unwrap();
    let renamed = session.name_place(Some(spring.id), "El manantial", None, Utc::now()).unwrap();
    assert_eq!(renamed.name, "El manantial");
    assert_eq!(renamed.notes, "Guarded by the company at night.", "notes kept");
    assert_eq!(renamed.sensitivity, Sensitivity::Restricted, "still hidden from the projector");
    assert!(session.network().unwrap().positions.contains(&NodePosition { id: spring.id.0, x: 10.0, y: 20.0 }), "the pin stays");
    assert!(matches!(session.name_place(Some(tejido_core::PlaceId::new()), "Nowhere", None, Utc::now()), Err(EditError::RecordNotFound)));
}

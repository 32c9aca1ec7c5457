//! Generated networks of any size, for benchmarks and scale tests: households of about five,
//! family links inside them, neighbours and colleagues across them, a safety contact and an
//! alert link for most people, a few actors. Deterministic for a given seed.

use std::collections::HashMap;

use chrono::{DateTime, TimeZone, Utc};

use super::{PartyKind, Relationship, RelationshipKind};
use crate::error::EditError;
use crate::ids::{ActorId, PersonId, RelationshipId};
use crate::person::{NewPerson, Person, insert_person};
use crate::risk::{Actor, ActorKind, Stance};
use crate::sensitivity::Sensitivity;
use crate::store::Session;
use crate::store::records as store;

/// A small, fast, seeded generator (xorshift64*): good enough to spread links, and no
/// dependency for it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// `people` people and about `links` relationships, plus ten actors.
pub fn generated_network(people: usize, links: usize, seed: u64) -> (Vec<Person>, Vec<Actor>, Vec<Relationship>) {
    let mut rng = Rng(seed | 1);
    let at = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
    let persons: Vec<Person> = (0..people)
        .map(|i| Person {
            id: PersonId::new(),
            pseudonym: format!("P{i}"),
            real_name: None,
            role: String::new(),
            tags: Vec::new(),
            household: format!("H{}", i / 5),
            sector: format!("S{}", i / 200),
            notes: String::new(),
            sensitivity: if i % 50 == 0 { Sensitivity::Public } else { Sensitivity::Community },
            created_at: at,
            updated_at: at,
        })
        .collect();
    let actors: Vec<Actor> = (0..10)
        .map(|i| Actor {
            id: ActorId::new(),
            name: format!("A{i}"),
            kind: ActorKind::Other,
            stance: [Stance::Ally, Stance::Neutral, Stance::Adversary][i % 3],
            interests: String::new(),
            capabilities: String::new(),
            influence: 3,
            notes: String::new(),
            sensitivity: Sensitivity::Community,
        })
        .collect();
    let link = |source: (PartyKind, uuid::Uuid), target: (PartyKind, uuid::Uuid), kind, rng: &mut Rng| Relationship {
        id: RelationshipId::new(),
        source_kind: source.0,
        source: source.1,
        target_kind: target.0,
        target: target.1,
        kind,
        closeness: 1 + (rng.below(3) as u8),
        support: Vec::new(),
        reachable_always: rng.below(4) != 0,
        alert_order: None,
        check_in: String::new(),
        fallback: None,
        notes: String::new(),
        sensitivity: Sensitivity::Community,
    };
    let person = |i: usize| (PartyKind::Person, persons[i].id.0);
    let mut relationships = Vec::with_capacity(links);
    if people < 2 {
        return (persons, actors, relationships);
    }
    for i in 0..people {
        if i % 5 != 0 && relationships.len() < links {
            relationships.push(link(person(i), person(i - i % 5), RelationshipKind::Family, &mut rng));
        }
    }
    const KINDS: [RelationshipKind; 5] = [
        RelationshipKind::SafetyContact,
        RelationshipKind::AlertLink,
        RelationshipKind::Neighbour,
        RelationshipKind::Colleague,
        RelationshipKind::Member,
    ];
    while relationships.len() < links.saturating_sub(people / 100) {
        let a = rng.below(people);
        // Mostly local: most links stay within a few hundred neighbours, as in a territory.
        let b = (a + 1 + rng.below(300.min(people - 1))) % people;
        let kind = KINDS[rng.below(KINDS.len())];
        relationships.push(link(person(a), person(b), kind, &mut rng));
    }
    while relationships.len() < links {
        let a = rng.below(people);
        let actor = &actors[rng.below(actors.len())];
        relationships.push(link(person(a), (PartyKind::Actor, actor.id.0), RelationshipKind::Member, &mut rng));
    }
    (persons, actors, relationships)
}

impl Session {
    /// Fills the vault with [`generated_network`]`(people, links, seed)` in one edit (one save),
    /// through the same writes as any edit: a vault for measuring the desktop map at scale
    /// (`tejido bench make-network-vault`, `tests/e2e/map-bench.sh`). Returns how many people
    /// and links it stored.
    pub fn load_generated_network(&mut self, people: usize, links: usize, seed: u64, now: DateTime<Utc>) -> Result<(usize, usize), EditError> {
        let (persons, actors, relationships) = generated_network(people, links, seed);
        self.edit(now, |db, stamp| {
            // Stored people get ids of their own: the links are pointed at them.
            let mut ids: HashMap<uuid::Uuid, uuid::Uuid> = HashMap::with_capacity(persons.len());
            for p in persons {
                let new = NewPerson {
                    pseudonym: p.pseudonym,
                    household: p.household,
                    sector: p.sector,
                    sensitivity: p.sensitivity,
                    ..NewPerson::default()
                };
                ids.insert(p.id.0, insert_person(db, new, stamp)?.id.0);
            }
            for actor in actors {
                store::save(db, actor, stamp)?;
            }
            let stored = relationships.len();
            for mut link in relationships {
                for (kind, id) in [(link.source_kind, &mut link.source), (link.target_kind, &mut link.target)] {
                    if kind == PartyKind::Person {
                        *id = ids[&*id];
                    }
                }
                store::save(db, link, stamp)?;
            }
            Ok((ids.len(), stored))
        })
    }
}

#[cfg(test)]
mod tests {
    use tejido_vault::{KdfPolicy, SecretString, VaultOptions};

    use crate::DeviceId;
    use crate::store::Session;

    #[test]
    fn a_generated_network_is_stored_with_its_links_pointing_at_stored_people() {
        let dir = tempfile::tempdir().unwrap();
        let options = VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() };
        let passphrase = SecretString::from("generated network test".to_owned());
        let now = chrono::Utc::now();
        let (mut session, _) = Session::create(&dir.path().join("g.tejido"), &passphrase, "G", &options, DeviceId::new(), now).unwrap();
        assert_eq!(session.load_generated_network(60, 300, 7, now).unwrap(), (60, 300));
        let people = session.people().unwrap();
        assert_eq!(people.len(), 60);
        let network = session.network().unwrap();
        assert_eq!(network.relationships.len(), 300);
        let ids: std::collections::HashSet<_> = people.iter().map(|p| p.id.0).collect();
        let to_people = network.relationships.iter().flat_map(|r| [(r.source_kind, r.source), (r.target_kind, r.target)]);
        assert!(to_people.filter(|(k, _)| *k == super::PartyKind::Person).all(|(_, id)| ids.contains(&id)));
    }
}

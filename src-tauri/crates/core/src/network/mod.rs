//! The collective's network: who a defender's safety depends on, and where it is thin.
//!
//! Which API for which job:
//! - [`Session::network`] loads the relationships and runs every analysis.
//! - [`Session::save_relationship`] / [`Session::remove_relationship`] edit one link; each is
//!   one change-log entry, so [`Session::undo`] reverts it.
//! - [`analyse`] is the pure analysis over loaded data (tested and benchmarked on its own).

mod activation;
mod alert;
mod territory;
mod analysis;
mod generate;
mod graph;
#[cfg(test)]
mod reference;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::store::records::{self as store, record, flag, trim};
use crate::error::EditError;
use crate::ids::RelationshipId;
use crate::person::Person;
use crate::risk::Actor;
use crate::sensitivity::Sensitivity;
use crate::store::Session;

pub use activation::{ActivationLog, AlertActivation, AlertActivations, ChainMark, ChainOutcome, ChainStep, MeansOfContact, NewActivation, activation_log, with_means};
pub use alert::{AlertCall, AlertCard, CheckIn, alert_cards};
pub use analysis::{Finding, FindingKind, analyse};
pub use generate::generated_network;

/// Whether an end of a relationship is a member or an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum PartyKind {
    /// A member of the collective.
    Person,
    /// An actor of the risk analysis (company, authority, ally organisation…).
    Actor,
}

/// The kinds of relationship (DOMAIN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum RelationshipKind {
    /// Family.
    Family,
    /// Friends (the seed names them among those a defender's safety depends on).
    Friend,
    /// Neighbours.
    Neighbour,
    /// Colleagues.
    Colleague,
    /// Members of the same organisation.
    Member,
    /// The target is the source's safety contact: knows where they are, raises the alarm.
    SafetyContact,
    /// In an alert, the source calls the target.
    AlertLink,
    /// Allies.
    Ally,
    /// The source accompanies the target (protective presence).
    Accompaniment,
    /// The source funds the target.
    Funder,
    /// The source is an authority responsible for the target's protection.
    DutyBearer,
    /// The source influences the target.
    Influences,
    /// The source controls the target.
    Controls,
    /// Hostile.
    Hostile,
}

impl RelationshipKind {
    /// Every kind, in the order pickers show them.
    pub const ALL: [RelationshipKind; 14] = [
        RelationshipKind::Family,
        RelationshipKind::Friend,
        RelationshipKind::Neighbour,
        RelationshipKind::Colleague,
        RelationshipKind::Member,
        RelationshipKind::SafetyContact,
        RelationshipKind::AlertLink,
        RelationshipKind::Ally,
        RelationshipKind::Accompaniment,
        RelationshipKind::Funder,
        RelationshipKind::DutyBearer,
        RelationshipKind::Influences,
        RelationshipKind::Controls,
        RelationshipKind::Hostile,
    ];

    /// Whether the link has a direction ("A calls B" is not "B calls A").
    pub fn is_directed(self) -> bool {
        use RelationshipKind::*;
        matches!(self, SafetyContact | AlertLink | Accompaniment | Funder | DutyBearer | Influences | Controls)
    }
}

/// Kinds of support a relationship offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Support {
    /// A place to stay.
    Shelter,
    /// Lawyers, paperwork.
    Legal,
    /// Health care.
    Medical,
    /// A vehicle, a ride.
    Transport,
    /// Money.
    Money,
    /// Public attention, media, letters.
    Visibility,
}

/// A link between two people, two actors, or a person and an actor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Relationship {
    /// Its id.
    pub id: RelationshipId,
    /// Whether the source is a person or an actor.
    pub source_kind: PartyKind,
    /// The source's id.
    #[ts(type = "string")]
    pub source: uuid::Uuid,
    /// Whether the target is a person or an actor.
    pub target_kind: PartyKind,
    /// The target's id.
    #[ts(type = "string")]
    pub target: uuid::Uuid,
    /// What kind of link.
    pub kind: RelationshipKind,
    /// 1 distant, 2 close, 3 very close.
    pub closeness: u8,
    /// What support flows along it.
    pub support: Vec<Support>,
    /// The target can be reached at any hour.
    #[serde(deserialize_with = "flag")]
    pub reachable_always: bool,
    /// For alert links: the order in which the source calls (1 first).
    pub alert_order: Option<u8>,
    /// For alert links: who to call if the target does not answer.
    #[ts(type = "string | null")]
    pub fallback: Option<uuid::Uuid>,
    /// For a safety contact: when and how to check in ("every evening at eight, by text").
    #[serde(default)]
    pub check_in: String,
    /// Free notes.
    pub notes: String,
    /// Who may see it.
    pub sensitivity: Sensitivity,
}

/// A named place pinned on the territory map; its pin is a [`NodePosition`] with its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Place {
    /// Its id.
    pub id: crate::ids::PlaceId,
    /// Its name ("the spring", "the school").
    pub name: String,
    /// Free notes.
    pub notes: String,
    /// Who may see it.
    pub sensitivity: Sensitivity,
}

record! {
    Place in Place, json [], order "name COLLATE NOCASE",
    validate(record) {
        if trim(&mut record.name) {
            return Err(EditError::EmptyTitle);
        }
        trim(&mut record.notes);
        Ok(())
    }
}

record! {
    Relationship in Relationship, json ["support"], order "kind, alert_order, created_at",
    validate(record) {
        if record.source == record.target {
            return Err(EditError::SelfRelationship);
        }
        if !(1..=3).contains(&record.closeness) {
            return Err(EditError::LevelOutOfRange { value: record.closeness });
        }
        trim(&mut record.notes);
        trim(&mut record.check_in);
        let mut seen = Vec::new();
        record.support.retain(|s| {
            let new = !seen.contains(s);
            seen.push(*s);
            new
        });
        Ok(())
    }
}

/// Where a person or actor sits on the network map (map units; the view scales them).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NodePosition {
    /// The person's or actor's id.
    #[ts(type = "string")]
    pub id: uuid::Uuid,
    /// Across.
    pub x: f64,
    /// Down.
    pub y: f64,
}

record! {
    NodePosition in NodePosition, json [], order "id",
    validate(record) {
        if record.x.is_finite() && record.y.is_finite() { Ok(()) } else { Err(EditError::LevelOutOfRange { value: 0 }) }
    }
}

/// Everything the network screens show.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Network {
    /// Every current relationship.
    pub relationships: Vec<Relationship>,
    /// What the analyses found, most serious first.
    pub findings: Vec<Finding>,
    /// The alert chain as pocket cards, in the order the alert travels.
    pub alert_cards: Vec<AlertCard>,
    /// Where people and actors were placed on the map.
    pub positions: Vec<NodePosition>,
    /// The kinds that have a direction (drawn with an arrow).
    pub directed_kinds: Vec<RelationshipKind>,
    /// Named places pinned on the territory map.
    pub places: Vec<Place>,
}

impl Session {
    /// The relationships and what the analyses find in them.
    pub fn network(&self) -> Result<Network, EditError> {
        let relationships: Vec<Relationship> = store::list(self.db())?;
        let people: Vec<Person> = self.people()?;
        let actors: Vec<Actor> = store::list(self.db())?;
        let findings = analyse(&people, &actors, &relationships);
        Ok(Network { alert_cards: alert_cards(&relationships), relationships, findings, positions: store::list(self.db())?,
            directed_kinds: RelationshipKind::ALL.into_iter().filter(|k| k.is_directed()).collect(),
            places: store::list(self.db())?,
        })
    }

    /// A new relationship between two parties, not yet stored, as private as the most private
    /// of its two ends ([`Sensitivity::for_new_link`]).
    pub fn draft_relationship(&self, source: (PartyKind, uuid::Uuid), target: (PartyKind, uuid::Uuid), kind: RelationshipKind) -> Result<Relationship, EditError> {
        let mut ends = Vec::new();
        for (kind, id) in [source, target] {
            ends.extend(match kind {
                PartyKind::Person => crate::person::get_person(self.db(), crate::ids::PersonId(id))?.map(|p| p.sensitivity),
                PartyKind::Actor => store::get::<Actor>(self.db(), &id.to_string())?.map(|a| a.sensitivity),
            });
        }
        Ok(Relationship {
            id: RelationshipId::new(),
            source_kind: source.0,
            source: source.1,
            target_kind: target.0,
            target: target.1,
            kind,
            closeness: 2,
            support: Vec::new(),
            reachable_always: false,
            alert_order: None,
            fallback: None,
            check_in: String::new(),
            notes: String::new(),
            sensitivity: Sensitivity::for_new_link(ends),
        })
    }

    /// Adds or renames a place on the territory map.
    pub fn save_place(&mut self, place: Place, now: DateTime<Utc>) -> Result<Place, EditError> {
        self.edit(now, |db, stamp| store::save(db, place, stamp))
    }

    /// Adds a place named `name` (no `id`), or renames place `id` keeping its notes and who
    /// may see it; `at` pins it on the map. One edit, so one undo takes back the place and its
    /// pin together.
    pub fn name_place(&mut self, id: Option<crate::ids::PlaceId>, name: &str, at: Option<(f64, f64)>, now: DateTime<Utc>) -> Result<Place, EditError> {
        self.edit(now, |db, stamp| {
            let mut place = match id {
                Some(id) => store::get::<Place>(db, &id.to_string())?.ok_or(EditError::RecordNotFound)?,
                None => Place { id: crate::ids::PlaceId::new(), name: String::new(), notes: String::new(), sensitivity: Sensitivity::default() },
            };
            place.name = name.to_owned();
            let place = store::save(db, place, stamp)?;
            if let Some((x, y)) = at {
                store::save(db, NodePosition { id: place.id.0, x, y }, stamp)?;
            }
            Ok(place)
        })
    }

    /// Removes a place; undo brings it back (with its pin).
    pub fn remove_place(&mut self, id: crate::ids::PlaceId, now: DateTime<Utc>) -> Result<(), EditError> {
        self.edit(now, |db, stamp| store::remove::<Place>(db, &id.to_string(), stamp).map(drop))
    }

    /// Creates or replaces a relationship. Both ends must exist.
    pub fn save_relationship(&mut self, relationship: Relationship, now: DateTime<Utc>) -> Result<Relationship, EditError> {
        self.edit(now, |db, stamp| {
            for (kind, id) in [(relationship.source_kind, relationship.source), (relationship.target_kind, relationship.target)] {
                let exists = match kind {
                    PartyKind::Person => crate::person::get_person(db, crate::ids::PersonId(id))?.is_some(),
                    PartyKind::Actor => store::get::<Actor>(db, &id.to_string())?.is_some(),
                };
                if !exists {
                    return Err(EditError::RecordNotFound);
                }
            }
            store::save(db, relationship, stamp)
        })
    }

    /// Places a person or actor on the map (one undoable change per move).
    pub fn place_node(&mut self, position: NodePosition, now: DateTime<Utc>) -> Result<(), EditError> {
        self.edit(now, |db, stamp| store::save(db, position, stamp).map(drop))
    }

    /// Removes a relationship; undo brings it back.
    pub fn remove_relationship(&mut self, id: RelationshipId, now: DateTime<Utc>) -> Result<(), EditError> {
        self.edit(now, |db, stamp| store::remove::<Relationship>(db, &id.to_string(), stamp).map(drop))
    }
}

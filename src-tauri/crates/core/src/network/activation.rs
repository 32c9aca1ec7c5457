//! The alert chain in practice: "we are at orange now". An activation records the level, when,
//! who decided it (a collective decision: named members and/or free text) and why; then a
//! dated log of the chain, person by person (reached, not reached, reached through their
//! fallback), until the group stands down and is back to green.
//!
//! It also owns each person's means of contact (phone, radio, meeting point): restricted by
//! nature, kept in a table of their own that no projection, export or case package reads, and
//! printed on pocket cards only when the person printing has confirmed a warning.
//!
//! What it leaves out on purpose: sending anything. Tejido never calls or messages anyone; the
//! log is what people tell it happened.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::alert::{AlertCard, alert_cards};
use super::Relationship;
use crate::error::EditError;
use crate::ids::{ActivationId, ChainMarkId, PersonId};
use crate::risk::AlertLevel;
use crate::store::Session;
use crate::store::records::{self as store, record, trim};

/// How to reach a person when the chain runs. Restricted: never on the projector, in an
/// export or a case package; on a printed card only after a warning.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MeansOfContact {
    /// The person they belong to (one row per person, keyed by the person's id).
    pub id: PersonId,
    /// A phone number (or several, as written).
    #[serde(default)]
    pub phone: String,
    /// A radio channel or call sign.
    #[serde(default)]
    pub radio: String,
    /// Where to meet them, or send someone to.
    #[serde(default)]
    pub meeting_point: String,
    /// Anything else: a neighbour's house, a church bell, a messenger.
    #[serde(default)]
    pub other: String,
}

impl MeansOfContact {
    /// Whether nothing is written.
    pub fn is_empty(&self) -> bool {
        [&self.phone, &self.radio, &self.meeting_point, &self.other].iter().all(|t| t.is_empty())
    }
}

record! {
    MeansOfContact in MeansOfContact, json [], order "id",
    validate(record) {
        for text in [&mut record.phone, &mut record.radio, &mut record.meeting_point, &mut record.other] {
            trim(text);
        }
        Ok(())
    }
}

/// An activation of the alert chain at one of the four levels.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AlertActivation {
    /// Its id.
    pub id: ActivationId,
    /// The level ("orange").
    pub level: AlertLevel,
    /// When the group decided it.
    pub started_at: DateTime<Utc>,
    /// Who decided it, as written ("the assembly", "the water committee").
    #[serde(default)]
    pub decided_by: String,
    /// The members who took the decision, when named.
    #[serde(default)]
    pub deciders: Vec<PersonId>,
    /// Why, in a line (optional).
    #[serde(default)]
    pub reason: String,
    /// When the group stood down (back to green); `None` while it runs.
    #[serde(default)]
    pub closed_at: Option<DateTime<Utc>>,
    /// What was said when standing down (optional).
    #[serde(default)]
    pub closed_note: String,
}

record! {
    AlertActivation in AlertActivation, json ["deciders"], order "started_at DESC, created_at DESC",
    validate(record) {
        if record.level == AlertLevel::Green {
            return Err(EditError::GreenIsNoAlert);
        }
        trim(&mut record.decided_by);
        trim(&mut record.reason);
        trim(&mut record.closed_note);
        store::dedup(&mut record.deciders);
        Ok(())
    }
}

/// What happened when the chain tried to reach someone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ChainOutcome {
    /// They answered and passed the alert on.
    Reached,
    /// Nobody reached them (yet).
    NotReached,
    /// Reached through the fallback their caller had for them.
    ReachedThroughFallback,
}

/// One dated line of an activation's log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChainMark {
    /// Its id.
    pub id: ChainMarkId,
    /// The activation it belongs to.
    pub activation: ActivationId,
    /// Who was (or was not) reached.
    pub person: PersonId,
    /// What happened.
    pub outcome: ChainOutcome,
    /// When.
    pub at: DateTime<Utc>,
    /// For a fallback: through whom.
    #[serde(default)]
    pub through: Option<PersonId>,
    /// A word about it (optional).
    #[serde(default)]
    pub note: String,
}

record! {
    ChainMark in ChainMark, json [], order "at, created_at",
    validate(record) {
        trim(&mut record.note);
        Ok(())
    }
}

/// One person of the chain in a running (or past) activation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChainStep {
    /// Who.
    pub person: PersonId,
    /// Who calls them in the chain (empty where the chain starts).
    pub called_by: Vec<PersonId>,
    /// The fallbacks their callers have for them.
    pub fallbacks: Vec<PersonId>,
    /// Their latest mark in this activation, if any.
    pub mark: Option<ChainMark>,
}

/// An activation with its log, as the screens and the command line show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivationLog {
    /// The activation.
    pub activation: AlertActivation,
    /// Everyone on the pocket cards, in the chain's order, each with their latest mark.
    pub chain: Vec<ChainStep>,
    /// Who is still to reach, in the chain's order: no mark yet, or marked not reached.
    pub to_reach: Vec<PersonId>,
    /// Every mark, oldest first (a person marked twice appears twice: the log is dated).
    pub log: Vec<ChainMark>,
}

/// The running alert, if any, and the past ones with their logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AlertActivations {
    /// The alert running now.
    pub running: Option<ActivationLog>,
    /// Alerts stood down, newest first.
    pub past: Vec<ActivationLog>,
}

/// What "activate an alert level" asks for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewActivation {
    /// The level (yellow, orange or red).
    pub level: AlertLevel,
    /// Who decided, as written.
    #[serde(default)]
    pub decided_by: String,
    /// The members who decided, when named.
    #[serde(default)]
    pub deciders: Vec<PersonId>,
    /// Why (optional).
    #[serde(default)]
    pub reason: String,
}

/// The log of `activation` over the chain of `cards`: each person's latest mark, who is
/// still to reach in chain order, and the dated marks. A mark for someone not (or no longer)
/// on the cards stays in the log and joins the chain at its end, so nothing is hidden.
pub fn activation_log(activation: AlertActivation, cards: &[AlertCard], marks: &[ChainMark]) -> ActivationLog {
    let mut log: Vec<ChainMark> = marks.iter().filter(|m| m.activation == activation.id).cloned().collect();
    log.sort_by_key(|m| m.at);
    // Looked up, not scanned per card: at 1 600 cards each scan of every card's calls (and of
    // the log) made this quadratic. The newest mark wins (the log is sorted by time, ties in
    // the order they came), each person's fallbacks in the order the cards give them.
    let latest: HashMap<PersonId, &ChainMark> = log.iter().map(|m| (m.person, m)).collect();
    let mut fallbacks: HashMap<uuid::Uuid, Vec<PersonId>> = HashMap::new();
    for call in cards.iter().flat_map(|c| c.calls.iter()) {
        if let Some(fallback) = call.fallback {
            let all = fallbacks.entry(call.target).or_default();
            if !all.contains(&fallback) {
                all.push(fallback);
            }
        }
    }
    let step = |person: PersonId, called_by: Vec<PersonId>, fallbacks: Vec<PersonId>| ChainStep { person, called_by, fallbacks, mark: latest.get(&person).map(|m| (*m).clone()) };
    let mut chain: Vec<ChainStep> =
        cards.iter().map(|card| step(card.person, card.called_by.clone(), fallbacks.get(&card.person.0).cloned().unwrap_or_default())).collect();
    let mut in_chain: HashSet<PersonId> = chain.iter().map(|s| s.person).collect();
    for mark in &log {
        if in_chain.insert(mark.person) {
            chain.push(step(mark.person, Vec::new(), Vec::new()));
        }
    }
    let to_reach = chain
        .iter()
        .filter(|s| s.mark.as_ref().is_none_or(|m| m.outcome == ChainOutcome::NotReached))
        .map(|s| s.person)
        .collect();
    ActivationLog { activation, chain, to_reach, log }
}

/// Fills each card's `contacts` with the means of contact of everyone it names (the holder,
/// whom they call, the fallbacks, their check-in contacts). Only for a print the person
/// confirmed after the warning: whoever finds a card can reach these people.
pub fn with_means(cards: &mut [AlertCard], means: &[MeansOfContact]) {
    for card in cards {
        let mut named: Vec<uuid::Uuid> = vec![card.person.0];
        for call in &card.calls {
            named.push(call.target);
            named.extend(call.fallback.map(|f| f.0));
        }
        named.extend(card.check_ins.iter().map(|c| c.contact.0));
        card.contacts = means.iter().filter(|m| named.contains(&m.id.0) && !m.is_empty()).cloned().collect();
        card.contacts.sort_by_key(|m| named.iter().position(|n| *n == m.id.0));
    }
}

impl Session {
    /// Everyone's means of contact that has anything written. Restricted: for the
    /// facilitator's screen (masked until revealed) and the command line only.
    pub fn means_of_contact(&self) -> Result<Vec<MeansOfContact>, EditError> {
        Ok(store::list::<MeansOfContact>(self.db())?.into_iter().filter(|m| !m.is_empty()).collect())
    }

    /// Writes a person's means of contact (one undoable edit; each field syncs on its own).
    pub fn save_means_of_contact(&mut self, means: MeansOfContact, now: DateTime<Utc>) -> Result<MeansOfContact, EditError> {
        self.edit(now, |db, stamp| {
            crate::person::get_person(db, means.id)?.ok_or(EditError::PersonNotFound)?;
            store::save(db, means, stamp)
        })
    }

    /// The pocket cards of the alert chain to print: with everyone's means of contact only
    /// when `include_means` (the person confirmed the warning), without them otherwise.
    pub fn printed_alert_cards(&self, include_means: bool) -> Result<Vec<AlertCard>, EditError> {
        let relationships: Vec<Relationship> = store::list(self.db())?;
        let mut cards = alert_cards(&relationships);
        if include_means {
            with_means(&mut cards, &store::list::<MeansOfContact>(self.db())?);
        }
        Ok(cards)
    }

    /// "We are at orange now": records the activation, decided collectively. Refused while
    /// another alert runs (the chain runs one at a time) and for green (standing down is
    /// [`Session::stand_down`]).
    pub fn activate_alert(&mut self, new: NewActivation, now: DateTime<Utc>) -> Result<AlertActivation, EditError> {
        self.edit(now, |db, stamp| {
            if store::list::<AlertActivation>(db)?.iter().any(|a| a.closed_at.is_none()) {
                return Err(EditError::AlertRunning);
            }
            for id in &new.deciders {
                crate::person::get_person(db, *id)?.ok_or(EditError::PersonNotFound)?;
            }
            let activation = AlertActivation {
                id: ActivationId::new(),
                level: new.level,
                started_at: now,
                decided_by: new.decided_by,
                deciders: new.deciders,
                reason: new.reason,
                closed_at: None,
                closed_note: String::new(),
            };
            store::save(db, activation, stamp)
        })
    }

    /// Marks how the chain reached `person` in the running activation, at `at` (now when
    /// `None`); `through` names the fallback who passed the alert on.
    pub fn mark_chain(
        &mut self,
        activation: ActivationId,
        person: PersonId,
        outcome: ChainOutcome,
        through: Option<PersonId>,
        at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<ChainMark, EditError> {
        self.edit(now, |db, stamp| {
            let running = store::get::<AlertActivation>(db, &activation.to_string())?.ok_or(EditError::RecordNotFound)?;
            if running.closed_at.is_some() {
                return Err(EditError::AlertClosed);
            }
            crate::person::get_person(db, person)?.ok_or(EditError::PersonNotFound)?;
            if let Some(through) = through {
                crate::person::get_person(db, through)?.ok_or(EditError::PersonNotFound)?;
            }
            let through = if outcome == ChainOutcome::ReachedThroughFallback { through } else { None };
            let mark = ChainMark { id: ChainMarkId::new(), activation, person, outcome, at: at.unwrap_or(now), through, note: String::new() };
            store::save(db, mark, stamp)
        })
    }

    /// Stands the running alert down: back to green, dated.
    pub fn stand_down(&mut self, activation: ActivationId, note: &str, now: DateTime<Utc>) -> Result<AlertActivation, EditError> {
        self.edit(now, |db, stamp| {
            let mut running = store::get::<AlertActivation>(db, &activation.to_string())?.ok_or(EditError::RecordNotFound)?;
            if running.closed_at.is_some() {
                return Err(EditError::AlertClosed);
            }
            running.closed_at = Some(now);
            running.closed_note = note.to_owned();
            store::save(db, running, stamp)
        })
    }

    /// The running alert and the past ones, each with its log over the current chain.
    pub fn alert_activations(&self) -> Result<AlertActivations, EditError> {
        let relationships: Vec<Relationship> = store::list(self.db())?;
        let cards = alert_cards(&relationships);
        let marks: Vec<ChainMark> = store::list(self.db())?;
        let mut running = None;
        let mut past = Vec::new();
        for activation in store::list::<AlertActivation>(self.db())? {
            let log = activation_log(activation, &cards, &marks);
            if log.activation.closed_at.is_none() && running.is_none() {
                running = Some(log);
            } else {
                past.push(log);
            }
        }
        Ok(AlertActivations { running, past })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Old vaults, undo snapshots and change files from laptops not yet updated hold the
    /// indicator levels' old words: they must read as the protocol's colours.
    #[test]
    fn old_indicator_level_words_read_as_the_four_colours() {
        for (old, level) in [("watch", AlertLevel::Yellow), ("alert", AlertLevel::Orange), ("emergency", AlertLevel::Red)] {
            assert_eq!(serde_json::from_str::<AlertLevel>(&format!("\"{old}\"")).unwrap(), level, "{old}");
        }
        assert_eq!(serde_json::to_string(&AlertLevel::Orange).unwrap(), "\"orange\"", "written as the colour");
    }

    /// The migration rewrites the stored words and still accepts old ones arriving late.
    #[test]
    fn the_migration_turns_stored_indicator_words_into_colours() {
        let mut db = rusqlite::Connection::open_in_memory().unwrap();
        let migrations = crate::store::migrations::migrations();
        // The 20 migrations before this one (20261207000000_alert_activations.sql is the 21st).
        let before = 20;
        migrations.to_version(&mut db, before).unwrap();
        for (id, word) in [("a", "watch"), ("b", "alert"), ("c", "emergency")] {
            db.execute(
                "INSERT INTO indicator (id, risk, signal, alert_level, created_at, updated_at, updated_by) VALUES (?1, 'r', 's', ?2, 't', 't', 'd')",
                [id, word],
            )
            .unwrap();
        }
        migrations.to_latest(&mut db).unwrap();
        let stored: Vec<String> =
            db.prepare("SELECT alert_level FROM indicator ORDER BY id").unwrap().query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
        assert_eq!(stored, ["yellow", "orange", "red"], "each old word became its colour");
        db.execute("INSERT INTO indicator (id, risk, signal, alert_level, created_at, updated_at, updated_by) VALUES ('d', 'r', 's', 'alert', 't', 't', 'd')", [])
            .expect("a late change file from an older laptop still applies");
    }
}

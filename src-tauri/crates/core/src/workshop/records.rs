//! The records of a workshop: the workshop, its agenda, and the sticky notes written in it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::store::records::{record, finite, required, trim};
use crate::ids::{AgendaItemId, NoteId, WorkshopId};
use crate::sensitivity::Sensitivity;
use crate::audience::{Named, named_fields};

/// A workshop: a day or two with the community, led by a facilitator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Workshop {
    /// Its id.
    pub id: WorkshopId,
    /// Its title.
    pub title: String,
    /// The first day.
    pub starts_on: NaiveDate,
    /// Where (a pseudonym of the place is enough).
    pub place: String,
    /// Anything the facilitators want to remember.
    pub notes: String,
}

/// The part of Tejido a session fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Module {
    /// Welcome, ground rules, recaps.
    Welcome,
    /// Context analysis.
    Context,
    /// Actor mapping.
    Actors,
    /// Network mapping and the alert chain.
    Network,
    /// The incident book.
    Incidents,
    /// Threat assessments.
    Threats,
    /// Risk scenarios, vulnerabilities and capacities.
    Risks,
    /// Protection measures and the plan.
    Measures,
    /// Early-warning indicators.
    Indicators,
    /// The community protocol.
    Protocol,
    /// Collective decisions.
    Decisions,
    /// Care and well-being.
    Care,
    /// Review dates and handouts.
    Review,
    /// Anything else.
    Other,
}

/// Where a session is in the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ItemStatus {
    /// Still to come.
    Planned,
    /// Happening now; its timer runs from `started_at`.
    Running,
    /// Over.
    Done,
}

/// One session of a workshop's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AgendaItem {
    /// Its id.
    pub id: AgendaItemId,
    /// Its workshop.
    pub workshop: WorkshopId,
    /// Its place in the agenda.
    pub position: f64,
    /// The template session it started from, empty if added by hand.
    pub key: String,
    /// Which day (1, 2…).
    pub day: u8,
    /// Its title.
    pub title: String,
    /// What the group leaves with.
    pub goal: String,
    /// Its time box.
    pub minutes: u32,
    /// What to bring.
    pub materials: String,
    /// The part of Tejido it fills.
    pub module: Module,
    /// Planned, running or done.
    pub status: ItemStatus,
    /// When it started.
    pub started_at: Option<DateTime<Utc>>,
    /// When it ended.
    pub finished_at: Option<DateTime<Utc>>,
    /// What was agreed or produced, for the report.
    pub outcomes: String,
}

/// What a sticky note became once sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum NoteTarget {
    /// A note of the context analysis.
    ContextNote,
    /// An actor.
    Actor,
    /// An incident.
    Incident,
    /// A risk scenario.
    Risk,
    /// A protection measure.
    Measure,
    /// A proposal on a protocol section.
    ProtocolProposal,
}

/// A sticky note: what a small group said, typed by the facilitator or a helper, no accounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StickyNote {
    /// Its id.
    pub id: NoteId,
    /// Its workshop.
    pub workshop: WorkshopId,
    /// The session it was written in.
    pub item: Option<AgendaItemId>,
    /// The small group (or person, by pseudonym) it came from.
    pub group_name: String,
    /// What it says.
    pub text: String,
    /// Who may see it; restricted notes never reach the projector or a handout.
    pub sensitivity: Sensitivity,
    /// What it was sorted into.
    pub sorted_as: Option<NoteTarget>,
    /// The record it became (not `record`: that is the tag of [`super::WorkshopRecord`]).
    #[ts(type = "string | null")]
    pub became: Option<uuid::Uuid>,
}

record! {
    Workshop in Workshop, json [], order "starts_on DESC, created_at DESC",
    validate(record) {
        required(&mut record.title)?;
        trim(&mut record.place);
        Ok(())
    }
}

record! {
    AgendaItem in AgendaItem, json [], order "day, position, created_at",
    validate(record) {
        required(&mut record.title)?;
        record.day = record.day.max(1);
        finite(record.position)
    }
}

record! {
    StickyNote in StickyNote, json [], order "created_at",
    validate(record) {
        required(&mut record.text)?;
        trim(&mut record.group_name);
        Ok(())
    }
}

// What a print or the projector rewrites when real names must not show.
named_fields! {
    Workshop => title, place, notes;
    AgendaItem => title, goal, materials, outcomes;
}

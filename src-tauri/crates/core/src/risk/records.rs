//! The records of a collective risk analysis, as the community fills them in. Each is one
//! row (see [`crate::store::records`]); lists are stored inside the row so one edit is one undo.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::store::records::{record, dedup, flag, required, tidy, trim};
use crate::error::EditError;
use crate::ids::{ActorId, ContextNoteId, IncidentId, IndicatorId, MeasureId, PersonId, RiskId, ThreatAssessmentId};
use crate::risk::taxonomy;
use crate::sensitivity::Sensitivity;
use crate::audience::{Named, named_fields};

/// The five dimensions of a context analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    /// Elections, parties, who governs.
    Political,
    /// Projects, markets, livelihoods.
    Economic,
    /// Community life, organisations, conflicts.
    Social,
    /// Laws, court cases, permits.
    Legal,
    /// Land, water, territory.
    Territorial,
}

/// A dated note of the context analysis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ContextNote {
    /// Its id.
    pub id: ContextNoteId,
    /// Which dimension.
    pub dimension: Dimension,
    /// When it was noted (the context changes; the date says when this was true).
    pub noted_on: NaiveDate,
    /// What the community observed.
    pub text: String,
    /// Who may see it.
    pub sensitivity: Sensitivity,
}

/// What kind of actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ActorKind {
    /// A company.
    Company,
    /// A ministry, municipality, prosecutor's office…
    StateBody,
    /// Police, army.
    SecurityForces,
    /// Paramilitaries, criminal groups.
    ArmedGroup,
    /// An assembly, council, committee.
    CommunityBody,
    /// An ally organisation.
    AllyOrganisation,
    /// Press, radio, social media.
    Media,
    /// A UN or regional protection mechanism.
    InternationalMechanism,
    /// Anything else.
    Other,
}

/// Where an actor stands towards the collective.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    /// Supports the collective.
    Ally,
    /// Neither.
    Neutral,
    /// Works against the collective.
    Adversary,
}

/// An actor of the context: company, state body, armed group, ally, media, UN body…
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Actor {
    /// Its id.
    pub id: ActorId,
    /// Its name.
    pub name: String,
    /// What kind.
    pub kind: ActorKind,
    /// Ally, neutral or adversary.
    pub stance: Stance,
    /// What it wants.
    pub interests: String,
    /// Its means (money, weapons, lawyers, media).
    pub capabilities: String,
    /// How much it can affect the collective, 1–5.
    pub influence: u8,
    /// Free notes.
    pub notes: String,
    /// Who may see it.
    pub sensitivity: Sensitivity,
}

/// A sealed attachment of an incident (a photo, a document).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Attachment {
    /// The blob's id (`blobs/<id>.age`).
    #[ts(type = "string")]
    pub id: uuid::Uuid,
    /// The file name it had.
    pub name: String,
    /// SHA-256 of its content, hex.
    pub sha256: String,
    /// Its size in bytes.
    #[ts(type = "number")]
    pub size: u64,
}

/// An entry of the incident book.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Incident {
    /// Its id.
    pub id: IncidentId,
    /// What happened, in a line.
    pub title: String,
    /// When.
    pub occurred_on: NaiveDate,
    /// Where.
    pub place: String,
    /// What happened, in detail.
    pub description: String,
    /// The threat category id (`assets/taxonomies/threat-categories.json`).
    pub category: String,
    /// Members affected.
    pub affected_people: Vec<PersonId>,
    /// Groups affected ("the water committee").
    pub affected_groups: String,
    /// Whether it targeted the whole collective.
    #[serde(deserialize_with = "flag")]
    pub whole_collective: bool,
    /// The actor who did it, if known and mapped.
    pub perpetrator_actor: Option<ActorId>,
    /// Who did it, in words, if known.
    pub perpetrator: String,
    /// To whom it was reported (prosecutor, ombudsperson, network).
    pub reported_to: String,
    /// Sealed photos and documents.
    pub attachments: Vec<Attachment>,
    /// Who may see it.
    pub sensitivity: Sensitivity,
}

/// A threat assessment in Front Line Defenders' five steps, built from incidents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ThreatAssessment {
    /// Its id.
    pub id: ThreatAssessmentId,
    /// The threat, in a line.
    pub title: String,
    /// When it was assessed.
    pub assessed_on: NaiveDate,
    /// The incidents it is built from.
    pub incidents: Vec<IncidentId>,
    /// Step 1: the facts.
    pub facts: String,
    /// Step 2: is there a pattern over time?
    pub pattern: String,
    /// Step 3: what does it seem to want?
    pub objective: String,
    /// Step 4: who is behind it?
    pub source: String,
    /// Step 5: can it be carried out? What follows?
    pub conclusion: String,
    /// Who may see it.
    pub sensitivity: Sensitivity,
}

/// One dated rating of a risk scenario.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// When it was rated.
    pub on: NaiveDate,
    /// How likely, 1 (very low) to 5 (very high).
    pub likelihood: u8,
    /// How grave, 1 (very low) to 5 (very high).
    pub impact: u8,
    /// Why it moved.
    pub note: String,
}

/// A risk scenario: a threat to someone or something, with what exposes them and what
/// protects them, rated over time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Risk {
    /// Its id.
    pub id: RiskId,
    /// The scenario, in a line ("Criminal charges against the water committee").
    pub title: String,
    /// Who or what is threatened.
    pub threatened: String,
    /// The threat category id.
    pub category: String,
    /// The scenario in detail.
    pub description: String,
    /// The threat assessment it rests on, if any.
    pub threat_assessment: Option<ThreatAssessmentId>,
    /// What exposes them to this threat.
    pub vulnerabilities: Vec<String>,
    /// What protects them against it.
    pub capacities: Vec<String>,
    /// The ratings, oldest first; the last is the current one. Never empty.
    pub assessments: Vec<Assessment>,
    /// Who may see it.
    pub sensitivity: Sensitivity,
}

impl Risk {
    /// The current rating.
    pub fn current(&self) -> &Assessment {
        self.assessments.last().expect("a stored risk has at least one rating")
    }
}

/// The three protection strategies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Strategy {
    /// Win acceptance of the collective's work by other actors.
    Acceptance,
    /// Raise the cost of attacking.
    Deterrence,
    /// Reduce exposure, strengthen capacities.
    Protection,
}

/// Before or after something happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Timing {
    /// To prevent it.
    Prevention,
    /// To respond when it happens.
    Response,
}

/// How far a measure has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum MeasureStatus {
    /// Not started.
    ToDo,
    /// Under way.
    InProgress,
    /// Done.
    Done,
}

/// A protection measure of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Measure {
    /// Its id.
    pub id: MeasureId,
    /// What will be done, in a line.
    pub title: String,
    /// How.
    pub description: String,
    /// Acceptance, deterrence or protection.
    pub strategy: Strategy,
    /// Prevention or response.
    pub timing: Timing,
    /// Who is responsible.
    pub owners: Vec<PersonId>,
    /// What it needs (money, transport, training).
    pub resources: String,
    /// By when.
    pub due_on: Option<NaiveDate>,
    /// How far it has got.
    pub status: MeasureStatus,
    /// The risks it answers.
    pub risks: Vec<RiskId>,
    /// Who may see it.
    pub sensitivity: Sensitivity,
}

/// The protocol's four alert levels (Tejido's graded levels, not a fixed standard): the level
/// an early-warning indicator triggers, the colour of a protocol level, and the level an
/// activation of the alert chain runs at are one and the same.
///
/// NOTE: indicators stored before the levels were unified hold `watch`, `alert` and
/// `emergency` (in vault rows, change-log snapshots and other laptops' change files); they
/// read as yellow, orange and red, the protocol levels they were always linked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum AlertLevel {
    /// Normal: no alert running.
    Green,
    /// Attention: watch closely, tell the safety contacts.
    #[serde(alias = "watch")]
    Yellow,
    /// Alert: activate the alert chain.
    #[serde(alias = "alert")]
    Orange,
    /// Emergency response.
    #[serde(alias = "emergency")]
    Red,
}

impl AlertLevel {
    /// The four levels, lowest first.
    pub const ALL: [AlertLevel; 4] = [AlertLevel::Green, AlertLevel::Yellow, AlertLevel::Orange, AlertLevel::Red];
}

/// An early-warning indicator: a signal that a risk is rising.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Indicator {
    /// Its id.
    pub id: IndicatorId,
    /// The risk it warns of.
    pub risk: RiskId,
    /// What is seen or heard ("unknown vehicles near the school at night").
    pub signal: String,
    /// The level it triggers.
    pub alert_level: AlertLevel,
    /// Who may see it.
    pub sensitivity: Sensitivity,
}

fn level(value: u8) -> Result<(), EditError> {
    if (1..=5).contains(&value) { Ok(()) } else { Err(EditError::LevelOutOfRange { value }) }
}

fn category(id: &str) -> Result<(), EditError> {
    if taxonomy::category(id).is_some() {
        Ok(())
    } else {
        Err(EditError::UnknownCategory { category: id.to_owned() })
    }
}

record! {
    ContextNote in ContextNote, json [], order "noted_on DESC, created_at DESC",
    validate(record) {
        required(&mut record.text)
    }
}

record! {
    Actor in Actor, json [], order "influence DESC, name COLLATE NOCASE",
    validate(record) {
        required(&mut record.name)?;
        level(record.influence)?;
        for text in [&mut record.interests, &mut record.capabilities, &mut record.notes] {
            trim(text);
        }
        Ok(())
    }
}

record! {
    Incident in Incident, json ["affected_people", "attachments"], order "occurred_on DESC, created_at DESC",
    validate(record) {
        required(&mut record.title)?;
        category(&record.category)?;
        dedup(&mut record.affected_people);
        for text in [&mut record.place, &mut record.affected_groups, &mut record.perpetrator, &mut record.reported_to] {
            trim(text);
        }
        Ok(())
    }
}

record! {
    ThreatAssessment in ThreatAssessment, json ["incidents"], order "assessed_on DESC, created_at DESC",
    validate(record) {
        required(&mut record.title)?;
        dedup(&mut record.incidents);
        Ok(())
    }
}

record! {
    Risk in Risk, json ["vulnerabilities", "capacities", "assessments"], order "created_at",
    validate(record) {
        required(&mut record.title)?;
        category(&record.category)?;
        trim(&mut record.threatened);
        tidy(&mut record.vulnerabilities);
        tidy(&mut record.capacities);
        if record.assessments.is_empty() {
            return Err(EditError::RiskNotRated);
        }
        for assessment in &mut record.assessments {
            level(assessment.likelihood)?;
            level(assessment.impact)?;
            trim(&mut assessment.note);
        }
        // History reads oldest first; a back-dated rating takes its place in time.
        record.assessments.sort_by_key(|a| a.on);
        Ok(())
    }
}

record! {
    Measure in Measure, json ["owners", "risks"], order "due_on IS NULL, due_on, title COLLATE NOCASE",
    validate(record) {
        required(&mut record.title)?;
        trim(&mut record.resources);
        dedup(&mut record.owners);
        dedup(&mut record.risks);
        Ok(())
    }
}

record! {
    Indicator in Indicator, json [], order "CASE alert_level WHEN 'emergency' THEN 0 WHEN 'alert' THEN 1 ELSE 2 END, created_at",
    validate(record) {
        required(&mut record.signal)
    }
}

// What a print or the projector rewrites when real names must not show.
named_fields! {
    Assessment => note;
    Risk => title, threatened, category, description, vulnerabilities, capacities, assessments;
    ThreatAssessment => title, facts, pattern, objective, source, conclusion;
    Measure => title, description, resources;
    Indicator => signal;
}

//! Collective risk analysis: context, actors, incidents, threat assessments, risk scenarios
//! with dated reassessments, protection measures and early-warning indicators.
//!
//! Which API for which job:
//! - [`Session::risk_analysis`] loads everything a screen needs, with the matrix computed.
//! - [`Session::draft_risk_record`] gives a new record with a fresh id and sensible defaults;
//!   [`Session::save_risk_record`] creates or replaces it, [`Session::remove_risk_record`]
//!   removes it. Each is one change-log entry, so [`Session::undo`] reverts it.
//! - [`Session::reassess_risk`] adds a dated rating; the history is kept on the risk.
//! - [`Session::attach_to_incident`] seals a file as an attachment of an incident.
//! - [`Session::risk_register`] is the printable and exportable register (no restricted
//!   records).

mod carriers;
mod matrix;
mod records;
mod register;
mod taxonomy;

use std::collections::HashSet;

use chrono::{DateTime, Months, NaiveDate, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::store::records::{self as store, Record};
use crate::error::EditError;
use crate::ids::{IncidentId, MeasureId, RiskId};
use crate::store::{Session, Stamp};

pub use carriers::{Carried, Carriers, GroupRisks, PersonRisks, carriers};
pub use matrix::{Band, Cell, Trend, matrix, trend};
pub use records::{
    ActorKind, AlertLevel, Assessment, Attachment, ContextNote, Dimension, Incident, Indicator, Measure,
    MeasureStatus, Risk, Stance, Strategy, ThreatAssessment, Timing, Actor,
};
pub use register::{RegisterEntry, RegisterMeasure, RiskRegister};
pub use taxonomy::{ThreatCategory, category, threat_categories};

/// How long until the next review of the risk analysis, by default (PI and FLD: at least
/// every six months).
pub const REVIEW_MONTHS: u32 = 6;

/// Any record of the risk analysis, tagged `record` with its kind (not `kind`: actors have
/// a field of that name): what the app sends to save one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "record", rename_all = "kebab-case")]
pub enum RiskRecord {
    /// A context note.
    ContextNote(ContextNote),
    /// An actor.
    Actor(Actor),
    /// An incident.
    Incident(Incident),
    /// A threat assessment.
    ThreatAssessment(ThreatAssessment),
    /// A risk scenario.
    Risk(Risk),
    /// A measure.
    Measure(Measure),
    /// An early-warning indicator.
    Indicator(Indicator),
}

/// The kinds of record, to ask for a draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum RiskKind {
    /// A context note.
    ContextNote,
    /// An actor.
    Actor,
    /// An incident.
    Incident,
    /// A threat assessment.
    ThreatAssessment,
    /// A risk scenario.
    Risk,
    /// A measure.
    Measure,
    /// An early-warning indicator.
    Indicator,
}

/// What the screens show about one risk beyond its record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RiskStatus {
    /// Which risk.
    pub risk: RiskId,
    /// The colour of its current cell.
    pub band: Band,
    /// How it moved at the last reassessment.
    pub trend: Trend,
    /// How many current measures answer it.
    #[ts(type = "number")]
    pub measures: usize,
    /// When it is next due for review (see [`risk_review_on`]).
    pub review_on: NaiveDate,
    /// Whether that date has come.
    pub review_due: bool,
}

/// Everything the risk-analysis screens show.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RiskAnalysis {
    /// The threat categories with their names.
    pub categories: Vec<ThreatCategory>,
    /// Context notes, newest first.
    pub context: Vec<ContextNote>,
    /// Actors, most influential first.
    pub actors: Vec<Actor>,
    /// The incident book, newest first.
    pub incidents: Vec<Incident>,
    /// Threat assessments, newest first.
    pub threat_assessments: Vec<ThreatAssessment>,
    /// Risk scenarios, in the order they were identified.
    pub risks: Vec<Risk>,
    /// Band, trend and measure count of each risk, in the same order.
    pub risk_status: Vec<RiskStatus>,
    /// The 5×5 matrix, top row very likely.
    pub matrix: Vec<Cell>,
    /// Measures, soonest due first.
    pub measures: Vec<Measure>,
    /// Early-warning indicators, most serious level first.
    pub indicators: Vec<Indicator>,
    /// Risks no measure answers yet.
    pub risks_without_measure: Vec<RiskId>,
    /// Measures past their due date and not done.
    pub overdue_measures: Vec<MeasureId>,
    /// When the analysis is next due for review, once there is a risk to review.
    pub review_on: Option<NaiveDate>,
    /// Whether that date has come.
    pub review_due: bool,
    /// Who carries which risk, per person and per group.
    pub carriers: Carriers,
}

/// Risks no current measure answers.
pub fn risks_without_measure(risks: &[Risk], measures: &[Measure]) -> Vec<RiskId> {
    let answered: HashSet<RiskId> = measures.iter().flat_map(|m| m.risks.iter().copied()).collect();
    risks.iter().map(|r| r.id).filter(|id| !answered.contains(id)).collect()
}

/// Measures whose due date has passed and that are not done.
pub fn overdue_measures(measures: &[Measure], today: NaiveDate) -> Vec<MeasureId> {
    measures
        .iter()
        .filter(|m| m.status != MeasureStatus::Done && m.due_on.is_some_and(|due| due < today))
        .map(|m| m.id)
        .collect()
}

/// How many months until a risk is looked at again after its last rating: the graver, the
/// sooner (PI and FLD: reassess whenever the situation changes, and at least every six
/// months). Each risk has its own date; reassessing it sets the next one.
pub fn review_months(band: Band) -> u32 {
    match band {
        Band::Critical => 1,
        Band::High => 2,
        Band::Medium => 3,
        Band::Low => REVIEW_MONTHS,
    }
}

/// When `risk` is next due for review: its last rating's date plus [`review_months`] of its
/// band.
pub fn risk_review_on(risk: &Risk) -> NaiveDate {
    let current = risk.current();
    let months = review_months(Band::of(current.likelihood, current.impact));
    current.on.checked_add_months(Months::new(months)).unwrap_or(current.on)
}

fn six_months_after(day: NaiveDate) -> NaiveDate {
    day.checked_add_months(Months::new(REVIEW_MONTHS)).unwrap_or(day)
}

/// Validates and writes any record in an open transaction (see
/// [`Session::save_risk_record`] for what is kept as stored).
pub(crate) fn store_record(db: &rusqlite::Connection, record: RiskRecord, stamp: &Stamp) -> Result<RiskRecord, EditError> {
    Ok(match record {
        RiskRecord::ContextNote(r) => RiskRecord::ContextNote(store::save(db, r, stamp)?),
        RiskRecord::Actor(r) => RiskRecord::Actor(store::save(db, r, stamp)?),
        RiskRecord::Incident(mut r) => {
            if let Some(stored) = store::get::<Incident>(db, &r.key())? {
                r.attachments = stored.attachments;
            }
            RiskRecord::Incident(store::save(db, r, stamp)?)
        }
        RiskRecord::ThreatAssessment(r) => RiskRecord::ThreatAssessment(store::save(db, r, stamp)?),
        RiskRecord::Risk(mut r) => {
            if let Some(stored) = store::get::<Risk>(db, &r.key())? {
                r.assessments = stored.assessments;
            }
            RiskRecord::Risk(store::save(db, r, stamp)?)
        }
        RiskRecord::Measure(r) => RiskRecord::Measure(store::save(db, r, stamp)?),
        RiskRecord::Indicator(r) => {
            if store::get::<Risk>(db, &r.risk.to_string())?.is_none() {
                return Err(EditError::RecordNotFound);
            }
            RiskRecord::Indicator(store::save(db, r, stamp)?)
        }
    })
}

impl Session {
    /// Everything the risk-analysis screens show, as of `today`.
    pub fn risk_analysis(&self, today: NaiveDate) -> Result<RiskAnalysis, EditError> {
        let db = self.db();
        let risks: Vec<Risk> = store::list(db)?;
        let measures: Vec<Measure> = store::list(db)?;
        let risk_status = risks
            .iter()
            .map(|r| {
                let review_on = risk_review_on(r);
                RiskStatus {
                    risk: r.id,
                    band: Band::of(r.current().likelihood, r.current().impact),
                    trend: trend(r),
                    measures: measures.iter().filter(|m| m.risks.contains(&r.id)).count(),
                    review_on,
                    review_due: review_on <= today,
                }
            })
            .collect();
        let review_on = self.risk_review_on(&risks)?;
        let incidents: Vec<Incident> = store::list(db)?;
        let threat_assessments: Vec<ThreatAssessment> = store::list(db)?;
        let carriers = carriers(&risks, &threat_assessments, &incidents, &self.people()?);
        Ok(RiskAnalysis {
            categories: threat_categories().to_vec(),
            context: store::list(db)?,
            actors: store::list(db)?,
            incidents,
            threat_assessments,
            carriers,
            matrix: matrix(&risks),
            risks_without_measure: risks_without_measure(&risks, &measures),
            overdue_measures: overdue_measures(&measures, today),
            review_due: review_on.is_some_and(|on| on <= today),
            review_on,
            risk_status,
            risks,
            measures,
            indicators: store::list(db)?,
        })
    }

    /// The stored review date, or six months after the first rating of the oldest risk.
    fn risk_review_on(&self, risks: &[Risk]) -> Result<Option<NaiveDate>, EditError> {
        let stored: Option<NaiveDate> =
            self.db().query_row("SELECT risk_review_on FROM collective WHERE deleted_at IS NULL LIMIT 1", [], |r| r.get(0))?;
        Ok(stored.or_else(|| risks.iter().filter_map(|r| r.assessments.first()).map(|a| a.on).min().map(six_months_after)))
    }

    /// A new record of `kind` with a fresh id and today's date, not yet stored.
    pub fn draft_risk_record(&self, kind: RiskKind, today: NaiveDate) -> Result<RiskRecord, EditError> {
        use crate::sensitivity::Sensitivity::Community;
        const DEFAULT_CATEGORY: &str = "threats-harassment";
        Ok(match kind {
            RiskKind::ContextNote => RiskRecord::ContextNote(ContextNote {
                id: Default::default(),
                dimension: Dimension::Political,
                noted_on: today,
                text: String::new(),
                sensitivity: Community,
            }),
            RiskKind::Actor => RiskRecord::Actor(Actor {
                id: Default::default(),
                name: String::new(),
                kind: ActorKind::Company,
                stance: Stance::Neutral,
                interests: String::new(),
                capabilities: String::new(),
                influence: 3,
                notes: String::new(),
                sensitivity: Community,
            }),
            RiskKind::Incident => RiskRecord::Incident(Incident {
                id: Default::default(),
                title: String::new(),
                occurred_on: today,
                place: String::new(),
                description: String::new(),
                category: DEFAULT_CATEGORY.into(),
                affected_people: Vec::new(),
                affected_groups: String::new(),
                whole_collective: false,
                perpetrator_actor: None,
                perpetrator: String::new(),
                reported_to: String::new(),
                attachments: Vec::new(),
                sensitivity: Community,
            }),
            RiskKind::ThreatAssessment => RiskRecord::ThreatAssessment(ThreatAssessment {
                id: Default::default(),
                title: String::new(),
                assessed_on: today,
                incidents: Vec::new(),
                facts: String::new(),
                pattern: String::new(),
                objective: String::new(),
                source: String::new(),
                conclusion: String::new(),
                sensitivity: Community,
            }),
            RiskKind::Risk => RiskRecord::Risk(Risk {
                id: Default::default(),
                title: String::new(),
                threatened: String::new(),
                category: DEFAULT_CATEGORY.into(),
                description: String::new(),
                threat_assessment: None,
                vulnerabilities: Vec::new(),
                capacities: Vec::new(),
                assessments: vec![Assessment { on: today, likelihood: 3, impact: 3, note: String::new() }],
                sensitivity: Community,
            }),
            RiskKind::Measure => RiskRecord::Measure(Measure {
                id: Default::default(),
                title: String::new(),
                description: String::new(),
                strategy: Strategy::Protection,
                timing: Timing::Prevention,
                owners: Vec::new(),
                resources: String::new(),
                due_on: None,
                status: MeasureStatus::ToDo,
                risks: Vec::new(),
                sensitivity: Community,
            }),
            RiskKind::Indicator => RiskRecord::Indicator(Indicator {
                id: Default::default(),
                risk: store::list::<Risk>(self.db())?.last().map(|r| r.id).unwrap_or(RiskId(uuid::Uuid::nil())),
                signal: String::new(),
                alert_level: AlertLevel::Yellow,
                sensitivity: Community,
            }),
        })
    }

    /// Creates or replaces a record. A risk's ratings and an incident's attachments are kept
    /// as stored: they change only through [`Session::reassess_risk`] and
    /// [`Session::attach_to_incident`], so a stale form cannot erase them.
    pub fn save_risk_record(&mut self, record: RiskRecord, now: DateTime<Utc>) -> Result<RiskRecord, EditError> {
        self.edit(now, |db, stamp| store_record(db, record, stamp))
    }

    /// Removes a record; undo brings it back.
    pub fn remove_risk_record(&mut self, record: &RiskRecord, now: DateTime<Utc>) -> Result<(), EditError> {
        self.edit(now, |db, stamp| {
            match record {
                RiskRecord::ContextNote(r) => store::remove::<ContextNote>(db, &r.key(), stamp).map(drop),
                RiskRecord::Actor(r) => store::remove::<Actor>(db, &r.key(), stamp).map(drop),
                RiskRecord::Incident(r) => store::remove::<Incident>(db, &r.key(), stamp).map(drop),
                RiskRecord::ThreatAssessment(r) => store::remove::<ThreatAssessment>(db, &r.key(), stamp).map(drop),
                RiskRecord::Risk(r) => store::remove::<Risk>(db, &r.key(), stamp).map(drop),
                RiskRecord::Measure(r) => store::remove::<Measure>(db, &r.key(), stamp).map(drop),
                RiskRecord::Indicator(r) => store::remove::<Indicator>(db, &r.key(), stamp).map(drop),
            }
        })
    }

    /// Adds a dated rating to a risk; the earlier ones stay as its history.
    pub fn reassess_risk(&mut self, id: RiskId, assessment: Assessment, now: DateTime<Utc>) -> Result<Risk, EditError> {
        self.edit(now, |db, stamp| {
            let mut risk = store::get::<Risk>(db, &id.to_string())?.ok_or(EditError::RecordNotFound)?;
            risk.assessments.push(assessment);
            store::save(db, risk, stamp)
        })
    }

    /// Seals `bytes` as an attachment named `name` of an incident, a photo without its
    /// metadata (where and when it was taken, by which phone: [`crate::metadata`]).
    pub fn attach_to_incident(&mut self, id: IncidentId, name: &str, bytes: &[u8], now: DateTime<Utc>) -> Result<Incident, EditError> {
        store::get::<Incident>(self.db(), &id.to_string())?.ok_or(EditError::RecordNotFound)?;
        let bytes = Zeroizing::new(crate::metadata::strip(bytes));
        // Sealed and durable before the record points to it; an unreferenced blob is harmless.
        let blob = self.vault_mut().put_blob(&bytes)?;
        let name = std::path::Path::new(name).file_name().map_or_else(|| name.to_owned(), |n| n.to_string_lossy().into_owned());
        self.edit(now, |db, stamp| {
            let mut incident = store::get::<Incident>(db, &id.to_string())?.ok_or(EditError::RecordNotFound)?;
            incident.attachments.push(Attachment { id: blob.id, name, sha256: blob.sha256, size: blob.size });
            store::save(db, incident, stamp)
        })
    }

    /// Removes an attachment from an incident. The sealed file stays until the vault is
    /// compacted, so undo can bring it back.
    pub fn detach_from_incident(&mut self, id: IncidentId, attachment: uuid::Uuid, now: DateTime<Utc>) -> Result<Incident, EditError> {
        self.edit(now, |db, stamp| {
            let mut incident = store::get::<Incident>(db, &id.to_string())?.ok_or(EditError::RecordNotFound)?;
            let before = incident.attachments.len();
            incident.attachments.retain(|a| a.id != attachment);
            if incident.attachments.len() == before {
                return Err(EditError::RecordNotFound);
            }
            store::save(db, incident, stamp)
        })
    }

    /// The content of an incident's attachment, checked against its recorded hash.
    pub fn read_attachment(&self, id: IncidentId, attachment: uuid::Uuid) -> Result<(Attachment, Zeroizing<Vec<u8>>), EditError> {
        let incident = store::get::<Incident>(self.db(), &id.to_string())?.ok_or(EditError::RecordNotFound)?;
        let found = incident.attachments.into_iter().find(|a| a.id == attachment).ok_or(EditError::RecordNotFound)?;
        let bytes = self.vault().read_blob(&tejido_vault::BlobRef {
            id: found.id,
            sha256: found.sha256.clone(),
            size: found.size,
        })?;
        Ok((found, bytes))
    }

    /// Records that the collective reviewed its risk analysis on `today`: the next review is
    /// due six months later. `next` overrides the date.
    pub fn mark_risk_review(&mut self, today: NaiveDate, next: Option<NaiveDate>, now: DateTime<Utc>) -> Result<NaiveDate, EditError> {
        let next = next.unwrap_or_else(|| six_months_after(today));
        self.edit(now, |db, stamp| {
            crate::collective::update_collective(db, stamp, |db, id| {
                db.execute("UPDATE collective SET risk_review_on = ?2 WHERE id = ?1", params![id, next])
            })?;
            Ok(next)
        })
    }
}

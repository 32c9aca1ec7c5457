//! The workshop report: what each session produced and the notes written in it, the
//! decisions taken during the workshop, the measures with their owners and due dates, and the
//! next review date. What is restricted stays out, and the report says how much. People are
//! named by the projector's rule unless real names were asked for ([`Naming`]).

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{AgendaItem, WorkshopPlan, Workshop};
use crate::audience::Naming;
use crate::protocol::Decision;
use crate::risk::{MeasureStatus, RiskAnalysis};
use crate::sensitivity::Sensitivity;

/// One session in the report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportItem {
    /// The session.
    pub item: AgendaItem,
    /// Its notes that may be handed out: "group: text".
    pub notes: Vec<String>,
}

/// A measure in the report, owners by pseudonym.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportMeasure {
    /// What will be done.
    pub title: String,
    /// Who, by pseudonym.
    pub owners: Vec<String>,
    /// By when.
    pub due_on: Option<NaiveDate>,
    /// Where it stands.
    pub status: MeasureStatus,
}

/// What a workshop leaves on paper.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopReport {
    /// The collective's name.
    pub collective: String,
    /// The workshop.
    pub workshop: Workshop,
    /// Each session with what it produced.
    pub items: Vec<ReportItem>,
    /// Decisions taken on the workshop's days, without frozen documents.
    pub decisions: Vec<Decision>,
    /// The protection plan's measures.
    pub measures: Vec<ReportMeasure>,
    /// When the risk analysis is next due for review.
    pub review_on: Option<NaiveDate>,
    /// Whether that date has come or passed: the paper says the review is overdue.
    pub review_overdue: bool,
    /// How many restricted notes and measures were left out.
    #[ts(type = "number")]
    pub omitted: usize,
}

pub(super) fn report(plan: WorkshopPlan, analysis: &RiskAnalysis, decisions: Vec<Decision>, naming: &Naming<'_>, collective: String) -> WorkshopReport {
    let shown = |s: Sensitivity| s != Sensitivity::Restricted;
    let days = plan.items.iter().map(|i| i.day).max().unwrap_or(1);
    let first = plan.workshop.starts_on;
    let last = first.checked_add_days(Days::new(u64::from(days.saturating_sub(1)))).unwrap_or(first);
    let mut omitted = plan.notes.iter().filter(|n| !shown(n.sensitivity)).count();
    omitted += analysis.measures.iter().filter(|m| !shown(m.sensitivity)).count();
    let mut report = WorkshopReport {
        items: plan
            .items
            .into_iter()
            .map(|item| ReportItem {
                notes: plan
                    .notes
                    .iter()
                    .filter(|n| n.item == Some(item.id) && shown(n.sensitivity))
                    .map(|n| naming.text(&crate::store::records::attributed(&n.group_name, &n.text)))
                    .collect(),
                item,
            })
            .collect(),
        decisions: decisions
            .into_iter()
            .filter(|d| (first..=last).contains(&d.decided_on))
            .map(|d| Decision { snapshot: None, ..d })
            .collect(),
        measures: analysis
            .measures
            .iter()
            .filter(|m| shown(m.sensitivity))
            .map(|m| ReportMeasure {
                title: naming.text(&m.title),
                owners: m.owners.iter().filter_map(|id| naming.person_by_id(*id)).collect(),
                due_on: m.due_on,
                status: m.status,
            })
            .collect(),
        review_on: analysis.review_on,
        review_overdue: analysis.review_due,
        omitted,
        workshop: plan.workshop,
        collective,
    };
    naming.apply(&mut report.workshop);
    for item in &mut report.items {
        naming.apply(&mut item.item);
    }
    naming.apply(&mut report.decisions);
    report
}

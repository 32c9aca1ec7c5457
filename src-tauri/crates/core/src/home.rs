//! The collective's home screen: who is in the collective and what needs attention now.
//!
//! Only sections with something to say are returned; later modules (risks, measures,
//! protocol, cases) add their own attention items here.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde::Serialize;

use crate::store;
use crate::collective::Collective;
use crate::error::EditError;
use crate::installation::Rollback;
use crate::person::Person;
use crate::risk::RiskAnalysis;
use crate::store::Session;

/// Everything the home screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Home {
    /// The collective.
    pub collective: Collective,
    /// Current members, by pseudonym.
    pub people: Vec<Person>,
    /// The vault folder.
    pub vault_path: PathBuf,
    /// The generation on disk.
    pub generation: u64,
    /// Whether there is an edit to undo.
    pub can_undo: bool,
    /// Whether there is an undone edit to redo.
    pub can_redo: bool,
    /// What needs attention, most urgent first.
    pub attention: Vec<Attention>,
}

/// One thing the person should know. `kind` names the Fluent message `attention-<kind>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Attention {
    /// What it is about, e.g. `opened-older-generation`.
    pub kind: String,
    /// Arguments of the message; counts are numbers, so the UI picks their plural forms.
    #[ts(type = "Record<string, number | string>")]
    pub args: BTreeMap<String, tejido_i18n::Arg>,
}

impl Attention {
    fn new(kind: &str, args: &[(&str, String)]) -> Self {
        Attention {
            kind: kind.to_owned(),
            args: args.iter().map(|(k, v)| ((*k).to_owned(), tejido_i18n::Arg::of(k, v))).collect(),
        }
    }
}

impl Session {
    /// The home screen as of `today`. `rollback` is what the installation noticed when this
    /// vault opened.
    pub fn home(&self, rollback: Option<Rollback>, today: NaiveDate) -> Result<Home, EditError> {
        self.home_with(rollback, &self.risk_analysis(today)?)
    }

    /// The home screen from a risk analysis already loaded (screens that show both load it
    /// once).
    pub fn home_with(&self, rollback: Option<Rollback>, risks: &RiskAnalysis) -> Result<Home, EditError> {
        let collective = self.collective()?.ok_or_else(|| EditError::Database { detail: "no collective".into() })?;
        let mut attention = Vec::new();
        if self.has_unsaved_changes() {
            attention.push(Attention::new("unsaved-changes", &[]));
        }
        let report = self.open_report();
        if let Some((newest, _)) = report.skipped.first() {
            attention.push(Attention::new(
                "opened-older-generation",
                &[("generation", report.generation.to_string()), ("newest", newest.to_string())],
            ));
        }
        if let Some(rollback) = rollback {
            attention.push(Attention::new(
                "rollback",
                &[("opened", rollback.opened.to_string()), ("seen", rollback.seen.to_string())],
            ));
        }
        let people = self.people()?;
        if people.is_empty() {
            attention.push(Attention::new("no-people", &[]));
        }
        if !risks.overdue_measures.is_empty() {
            attention.push(Attention::new("overdue-measures", &[("count", risks.overdue_measures.len().to_string())]));
        }
        if !risks.risks_without_measure.is_empty() {
            attention.push(Attention::new("risks-without-measure", &[("count", risks.risks_without_measure.len().to_string())]));
        }
        let due = risks.risk_status.iter().filter(|s| s.review_due).count();
        if due > 0 {
            attention.push(Attention::new("risks-review-due", &[("count", due.to_string())]));
        }
        if let Some(on) = risks.review_on.filter(|_| risks.review_due) {
            attention.push(Attention::new("risk-review-due", &[("date", on.to_string())]));
        }
        let conflicts: i64 = self.db().query_row("SELECT COUNT(*) FROM sync_conflict WHERE settled_at IS NULL", [], |r| r.get(0))?;
        if conflicts > 0 {
            attention.push(Attention::new("sync-conflicts", &[("count", conflicts.to_string())]));
        }
        Ok(Home {
            collective,
            people,
            vault_path: self.vault().dir().to_owned(),
            generation: self.vault().generation(),
            can_undo: store::can_undo(self.db())?,
            can_redo: store::can_redo(self.db())?,
            attention,
        })
    }
}

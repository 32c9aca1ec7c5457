//! The risk register and plan: what is printed as a handout and exported as JSON or CSV.
//!
//! Restricted records never reach it: a print-out or a file can leave the room. People are
//! named by the projector's rule unless real names were asked for ([`Naming`]).

use chrono::NaiveDate;
use serde::Serialize;
use tejido_i18n::Locale;

use crate::audience::{Naming, PrintNames};
use crate::error::EditError;
use crate::risk::records::{Indicator, Measure, Risk, ThreatAssessment};
use crate::risk::{Band, Trend, category, trend};
use crate::sensitivity::Sensitivity;
use crate::store::Session;

/// A measure as the register shows it: with its owners' pseudonyms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RegisterMeasure {
    /// The measure.
    pub measure: Measure,
    /// Its owners' pseudonyms.
    pub owners: Vec<String>,
}

/// One risk of the register, with everything that answers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RegisterEntry {
    /// The risk, with its rating history.
    pub risk: Risk,
    /// Its threat category, named in the register's language.
    pub category: String,
    /// The colour of its current cell.
    pub band: Band,
    /// How it moved.
    pub trend: Trend,
    /// The threat assessment it rests on.
    pub threat_assessment: Option<ThreatAssessment>,
    /// The measures that answer it.
    pub measures: Vec<RegisterMeasure>,
    /// Its early-warning indicators.
    pub indicators: Vec<Indicator>,
}

/// The risk register and protection plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RiskRegister {
    /// The collective's name.
    pub collective: String,
    /// The day it was produced.
    pub produced_on: NaiveDate,
    /// The next review.
    pub review_on: Option<NaiveDate>,
    /// Whether that date has come or passed: the paper says the review is overdue.
    pub review_overdue: bool,
    /// The risks, most urgent first.
    pub entries: Vec<RegisterEntry>,
    /// How many restricted records were left out.
    #[ts(type = "number")]
    pub omitted: usize,
}

impl Session {
    /// The register as of `today`, category names in `locale`, restricted records left out,
    /// people named as `names` says (by default as on the projector).
    pub fn risk_register(&self, today: NaiveDate, locale: Locale, names: PrintNames) -> Result<RiskRegister, EditError> {
        let analysis = self.risk_analysis(today)?;
        let review_due = analysis.review_due;
        let people = self.people()?;
        let naming = Naming::print(&people, names);
        let shown = |s: Sensitivity| s != Sensitivity::Restricted;
        let mut omitted = 0;
        let mut count = |visible: bool| {
            if !visible {
                omitted += 1;
            }
            visible
        };
        let measures: Vec<Measure> = analysis.measures.into_iter().filter(|m| count(shown(m.sensitivity))).collect();
        let indicators: Vec<Indicator> = analysis.indicators.into_iter().filter(|i| count(shown(i.sensitivity))).collect();
        let risks: Vec<Risk> = analysis.risks.into_iter().filter(|r| count(shown(r.sensitivity))).collect();
        let mut entries: Vec<RegisterEntry> = risks
            .into_iter()
            .map(|risk| RegisterEntry {
                category: category(&risk.category).map_or_else(|| risk.category.clone(), |c| c.label(locale).to_owned()),
                band: Band::of(risk.current().likelihood, risk.current().impact),
                trend: trend(&risk),
                threat_assessment: risk
                    .threat_assessment
                    .and_then(|id| analysis.threat_assessments.iter().find(|t| t.id == id && shown(t.sensitivity)))
                    .cloned(),
                measures: measures
                    .iter()
                    .filter(|m| m.risks.contains(&risk.id))
                    .map(|m| RegisterMeasure {
                        measure: m.clone(),
                        owners: m.owners.iter().filter_map(|id| naming.person_by_id(*id)).collect(),
                    })
                    .collect(),
                indicators: indicators.iter().filter(|i| i.risk == risk.id).cloned().collect(),
                risk,
            })
            .map(|mut entry| {
                naming.apply(&mut entry.risk);
                naming.apply(&mut entry.category);
                naming.apply(&mut entry.threat_assessment);
                for m in &mut entry.measures {
                    naming.apply(&mut m.measure);
                }
                naming.apply(&mut entry.indicators);
                entry
            })
            .collect();
        entries.sort_by(|a, b| {
            b.band
                .cmp(&a.band)
                .then_with(|| {
                    let (x, y) = (a.risk.current(), b.risk.current());
                    (y.likelihood + y.impact).cmp(&(x.likelihood + x.impact))
                })
                .then_with(|| a.risk.title.to_lowercase().cmp(&b.risk.title.to_lowercase()))
        });
        Ok(RiskRegister {
            collective: self.collective()?.map(|c| c.name).unwrap_or_default(),
            produced_on: today,
            review_on: analysis.review_on,
            review_overdue: review_due,
            entries,
            omitted,
        })
    }
}

impl RiskRegister {
    /// The register as CSV: one line per risk, lists joined with ` | `, for a spreadsheet.
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut out = csv::Writer::from_writer(Vec::new());
        out.write_record([
            "risk",
            "threatened",
            "category",
            "likelihood",
            "impact",
            "band",
            "trend",
            "rated_on",
            "ratings",
            "vulnerabilities",
            "capacities",
            "measures",
            "owners",
            "due",
            "status",
            "indicators",
        ])?;
        let join = |items: Vec<String>| items.join(" | ");
        for entry in &self.entries {
            let now = entry.risk.current();
            out.write_record([
                entry.risk.title.clone(),
                entry.risk.threatened.clone(),
                entry.category.clone(),
                now.likelihood.to_string(),
                now.impact.to_string(),
                entry.band.as_str().to_owned(),
                serde_json::to_value(entry.trend).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default(),
                now.on.to_string(),
                entry.risk.assessments.len().to_string(),
                join(entry.risk.vulnerabilities.clone()),
                join(entry.risk.capacities.clone()),
                join(entry.measures.iter().map(|m| m.measure.title.clone()).collect()),
                join(entry.measures.iter().map(|m| m.owners.join(", ")).collect()),
                join(entry.measures.iter().map(|m| m.measure.due_on.map(|d| d.to_string()).unwrap_or_default()).collect()),
                join(
                    entry
                        .measures
                        .iter()
                        .map(|m| serde_json::to_value(m.measure.status).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default())
                        .collect(),
                ),
                join(entry.indicators.iter().map(|i| i.signal.clone()).collect()),
            ])?;
        }
        let bytes = out.into_inner().map_err(|e| csv::Error::from(e.into_error()))?;
        Ok(String::from_utf8(bytes).expect("csv of strings is UTF-8"))
    }
}

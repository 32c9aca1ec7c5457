//! What a desk reads across its cases: trends by threat category over months, region,
//! working group; a case's timeline; and the impact report (what was done, what changed).

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::{ActionDone, ActionKind, ActionStatus, CaseOutcome, OutcomeKind, ReceivedCase};

/// How many cases share a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    /// The value (a category id, a region, a working group; empty for "not set").
    pub key: String,
    /// How many cases.
    pub count: u32,
}

/// One threat category across the months.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrendRow {
    /// The category id.
    pub category: String,
    /// Cases first received each month, in the order of [`Trends::months`].
    pub counts: Vec<u32>,
    /// All of them.
    pub total: u32,
}

/// Cases by category and month of arrival, by region and by working group.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Trends {
    /// Months as `YYYY-MM`, every month from the first case to the last (at most the last 24).
    pub months: Vec<String>,
    /// Every case first received each month, whatever its categories.
    pub all: Vec<u32>,
    /// One row per category, most cases first.
    pub categories: Vec<TrendRow>,
    /// By region as stored, most first: a country or subdivision code (`GT`, `GT-06`, named
    /// by `regions::region_name`), or an older vault's free text as typed.
    pub regions: Vec<Tally>,
    /// By country, most first: a subdivision counts under its country's code; free text, which
    /// names no known country, under its own words.
    pub countries: Vec<Tally>,
    /// By working group, most first.
    pub working_groups: Vec<Tally>,
    /// By defender profile (an id of the defender profiles), each case counted once per
    /// profile, most first; cases with none are not counted.
    pub profiles: Vec<Tally>,
    /// By the kind of the alleged perpetrators (an actor kind: company, state body…), each
    /// case counted once per kind, most first.
    pub perpetrator_kinds: Vec<Tally>,
    /// By the perpetrator named (the company or authority, as the community wrote it), each
    /// case counted once per name, most first.
    pub perpetrators: Vec<Tally>,
}

fn month_of(day: NaiveDate) -> (i32, u32) {
    (day.year(), day.month())
}

fn tallies(values: impl Iterator<Item = String>) -> Vec<Tally> {
    let mut counts: BTreeMap<String, u32> = BTreeMap::new();
    values.for_each(|v| *counts.entry(v).or_default() += 1);
    let mut out: Vec<Tally> = counts.into_iter().map(|(key, count)| Tally { key, count }).collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    out
}

/// The trends across `cases`.
pub fn trends(cases: &[ReceivedCase]) -> Trends {
    let dated: Vec<(&ReceivedCase, (i32, u32))> =
        cases.iter().filter_map(|c| c.received_at().map(|at| (c, month_of(at.date_naive())))).collect();
    let (Some(first), Some(last)) = (dated.iter().map(|d| d.1).min(), dated.iter().map(|d| d.1).max()) else {
        return Trends::default();
    };
    let mut months = Vec::new();
    let mut at = first;
    while at <= last {
        months.push(at);
        at = if at.1 == 12 { (at.0 + 1, 1) } else { (at.0, at.1 + 1) };
    }
    let months: Vec<(i32, u32)> = months.split_off(months.len().saturating_sub(24));
    let mut rows: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let mut all = vec![0; months.len()];
    for (case, month) in &dated {
        let Some(column) = months.iter().position(|m| m == month) else { continue };
        all[column] += 1;
        for category in &case.categories {
            rows.entry(category.clone()).or_insert_with(|| vec![0; months.len()])[column] += 1;
        }
    }
    let mut categories: Vec<TrendRow> =
        rows.into_iter().map(|(category, counts)| TrendRow { total: counts.iter().sum(), category, counts }).collect();
    categories.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.category.cmp(&b.category)));
    Trends {
        months: months.iter().map(|(y, m)| format!("{y:04}-{m:02}")).collect(),
        all,
        categories,
        regions: tallies(cases.iter().map(|c| super::regions::normalise(&c.region))),
        countries: tallies(cases.iter().map(|c| super::regions::country_of(&c.region).map_or_else(|| c.region.trim().to_owned(), |k| k.code.clone()))),
        working_groups: tallies(cases.iter().map(|c| c.working_group.clone())),
        profiles: tallies(cases.iter().flat_map(|c| c.profiles.clone())),
        perpetrator_kinds: tallies(cases.iter().flat_map(perpetrator_kinds)),
        perpetrators: tallies(cases.iter().flat_map(perpetrators)),
    }
}

/// The kinds of a case's alleged perpetrators, each once (kebab-case, as the actor kinds).
fn perpetrator_kinds(case: &ReceivedCase) -> Vec<String> {
    let mut kinds: Vec<String> = case
        .content
        .incidents
        .iter()
        .filter_map(|i| i.perpetrator_kind)
        .filter_map(|k| serde_json::to_value(k).ok()?.as_str().map(str::to_owned))
        .collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

/// The perpetrators a case names, each once, as written (trimmed; case and accents kept).
fn perpetrators(case: &ReceivedCase) -> Vec<String> {
    let mut named: Vec<String> = case.content.incidents.iter().map(|i| i.perpetrator.trim().to_owned()).filter(|p| !p.is_empty()).collect();
    named.sort();
    named.dedup();
    named
}

/// Every received case as one CSV line, for an annual report: when it first arrived, urgency,
/// categories, region (its code, its name in `locale` and its country's code), working group,
/// perpetrators and their kinds, the actions by kind and state, the outcomes, whether it is
/// closed. No person's name or pseudonym, no free text the community wrote about people: the
/// file is plaintext, made when a person asks for it.
pub fn cases_csv(cases: &[ReceivedCase], locale: tejido_i18n::Locale) -> Result<String, csv::Error> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record([
        "received_on", "urgency", "categories", "region", "region_name", "country", "working_group", "defender_profiles", "perpetrator_kinds", "perpetrators", "actions", "outcomes", "closed",
    ])?;
    let word = |v: serde_json::Result<serde_json::Value>| v.ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
    let mut sorted: Vec<&ReceivedCase> = cases.iter().collect();
    sorted.sort_by_key(|c| c.received_at());
    for case in sorted {
        let actions: Vec<String> = case
            .actions
            .iter()
            .map(|a| format!("{}:{}", word(serde_json::to_value(a.kind)), word(serde_json::to_value(a.status))))
            .collect();
        let outcomes: Vec<String> = case.outcomes.iter().map(|o| format!("{} {}", o.on, word(serde_json::to_value(o.kind)))).collect();
        out.write_record([
            case.received_at().map(|at| at.date_naive().to_string()).unwrap_or_default(),
            word(serde_json::to_value(case.urgency)),
            case.categories.join(" | "),
            case.region.clone(),
            super::regions::region_name(&case.region, locale),
            super::regions::country_of(&case.region).map(|c| c.code.clone()).unwrap_or_default(),
            case.working_group.clone(),
            case.profiles.join(" | "),
            perpetrator_kinds(case).join(" | "),
            perpetrators(case).join(" | "),
            actions.join(" | "),
            outcomes.join(" | "),
            case.closed.to_string(),
        ])?;
    }
    Ok(String::from_utf8(out.into_inner().map_err(|e| e.into_error())?).expect("CSV of UTF-8 strings"))
}

/// One line of a case's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum TimelineEntry {
    /// A package of the case arrived.
    Received {
        /// When.
        on: NaiveDate,
        /// The community's version.
        version: u32,
    },
    /// The desk started an action.
    ActionStarted {
        /// When.
        on: NaiveDate,
        /// What kind.
        action: ActionKind,
        /// Its title.
        title: String,
    },
    /// An action went out.
    ActionSent {
        /// When.
        on: NaiveDate,
        /// What kind.
        action: ActionKind,
        /// Its title.
        title: String,
    },
    /// Something changed for the people at risk.
    Outcome {
        /// When.
        on: NaiveDate,
        /// What.
        outcome: OutcomeKind,
        /// In the desk's words.
        note: String,
    },
    /// A status report went back to the community.
    Acknowledged {
        /// When.
        on: NaiveDate,
        /// Its message.
        message: String,
    },
}

impl TimelineEntry {
    fn on(&self) -> NaiveDate {
        match self {
            TimelineEntry::Received { on, .. }
            | TimelineEntry::ActionStarted { on, .. }
            | TimelineEntry::ActionSent { on, .. }
            | TimelineEntry::Outcome { on, .. }
            | TimelineEntry::Acknowledged { on, .. } => *on,
        }
    }
}

/// Everything that happened on `case`, oldest first.
pub fn timeline(case: &ReceivedCase) -> Vec<TimelineEntry> {
    let mut entries: Vec<TimelineEntry> =
        case.versions.iter().map(|v| TimelineEntry::Received { on: v.received_at.date_naive(), version: v.version }).collect();
    for a in &case.actions {
        entries.push(TimelineEntry::ActionStarted { on: a.created_on, action: a.kind, title: a.title.clone() });
        if let Some(on) = a.sent_on {
            entries.push(TimelineEntry::ActionSent { on, action: a.kind, title: a.title.clone() });
        }
    }
    entries.extend(case.outcomes.iter().map(|o| TimelineEntry::Outcome { on: o.on, outcome: o.kind, note: o.note.clone() }));
    entries.extend(case.acknowledged.iter().map(|a| TimelineEntry::Acknowledged { on: a.at.date_naive(), message: a.message.clone() }));
    // Stable: on the same day, arrival before actions before outcomes, as pushed.
    entries.sort_by_key(TimelineEntry::on);
    entries
}

/// Actions of one kind across cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionTally {
    /// The kind.
    pub kind: ActionKind,
    /// Started.
    pub started: u32,
    /// Sent, published or submitted (or done).
    pub sent: u32,
}

/// Outcomes of one kind across cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeTally {
    /// The kind.
    pub kind: OutcomeKind,
    /// How many.
    pub count: u32,
}

/// An action past its deadline and not yet sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Overdue {
    /// The case's title.
    pub case: String,
    /// The action's title.
    pub action: String,
    /// Its deadline.
    pub deadline: NaiveDate,
    /// Who is responsible.
    pub owner: String,
}

/// One case in the impact report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseImpact {
    /// The case's title.
    pub title: String,
    /// The community.
    pub collective: String,
    /// Region.
    pub region: String,
    /// Working group.
    pub working_group: String,
    /// Still followed.
    pub open: bool,
    /// What was done.
    pub actions: Vec<ActionDone>,
    /// What changed.
    pub outcomes: Vec<CaseOutcome>,
}

/// What the desk did across its cases, and what changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImpactReport {
    /// The day it was made.
    pub today: NaiveDate,
    /// Cases received.
    pub cases: u32,
    /// Cases still followed.
    pub open: u32,
    /// Actions by kind.
    pub actions: Vec<ActionTally>,
    /// Petition signatures gathered.
    pub signatures: u32,
    /// Outcomes by kind.
    pub outcomes: Vec<OutcomeTally>,
    /// Actions past their deadline, soonest first.
    pub overdue: Vec<Overdue>,
    /// Case by case.
    pub per_case: Vec<CaseImpact>,
}

/// The impact report across `cases` on `today`.
pub fn impact_report(cases: &[ReceivedCase], today: NaiveDate) -> ImpactReport {
    let all_actions = || cases.iter().flat_map(|c| c.actions.iter());
    let actions = ActionKind::ALL
        .iter()
        .map(|&kind| ActionTally {
            kind,
            started: all_actions().filter(|a| a.kind == kind).count() as u32,
            sent: all_actions().filter(|a| a.kind == kind && a.status != ActionStatus::Draft).count() as u32,
        })
        .filter(|t| t.started > 0)
        .collect();
    let outcomes = OutcomeKind::ALL
        .iter()
        .map(|&kind| OutcomeTally { kind, count: cases.iter().flat_map(|c| &c.outcomes).filter(|o| o.kind == kind).count() as u32 })
        .filter(|t| t.count > 0)
        .collect();
    let mut overdue: Vec<Overdue> = cases
        .iter()
        .flat_map(|c| c.actions.iter().map(move |a| (c, a)))
        .filter(|(_, a)| a.status == ActionStatus::Draft && a.deadline.is_some_and(|d| d < today))
        .map(|(c, a)| Overdue { case: c.content.title.clone(), action: a.title.clone(), deadline: a.deadline.unwrap_or(today), owner: a.owner.clone() })
        .collect();
    overdue.sort_by_key(|o| o.deadline);
    ImpactReport {
        today,
        cases: cases.len() as u32,
        open: cases.iter().filter(|c| !c.closed).count() as u32,
        actions,
        signatures: all_actions().filter(|a| a.kind == ActionKind::Petition).map(|a| a.signatures).sum(),
        outcomes,
        overdue,
        per_case: cases
            .iter()
            .map(|c| CaseImpact {
                title: c.content.title.clone(),
                collective: c.content.collective.clone(),
                region: c.region.clone(),
                working_group: c.working_group.clone(),
                open: !c.closed,
                actions: c
                    .actions
                    .iter()
                    .map(ActionDone::from)
                    .collect(),
                outcomes: c.outcomes.clone(),
            })
            .collect(),
    }
}

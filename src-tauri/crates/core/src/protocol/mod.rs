//! The community protocol: the collective's own rules for staying safe, written together in
//! a workshop and agreed collectively, in the style of the La Puya peaceful resistance.
//!
//! Which API for which job:
//! - [`Session::protocol`] loads everything the protocol screens show: the living draft,
//!   decisions, frozen versions, comments, warnings.
//! - [`Session::start_protocol`] fills an empty protocol from the template in a language.
//! - [`Session::draft_protocol_record`] / [`Session::save_protocol_record`] /
//!   [`Session::remove_protocol_record`] edit sections, principles, alert levels,
//!   decisions and comments; [`Session::move_section`] reorders. Each is one change-log
//!   entry, so undo reverts it.
//! - [`Session::freeze_protocol`] records the decision that agrees the protocol and freezes
//!   the document in it as the next version; later edits are the next draft.
//! - [`Session::protocol_diff`] compares two versions, or a version and the draft.
//! - [`Session::protocol_print`] and [`Session::pocket_cards`] are what may be printed.
//!
//! A principle's status (adopted, adapted, rejected) is never typed in: it is the outcome
//! of the latest decision about it, so every change of status has a decision record.

mod diff;
mod print;
pub mod principles;
pub(crate) mod records;
pub(crate) mod template;
mod unfinished;
pub(crate) mod warnings;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tejido_i18n::Locale;

use crate::audience::{Naming, PrintNames};
use crate::store::records::{self as store, Record, next_position};
use crate::error::EditError;
use crate::ids::{DecisionId, SectionId};
use crate::risk::{AlertLevel, Indicator};
use crate::sensitivity::Sensitivity;
use crate::store::{Session, Stamp};

pub use diff::{Part, PartChange, PartDiff, ProtocolDiff, Span, SpanKind, diff, word_spans};
pub use print::{EmergencyCard, LevelCard, PocketCards, ProtocolPrint, pocket_cards};
pub use records::{
    PrincipleEntry, PrincipleStatus, ProtocolDocument, CommentKind, CommentStatus, Decision, Method, Outcome, Participation, Principle, ProtocolComment,
    ProtocolLevel, Section, SubjectKind, USUAL_GROUPS,
};
pub use template::{EMERGENCY_PREFIX, ROLE_SECTIONS, Template, TemplateLevel, TemplatePrinciple, TemplateSection, template};
pub use unfinished::{Blank, Unfinished, unfinished};
pub use warnings::{ProtocolWarning, WarningKind, warnings};

/// A frozen version, without its document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VersionInfo {
    /// The decision that agreed it.
    pub decision: DecisionId,
    /// Its number.
    pub version: u32,
    /// When it was agreed.
    pub decided_on: NaiveDate,
}

/// Everything the protocol screens show.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Protocol {
    /// The living draft.
    pub document: ProtocolDocument,
    /// Every decision, newest first (frozen versions among them).
    pub decisions: Vec<Decision>,
    /// Frozen versions, oldest first.
    pub versions: Vec<VersionInfo>,
    /// Whether the draft differs from the latest version (or no version is frozen yet).
    pub draft_changed: bool,
    /// Comments and proposals, oldest first.
    pub comments: Vec<ProtocolComment>,
    /// Where the protocol goes against "no single leader or spokesperson".
    pub warnings: Vec<ProtocolWarning>,
    /// Principles not decided yet and template blanks left: said before freezing or printing.
    pub unfinished: Unfinished,
    /// The early-warning indicators an alert level may be linked to.
    pub indicators: Vec<Indicator>,
    /// The template in the person's language, to add a section from it.
    pub template: Template,
    /// The groups a decision record always asks about.
    pub usual_groups: Vec<String>,
}

/// Any protocol record, tagged `record` with its kind: what the app sends to save one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "record", rename_all = "kebab-case")]
pub enum ProtocolRecord {
    /// A section.
    Section(Section),
    /// A principle.
    Principle(Principle),
    /// An alert level.
    Level(ProtocolLevel),
    /// A decision.
    Decision(Decision),
    /// A comment or proposal.
    Comment(ProtocolComment),
}

/// The kinds of protocol record, to ask for a draft or remove one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ProtocolKind {
    /// A section.
    Section,
    /// A principle.
    Principle,
    /// An alert level.
    Level,
    /// A decision.
    Decision,
    /// A comment or proposal.
    Comment,
}

/// The status each principle has from the decisions (newest first).
fn principle_entries(principles: Vec<Principle>, decisions: &[Decision]) -> Vec<PrincipleEntry> {
    principles
        .into_iter()
        .map(|principle| {
            let latest = decisions.iter().find(|d| {
                d.subject_kind == SubjectKind::Principle && d.subject == Some(principle.id.0) && d.outcome != Outcome::Postponed
            });
            let status = match latest.map(|d| d.outcome) {
                Some(Outcome::Agreed) => PrincipleStatus::Adopted,
                Some(Outcome::AgreedWithChanges) => PrincipleStatus::Adapted,
                Some(Outcome::Rejected) => PrincipleStatus::Rejected,
                Some(Outcome::Postponed) | None => PrincipleStatus::Proposed,
            };
            PrincipleEntry { principle, status }
        })
        .collect()
}

fn document(db: &rusqlite::Connection, decisions: &[Decision]) -> Result<ProtocolDocument, EditError> {
    Ok(ProtocolDocument {
        principles: principle_entries(store::list(db)?, decisions),
        sections: store::list(db)?,
        levels: store::list(db)?,
    })
}

/// Frozen versions, oldest first, with their documents.
fn frozen(decisions: &[Decision]) -> Vec<(VersionInfo, &ProtocolDocument)> {
    let mut versions: Vec<_> = decisions
        .iter()
        .filter_map(|d| {
            let (version, snapshot) = (d.version?, d.snapshot.as_ref()?);
            Some((VersionInfo { decision: d.id, version, decided_on: d.decided_on }, snapshot))
        })
        .collect();
    versions.sort_by_key(|(v, _)| v.version);
    versions
}


/// The position after the last of `positions`.
/// Validates and writes a protocol record in an open transaction. A decision keeps the
/// version and document it froze (if any) and cannot gain them here: only freezing sets
/// them, so an agreed version can never be rewritten.
fn store_record(db: &rusqlite::Connection, record: ProtocolRecord, stamp: &Stamp) -> Result<ProtocolRecord, EditError> {
    Ok(match record {
        ProtocolRecord::Section(r) => ProtocolRecord::Section(store::save(db, r, stamp)?),
        ProtocolRecord::Principle(r) => ProtocolRecord::Principle(store::save(db, r, stamp)?),
        ProtocolRecord::Level(r) => ProtocolRecord::Level(store::save(db, r, stamp)?),
        ProtocolRecord::Decision(mut r) => {
            let stored = store::get::<Decision>(db, &r.key())?;
            r.version = stored.as_ref().and_then(|d| d.version);
            r.snapshot = stored.and_then(|d| d.snapshot);
            if r.version.is_some() {
                // A frozen version stays a decision about the whole protocol, agreed.
                r.subject_kind = SubjectKind::Protocol;
                r.outcome = Outcome::Agreed;
            }
            ProtocolRecord::Decision(store::save(db, r, stamp)?)
        }
        ProtocolRecord::Comment(r) => ProtocolRecord::Comment(store::save(db, r, stamp)?),
    })
}

/// Fills an empty protocol from `template` in an open transaction (see
/// [`Session::start_protocol`]).
pub(crate) fn fill_from_template(db: &rusqlite::Connection, stamp: &Stamp, template: &Template) -> Result<(), EditError> {
    if !store::list::<Section>(db)?.is_empty() {
        return Err(EditError::ProtocolStarted);
    }
    for (i, s) in template.sections.iter().enumerate() {
        let section = Section {
            id: Default::default(),
            key: s.key.clone(),
            position: (i + 1) as f64,
            title: s.title.clone(),
            guidance: s.guidance.clone(),
            body: s.body.clone(),
            sensitivity: Sensitivity::Community,
        };
        store::save(db, section, stamp)?;
    }
    let existing: Vec<Principle> = store::list(db)?;
    for (i, p) in template.principles.iter().enumerate() {
        if existing.iter().any(|e| e.key == p.key) {
            continue;
        }
        let principle = Principle {
            id: Default::default(),
            key: p.key.clone(),
            position: (existing.len() + i + 1) as f64,
            title: p.title.clone(),
            text: p.text.clone(),
            original: p.text.clone(),
            source: p.source.clone(),
        };
        store::save(db, principle, stamp)?;
    }
    if store::list::<ProtocolLevel>(db)?.is_empty() {
        let indicators: Vec<Indicator> = store::list(db)?;
        for (i, l) in template.alert_levels.iter().enumerate() {
            let level = ProtocolLevel {
                id: Default::default(),
                position: (i + 1) as f64,
                colour: l.colour,
                name: l.name.clone(),
                triggers: l.triggers.clone(),
                indicators: indicators.iter().filter(|x| x.alert_level == l.colour).map(|x| x.id).collect(),
                actions: l.actions.clone(),
                alert_chain: l.alert_chain,
            };
            store::save(db, level, stamp)?;
        }
    }
    Ok(())
}

/// Freezes the current draft in `decision` as the next version, in an open transaction (see
/// [`Session::freeze_protocol`]).
pub(crate) fn freeze(db: &rusqlite::Connection, stamp: &Stamp, mut decision: Decision) -> Result<VersionInfo, EditError> {
    let decisions: Vec<Decision> = store::list(db)?;
    let current = document(db, &decisions)?;
    let versions = frozen(&decisions);
    let unchanged = match versions.last() {
        Some((_, latest)) => **latest == current,
        None => current.is_empty(),
    };
    if unchanged {
        return Err(EditError::NothingToFreeze);
    }
    decision.id = DecisionId::new();
    decision.subject_kind = SubjectKind::Protocol;
    decision.outcome = Outcome::Agreed;
    decision.version = Some(versions.last().map_or(1, |(v, _)| v.version + 1));
    decision.snapshot = Some(current);
    let saved = store::save(db, decision, stamp)?;
    Ok(VersionInfo { decision: saved.id, version: saved.version.expect("just set"), decided_on: saved.decided_on })
}

impl Session {
    /// Everything the protocol screens show, in `locale` for the template.
    pub fn protocol(&self, locale: Locale) -> Result<Protocol, EditError> {
        let db = self.db();
        let decisions: Vec<Decision> = store::list(db)?;
        let document = document(db, &decisions)?;
        let versions = frozen(&decisions);
        let draft_changed = match versions.last() {
            Some((_, latest)) => **latest != document,
            None => !document.is_empty(),
        };
        // The network analysis only matters when the text names someone (most loads do not).
        let people = self.people()?;
        let warnings = if warnings::names_anyone(&document, &people) { warnings(&document, &people, &self.network()?.findings) } else { Vec::new() };
        Ok(Protocol {
            versions: versions.into_iter().map(|(v, _)| v).collect(),
            unfinished: unfinished(&document),
            document,
            decisions,
            draft_changed,
            comments: store::list(db)?,
            warnings,
            indicators: store::list(db)?,
            template: template(locale).clone(),
            usual_groups: USUAL_GROUPS.iter().map(|g| (*g).to_owned()).collect(),
        })
    }

    /// Fills an empty protocol from the template in `locale`: every section, every principle
    /// (proposed, not yet decided), and the four alert levels, each linked to the
    /// early-warning indicators of its level. Refused once the protocol has any section.
    pub fn start_protocol(&mut self, locale: Locale, now: DateTime<Utc>) -> Result<Protocol, EditError> {
        self.edit(now, |db, stamp| fill_from_template(db, stamp, template(locale)))?;
        self.protocol(locale)
    }

    /// A new record with a fresh id and sensible defaults, placed last; not yet stored.
    pub fn draft_protocol_record(&self, kind: ProtocolKind, today: NaiveDate) -> Result<ProtocolRecord, EditError> {
        let db = self.db();
        Ok(match kind {
            ProtocolKind::Section => ProtocolRecord::Section(Section {
                id: Default::default(),
                key: String::new(),
                position: next_position(store::list::<Section>(db)?.iter().map(|s| s.position)),
                title: String::new(),
                guidance: String::new(),
                body: String::new(),
                sensitivity: Sensitivity::Community,
            }),
            ProtocolKind::Principle => ProtocolRecord::Principle(Principle {
                id: Default::default(),
                key: String::new(),
                position: next_position(store::list::<Principle>(db)?.iter().map(|p| p.position)),
                title: String::new(),
                text: String::new(),
                original: String::new(),
                source: String::new(),
            }),
            ProtocolKind::Level => ProtocolRecord::Level(ProtocolLevel {
                id: Default::default(),
                position: next_position(store::list::<ProtocolLevel>(db)?.iter().map(|l| l.position)),
                colour: AlertLevel::Yellow,
                name: String::new(),
                triggers: String::new(),
                indicators: Vec::new(),
                actions: String::new(),
                alert_chain: false,
            }),
            ProtocolKind::Decision => ProtocolRecord::Decision(Decision {
                id: Default::default(),
                subject_kind: SubjectKind::Other,
                subject: None,
                title: String::new(),
                outcome: Outcome::Agreed,
                method: Method::Consensus,
                decided_on: today,
                participants: Vec::new(),
                votes_for: None,
                votes_against: None,
                abstentions: None,
                dissent: String::new(),
                notes: String::new(),
                version: None,
                snapshot: None,
            }),
            ProtocolKind::Comment => ProtocolRecord::Comment(ProtocolComment {
                id: Default::default(),
                section: None,
                author: String::new(),
                kind: CommentKind::Comment,
                text: String::new(),
                status: CommentStatus::Open,
            }),
        })
    }

    /// Creates or replaces a protocol record.
    pub fn save_protocol_record(&mut self, record: ProtocolRecord, now: DateTime<Utc>) -> Result<ProtocolRecord, EditError> {
        self.edit(now, |db, stamp| store_record(db, record, stamp))
    }

    /// Removes a protocol record; undo brings it back. A frozen version is part of the
    /// protocol's history and cannot be removed.
    pub fn remove_protocol_record(&mut self, kind: ProtocolKind, id: uuid::Uuid, now: DateTime<Utc>) -> Result<(), EditError> {
        let key = id.to_string();
        self.edit(now, |db, stamp| {
            match kind {
                ProtocolKind::Section => drop(store::remove::<Section>(db, &key, stamp)?),
                ProtocolKind::Principle => drop(store::remove::<Principle>(db, &key, stamp)?),
                ProtocolKind::Level => drop(store::remove::<ProtocolLevel>(db, &key, stamp)?),
                ProtocolKind::Decision => {
                    if store::get::<Decision>(db, &key)?.is_some_and(|d| d.version.is_some()) {
                        return Err(EditError::VersionFrozen);
                    }
                    drop(store::remove::<Decision>(db, &key, stamp)?)
                }
                ProtocolKind::Comment => drop(store::remove::<ProtocolComment>(db, &key, stamp)?),
            }
            Ok(())
        })
    }

    /// Moves a section one place up or down. Only the moved section's row changes: it takes
    /// a position between its new neighbours.
    pub fn move_section(&mut self, id: SectionId, up: bool, now: DateTime<Utc>) -> Result<(), EditError> {
        self.edit(now, |db, stamp| {
            let sections: Vec<Section> = store::list(db)?;
            let at = sections.iter().position(|s| s.id == id).ok_or(EditError::RecordNotFound)?;
            let positions: Vec<f64> = sections.iter().map(|s| s.position).collect();
            let Some(position) = store::moved_position(&positions, at, up) else { return Ok(()) };
            let mut section = sections[at].clone();
            section.position = position;
            store::save(db, section, stamp)?;
            Ok(())
        })
    }

    /// Records the decision that agrees the protocol and freezes the current draft in it as
    /// the next version. Refused unless agreed, and when nothing changed since the last one.
    pub fn freeze_protocol(&mut self, decision: Decision, now: DateTime<Utc>) -> Result<VersionInfo, EditError> {
        if !matches!(decision.outcome, Outcome::Agreed | Outcome::AgreedWithChanges) {
            return Err(EditError::VersionNotAgreed);
        }
        self.edit(now, |db, stamp| freeze(db, stamp, decision))
    }

    /// What changed from version `from` to version `to`; `None` for `to` is the current draft.
    pub fn protocol_diff(&self, from: DecisionId, to: Option<DecisionId>) -> Result<ProtocolDiff, EditError> {
        let decisions: Vec<Decision> = store::list(self.db())?;
        let snapshot = |id: DecisionId| {
            decisions.iter().find(|d| d.id == id).and_then(|d| d.snapshot.clone()).ok_or(EditError::RecordNotFound)
        };
        let old = snapshot(from)?;
        let new = match to {
            Some(id) => snapshot(id)?,
            None => document(self.db(), &decisions)?,
        };
        Ok(diff(&old, &new))
    }

    /// The protocol as it may be printed: the latest version if `version` is `None` and the
    /// draft has not changed since, else the draft; never a restricted section.
    pub fn protocol_print(&self, version: Option<DecisionId>, locale: Locale, names: PrintNames) -> Result<ProtocolPrint, EditError> {
        let protocol = self.protocol(locale)?;
        let chosen = version.map(|id| protocol.decisions.iter().find(|d| d.id == id).ok_or(EditError::RecordNotFound)).transpose()?;
        let people = self.people()?;
        let collective = self.collective()?.map(|c| c.name).unwrap_or_default();
        Ok(print::printable(&protocol, chosen, &collective, self.principle_checks()?, &Naming::print(&people, names)))
    }

    /// The pocket cards of the current protocol: alert levels, first steps of each
    /// emergency, and who starts the alert chain.
    pub fn pocket_cards(&self, names: PrintNames) -> Result<PocketCards, EditError> {
        let decisions: Vec<Decision> = store::list(self.db())?;
        let document = document(self.db(), &decisions)?;
        let people = self.people()?;
        Ok(pocket_cards(&document, &self.network()?.alert_cards, &Naming::print(&people, names)))
    }
}

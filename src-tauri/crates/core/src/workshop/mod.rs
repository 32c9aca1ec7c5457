//! Workshop mode: an agenda of sessions with time boxes and a timer, sticky notes written by
//! small groups (no accounts: the facilitator types who said it), sorted afterwards into the
//! risk analysis or the protocol, and a report to hand out.
//!
//! Which API for which job:
//! - [`Session::new_workshop`] creates a workshop with the ~19-session agenda of the template
//!   (`assets/templates/workshop/`) in one edit.
//! - [`Session::workshop_plan`] loads a workshop with its agenda, notes and progress, and the
//!   facilitation notes of each session from the template, in the agenda's language.
//! - [`Session::start_item`] / [`Session::finish_item`] run the day; one session runs at a time.
//! - [`Session::save_workshop_record`] / [`Session::remove_workshop_record`] edit the agenda
//!   and the notes; [`Session::sort_note`] turns a note into a record, in one undo.
//! - [`Session::workshop_report`] is what may be handed out: no restricted note or measure.

mod records;
mod report;
mod template;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tejido_i18n::Locale;

use crate::audience::{Naming, PrintNames};
use crate::store::records::{self as store, Record};
use crate::error::EditError;
use crate::ids::{AgendaItemId, NoteId, SectionId, WorkshopId};
use crate::protocol::{CommentKind, CommentStatus, ProtocolComment};
use crate::risk::{RiskKind, RiskRecord};
use crate::sensitivity::Sensitivity;
use crate::store::Session;

pub use records::{AgendaItem, ItemStatus, Module, NoteTarget, StickyNote, Workshop};
pub use report::{ReportItem, ReportMeasure, WorkshopReport};
pub use template::{AgendaTemplate, Facilitation, TemplateItem, agenda_language, agenda_template, guide_for};

/// How far the day has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// Sessions done.
    pub done: u32,
    /// Sessions in the agenda.
    pub total: u32,
    /// Minutes planned for the whole agenda.
    pub planned_minutes: u32,
    /// Minutes planned for the sessions done.
    pub planned_minutes_done: u32,
    /// Minutes those sessions actually took.
    pub actual_minutes_done: u32,
}

/// A workshop with everything its screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopPlan {
    /// The workshop.
    pub workshop: Workshop,
    /// Its agenda, day by day.
    pub items: Vec<AgendaItem>,
    /// Its sticky notes, oldest first.
    pub notes: Vec<StickyNote>,
    /// How far it has come.
    pub progress: Progress,
    /// The facilitation notes of its sessions that started from the template, for the
    /// facilitators' screen only: the projector and the handouts never carry them.
    pub guides: Vec<ItemGuide>,
}

/// The facilitation notes of one session of a workshop's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemGuide {
    /// The session.
    pub item: AgendaItemId,
    /// How to run it.
    pub facilitation: Facilitation,
}

/// The facilitation notes of `items`, looked up by their template key in the agenda's own
/// language (`fallback` when no session still reads as the template did). Looked up rather than
/// copied into each item, so workshops created before the notes existed get them too, no vault
/// grows by guidance that ships with the app, and better notes reach every workshop with an update.
pub fn guides(items: &[AgendaItem], fallback: Locale) -> Vec<ItemGuide> {
    let language = agenda_language(items).unwrap_or(fallback);
    items
        .iter()
        .filter_map(|i| Some(ItemGuide { item: i.id, facilitation: guide_for(&i.key, language)?.clone() }))
        .collect()
}

/// Any workshop record, tagged `record` with its kind: what the app sends to save one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(tag = "record", rename_all = "kebab-case")]
pub enum WorkshopRecord {
    /// The workshop itself.
    Workshop(Workshop),
    /// A session of the agenda.
    Item(AgendaItem),
    /// A sticky note.
    Note(StickyNote),
}

/// The kinds of workshop record, to ask for a draft or remove one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum WorkshopKind {
    /// The workshop itself.
    Workshop,
    /// A session of the agenda.
    Item,
    /// A sticky note.
    Note,
}

fn progress(items: &[AgendaItem]) -> Progress {
    let done: Vec<&AgendaItem> = items.iter().filter(|i| i.status == ItemStatus::Done).collect();
    Progress {
        done: done.len() as u32,
        total: items.len() as u32,
        planned_minutes: items.iter().map(|i| i.minutes).sum(),
        planned_minutes_done: done.iter().map(|i| i.minutes).sum(),
        actual_minutes_done: done
            .iter()
            .filter_map(|i| Some((i.finished_at? - i.started_at?).num_minutes().max(0) as u32))
            .sum(),
    }
}

fn items_of(db: &rusqlite::Connection, workshop: WorkshopId) -> Result<Vec<AgendaItem>, EditError> {
    Ok(store::list::<AgendaItem>(db)?.into_iter().filter(|i| i.workshop == workshop).collect())
}

fn item(db: &rusqlite::Connection, id: AgendaItemId) -> Result<AgendaItem, EditError> {
    store::get(db, &id.to_string())?.ok_or(EditError::RecordNotFound)
}

/// The first words of `text`, for a record whose title a sticky note gives.
fn title_from(text: &str) -> String {
    const MAX: usize = 80;
    let line = text.lines().next().unwrap_or_default().trim();
    if line.chars().count() <= MAX {
        return line.to_owned();
    }
    let cut: String = line.chars().take(MAX).collect();
    format!("{}…", cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head))
}

impl Session {
    /// Every workshop, most recent first.
    pub fn workshops(&self) -> Result<Vec<Workshop>, EditError> {
        Ok(store::list(self.db())?)
    }

    /// A workshop with its agenda, notes and progress, and its sessions' facilitation notes in
    /// the agenda's language (English if no session reads as the template any more).
    pub fn workshop_plan(&self, id: WorkshopId) -> Result<WorkshopPlan, EditError> {
        let db = self.db();
        let workshop: Workshop = store::get(db, &id.to_string())?.ok_or(EditError::RecordNotFound)?;
        let items = items_of(db, id)?;
        Ok(WorkshopPlan {
            progress: progress(&items),
            guides: guides(&items, Locale::En),
            items,
            notes: store::list::<StickyNote>(db)?.into_iter().filter(|n| n.workshop == id).collect(),
            workshop,
        })
    }

    /// A new workshop starting `starts_on`, with the template's agenda in `locale`, in one edit.
    pub fn new_workshop(&mut self, locale: Locale, starts_on: NaiveDate, now: DateTime<Utc>) -> Result<Workshop, EditError> {
        let template = agenda_template(locale);
        self.edit(now, |db, stamp| {
            let workshop = store::save(
                db,
                Workshop { id: WorkshopId::new(), title: template.title.clone(), starts_on, place: String::new(), notes: String::new() },
                stamp,
            )?;
            for (i, t) in template.sessions.iter().enumerate() {
                let item = t.planned(workshop.id, (i + 1) as f64);
                store::save(db, item, stamp)?;
            }
            Ok(workshop)
        })
    }

    /// A blank session (placed last on the last day) or note for `workshop`; not yet stored.
    pub fn draft_workshop_record(&self, kind: WorkshopKind, workshop: WorkshopId, today: NaiveDate) -> Result<WorkshopRecord, EditError> {
        Ok(match kind {
            WorkshopKind::Workshop => WorkshopRecord::Workshop(Workshop {
                id: WorkshopId::new(),
                title: String::new(),
                starts_on: today,
                place: String::new(),
                notes: String::new(),
            }),
            WorkshopKind::Item => {
                let items = items_of(self.db(), workshop)?;
                WorkshopRecord::Item(AgendaItem {
                    id: AgendaItemId::new(),
                    workshop,
                    position: store::next_position(items.iter().map(|i| i.position)),
                    key: String::new(),
                    day: items.iter().map(|i| i.day).max().unwrap_or(1),
                    title: String::new(),
                    goal: String::new(),
                    minutes: 30,
                    materials: String::new(),
                    module: Module::Other,
                    status: ItemStatus::Planned,
                    started_at: None,
                    finished_at: None,
                    outcomes: String::new(),
                })
            }
            WorkshopKind::Note => {
                let running = items_of(self.db(), workshop)?.into_iter().find(|i| i.status == ItemStatus::Running);
                WorkshopRecord::Note(StickyNote {
                    id: NoteId::new(),
                    workshop,
                    item: running.map(|i| i.id),
                    group_name: String::new(),
                    text: String::new(),
                    sensitivity: Sensitivity::Community,
                    sorted_as: None,
                    became: None,
                })
            }
        })
    }

    /// Creates or replaces a workshop record. A session's timer is kept as stored: only
    /// [`Session::start_item`] and [`Session::finish_item`] move it.
    pub fn save_workshop_record(&mut self, record: WorkshopRecord, now: DateTime<Utc>) -> Result<WorkshopRecord, EditError> {
        self.edit(now, |db, stamp| {
            Ok(match record {
                WorkshopRecord::Workshop(w) => WorkshopRecord::Workshop(store::save(db, w, stamp)?),
                WorkshopRecord::Item(mut i) => {
                    if let Some(stored) = store::get::<AgendaItem>(db, &i.key())? {
                        (i.status, i.started_at, i.finished_at) = (stored.status, stored.started_at, stored.finished_at);
                    } else {
                        (i.status, i.started_at, i.finished_at) = (ItemStatus::Planned, None, None);
                    }
                    WorkshopRecord::Item(store::save(db, i, stamp)?)
                }
                WorkshopRecord::Note(n) => WorkshopRecord::Note(store::save(db, n, stamp)?),
            })
        })
    }

    /// Removes a workshop record; undo brings it back. Removing a workshop removes its
    /// agenda and notes with it, in the same undo.
    pub fn remove_workshop_record(&mut self, kind: WorkshopKind, id: uuid::Uuid, now: DateTime<Utc>) -> Result<(), EditError> {
        let key = id.to_string();
        self.edit(now, |db, stamp| {
            match kind {
                WorkshopKind::Workshop => {
                    let workshop = WorkshopId(id);
                    for i in items_of(db, workshop)? {
                        store::remove::<AgendaItem>(db, &i.key(), stamp)?;
                    }
                    for n in store::list::<StickyNote>(db)?.into_iter().filter(|n| n.workshop == workshop) {
                        store::remove::<StickyNote>(db, &n.key(), stamp)?;
                    }
                    store::remove::<Workshop>(db, &key, stamp)?;
                }
                WorkshopKind::Item => drop(store::remove::<AgendaItem>(db, &key, stamp)?),
                WorkshopKind::Note => drop(store::remove::<StickyNote>(db, &key, stamp)?),
            }
            Ok(())
        })
    }

    /// Moves a session one place up or down within its day.
    pub fn move_item(&mut self, id: AgendaItemId, up: bool, now: DateTime<Utc>) -> Result<AgendaItem, EditError> {
        self.edit(now, |db, stamp| {
            let moving = item(db, id)?;
            let day: Vec<AgendaItem> = items_of(db, moving.workshop)?.into_iter().filter(|i| i.day == moving.day).collect();
            let at = day.iter().position(|i| i.id == id).ok_or(EditError::RecordNotFound)?;
            let positions: Vec<f64> = day.iter().map(|i| i.position).collect();
            let Some(position) = store::moved_position(&positions, at, up) else { return Ok(moving) };
            store::save(db, AgendaItem { position, ..moving }, stamp)
        })
    }

    /// Starts a session's timer; a session still running in the same workshop is finished.
    pub fn start_item(&mut self, id: AgendaItemId, now: DateTime<Utc>) -> Result<AgendaItem, EditError> {
        self.edit(now, |db, stamp| {
            let mut started = item(db, id)?;
            for mut other in items_of(db, started.workshop)?.into_iter().filter(|i| i.status == ItemStatus::Running && i.id != id) {
                other.status = ItemStatus::Done;
                other.finished_at = Some(stamp.at);
                store::save(db, other, stamp)?;
            }
            started.status = ItemStatus::Running;
            started.started_at = Some(stamp.at);
            started.finished_at = None;
            store::save(db, started, stamp)
        })
    }

    /// Ends a session: done, with the time it ended.
    pub fn finish_item(&mut self, id: AgendaItemId, now: DateTime<Utc>) -> Result<AgendaItem, EditError> {
        self.edit(now, |db, stamp| {
            let mut finished = item(db, id)?;
            finished.status = ItemStatus::Done;
            finished.started_at = finished.started_at.or(Some(stamp.at));
            finished.finished_at = Some(stamp.at);
            store::save(db, finished, stamp)
        })
    }

    /// Turns a sticky note into a record of the risk analysis, or into a proposal on a
    /// protocol section: the record is created with the note's words and sensitivity, and
    /// the note remembers what it became. One edit, so one undo takes both back.
    pub fn sort_note(
        &mut self,
        id: NoteId,
        target: NoteTarget,
        section: Option<SectionId>,
        today: NaiveDate,
        now: DateTime<Utc>,
    ) -> Result<StickyNote, EditError> {
        let mut note: StickyNote = store::get(self.db(), &id.to_string())?.ok_or(EditError::RecordNotFound)?;
        let drafted = |kind| self.draft_risk_record(kind, today);
        let record = match target {
            NoteTarget::ContextNote => match drafted(RiskKind::ContextNote)? {
                RiskRecord::ContextNote(mut r) => {
                    (r.text, r.sensitivity) = (note.text.clone(), note.sensitivity);
                    Some(RiskRecord::ContextNote(r))
                }
                _ => unreachable!("asked for a context note"),
            },
            NoteTarget::Actor => match drafted(RiskKind::Actor)? {
                RiskRecord::Actor(mut r) => {
                    (r.name, r.notes, r.sensitivity) = (title_from(&note.text), note.text.clone(), note.sensitivity);
                    Some(RiskRecord::Actor(r))
                }
                _ => unreachable!("asked for an actor"),
            },
            NoteTarget::Incident => match drafted(RiskKind::Incident)? {
                RiskRecord::Incident(mut r) => {
                    (r.title, r.description, r.sensitivity) = (title_from(&note.text), note.text.clone(), note.sensitivity);
                    Some(RiskRecord::Incident(r))
                }
                _ => unreachable!("asked for an incident"),
            },
            NoteTarget::Risk => match drafted(RiskKind::Risk)? {
                RiskRecord::Risk(mut r) => {
                    (r.title, r.description, r.sensitivity) = (title_from(&note.text), note.text.clone(), note.sensitivity);
                    Some(RiskRecord::Risk(r))
                }
                _ => unreachable!("asked for a risk"),
            },
            NoteTarget::Measure => match drafted(RiskKind::Measure)? {
                RiskRecord::Measure(mut r) => {
                    (r.title, r.description, r.sensitivity) = (title_from(&note.text), note.text.clone(), note.sensitivity);
                    Some(RiskRecord::Measure(r))
                }
                _ => unreachable!("asked for a measure"),
            },
            NoteTarget::ProtocolProposal => None,
        };
        self.edit(now, |db, stamp| {
            let made = match record {
                Some(record) => {
                    let saved = crate::risk::store_record(db, record, stamp)?;
                    serde_json::to_value(&saved).ok().and_then(|v| v["id"].as_str().and_then(|s| s.parse().ok()))
                }
                None => {
                    let section = section.ok_or(EditError::RecordNotFound)?;
                    store::get::<crate::protocol::Section>(db, &section.to_string())?.ok_or(EditError::RecordNotFound)?;
                    let comment = ProtocolComment {
                        id: Default::default(),
                        section: Some(section),
                        author: note.group_name.clone(),
                        kind: CommentKind::Proposal,
                        text: note.text.clone(),
                        status: CommentStatus::Open,
                    };
                    Some(store::save(db, comment, stamp)?.id.0)
                }
            };
            note.sorted_as = Some(target);
            note.became = made;
            store::save(db, note, stamp)
        })
    }

    /// The workshop's report, ready to hand out: no restricted note or measure, people named
    /// as `names` says (by default as on the projector).
    pub fn workshop_report(&self, id: WorkshopId, today: NaiveDate, names: PrintNames) -> Result<WorkshopReport, EditError> {
        let plan = self.workshop_plan(id)?;
        let analysis = self.risk_analysis(today)?;
        let decisions = self.protocol(Locale::En)?.decisions;
        let people = self.people()?;
        let naming = Naming::print(&people, names);
        Ok(report::report(plan, &analysis, decisions, &naming, self.collective()?.map(|c| c.name).unwrap_or_default()))
    }
}


#[cfg(test)]
mod tests {
    use super::title_from;

    #[test]
    fn a_note_gives_a_short_title_cut_at_a_word() {
        assert_eq!(title_from("Trucks at night\nthree times"), "Trucks at night");
        let long = "word ".repeat(30);
        let title = title_from(&long);
        assert!(title.ends_with('…') && title.chars().count() <= 81, "{title}");
    }
}

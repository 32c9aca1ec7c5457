//! The app's workshop actions, the projector for a session, and training mode: the demo
//! community in a throwaway vault that is deleted when it is locked or the app closes.

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::Serialize;
use tejido_vault::Unlock;

use super::{App, AppError, DEMO_PASSPHRASE, Projection, local_day, secret};
use crate::error::EditError;
use crate::home::Home;
use crate::ids::{AgendaItemId, NoteId, SectionId, WorkshopId};
use crate::sensitivity::Sensitivity;
use crate::store::Session;
use crate::workshop::{NoteTarget, Workshop, WorkshopKind, WorkshopPlan, WorkshopRecord, WorkshopReport};

/// A protocol section a note can become a proposal on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionChoice {
    /// The section.
    pub id: SectionId,
    /// Its title.
    pub title: String,
}

/// What the workshop screens show after any action.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct WorkshopScreen {
    /// Every workshop, most recent first.
    pub workshops: Vec<Workshop>,
    /// The one open on screen (the most recent if none was chosen).
    pub plan: Option<WorkshopPlan>,
    /// Protocol sections, for sorting notes into proposals.
    pub sections: Vec<SectionChoice>,
    /// The home: members, attention, undo.
    pub home: Home,
}

/// Where training vaults live: one folder each, under the app's data folder.
pub(super) fn training_root(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("training")
}

impl App {
    /// Deletes training vaults a crash or a killed app left behind: those whose lock nobody
    /// holds. Another Tejido running beside this one keeps its own open training vault.
    pub(crate) fn sweep_training(&self) {
        use tejido_vault::fs::{LockMode, RealFs, VaultFs};
        let Ok(entries) = std::fs::read_dir(training_root(&self.data_dir)) else { return };
        for dir in entries.flatten().map(|e| e.path()) {
            // Held while deleting, so no one can open it meanwhile; released once it is gone.
            let lock = RealFs.try_lock(&dir.join(tejido_vault::LOCK_FILE), LockMode::Exclusive);
            if matches!(lock, Ok(None)) {
                continue;
            }
            // Windows removes no folder while a file in it is open, and the lock file is: all
            // else goes first, under the lock (without its header it is no vault to open), then
            // the lock is released and the folder goes.
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                if entry.file_name() != tejido_vault::LOCK_FILE {
                    let path = entry.path();
                    let _ = if path.is_dir() { tejido_vault::fs::remove_dir_all_when_free(&path) } else { RealFs.remove_file(&path) };
                }
            }
            drop(lock);
            let _ = tejido_vault::fs::remove_dir_all_when_free(&dir);
        }
    }

    /// Opens the demo community of the interface's language in a new throwaway vault for
    /// trainees to practise in. It is deleted when it is locked, when another vault is
    /// opened, or when the app closes.
    pub fn open_training(&mut self, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.lock();
        let dir = training_root(&self.data_dir).join(uuid::Uuid::now_v7().to_string());
        let (mut session, _) = Session::create(&dir, &secret(DEMO_PASSPHRASE), "Demo", &self.options(), self.installation.device, now)?;
        session.load_demo_in(self.locale(), now)?;
        // Closed as a lock closes it (one full image, not the demo's deltas), then reopened
        // so it is exactly what the demo would be after a restart.
        session.compact()?;
        drop(session);
        let session = Session::open(&dir, Unlock::Passphrase(&secret(DEMO_PASSPHRASE)), &self.options(), self.installation.device)?;
        let home = session.home(None, local_day(now))?;
        self.idle.touch(now);
        self.open = Some(super::OpenVault { session, rollback: None, projection: Default::default(), training: Some(dir) });
        Ok(home)
    }

    fn workshop_edit(
        &mut self,
        id: Option<WorkshopId>,
        now: DateTime<Utc>,
        apply: impl FnOnce(&mut Session) -> Result<(), EditError>,
    ) -> Result<WorkshopScreen, AppError> {
        apply(&mut self.session()?.session)?;
        self.workshop_screen(id, now)
    }

    /// The workshop screens, showing `id` (or the most recent workshop).
    pub fn workshop_screen(&mut self, id: Option<WorkshopId>, now: DateTime<Utc>) -> Result<WorkshopScreen, AppError> {
        let locale = self.locale();
        let open = self.session()?;
        let session = &open.session;
        let workshops = session.workshops()?;
        let chosen = id.filter(|id| workshops.iter().any(|w| w.id == *id)).or(workshops.first().map(|w| w.id));
        let sections = session
            .protocol(locale)?
            .document
            .sections
            .into_iter()
            .map(|s| SectionChoice { id: s.id, title: s.title })
            .collect();
        let analysis = session.risk_analysis(local_day(now))?;
        let mut plan = chosen.map(|id| session.workshop_plan(id)).transpose()?;
        // An agenda rewritten beyond recognition gets its notes in the app's language.
        if let Some(plan) = plan.as_mut().filter(|p| crate::workshop::agenda_language(&p.items).is_none()) {
            plan.guides = crate::workshop::guides(&plan.items, locale);
        }
        Ok(WorkshopScreen {
            plan,
            workshops,
            sections,
            home: session.home_with(open.rollback, &analysis)?,
        })
    }

    /// A new workshop starting today with the template's agenda.
    pub fn new_workshop(&mut self, now: DateTime<Utc>) -> Result<WorkshopScreen, AppError> {
        let locale = self.locale();
        let workshop = self.session()?.session.new_workshop(locale, local_day(now), now)?;
        self.workshop_screen(Some(workshop.id), now)
    }

    /// A blank session or note for a workshop.
    pub fn draft_workshop_record(&mut self, kind: WorkshopKind, workshop: WorkshopId, now: DateTime<Utc>) -> Result<WorkshopRecord, AppError> {
        Ok(self.session()?.session.draft_workshop_record(kind, workshop, local_day(now))?)
    }

    /// Creates or replaces a workshop, session or note.
    pub fn save_workshop_record(&mut self, record: WorkshopRecord, now: DateTime<Utc>) -> Result<WorkshopScreen, AppError> {
        let id = match &record {
            WorkshopRecord::Workshop(w) => w.id,
            WorkshopRecord::Item(i) => i.workshop,
            WorkshopRecord::Note(n) => n.workshop,
        };
        self.workshop_edit(Some(id), now, |s| s.save_workshop_record(record, now).map(drop))
    }

    /// Removes a workshop (with its agenda and notes), a session or a note.
    pub fn remove_workshop_record(&mut self, kind: WorkshopKind, id: uuid::Uuid, workshop: WorkshopId, now: DateTime<Utc>) -> Result<WorkshopScreen, AppError> {
        self.workshop_edit(Some(workshop), now, |s| s.remove_workshop_record(kind, id, now))
    }

    /// Moves a session one place up or down within its day.
    pub fn move_item(&mut self, id: AgendaItemId, up: bool, now: DateTime<Utc>) -> Result<WorkshopScreen, AppError> {
        let workshop = self.session()?.session.move_item(id, up, now)?.workshop;
        self.workshop_screen(Some(workshop), now)
    }

    /// Starts a session's timer.
    pub fn start_item(&mut self, id: AgendaItemId, now: DateTime<Utc>) -> Result<WorkshopScreen, AppError> {
        let workshop = self.session()?.session.start_item(id, now)?.workshop;
        self.workshop_screen(Some(workshop), now)
    }

    /// Ends a session.
    pub fn finish_item(&mut self, id: AgendaItemId, now: DateTime<Utc>) -> Result<WorkshopScreen, AppError> {
        let workshop = self.session()?.session.finish_item(id, now)?.workshop;
        self.workshop_screen(Some(workshop), now)
    }

    /// Turns a sticky note into a record (or a proposal on a protocol section).
    pub fn sort_note(&mut self, id: NoteId, target: NoteTarget, section: Option<SectionId>, now: DateTime<Utc>) -> Result<WorkshopScreen, AppError> {
        let note = self.session()?.session.sort_note(id, target, section, local_day(now), now)?;
        self.workshop_screen(Some(note.workshop), now)
    }

    /// The workshop's report, without restricted notes or measures, people named as on the
    /// projector unless `names` asks for real names.
    pub fn workshop_report(&mut self, id: WorkshopId, names: crate::audience::PrintNames, now: DateTime<Utc>) -> Result<WorkshopReport, AppError> {
        Ok(self.session()?.session.workshop_report(id, local_day(now), names)?)
    }

    /// Shows a session on the projector: its title, its goal and the notes written in it,
    /// never a restricted note, people by pseudonym.
    pub fn project_item(&mut self, id: AgendaItemId) -> Result<Projection, AppError> {
        let language = self.locale().tag().to_owned();
        let open = self.session()?;
        let people = open.session.people()?;
        let room = crate::audience::Naming::projector(&people);
        let collective = open.session.collective()?.map(|c| c.name).unwrap_or_default();
        let item: crate::workshop::AgendaItem =
            crate::store::records::get(open.session.db(), &id.to_string()).map_err(EditError::from)?.ok_or(EditError::RecordNotFound)?;
        let plan = open.session.workshop_plan(item.workshop)?;
        let notes = plan
            .notes
            .iter()
            .filter(|n| n.item == Some(id) && n.sensitivity != Sensitivity::Restricted)
            .map(|n| room.text(&crate::store::records::attributed(&n.group_name, &n.text)))
            .collect();
        open.projection = Projection {
            language,
            collective,
            title: room.text(&item.title),
            body: room.text(&item.goal),
            notes,
            hidden: false,
        };
        Ok(open.projection.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::WorkshopKind;

    fn app(root: &std::path::Path) -> App {
        App::new(&root.join("config"), &root.join("data"), tejido_vault::KdfPolicy::insecure_for_tests(2))
    }

    #[test]
    fn a_training_vault_is_the_demo_and_is_gone_once_locked_or_left_behind() {
        let root = tempfile::tempdir().unwrap();
        let mut app = app(root.path());
        let home = app.open_training(Utc::now()).unwrap();
        assert!(home.people.len() >= 35, "the demo community");
        assert!(app.info().training);
        assert!(app.info().recent_vaults.is_empty(), "never remembered as a recent vault");
        let folder = training_root(&root.path().join("data"));
        assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1);
        app.lock();
        assert!(!app.info().training);
        assert_eq!(std::fs::read_dir(&folder).map(|d| d.count()).unwrap_or(0), 0, "deleted on lock");

        // A crash leaves one behind (a copy nobody holds open): the next start sweeps it, but
        // not the training vault another Tejido has open at that moment.
        app.open_training(Utc::now()).unwrap();
        let open_one = std::fs::read_dir(&folder).unwrap().next().unwrap().unwrap().path();
        let left_behind = folder.join("left-behind");
        std::fs::create_dir_all(left_behind.join("images")).unwrap();
        for name in [tejido_vault::HEADER_FILE, tejido_vault::LOCK_FILE] {
            std::fs::copy(open_one.join(name), left_behind.join(name)).unwrap();
        }
        let _next = App::new(&root.path().join("config"), &root.path().join("data"), tejido_vault::KdfPolicy::insecure_for_tests(2));
        assert!(!left_behind.exists(), "swept at start");
        assert!(open_one.exists(), "the other instance's training vault is still there");
        assert!(app.home().is_ok(), "and still works");
        app.lock();
        assert!(!open_one.exists(), "deleted when that instance locks it");
    }

    #[test]
    fn the_projector_shows_a_session_with_its_notes_but_never_a_restricted_one() {
        let root = tempfile::tempdir().unwrap();
        let mut app = app(root.path());
        app.open_demo(Utc::now()).unwrap();
        let screen = app.new_workshop(Utc::now()).unwrap();
        let plan = screen.plan.unwrap();
        let item = plan.items[4].id;
        app.start_item(item, Utc::now()).unwrap();
        for (text, sensitivity) in [("Trucks at the crossroads", Sensitivity::Community), ("HIDDEN the safe house", Sensitivity::Restricted)] {
            let WorkshopRecord::Note(mut n) = app.draft_workshop_record(WorkshopKind::Note, plan.workshop.id, Utc::now()).unwrap() else {
                unreachable!()
            };
            (n.text, n.sensitivity, n.group_name) = (text.into(), sensitivity, "Group 2".into());
            app.save_workshop_record(WorkshopRecord::Note(n), Utc::now()).unwrap();
        }
        let shown = app.project_item(item).unwrap();
        assert_eq!(shown.title, plan.items[4].title);
        assert_eq!(shown.notes, ["Group 2: Trucks at the crossroads"], "the restricted note is left out");
        assert!(!format!("{shown:?}").contains("HIDDEN"));
        // The facilitators' notes for the session are on their screen, never on the projector.
        let guide = &plan.guides.iter().find(|g| g.item == item).expect("the session has notes").facilitation;
        let projected = format!("{shown:?}");
        for line in guide.steps.iter().chain(&guide.questions).chain([&guide.care, &guide.source]) {
            assert!(!projected.contains(line.as_str()), "projected: {line}");
        }
    }
}

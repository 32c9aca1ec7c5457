//! Workshop mode: the agenda from its template, the timer, sticky notes sorted into records in
//! one undo, and the report without restricted notes.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use tejido_core::risk::{RiskKind, RiskRecord};
use tejido_core::workshop::{ItemStatus, NoteTarget, WorkshopKind, WorkshopRecord};
use tejido_core::{EditError, Sensitivity, Session, WorkshopId};
use tejido_i18n::Locale;

use super::{new_session, reopen};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn note(session: &mut Session, workshop: WorkshopId, group: &str, text: &str, sensitivity: Sensitivity) -> tejido_core::workshop::StickyNote {
    let WorkshopRecord::Note(mut n) = session.draft_workshop_record(WorkshopKind::Note, workshop, day()).unwrap() else { unreachable!() };
    n.group_name = group.into();
    n.text = text.into();
    n.sensitivity = sensitivity;
    session.save_workshop_record(WorkshopRecord::Note(n.clone()), Utc::now()).unwrap();
    n
}

#[test]
fn a_new_workshop_has_the_template_agenda_and_one_undo_removes_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let workshop = session.new_workshop(Locale::Fr, day(), Utc::now()).unwrap();
    let plan = session.workshop_plan(workshop.id).unwrap();
    assert_eq!(plan.items.len(), 19);
    assert_eq!((plan.items[0].day, plan.items[18].day), (1, 2), "two days");
    assert_eq!(plan.progress.total, 19);
    assert_eq!(plan.items[0].title, tejido_core::workshop::agenda_template(Locale::Fr).sessions[0].title, "in French");
    session.undo(Utc::now()).unwrap();
    assert!(session.workshops().unwrap().is_empty(), "one undo");
    assert!(matches!(session.workshop_plan(workshop.id), Err(EditError::RecordNotFound)));
}

#[test]
fn a_created_workshop_gives_each_session_its_facilitation_notes_in_the_workshop_language() {
    use tejido_core::workshop::{agenda_template, guide_for};
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let spanish = session.new_workshop(Locale::Es, day(), Utc::now()).unwrap();
    let french = session.new_workshop(Locale::Fr, day(), Utc::now()).unwrap();
    let session = reopen(dir.path(), session);
    for (workshop, locale) in [(spanish.id, Locale::Es), (french.id, Locale::Fr)] {
        let plan = session.workshop_plan(workshop).unwrap();
        assert_eq!(plan.guides.len(), plan.items.len(), "every template session has notes");
        let incidents = plan.items.iter().find(|i| i.key == "incidents").unwrap();
        let guide = &plan.guides.iter().find(|g| g.item == incidents.id).unwrap().facilitation;
        assert_eq!(Some(guide), guide_for("incidents", locale), "{locale:?}");
        assert_ne!(guide.care, guide_for("incidents", Locale::En).unwrap().care, "{locale:?}, not English");
    }

    // Rewriting a session keeps its notes (found by key, in the agenda's language); a session
    // added by hand has none; the report handed out never carries them.
    let mut session = session;
    let plan = session.workshop_plan(spanish.id).unwrap();
    let mut edited = plan.items[5].clone();
    (edited.title, edited.goal) = ("Nuestra propia evaluación".into(), "Otra meta".into());
    session.save_workshop_record(WorkshopRecord::Item(edited.clone()), Utc::now()).unwrap();
    let WorkshopRecord::Item(mut added) = session.draft_workshop_record(WorkshopKind::Item, spanish.id, day()).unwrap() else { unreachable!() };
    added.title = "Sesión extra".into();
    session.save_workshop_record(WorkshopRecord::Item(added.clone()), Utc::now()).unwrap();
    let plan = session.workshop_plan(spanish.id).unwrap();
    let of = |id| plan.guides.iter().find(|g| g.item == id).map(|g| &g.facilitation);
    assert_eq!(of(edited.id), guide_for(&edited.key, Locale::Es));
    assert_eq!(of(added.id), None);
    let report = session.workshop_report(spanish.id, day(), Default::default()).unwrap();
    let paper = serde_json::to_string(&report).unwrap();
    let care = &agenda_template(Locale::Es).sessions[4].facilitation.care;
    assert!(!paper.contains(care.as_str()), "handouts carry no facilitation notes");
}

#[test]
fn one_session_runs_at_a_time_and_progress_counts_real_minutes() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let workshop = session.new_workshop(Locale::En, day(), Utc::now()).unwrap();
    let plan = session.workshop_plan(workshop.id).unwrap();
    // Before anything runs, the agenda's whole length is known (a two-day workshop, not "0 min").
    assert_eq!(plan.progress.planned_minutes, plan.items.iter().map(|i| i.minutes).sum::<u32>());
    assert!(plan.progress.planned_minutes > 8 * 60, "two days of sessions: {}", plan.progress.planned_minutes);
    let items = plan.items;
    let t0 = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
    session.start_item(items[0].id, t0).unwrap();
    session.start_item(items[1].id, t0 + Duration::minutes(35)).unwrap();
    let plan = session.workshop_plan(workshop.id).unwrap();
    assert_eq!(plan.items[0].status, ItemStatus::Done, "starting the next ends the first");
    assert_eq!(plan.items[1].status, ItemStatus::Running);
    assert_eq!(plan.items.iter().filter(|i| i.status == ItemStatus::Running).count(), 1);
    session.finish_item(items[1].id, t0 + Duration::minutes(80)).unwrap();
    let session = reopen(dir.path(), session);
    let progress = session.workshop_plan(workshop.id).unwrap().progress;
    assert_eq!((progress.done, progress.planned_minutes_done, progress.actual_minutes_done), (2, 30 + 45, 35 + 45));

    // Editing a session's words never moves its timer.
    let mut session = session;
    let mut edited = session.workshop_plan(workshop.id).unwrap().items[1].clone();
    edited.title = "Context, with the youth group".into();
    edited.status = ItemStatus::Planned;
    edited.started_at = None;
    session.save_workshop_record(WorkshopRecord::Item(edited), Utc::now()).unwrap();
    let kept = &session.workshop_plan(workshop.id).unwrap().items[1];
    assert_eq!((kept.status, kept.started_at.is_some()), (ItemStatus::Done, true));
}

#[test]
fn a_note_sorted_into_a_risk_is_one_undo_and_restricted_notes_stay_out_of_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let workshop = session.new_workshop(Locale::En, day(), Utc::now()).unwrap();
    let items = session.workshop_plan(workshop.id).unwrap().items;
    session.start_item(items[7].id, Utc::now()).unwrap();
    let risk_note = note(&mut session, workshop.id, "Women's group", "Eviction of the camp at night\nthey came twice", Sensitivity::Community);
    assert_eq!(risk_note.item, Some(items[7].id), "a note belongs to the running session");
    let secret = note(&mut session, workshop.id, "Elders", "SECRET where the documents are hidden", Sensitivity::Restricted);

    let sorted = session.sort_note(risk_note.id, NoteTarget::Risk, None, day(), Utc::now()).unwrap();
    assert_eq!(sorted.sorted_as, Some(NoteTarget::Risk));
    let analysis = session.risk_analysis(day()).unwrap();
    assert_eq!(analysis.risks.len(), 1);
    assert_eq!(analysis.risks[0].title, "Eviction of the camp at night", "the first line becomes the title");
    assert_eq!(sorted.became, Some(analysis.risks[0].id.0));
    session.undo(Utc::now()).unwrap();
    assert!(session.risk_analysis(day()).unwrap().risks.is_empty(), "one undo removes the risk…");
    let back = session.workshop_plan(workshop.id).unwrap().notes.into_iter().find(|n| n.id == risk_note.id).unwrap();
    assert_eq!(back.sorted_as, None, "…and unsorts the note");

    let report = session.workshop_report(workshop.id, day(), Default::default()).unwrap();
    let all: Vec<String> = report.items.iter().flat_map(|i| i.notes.clone()).collect();
    assert!(all.iter().any(|n| n.starts_with("Women's group: Eviction")), "{all:?}");
    assert!(all.iter().all(|n| !n.contains("SECRET")), "restricted notes never reach a handout");
    assert_eq!(report.omitted, 1);
    let _ = secret;
}

#[test]
fn a_note_becomes_a_proposal_on_a_protocol_section() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.start_protocol(Locale::En, Utc::now()).unwrap();
    let care = session.protocol(Locale::En).unwrap().document.sections.into_iter().find(|s| s.key == "care").unwrap();
    let workshop = session.new_workshop(Locale::En, day(), Utc::now()).unwrap();
    let n = note(&mut session, workshop.id, "Youth group", "A day of rest after each night shift", Sensitivity::Community);
    // What the app sends: the record tagged with its kind, which must not clash with a field.
    let json = serde_json::to_value(WorkshopRecord::Note(n.clone())).unwrap();
    assert_eq!(serde_json::from_value::<WorkshopRecord>(json).unwrap(), WorkshopRecord::Note(n.clone()));
    assert!(matches!(session.sort_note(n.id, NoteTarget::ProtocolProposal, None, day(), Utc::now()), Err(EditError::RecordNotFound)), "needs a section");
    session.sort_note(n.id, NoteTarget::ProtocolProposal, Some(care.id), day(), Utc::now()).unwrap();
    let comments = session.protocol(Locale::En).unwrap().comments;
    assert_eq!(comments.len(), 1);
    assert_eq!((comments[0].section, comments[0].author.as_str()), (Some(care.id), "Youth group"));
    let RiskRecord::Measure(_) = session.draft_risk_record(RiskKind::Measure, day()).unwrap() else { unreachable!() };
}

#[test]
fn a_session_moves_within_its_day() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let workshop = session.new_workshop(Locale::En, day(), Utc::now()).unwrap();
    let items = session.workshop_plan(workshop.id).unwrap().items;
    session.move_item(items[2].id, true, Utc::now()).unwrap();
    let keys = |s: &Session| s.workshop_plan(workshop.id).unwrap().items.iter().map(|i| i.key.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&session)[1], items[2].key);
    let last_of_day_one = items.iter().rposition(|i| i.day == 1).unwrap();
    session.move_item(items[last_of_day_one].id, false, Utc::now()).unwrap();
    assert_eq!(keys(&session)[last_of_day_one], items[last_of_day_one].key, "the last of a day stays on its day");
    session.undo(Utc::now()).unwrap();
    assert_eq!(keys(&session), items.iter().map(|i| i.key.clone()).collect::<Vec<_>>());
}

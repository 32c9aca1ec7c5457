//! `tejido-core` services against a real temporary vault, with no app around them.

mod alert_chain;
mod bindings;
mod demo;
mod desk_oversight;
mod escalation;
mod escalation_consent;
mod forget;
mod institution_letters;
mod network;
mod principles;
mod prints;
mod protocol;
mod risk;
mod rollback;
mod sync;
mod training_pair;
mod workshop;

use chrono::{Duration, TimeZone, Utc};
use tejido_core::{Action, DeviceId, EditError, NewPerson, Sensitivity, Session};
use tejido_vault::{KdfPolicy, SecretString, Unlock, VaultOptions};

fn options() -> VaultOptions {
    VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() }
}

fn pass() -> SecretString {
    SecretString::from("a long enough passphrase".to_owned())
}

fn person(pseudonym: &str) -> NewPerson {
    NewPerson { pseudonym: pseudonym.into(), ..NewPerson::default() }
}

fn new_session(dir: &std::path::Path) -> Session {
    Session::create(dir, &pass(), "Cooperativa Río Claro", &options(), DeviceId::new(), Utc::now()).unwrap().0
}

fn reopen(dir: &std::path::Path, session: Session) -> Session {
    drop(session);
    Session::open(dir, Unlock::Passphrase(&pass()), &options(), DeviceId::new()).unwrap()
}

#[test]
fn an_added_person_survives_reopening_with_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let added = session
        .add_person(
            NewPerson {
                pseudonym: "  Ceiba ".into(),
                real_name: Some("María Xol".into()),
                role: "water committee".into(),
                tags: vec!["women-defender".into(), "elder".into()],
                household: "Xol".into(),
                sector: "Loma Alta".into(),
                notes: "Keeps the keys of the community hall.".into(),
                sensitivity: Sensitivity::Restricted,
            },
            Utc::now(),
        )
        .unwrap();
    assert_eq!(added.pseudonym, "Ceiba", "surrounding spaces are trimmed");
    let session = reopen(dir.path(), session);
    assert_eq!(session.people().unwrap(), vec![added], "everything saved, nothing more");
    assert_eq!(session.collective().unwrap().unwrap().name, "Cooperativa Río Claro", "the collective is named");
}

#[test]
fn pseudonyms_are_required_and_unique_ignoring_case() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.add_person(person("Garza"), Utc::now()).unwrap();
    assert!(matches!(session.add_person(person("  "), Utc::now()), Err(EditError::EmptyPseudonym)), "blank refused");
    assert!(
        matches!(session.add_person(person("garza"), Utc::now()), Err(EditError::PseudonymTaken { .. })),
        "a second Garza would be confused on the projector"
    );
    let id = session.find_person("GARZA").unwrap().id;
    session.remove_person(id, Utc::now()).unwrap();
    assert!(session.add_person(person("Garza"), Utc::now()).is_ok(), "free again once removed");
}

#[test]
fn undo_reverts_add_change_and_remove_in_reverse_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let t0 = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
    let ceiba = session.add_person(person("Ceiba"), t0).unwrap();
    session
        .update_person(ceiba.id, NewPerson { role: "midwife".into(), ..person("Ceiba") }, t0 + Duration::minutes(1))
        .unwrap();
    session.remove_person(ceiba.id, t0 + Duration::minutes(2)).unwrap();
    assert!(session.people().unwrap().is_empty(), "removed");

    let mut session = reopen(dir.path(), session);
    let undone = session.undo(t0 + Duration::minutes(3)).unwrap();
    assert_eq!(undone.action, Action::Undo, "an undo is itself a change");
    assert_eq!(session.people().unwrap()[0].role, "midwife", "the removal is undone first");
    session.undo(t0 + Duration::minutes(4)).unwrap();
    assert_eq!(session.people().unwrap()[0].role, "", "then the change of role");
    session.undo(t0 + Duration::minutes(5)).unwrap();
    assert!(session.people().unwrap().is_empty(), "then the addition");
    assert!(matches!(session.undo(t0 + Duration::minutes(6)), Err(EditError::NothingToUndo)), "nothing left");

    let history = session.history(10).unwrap();
    let actions: Vec<Action> = history.iter().map(|c| c.action).collect();
    assert_eq!(
        actions,
        [Action::Undo, Action::Undo, Action::Undo, Action::Delete, Action::Update, Action::Create],
        "history keeps every edit and every undo, newest first"
    );
    assert_eq!(history[3].before.as_ref().unwrap()["role"], "midwife", "the log holds the row before");
}

#[test]
fn undone_rows_carry_the_time_of_the_undo_for_sync() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let t0 = Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap();
    let ceiba = session.add_person(person("Ceiba"), t0).unwrap();
    session.update_person(ceiba.id, person("Ceiba Grande"), t0 + Duration::hours(1)).unwrap();
    session.undo(t0 + Duration::hours(2)).unwrap();
    let restored = session.person(ceiba.id).unwrap();
    assert_eq!(restored.pseudonym, "Ceiba", "old value back");
    assert_eq!(restored.updated_at, t0 + Duration::hours(2), "but stamped as a new write, newer than the edit");
}

#[test]
fn the_demo_community_loads_in_one_save_with_about_forty_people() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let before = session.vault().generation();
    let count = session.load_demo(Utc::now()).unwrap();
    assert!(count >= 35, "about forty people ({count})");
    assert_eq!(session.people().unwrap().len(), count, "all listed");
    assert!(session.vault().generation() - before <= 5, "rename, people, risk analysis, network, protocol: not one save per record");
    assert!(
        session.people().unwrap().iter().any(|p| p.sensitivity == Sensitivity::Restricted),
        "some people are marked restricted, so projector views have something to hide"
    );
}

#[test]
fn redo_reapplies_undone_edits_in_order_until_something_new_is_edited() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.add_person(person("Ana"), Utc::now()).unwrap();
    let beto = session.add_person(person("Beto"), Utc::now()).unwrap();
    session.update_person(beto.id, NewPerson { role: "water committee".into(), ..person("Beto") }, Utc::now()).unwrap();
    let names = |s: &Session| s.people().unwrap().into_iter().map(|p| format!("{}:{}", p.pseudonym, p.role)).collect::<Vec<_>>();
    session.undo(Utc::now()).unwrap();
    session.undo(Utc::now()).unwrap();
    assert_eq!(names(&session), ["Ana:"]);
    session.redo(Utc::now()).unwrap();
    assert_eq!(names(&session), ["Ana:", "Beto:"], "the last undo is redone first");
    session.redo(Utc::now()).unwrap();
    assert_eq!(names(&session), ["Ana:", "Beto:water committee"]);
    assert!(matches!(session.redo(Utc::now()), Err(EditError::NothingToRedo)));
    session.undo(Utc::now()).unwrap();
    assert_eq!(names(&session), ["Ana:", "Beto:"], "a redo is undone like any edit");
    session.redo(Utc::now()).unwrap();
    assert_eq!(names(&session), ["Ana:", "Beto:water committee"]);
    session.undo(Utc::now()).unwrap();
    session.add_person(person("Caro"), Utc::now()).unwrap();
    assert!(matches!(session.redo(Utc::now()), Err(EditError::NothingToRedo)), "a new edit empties the redo stack");
    let session = reopen(dir.path(), session);
    assert_eq!(names(&session), ["Ana:", "Beto:", "Caro:"]);
}

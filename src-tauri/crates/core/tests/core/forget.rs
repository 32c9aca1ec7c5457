//! Forgetting a removed person: nothing of them is left in the vault, in memory or on disk.

use chrono::Utc;
use tejido_core::{EditError, NewPerson};

use super::{new_session, reopen};

/// Whether the database, serialised as it is sealed into a generation (free pages included),
/// holds `text` anywhere.
fn image_holds(session: &tejido_core::Session, text: &str) -> bool {
    let image = session.vault().db().serialize(rusqlite::MAIN_DB).unwrap();
    image.windows(text.len()).any(|w| w == text.as_bytes())
}

#[test]
fn a_forgotten_person_leaves_no_trace_in_the_history_the_image_or_older_saves() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let rosa = session
        .add_person(NewPerson { pseudonym: "Garza".into(), real_name: Some("Rosa Elvira Xol".into()), ..NewPerson::default() }, Utc::now())
        .unwrap();
    session.update_person(rosa.id, NewPerson { pseudonym: "Garza".into(), real_name: Some("Rosa E. Xol".into()), ..NewPerson::default() }, Utc::now()).unwrap();
    let ceiba = session.add_person(NewPerson { pseudonym: "Ceiba".into(), real_name: Some("Ana Pop".into()), ..NewPerson::default() }, Utc::now()).unwrap();
    assert!(matches!(session.forget_person(rosa.id), Err(EditError::NotRemoved)), "a member is removed first, undoably");

    session.remove_person(rosa.id, Utc::now()).unwrap();
    // What removing alone leaves: the name in the row kept for undo and in the history.
    assert!(image_holds(&session, "Rosa Elvira Xol") && image_holds(&session, "Rosa E. Xol"));
    assert_eq!(session.removed_people().unwrap().iter().map(|p| p.pseudonym.as_str()).collect::<Vec<_>>(), ["Garza"]);

    session.forget_person(rosa.id).unwrap();
    for trace in ["Rosa Elvira Xol", "Rosa E. Xol", "Garza"] {
        assert!(!image_holds(&session, trace), "{trace} is gone, free pages included");
    }
    assert!(session.removed_people().unwrap().is_empty());
    let images: Vec<_> = std::fs::read_dir(dir.path().join("images")).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(images.len(), 2, "one generation is left (its image and MAC): {images:?}");
    assert!(session.undo(Utc::now()).is_ok(), "undo goes on with the other edits");
    assert!(session.people().unwrap().iter().all(|p| p.pseudonym != "Garza"), "and never brings her back");

    let session = reopen(dir.path(), session);
    assert!(!image_holds(&session, "Rosa Elvira Xol"));
    assert!(session.open_report().skipped.is_empty());
    assert!(session.people().unwrap().iter().all(|p| p.id != ceiba.id), "Ceiba's addition was the edit undone");
}

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

/// Every file in `dir` and below.
fn files_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() { out.extend(files_in(&path)) } else { out.push(path) }
    }
    out
}

#[test]
fn forgetting_a_person_also_forgets_the_files_of_their_incidents_only_the_history_kept() {
    use tejido_core::risk::{RiskKind, RiskRecord};
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let now = Utc::now();
    let rosa = session.add_person(NewPerson { pseudonym: "Garza".into(), real_name: Some("Rosa Elvira Xol".into()), ..NewPerson::default() }, now).unwrap();
    let ana = session.add_person(NewPerson { pseudonym: "Ceiba".into(), ..NewPerson::default() }, now).unwrap();
    let RiskRecord::Incident(mut incident) = session.draft_risk_record(RiskKind::Incident, now.date_naive()).unwrap() else { panic!() };
    incident.title = "Threats at the mill".into();
    incident.affected_people = vec![rosa.id, ana.id];
    let RiskRecord::Incident(incident) = session.save_risk_record(RiskRecord::Incident(incident), now).unwrap() else { panic!() };
    let photo = b"\xff\xd8\xff ROSA-FACE-PIXELS".repeat(40);
    let older = b"\xff\xd8\xff ROSA-OLDER-PHOTO".repeat(40);
    session.attach_to_incident(incident.id, "rosa-face.jpg", &photo, now).unwrap();
    session.attach_to_incident(incident.id, "rosa-older.jpg", &older, now).unwrap();
    let with = session.attach_to_incident(incident.id, "statement.txt", b"the guards came at night", now).unwrap();
    // Both photos detached: no record holds them, the history does (undo would bring them back).
    session.detach_from_incident(incident.id, with.attachments[0].id, now).unwrap();
    session.detach_from_incident(incident.id, with.attachments[1].id, now).unwrap();
    // An unrelated map of the territory: an attachment no person's incident holds.
    let blobs_before = session.vault().blob_ids().len();
    assert_eq!(blobs_before, 3, "detaching leaves the sealed files");

    session.remove_person(rosa.id, now).unwrap();
    session.forget_person(rosa.id).unwrap();
    let left = session.vault().blob_ids();
    assert_eq!(left, [with.attachments[2].id], "both photos' sealed files are gone, the statement stays");
    let (_, statement) = session.read_attachment(incident.id, with.attachments[2].id).unwrap();
    assert_eq!(&statement[..], b"the guards came at night");
    for trace in ["rosa-face.jpg", "rosa-older.jpg", "Rosa Elvira Xol"] {
        assert!(!image_holds(&session, trace), "{trace} is gone from the history too");
    }
    // Every file of the vault folder, the sealed ones opened with the vault's key: none
    // holds her photos' bytes or her name.
    let session = reopen(dir.path(), session);
    for id in session.vault().blob_ids() {
        let bytes = session.vault().open_blob(id).unwrap();
        assert!(!bytes.windows(16).any(|w| w == b"ROSA-FACE-PIXELS" || w == b"ROSA-OLDER-PHOTO"));
    }
    for file in files_in(dir.path()) {
        let bytes = std::fs::read(&file).unwrap();
        for trace in [&b"ROSA-FACE-PIXELS"[..], b"Rosa Elvira Xol", b"rosa-face"] {
            assert!(!bytes.windows(trace.len()).any(|w| w == trace), "{file:?} holds it in the clear");
        }
    }
    let images: Vec<_> = std::fs::read_dir(dir.path().join("images")).unwrap().collect();
    assert_eq!(images.len(), 2, "the one generation left is the database checked above");
    assert!(!image_holds(&session, "rosa-face.jpg") && !image_holds(&session, "Rosa Elvira Xol"));

    // Undo cannot reattach them: the history no longer knows them.
    let mut session = session;
    session.undo(Utc::now()).unwrap();
    session.undo(Utc::now()).unwrap();
    for photo in &with.attachments[..2] {
        assert!(session.read_attachment(incident.id, photo.id).is_err(), "undoing the detaching brings no photo back");
    }
    assert!(session.read_attachment(incident.id, with.attachments[2].id).is_ok());
}

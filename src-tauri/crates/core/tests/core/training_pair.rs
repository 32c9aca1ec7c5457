//! A rehearsal of a case on one laptop (issue 23): the demo community and a training desk, from
//! the incident to the outcome reported back, with every package sealed by one vault and
//! opened by the other through the checks a file meets; nothing is left once locked.

use chrono::Utc;
use tejido_core::escalation::{ActionKind, ActionStatus, Addressee, CaseOutcome, Consent, Imported, OutcomeKind, PackageError, Request, Signatory, Urgency};
use tejido_core::{App, AppError, TrainingRefusal, TrainingSide};
use tejido_vault::KdfPolicy;

fn training_folders(root: &std::path::Path) -> usize {
    std::fs::read_dir(root.join("data").join("training")).map(|d| d.count()).unwrap_or(0)
}

#[test]
fn a_working_group_rehearses_a_case_from_incident_to_outcome_and_nothing_is_left() {
    let root = tempfile::tempdir().unwrap();
    let mut app = App::new(&root.path().join("config"), &root.path().join("data"), KdfPolicy::insecure_for_tests(2));
    let today = Utc::now().date_naive();

    // The community: an incident of the demo, two people in the case, one who consents.
    let home = app.open_training_pair(Utc::now()).unwrap();
    assert_eq!(training_folders(root.path()), 2, "two training vaults");
    assert!(app.info().recent_vaults.is_empty(), "neither is a recent vault");
    let (named, unnamed) = (home.people[0].clone(), home.people[1].clone());
    let screen = app.escalation_screen(Utc::now()).unwrap();
    let incident = screen.incidents[0].clone();
    let mut case = app.draft_case().unwrap();
    case.title = "Detention at the road block".into();
    case.summary = "DESK-ONLY account of the night".into();
    case.public_summary = "A community member was detained.".into();
    case.urgency = Urgency::Immediate;
    case.requests = vec![Request::Letter];
    case.people = vec![named.id, unnamed.id];
    case.incidents = vec![incident.id];
    case.safe_contact = "ask for the radio".into();
    case.consents = vec![Consent { person: named.id, share_with_desk: true, name_to_authorities: true, name_in_public: false, photos: false, recorded_on: today }];
    let screen = app.save_case(case, Utc::now()).unwrap();
    let case_id = screen.cases[0].id;

    // Handed over in memory, sealed as for a file: the case remembers it left.
    let screen = app.send_case_to_training_desk(case_id, Utc::now()).unwrap();
    assert_eq!(screen.cases[0].sent.len(), 1);
    let waiting = app.info().training_pair.unwrap();
    assert_eq!((waiting.side, waiting.waiting_here, waiting.waiting_there), (TrainingSide::Community, 0, 1));
    assert!(matches!(app.send_status_to_training_community(Default::default(), "", Utc::now()), Err(AppError::Training(TrainingRefusal::WrongSide))));

    // The desk (the demo desk, with its own cases): the community is unknown to it, so its
    // fingerprint is asked for, as for a file.
    app.switch_training_side(TrainingSide::Desk, Utc::now()).unwrap();
    assert_eq!(app.info().training_pair.unwrap().waiting_here, 1);
    let fingerprint = match app.open_training_package(None, Utc::now()) {
        Err(AppError::Package(PackageError::UnknownSender { fingerprint })) => fingerprint,
        other => panic!("an unknown sender is asked about first: {other:?}"),
    };
    assert_eq!(app.info().training_pair.unwrap().waiting_here, 1, "the package waits until accepted");
    let opened = app.open_training_package(Some(&fingerprint), Utc::now()).unwrap();
    let Imported::Case { case: received, new: true } = opened.imported else { panic!("a new case") };
    assert_eq!(app.info().training_pair.unwrap().waiting_here, 0);
    // Consent and redaction were applied on the way: only the consenting person travelled.
    let json = serde_json::to_string(&received.content).unwrap();
    assert!(json.contains(&named.pseudonym) && !json.contains(&unnamed.pseudonym), "{json}");
    assert_eq!(received.content.incidents.len(), 1);

    // Triage, a letter sent over a consenting signatory, an outcome.
    let mut triaged = (*received).clone();
    triaged.working_group = "Land and territory".into();
    let mut letter = app.draft_action(triaged.id, ActionKind::Letter, Addressee::Government, "en", Utc::now()).unwrap();
    letter.status = ActionStatus::Sent;
    letter.sent_on = Some(today);
    letter.signatories = vec![Signatory { organisation: "Red de Mujeres".into(), consented: true, consented_on: Some(today) }];
    triaged.actions = vec![letter];
    triaged.outcomes = vec![CaseOutcome { id: Default::default(), on: today, kind: OutcomeKind::Release, note: "Released the next day".into() }];
    let screen = app.save_received(triaged.clone(), Utc::now()).unwrap();
    let kept = screen.received.iter().find(|r| r.case.id == triaged.id).unwrap();
    assert_eq!((kept.case.working_group.as_str(), kept.case.actions.len(), kept.case.outcomes.len()), ("Land and territory", 1, 1));
    assert!(app.impact_report(Utc::now()).unwrap().outcomes.iter().any(|o| o.kind == OutcomeKind::Release));

    // The desk reports back as it would in a file: the community keeps the outcome on its case.
    assert!(matches!(app.send_case_to_training_desk(case_id, Utc::now()), Err(AppError::Training(TrainingRefusal::WrongSide))));
    app.send_status_to_training_community(triaged.id, "Letter sent; released.", Utc::now()).unwrap();
    app.switch_training_side(TrainingSide::Community, Utc::now()).unwrap();
    let opened = app.open_training_package(None, Utc::now()).unwrap();
    let Imported::Status { case: back, new: true } = opened.imported else { panic!("a status report") };
    assert_eq!(back.updates[0].status.message, "Letter sent; released.");
    assert_eq!(back.updates[0].status.outcomes[0].kind, OutcomeKind::Release);
    assert!(!serde_json::to_string(&back.updates[0].status).unwrap().contains("Red de Mujeres"), "signatories stay at the desk");
    assert!(matches!(app.open_training_package(None, Utc::now()), Err(AppError::Training(TrainingRefusal::NothingWaiting))));

    // Locking throws both vaults away.
    app.lock();
    assert_eq!(training_folders(root.path()), 0);
    assert_eq!(app.info().training_pair, None);
    assert!(app.info().recent_vaults.is_empty());
}

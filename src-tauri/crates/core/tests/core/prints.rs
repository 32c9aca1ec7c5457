//! Every print follows the projector's naming rule. Issue 27: the participants' handout
//! printed "Rosa Elvira Xol" in a session's notes while the projector, a minute earlier, had
//! shown the same note with her pseudonym. A handout leaves the room in a pocket; it is the
//! least protected copy of all. Now the workshop report, a session's handout, the protocol,
//! the pocket cards and the risk register carry pseudonyms unless real names are asked for.

use chrono::{NaiveDate, Utc};
use tejido_core::app::mask_real_names;
use tejido_core::protocol::ProtocolRecord;
use tejido_core::risk::RiskRecord;
use tejido_core::workshop::{WorkshopKind, WorkshopRecord};
use tejido_core::{Person, PrintNames, Sensitivity, Session};
use tejido_i18n::Locale;

use super::new_session;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// The demo community with a real name written into every free text a print can carry:
/// what a facilitator types when a session's notes say who was there.
fn demo_naming_someone_everywhere(session: &mut Session) -> (Person, tejido_core::WorkshopId) {
    session.load_demo(Utc::now()).unwrap();
    let people = session.people().unwrap();
    let named = people.iter().find(|p| p.real_name.as_deref().is_some_and(|r| r.contains(' '))).expect("the demo has real names").clone();
    let real = named.real_name.clone().unwrap();
    let say = |text: &mut String| text.push_str(&format!(" {real}"));
    let now = Utc::now();

    let analysis = session.risk_analysis(day()).unwrap();
    let mut records = Vec::new();
    for mut r in analysis.risks {
        say(&mut r.title);
        say(&mut r.threatened);
        say(&mut r.description);
        r.vulnerabilities.push(real.clone());
        r.capacities.push(real.clone());
        records.push(RiskRecord::Risk(r));
    }
    for mut m in analysis.measures {
        say(&mut m.title);
        say(&mut m.description);
        say(&mut m.resources);
        records.push(RiskRecord::Measure(m));
    }
    for mut i in analysis.indicators {
        say(&mut i.signal);
        records.push(RiskRecord::Indicator(i));
    }
    for mut t in analysis.threat_assessments {
        say(&mut t.title);
        say(&mut t.conclusion);
        records.push(RiskRecord::ThreatAssessment(t));
    }
    for record in records {
        session.save_risk_record(record, now).unwrap();
    }

    let protocol = session.protocol(Locale::En).unwrap();
    let mut records = Vec::new();
    for mut s in protocol.document.sections {
        say(&mut s.title);
        s.body = format!("1. Call {real}\n{}", s.body);
        records.push(ProtocolRecord::Section(s));
    }
    for p in protocol.document.principles {
        let mut p = p.principle;
        say(&mut p.title);
        say(&mut p.text);
        records.push(ProtocolRecord::Principle(p));
    }
    for mut l in protocol.document.levels {
        say(&mut l.name);
        say(&mut l.triggers);
        l.actions = format!("- Call {real}\n{}", l.actions);
        records.push(ProtocolRecord::Level(l));
    }
    for mut d in protocol.decisions.into_iter().filter(|d| d.snapshot.is_none()) {
        say(&mut d.title);
        say(&mut d.dissent);
        say(&mut d.notes);
        records.push(ProtocolRecord::Decision(d));
    }
    for record in records {
        session.save_protocol_record(record, now).unwrap();
    }

    let mut workshop = session.new_workshop(Locale::En, day(), now).unwrap();
    say(&mut workshop.title);
    say(&mut workshop.place);
    say(&mut workshop.notes);
    session.save_workshop_record(WorkshopRecord::Workshop(workshop.clone()), now).unwrap();
    let mut item = session.workshop_plan(workshop.id).unwrap().items[3].clone();
    say(&mut item.title);
    say(&mut item.goal);
    say(&mut item.outcomes);
    say(&mut item.materials);
    session.save_workshop_record(WorkshopRecord::Item(item.clone()), now).unwrap();
    session.start_item(item.id, now).unwrap();
    let WorkshopRecord::Note(mut note) = session.draft_workshop_record(WorkshopKind::Note, workshop.id, day()).unwrap() else { unreachable!() };
    (note.group_name, note.text) = ("Youth".into(), format!("{real} saw the trucks"));
    note.sensitivity = Sensitivity::Community;
    session.save_workshop_record(WorkshopRecord::Note(note), now).unwrap();
    (named, workshop.id)
}

/// Each print, serialised as it crosses to the window that prints it.
fn prints(session: &Session, workshop: tejido_core::WorkshopId, names: PrintNames) -> Vec<(&'static str, String)> {
    let json = |value: serde_json::Result<String>| value.unwrap();
    vec![
        ("workshop report", json(serde_json::to_string(&session.workshop_report(workshop, day(), names).unwrap()))),
        ("protocol", json(serde_json::to_string(&session.protocol_print(None, Locale::En, names).unwrap()))),
        ("pocket cards", json(serde_json::to_string(&session.pocket_cards(names).unwrap()))),
        ("risk register", json(serde_json::to_string(&session.risk_register(day(), Locale::En, names).unwrap()))),
    ]
}

#[test]
fn every_print_carries_pseudonyms_like_the_projector_unless_real_names_are_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let (named, workshop) = demo_naming_someone_everywhere(&mut session);
    let real = named.real_name.clone().unwrap();
    let people = session.people().unwrap();
    for (print, text) in prints(&session, workshop, PrintNames::default()) {
        assert_eq!(mask_real_names(&text, &people), text, "the {print} carries no real name, whole or in part");
        assert!(text.contains(&named.pseudonym), "the {print} names {} by pseudonym where the text named her", named.pseudonym);
    }
    for (print, text) in prints(&session, workshop, PrintNames::RealNames) {
        assert!(text.contains(&real), "the {print} keeps real names when the person chose them");
    }
}

#[test]
fn a_session_handout_masks_its_notes_as_the_projector_shows_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let (named, workshop) = demo_naming_someone_everywhere(&mut session);
    let report = session.workshop_report(workshop, day(), PrintNames::default()).unwrap();
    let notes: Vec<&String> = report.items.iter().flat_map(|i| &i.notes).collect();
    assert_eq!(notes, [&format!("Youth: {} saw the trucks", named.pseudonym)], "as the projector shows the note");
}

/// Issue 27: an overdue review was printed as a plain past date ("Next review: 2026-03-01").
#[test]
fn a_review_date_that_has_passed_is_printed_as_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.load_demo(Utc::now()).unwrap();
    let today = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
    let later = NaiveDate::from_ymd_opt(2040, 1, 1).unwrap();
    let now = session.risk_register(today, Locale::En, PrintNames::default()).unwrap();
    assert!(now.review_on.is_some_and(|on| on > today) && !now.review_overdue, "in 2000 the review is ahead");
    let then = session.risk_register(later, Locale::En, PrintNames::default()).unwrap();
    assert!(then.review_overdue, "in 2040 it has long passed");
    let workshop = session.new_workshop(Locale::En, later, Utc::now()).unwrap();
    assert!(session.workshop_report(workshop.id, later, PrintNames::default()).unwrap().review_overdue);
}

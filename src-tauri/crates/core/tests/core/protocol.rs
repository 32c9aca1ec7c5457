//! The community protocol: template, decisions, frozen versions, differences, warnings,
//! print and pocket cards, in a real vault.

use chrono::{NaiveDate, Utc};
use tejido_core::protocol::{
    Decision, Method, Outcome, Part, PartChange, Participation, PrincipleStatus, ProtocolKind, ProtocolRecord, Section,
    SpanKind, SubjectKind, WarningKind,
};
use tejido_core::risk::{AlertLevel, RiskKind, RiskRecord};
use tejido_core::{EditError, Sensitivity, Session};
use tejido_i18n::Locale;

use super::{new_session, person, reopen};

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

fn decision(session: &Session, subject_kind: SubjectKind, subject: Option<uuid::Uuid>, outcome: Outcome) -> Decision {
    let ProtocolRecord::Decision(mut d) = session.draft_protocol_record(ProtocolKind::Decision, day(1)).unwrap() else {
        unreachable!()
    };
    d.subject_kind = subject_kind;
    d.subject = subject;
    d.outcome = outcome;
    d.title = "Assembly of the first of December".into();
    d.participants = vec![
        Participation { group: "women".into(), count: 14 },
        Participation { group: "youth".into(), count: 6 },
        Participation { group: "elders".into(), count: 5 },
    ];
    d
}

fn section(session: &Session, key: &str) -> Section {
    session.protocol(Locale::En).unwrap().document.sections.into_iter().find(|s| s.key == key).unwrap()
}

fn started(dir: &std::path::Path) -> Session {
    let mut session = new_session(dir);
    session.start_protocol(Locale::En, Utc::now()).unwrap();
    session
}

#[test]
fn the_template_fills_an_empty_protocol_once_with_levels_linked_to_indicators() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let RiskRecord::Risk(mut risk) = session.draft_risk_record(RiskKind::Risk, day(1)).unwrap() else { unreachable!() };
    risk.title = "Eviction of the camp".into();
    session.save_risk_record(RiskRecord::Risk(risk.clone()), Utc::now()).unwrap();
    let RiskRecord::Indicator(mut indicator) = session.draft_risk_record(RiskKind::Indicator, day(1)).unwrap() else { unreachable!() };
    indicator.risk = risk.id;
    indicator.signal = "Police trucks gather at the crossroads".into();
    indicator.alert_level = AlertLevel::Orange;
    session.save_risk_record(RiskRecord::Indicator(indicator.clone()), Utc::now()).unwrap();

    let protocol = session.start_protocol(Locale::Es, Utc::now()).unwrap();
    assert_eq!(protocol.document.sections.len(), 17, "every template section");
    assert_eq!(protocol.document.sections[0].key, "purpose");
    assert!(protocol.document.principles.iter().all(|p| p.status == PrincipleStatus::Proposed), "offered, not decided");
    assert!(protocol.document.principles.iter().any(|p| p.principle.key == "no-single-leader"));
    let levels = &protocol.document.levels;
    assert_eq!(levels.len(), 4);
    let orange = levels.iter().find(|l| l.indicators.contains(&indicator.id)).expect("the indicator is linked");
    assert_eq!(orange.colour, AlertLevel::Orange, "an orange indicator is linked to the orange level: one set of four levels");
    assert!(orange.alert_chain, "orange starts the alert chain");
    assert_ne!(protocol.document.sections[0].title, tejido_core::protocol::template(Locale::En).sections[0].title, "in Spanish");
    assert!(matches!(session.start_protocol(Locale::En, Utc::now()), Err(EditError::ProtocolStarted)), "only once");
    let session = reopen(dir.path(), session);
    assert_eq!(session.protocol(Locale::En).unwrap().document.sections.len(), 17, "saved");
}

#[test]
fn a_principle_changes_status_only_through_decisions_and_undo_reverts_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = started(dir.path());
    let principle = session.protocol(Locale::En).unwrap().document.principles[2].principle.clone();
    let status = |s: &Session| {
        s.protocol(Locale::En).unwrap().document.principles.into_iter().find(|p| p.principle.id == principle.id).unwrap().status
    };
    let mut adopt = decision(&session, SubjectKind::Principle, Some(principle.id.0), Outcome::Agreed);
    adopt.decided_on = day(1);
    session.save_protocol_record(ProtocolRecord::Decision(adopt), Utc::now()).unwrap();
    assert_eq!(status(&session), PrincipleStatus::Adopted);

    let mut later = decision(&session, SubjectKind::Principle, Some(principle.id.0), Outcome::Postponed);
    later.decided_on = day(8);
    session.save_protocol_record(ProtocolRecord::Decision(later), Utc::now()).unwrap();
    assert_eq!(status(&session), PrincipleStatus::Adopted, "a postponement changes nothing");

    let mut reject = decision(&session, SubjectKind::Principle, Some(principle.id.0), Outcome::Rejected);
    reject.decided_on = day(15);
    reject.dissent = "Two elders want to keep it".into();
    session.save_protocol_record(ProtocolRecord::Decision(reject), Utc::now()).unwrap();
    assert_eq!(status(&session), PrincipleStatus::Rejected, "the latest decision counts");
    session.undo(Utc::now()).unwrap();
    assert_eq!(status(&session), PrincipleStatus::Adopted, "undo removes the decision and its effect");
}

#[test]
fn a_decision_record_keeps_who_took_part_by_group_and_only_votes_of_a_vote() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = started(dir.path());
    let mut d = decision(&session, SubjectKind::Other, Some(uuid::Uuid::now_v7()), Outcome::Agreed);
    d.participants.push(Participation { group: " Women ".into(), count: 1 });
    d.participants.push(Participation { group: "men".into(), count: 0 });
    d.votes_for = Some(12);
    let ProtocolRecord::Decision(saved) = session.save_protocol_record(ProtocolRecord::Decision(d.clone()), Utc::now()).unwrap() else {
        unreachable!()
    };
    assert_eq!(saved.participants[0], Participation { group: "women".into(), count: 15 }, "a group typed twice adds up");
    assert!(saved.participants.iter().all(|p| p.group != "men"), "nobody counted, no entry");
    assert_eq!(saved.votes_for, None, "a consensus has no votes");
    assert_eq!(saved.subject, None, "a decision about something else has no subject");
    let vote = Decision { method: Method::Vote, votes_for: Some(20), votes_against: Some(3), abstentions: Some(2), ..saved };
    session.save_protocol_record(ProtocolRecord::Decision(vote), Utc::now()).unwrap();
    let session = reopen(dir.path(), session);
    let stored = &session.protocol(Locale::En).unwrap().decisions[0];
    assert_eq!((stored.votes_for, stored.votes_against, stored.abstentions), (Some(20), Some(3), Some(2)));
    assert_eq!(stored.participants.len(), 3);
}

#[test]
fn freezing_keeps_the_agreed_text_and_later_edits_show_as_a_difference() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let agree = decision(&session, SubjectKind::Protocol, None, Outcome::Agreed);
    assert!(matches!(session.freeze_protocol(agree.clone(), Utc::now()), Err(EditError::NothingToFreeze)), "an empty protocol");
    session.start_protocol(Locale::En, Utc::now()).unwrap();
    let refused = Decision { outcome: Outcome::Rejected, ..agree.clone() };
    assert!(matches!(session.freeze_protocol(refused, Utc::now()), Err(EditError::VersionNotAgreed)));
    let v1 = session.freeze_protocol(agree.clone(), Utc::now()).unwrap();
    assert_eq!(v1.version, 1);
    let protocol = session.protocol(Locale::En).unwrap();
    assert!(!protocol.draft_changed, "the draft is the agreed text");
    assert!(matches!(session.freeze_protocol(agree.clone(), Utc::now()), Err(EditError::NothingToFreeze)), "nothing new");

    let mut spokespeople = section(&session, "spokespeople");
    let agreed_body = spokespeople.body.clone();
    spokespeople.body = format!("{agreed_body}\nThe spokespeople rotate every three months.");
    session.save_protocol_record(ProtocolRecord::Section(spokespeople.clone()), Utc::now()).unwrap();
    assert!(session.protocol(Locale::En).unwrap().draft_changed, "a new draft");

    let diff = session.protocol_diff(v1.decision, None).unwrap();
    assert_eq!(diff.parts.len(), 1, "only the edited section differs: {diff:?}");
    let part = &diff.parts[0];
    assert_eq!((part.part, part.change, part.id.clone()), (Part::Section, PartChange::Changed, spokespeople.id.to_string()));
    let added: String = part.spans.iter().filter(|s| s.kind == SpanKind::Added).map(|s| s.text.as_str()).collect();
    assert_eq!(added.trim(), "The spokespeople rotate every three months.");
    assert!(part.spans.iter().all(|s| s.kind != SpanKind::Removed));
    assert!(diff.unchanged > 20, "everything else is the same");

    let v2 = session.freeze_protocol(agree, Utc::now()).unwrap();
    assert_eq!(v2.version, 2);
    assert_eq!(session.protocol_diff(v1.decision, Some(v2.decision)).unwrap().parts.len(), 1, "v1 → v2 is the same change");

    // The agreed text of version 1 cannot be rewritten or removed.
    let mut session = reopen(dir.path(), session);
    let mut stored = session.protocol(Locale::En).unwrap().decisions.into_iter().find(|d| d.id == v1.decision).unwrap();
    let mut forged = stored.snapshot.clone().unwrap();
    forged.sections.clear();
    stored.snapshot = Some(forged);
    stored.notes = "Read aloud twice".into();
    session.save_protocol_record(ProtocolRecord::Decision(stored), Utc::now()).unwrap();
    let kept = session.protocol(Locale::En).unwrap().decisions.into_iter().find(|d| d.id == v1.decision).unwrap();
    assert_eq!(kept.notes, "Read aloud twice", "notes may be added");
    let v1_doc = kept.snapshot.unwrap();
    assert_eq!(v1_doc.sections.len(), 17, "the frozen text is kept");
    assert_eq!(v1_doc.sections.iter().find(|s| s.id == spokespeople.id).unwrap().body, agreed_body);
    assert!(matches!(
        session.remove_protocol_record(ProtocolKind::Decision, v1.decision.0, Utc::now()),
        Err(EditError::VersionFrozen)
    ));
    let versions = session.protocol(Locale::En).unwrap().versions;
    assert_eq!(versions.iter().map(|v| v.version).collect::<Vec<_>>(), [1, 2]);
}

#[test]
fn moving_a_section_rewrites_one_row_and_shows_as_moved() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = started(dir.path());
    let v1 = session.freeze_protocol(decision(&session, SubjectKind::Protocol, None, Outcome::Agreed), Utc::now()).unwrap();
    let care = section(&session, "care");
    let before = session.history(1000).unwrap().len();
    session.move_section(care.id, true, Utc::now()).unwrap();
    session.move_section(care.id, true, Utc::now()).unwrap();
    assert_eq!(session.history(1000).unwrap().len(), before + 2, "one change per move");
    let keys: Vec<String> = session.protocol(Locale::En).unwrap().document.sections.iter().map(|s| s.key.clone()).collect();
    let at = keys.iter().position(|k| k == "care").unwrap();
    assert_eq!(keys[at + 1], "emergency-raid", "two places up");
    let diff = session.protocol_diff(v1.decision, None).unwrap();
    assert_eq!(diff.parts.iter().map(|p| (p.change, p.id.clone())).collect::<Vec<_>>(), [(PartChange::Moved, care.id.to_string())]);
    let first = session.protocol(Locale::En).unwrap().document.sections[0].clone();
    session.move_section(first.id, true, Utc::now()).unwrap();
    assert_eq!(session.history(1000).unwrap().len(), before + 2, "the first cannot go higher: no edit");
    session.undo(Utc::now()).unwrap();
    session.undo(Utc::now()).unwrap();
    assert!(session.protocol_diff(v1.decision, None).unwrap().is_empty(), "undone");
}

#[test]
fn a_protocol_naming_one_spokesperson_is_flagged_and_two_are_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = started(dir.path());
    let ceiba = session.add_person(person("Ceiba"), Utc::now()).unwrap();
    session.add_person(person("Garza"), Utc::now()).unwrap();
    let mut spokespeople = section(&session, "spokespeople");
    spokespeople.body = "Only ceiba talks to the press and the mayor.".into();
    session.save_protocol_record(ProtocolRecord::Section(spokespeople.clone()), Utc::now()).unwrap();
    let warnings = session.protocol(Locale::En).unwrap().warnings;
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!((warnings[0].kind, warnings[0].person, warnings[0].section), (WarningKind::SingleSpokesperson, ceiba.id, spokespeople.id));
    spokespeople.body = "Ceiba and Garza take turns with the press.".into();
    session.save_protocol_record(ProtocolRecord::Section(spokespeople), Utc::now()).unwrap();
    assert!(session.protocol(Locale::En).unwrap().warnings.is_empty(), "two spokespeople rotate");
}

#[test]
fn naming_the_person_the_network_already_depends_on_is_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.load_demo(Utc::now()).unwrap();
    let network = session.network().unwrap();
    let hub = network
        .findings
        .iter()
        .find(|f| f.kind == tejido_core::network::FindingKind::ContactConcentration)
        .expect("the demo network concentrates contacts on someone")
        .people[0];
    let hub = session.person(hub).unwrap();
    let mut prevention = section(&session, "prevention");
    prevention.body = format!("{} keeps the list of lawyers.", hub.pseudonym);
    session.save_protocol_record(ProtocolRecord::Section(prevention.clone()), Utc::now()).unwrap();
    let warnings = session.protocol(Locale::En).unwrap().warnings;
    assert!(
        warnings.iter().any(|w| w.kind == WarningKind::ConcentratedContacts && w.person == hub.id && w.section == prevention.id),
        "{warnings:?}"
    );
}

#[test]
fn print_and_pocket_cards_leave_restricted_sections_out() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = started(dir.path());
    let principle = session.protocol(Locale::En).unwrap().document.principles[0].principle.clone();
    session
        .save_protocol_record(
            ProtocolRecord::Decision(decision(&session, SubjectKind::Principle, Some(principle.id.0), Outcome::AgreedWithChanges)),
            Utc::now(),
        )
        .unwrap();
    let v1 = session.freeze_protocol(decision(&session, SubjectKind::Protocol, None, Outcome::Agreed), Utc::now()).unwrap();
    let mut raid = section(&session, "emergency-raid");
    raid.sensitivity = Sensitivity::Restricted;
    session.save_protocol_record(ProtocolRecord::Section(raid.clone()), Utc::now()).unwrap();

    let draft = session.protocol_print(None, Locale::En, Default::default()).unwrap();
    assert_eq!((draft.version, draft.based_on, draft.omitted), (None, Some(1), 1), "a draft after version 1");
    assert!(draft.sections.iter().all(|s| s.id != raid.id), "restricted left out");
    assert_eq!(draft.principles.len(), 1, "only the adapted principle is agreed");
    assert_eq!(draft.principles[0].status, PrincipleStatus::Adapted);
    assert_eq!(draft.under_discussion.len(), 4);
    assert!(draft.decisions.iter().all(|d| d.snapshot.is_none()), "no frozen copies on paper");

    let printed_v1 = session.protocol_print(Some(v1.decision), Locale::En, Default::default()).unwrap();
    assert_eq!((printed_v1.version, printed_v1.omitted), (Some(1), 0), "version 1 had no restricted section");

    let cards = session.pocket_cards(Default::default()).unwrap();
    assert_eq!(cards.levels.len(), 4);
    assert!(cards.levels.iter().all(|l| !l.actions.is_empty() && l.actions.iter().all(|a| !a.starts_with('-'))));
    assert_eq!(cards.emergencies.len(), 4, "five emergencies, the raid restricted");
    assert!(cards.emergencies.iter().all(|e| !e.steps.is_empty() && e.steps.len() <= 6));
}

#[test]
fn comments_are_kept_per_section_and_undone_like_any_edit() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = started(dir.path());
    let care = section(&session, "care");
    let ProtocolRecord::Comment(mut comment) = session.draft_protocol_record(ProtocolKind::Comment, day(1)).unwrap() else {
        unreachable!()
    };
    comment.section = Some(care.id);
    comment.author = "Youth group".into();
    comment.kind = tejido_core::protocol::CommentKind::Proposal;
    comment.text = "A day of rest after each night shift at the camp.".into();
    session.save_protocol_record(ProtocolRecord::Comment(comment.clone()), Utc::now()).unwrap();
    let session = reopen(dir.path(), session);
    assert_eq!(session.protocol(Locale::En).unwrap().comments, vec![comment]);
    let mut session = session;
    session.undo(Utc::now()).unwrap();
    assert!(session.protocol(Locale::En).unwrap().comments.is_empty());
}

#[test]
fn the_demo_protocol_tells_its_story_version_one_then_a_draft_that_names_one_spokesperson() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.load_demo(Utc::now()).unwrap();
    let protocol = session.protocol(Locale::En).unwrap();
    assert_eq!(protocol.versions.len(), 1, "version 1 agreed");
    assert!(protocol.draft_changed, "a draft after it");
    let statuses: Vec<PrincipleStatus> = protocol.document.principles.iter().map(|p| p.status).collect();
    assert!(statuses.contains(&PrincipleStatus::Adapted) && statuses.contains(&PrincipleStatus::Adopted) && statuses.contains(&PrincipleStatus::Proposed));
    assert!(protocol.decisions.iter().any(|d| !d.dissent.is_empty()), "dissent is on record");
    assert!(protocol.warnings.iter().any(|w| w.kind == WarningKind::SingleSpokesperson), "{:?}", protocol.warnings);
    assert_eq!(protocol.comments.len(), 1, "the women's group's proposal");
    let diff = session.protocol_diff(protocol.versions[0].decision, None).unwrap();
    assert_eq!(diff.parts.len(), 1, "only the spokespeople section changed");
}

#[test]
fn starting_from_the_template_is_one_undo_and_one_redo() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = started(dir.path());
    let before: Vec<Section> = session.protocol(Locale::En).unwrap().document.sections;
    assert_eq!(before.len(), 17);
    session.undo(Utc::now()).unwrap();
    assert!(session.protocol(Locale::En).unwrap().document.is_empty(), "one undo takes the whole template back");
    assert!(!session.home(None, day(1)).unwrap().can_undo, "nothing else to undo");
    session.redo(Utc::now()).unwrap();
    let after = session.protocol(Locale::En).unwrap();
    assert_eq!(after.document.sections, before, "one redo brings every section back, in order");
    assert_eq!(after.document.principles.len(), 5);
    assert_eq!(after.document.levels.len(), 4);
    session.undo(Utc::now()).unwrap();
    assert!(session.protocol(Locale::En).unwrap().document.is_empty(), "and undo again");
}

/// A protocol straight from the template is not finished: its principles are undecided and
/// its blanks ("[date]") are still there; each is named, and goes once decided or filled in.
#[test]
fn undecided_principles_and_template_blanks_are_named_before_freezing() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = started(dir.path());
    let protocol = session.protocol(Locale::En).unwrap();
    let principles = protocol.document.principles.len();
    assert_eq!(protocol.unfinished.undecided.len(), principles, "none decided yet");
    let blanks = protocol.unfinished.blanks.clone();
    assert!(!blanks.is_empty(), "the template has blanks to fill in");
    assert!(blanks.iter().all(|b| b.blank.starts_with('[') && b.blank.ends_with(']')));

    // Deciding a principle takes it off the list.
    let first = protocol.document.principles[0].principle.clone();
    session.save_protocol_record(ProtocolRecord::Decision(decision(&session, SubjectKind::Principle, Some(first.id.0), Outcome::Agreed)), Utc::now()).unwrap();
    let protocol = session.protocol(Locale::En).unwrap();
    assert_eq!(protocol.unfinished.undecided.len(), principles - 1);
    assert!(!protocol.unfinished.undecided.contains(&first.title));

    // Filling in a section's blanks takes them off the list.
    let with_blank = protocol.unfinished.blanks[0].clone();
    let mut filled = protocol.document.sections.iter().find(|s| s.title == with_blank.place && s.body.contains(&with_blank.blank)).expect("the blank's section").clone();
    filled.body = filled.body.replace(&with_blank.blank, "the assembly");
    session.save_protocol_record(ProtocolRecord::Section(filled), Utc::now()).unwrap();
    let after = session.protocol(Locale::En).unwrap().unfinished.blanks;
    assert!(!after.contains(&with_blank), "{with_blank:?} is filled in");
    assert!(after.len() < blanks.len());
}

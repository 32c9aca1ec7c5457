//! Advisory Group oversight at a desk: cases sealed to the members of their working group
//! only, every opening in a signed log the Advisory Group can check, members added and
//! removed by recorded decisions, and a removed member shut out of later cases.

use chrono::Utc;
use tejido_core::escalation::{ContactCard, ContactRole, LogProblemKind, PackageError, open};
use tejido_core::protocol::{Decision, Outcome, Participation, ProtocolKind, ProtocolRecord};
use tejido_core::{EditError, Session};
use tejido_core::escalation::Imported;
use tejido_vault::{KdfPolicy, SecretString};

use super::new_session;

fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

/// An Advisory Group decision, as the desk records it.
fn decision(desk: &Session, title: &str, outcome: Outcome) -> Decision {
    let ProtocolRecord::Decision(mut d) = desk.draft_protocol_record(ProtocolKind::Decision, Utc::now().date_naive()).unwrap() else { unreachable!() };
    d.title = title.into();
    d.outcome = outcome;
    d.participants = vec![Participation { group: "Advisory Group".into(), count: 5 }];
    d
}

fn desk_with(dir: &std::path::Path, members: &[(&str, &str, &str)]) -> Session {
    let mut desk = new_session(dir);
    desk.set_desk(true, Utc::now()).unwrap();
    for (name, group, passphrase) in members {
        let agreed = decision(&desk, &format!("Add {name}"), Outcome::Agreed);
        desk.add_desk_member(name, vec![(*group).into()], &secret(passphrase), agreed, Utc::now()).unwrap();
    }
    desk
}

/// A community that accepted `card` and sends a case of working group `group`.
fn send(community: &mut Session, card: &ContactCard, title: &str, group: &str) -> Vec<u8> {
    let desk = community.add_contact(&ContactCard::parse(&card.to_text()).unwrap(), "read aloud", Utc::now()).unwrap();
    let mut case = community.draft_case();
    case.title = title.into();
    case.working_group = group.into();
    let case = community.save_case(case, Utc::now()).unwrap();
    community.export_case(case.id, &[desk.id], Utc::now()).unwrap()
}

fn member(desk: &Session, name: &str) -> tejido_core::escalation::DeskMember {
    desk.desk_members().unwrap().into_iter().find(|m| m.name == name).unwrap()
}

#[test]
fn a_case_is_sealed_to_its_working_group_only_and_every_opening_is_signed_in_a_log_that_shows_tampering() {
    let (ddir, cdir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut desk = desk_with(ddir.path(), &[("Ana", "Women and land", "ana's own long passphrase"), ("Bruno", "Corporate accountability", "bruno's own long passphrase")]);
    let card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let listed = card.members.as_ref().expect("a desk with members lists them");
    assert_eq!(listed.groups(), vec!["Corporate accountability".to_owned(), "Women and land".to_owned()]);
    assert_eq!(card.fingerprint(), ContactCard { members: None, ..card.clone() }.fingerprint(), "members change without changing the desk's fingerprint");

    let mut community = new_session(cdir.path());
    // A member list changed on the way (a member's recipient swapped for the carrier's) no
    // longer verifies.
    let mut forged = card.clone();
    forged.members.as_mut().unwrap().members[0].recipient = community.own_contact(ContactRole::Community, Utc::now()).unwrap().recipient;
    assert!(matches!(ContactCard::parse(&forged.to_text()), Err(PackageError::Tampered)));
    assert!(ContactCard::parse(&card.to_text()).is_ok(), "the control: the desk's own file verifies");
    let unknown_group = {
        let desk_contact = community.add_contact(&card, "", Utc::now()).unwrap();
        let mut case = community.draft_case();
        case.title = "A case of a group the desk does not have".into();
        case.working_group = "Economic policy".into();
        let case = community.save_case(case, Utc::now()).unwrap();
        community.export_case(case.id, &[desk_contact.id], Utc::now())
    };
    assert!(matches!(unknown_group, Err(EditError::NoMemberInGroup { ref group, .. }) if group == "Economic policy"));
    let bytes = send(&mut community, &card, "Threats against women land defenders", "Women and land");

    // The desk's own key does not open it: only members do, so every opening is logged.
    assert!(matches!(desk.open_package(&bytes, None, Utc::now()), Err(PackageError::NotForUs)));
    let kept = desk.keep_sealed(&bytes, Utc::now()).unwrap();
    assert_eq!(desk.keep_sealed(&bytes, Utc::now()).unwrap().id, kept.id, "the same file is kept once");
    let (ana, bruno) = (member(&desk, "Ana"), member(&desk, "Bruno"));

    assert!(matches!(desk.open_sealed(kept.id, bruno.id, &secret("bruno's own long passphrase"), None, Utc::now()), Err(EditError::Package(PackageError::NotForUs))), "another working group");
    assert!(matches!(desk.open_sealed(kept.id, ana.id, &secret("bruno's own long passphrase"), None, Utc::now()), Err(EditError::MemberPassphraseWrong)));
    let fingerprint = match desk.open_sealed(kept.id, ana.id, &secret("ana's own long passphrase"), None, Utc::now()) {
        Err(EditError::Package(PackageError::UnknownSender { fingerprint })) => fingerprint,
        other => panic!("an unknown community is asked about first: {other:?}"),
    };
    assert!(desk.access_log().unwrap().is_empty(), "nothing was opened yet");
    let imported = desk.open_sealed(kept.id, ana.id, &secret("ana's own long passphrase"), Some(&fingerprint), Utc::now()).unwrap();
    let Imported::Case { case, new: true } = imported else { panic!("a new case: {imported:?}") };
    assert_eq!((case.content.title.as_str(), case.working_group.as_str()), ("Threats against women land defenders", "Women and land"));

    let log = desk.access_log().unwrap();
    assert_eq!(log.len(), 1);
    assert_eq!((log[0].seq, log[0].member, log[0].member_name.as_str(), log[0].case), (1, ana.id, "Ana", case.case_id));
    assert_eq!(log[0].package, kept.sha256);
    let opened = desk.sealed_packages().unwrap();
    assert_eq!((opened[0].opened_by, opened[0].opened_at.is_some()), (Some(ana.id), true));
    // A second opening is a second entry, chained to the first.
    desk.open_sealed(kept.id, ana.id, &secret("ana's own long passphrase"), None, Utc::now()).unwrap();
    let check = desk.check_access_log().unwrap();
    assert_eq!((check.entries, check.problems.len()), (2, 0), "{check:?}");

    // Tampering, as whoever holds the desk vault could try it.
    desk.db().execute("UPDATE desk_access SET member_name = 'Bruno' WHERE seq = 1", []).unwrap();
    let check = desk.check_access_log().unwrap();
    assert!(check.problems.iter().any(|p| p.seq == Some(1) && p.kind == LogProblemKind::BadSignature), "a changed entry: {check:?}");
    desk.db().execute("UPDATE desk_access SET member_name = 'Ana' WHERE seq = 1", []).unwrap();
    assert!(desk.check_access_log().unwrap().problems.is_empty(), "the control: put back, it verifies");
    desk.db().execute("DELETE FROM desk_access WHERE seq = 1", []).unwrap();
    let check = desk.check_access_log().unwrap();
    assert!(check.problems.iter().any(|p| p.kind == LogProblemKind::BrokenChain), "a removed entry: {check:?}");
    desk.db().execute("DELETE FROM desk_access", []).unwrap();
    let check = desk.check_access_log().unwrap();
    assert_eq!(check.problems.iter().map(|p| p.kind).collect::<Vec<_>>(), vec![LogProblemKind::OpenedWithoutEntry], "an emptied log");
}

#[test]
fn members_come_and_go_by_recorded_decisions_and_a_removed_member_cannot_open_a_later_case() {
    let (ddir, cdir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut desk = desk_with(ddir.path(), &[("Ana", "Land", "ana's own long passphrase"), ("Bruno", "Land", "bruno's own long passphrase")]);
    let before = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let mut community = new_session(cdir.path());
    let first = send(&mut community, &before, "Before the removal", "Land");
    let bruno = member(&desk, "Bruno");
    // What Bruno could keep: a copy of his sealed keys and his own passphrase.
    let bruno_keys = bruno.keys(&secret("bruno's own long passphrase"), KdfPolicy::insecure_for_tests(2)).unwrap();
    assert!(open(&first, &bruno_keys, |_| true, None).is_ok(), "the control: he opens what was sealed to him");

    let rejected = decision(&desk, "Remove Bruno", Outcome::Rejected);
    assert!(matches!(desk.remove_desk_member(bruno.id, rejected, Utc::now()), Err(EditError::MembershipNotAgreed)));
    let agreed = decision(&desk, "Remove Bruno", Outcome::Agreed);
    let removed = desk.remove_desk_member(bruno.id, agreed.clone(), Utc::now()).unwrap();
    assert!(removed.removed_by.is_some() && removed.sealed_keys.is_empty(), "his sealed keys leave the vault");
    let recorded = desk.protocol(tejido_i18n::Locale::En).unwrap().decisions;
    assert!(recorded.iter().any(|d| Some(d.id) == removed.removed_by && d.title == "Remove Bruno" && d.participants[0].count == 5), "recorded like the protocol's decisions");

    let after = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    assert_eq!(after.members.as_ref().unwrap().members.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(), vec!["Ana"]);
    // The community takes the newer list; the older file, brought again, does not undo it.
    community.add_contact(&ContactCard::parse(&after.to_text()).unwrap(), "", Utc::now()).unwrap();
    community.add_contact(&before, "", Utc::now()).unwrap();
    let contacts = community.contacts().unwrap();
    assert_eq!(contacts.len(), 1, "one desk, updated");
    assert_eq!(contacts[0].members.as_ref().unwrap().members.len(), 1);

    let later = send(&mut community, &after, "After the removal", "Land");
    assert!(matches!(open(&later, &bruno_keys, |_| true, None), Err(PackageError::NotForUs)), "his keys do not open a later case");
    let kept = desk.keep_sealed(&later, Utc::now()).unwrap();
    assert!(matches!(desk.open_sealed(kept.id, bruno.id, &secret("bruno's own long passphrase"), None, Utc::now()), Err(EditError::MemberRemoved)));
    let ana = member(&desk, "Ana");
    let fingerprint = community.own_contact(ContactRole::Community, Utc::now()).unwrap().fingerprint();
    desk.open_sealed(kept.id, ana.id, &secret("ana's own long passphrase"), Some(&fingerprint), Utc::now()).unwrap();
    assert!(desk.check_access_log().unwrap().problems.is_empty(), "a removed member's entries still verify: their public key stays");
}

#[test]
fn adding_a_member_is_one_edit_undo_takes_back_the_member_and_the_decision() {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = desk_with(dir.path(), &[("Ana", "Land", "ana's own long passphrase")]);
    let decisions = |d: &Session| d.protocol(tejido_i18n::Locale::En).unwrap().decisions.len();
    assert_eq!((desk.desk_members().unwrap().len(), decisions(&desk)), (1, 1));
    desk.undo(Utc::now()).unwrap();
    assert_eq!((desk.desk_members().unwrap().len(), decisions(&desk)), (0, 0));
    assert!(desk.own_contact(ContactRole::Desk, Utc::now()).unwrap().members.unwrap().members.is_empty(), "the list is empty, not stale");
    desk.redo(Utc::now()).unwrap();
    assert_eq!((desk.desk_members().unwrap().len(), decisions(&desk)), (1, 1));
}

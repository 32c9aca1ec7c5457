//! Formats kept on disk, opened by every later build: a vault, a desk's vault and contact file
//! (with its members), a case package sealed to a desk member, and a sync stick with another
//! laptop's changes, each made by the build named in its folder (`fixtures/<date>/`). A change
//! that no longer reads them breaks people's vaults and the files they carry: it must migrate
//! them instead.
//!
//! New fixtures (when a format changes, added beside the old ones, never replacing them):
//! `TEJIDO_MAKE_FIXTURES=2026-12-06 cargo test -p tejido-tests --test formats -- --ignored make`.

use std::path::{Path, PathBuf};

use chrono::Utc;
use tejido_core::escalation::{ContactCard, ContactRole, Imported};
use tejido_core::protocol::{Outcome, Participation, ProtocolKind, ProtocolRecord};
use tejido_core::{DeviceId, NewPerson, Session};
use tejido_vault::{KdfPolicy, SecretString, Unlock, VaultOptions};

const COMMUNITY: &str = "community passphrase of the fixture";
const DESK: &str = "desk passphrase of the fixture";
const MEMBER: &str = "Ana's own passphrase of the fixture";
const CASE_TITLE: &str = "FORMAT-2026 threats at the farm";

fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

fn options() -> VaultOptions {
    VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("formats").join("fixtures")
}

/// `from` copied into `to`, recursively: the fixtures themselves are never written.
fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn open(dir: &Path, passphrase: &str) -> Session {
    Session::open(dir, Unlock::Passphrase(&secret(passphrase)), &VaultOptions::default(), DeviceId::new()).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

#[test]
fn every_kept_format_still_opens() {
    let mut dates: Vec<PathBuf> = std::fs::read_dir(fixtures()).unwrap().map(|e| e.unwrap().path()).collect();
    dates.sort();
    assert!(!dates.is_empty(), "the fixtures are in the repository");
    for kept in dates {
        let expected: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(kept.join("expected.json")).unwrap()).unwrap();
        let work = tempfile::tempdir().unwrap();
        copy(&kept, work.path());
        let at = |name: &str| work.path().join(name);

        // The desk's contact file: its members' signature verifies, its fingerprint is the one
        // read aloud then.
        let card = ContactCard::parse(&std::fs::read_to_string(at("desk-contact.json")).unwrap()).unwrap();
        assert_eq!(card.fingerprint(), expected["deskFingerprint"], "{}", kept.display());
        assert_eq!(card.members.as_ref().unwrap().members[0].name, "Ana");

        // The community's vault, with the sync group it started: another laptop's change on the
        // stick is taken in.
        let mut community = open(&at("community"), COMMUNITY);
        let garza = community.find_person("Garza").unwrap();
        assert_eq!(garza.real_name.as_deref(), Some("Rosa Quej"));
        assert!(community.cases().unwrap().iter().any(|c| c.title == CASE_TITLE && c.working_group == "Land"));
        assert!(community.find_person("Colibrí").is_err(), "not before the stick");
        community.copy_with_stick(&at("stick"), Utc::now()).unwrap();
        assert!(community.find_person("Colibrí").is_ok(), "the other laptop's change, from the stick");

        // The desk's vault: the case package waits sealed and opens with Ana's own passphrase;
        // the access log, with the entry made then, verifies.
        let mut desk = open(&at("desk"), DESK);
        assert_eq!(desk.check_access_log().unwrap().entries, 1);
        let kept_package = desk.keep_sealed(&std::fs::read(at("case.tar")).unwrap(), Utc::now()).unwrap();
        let ana = desk.desk_members().unwrap().into_iter().find(|m| m.name == "Ana").unwrap();
        let imported = desk.open_sealed(kept_package.id, ana.id, &secret(MEMBER), None, Utc::now()).unwrap();
        let Imported::Case { case, .. } = imported else { panic!("a case") };
        assert_eq!(case.content.title, CASE_TITLE);
        let check = desk.check_access_log().unwrap();
        assert_eq!((check.entries, check.problems.len()), (2, 0), "{check:?}");
    }
}

fn decision(desk: &Session, title: &str) -> tejido_core::protocol::Decision {
    let ProtocolRecord::Decision(mut d) = desk.draft_protocol_record(ProtocolKind::Decision, Utc::now().date_naive()).unwrap() else { unreachable!() };
    d.title = title.into();
    d.outcome = Outcome::Agreed;
    d.participants = vec![Participation { group: "Advisory Group".into(), count: 3 }];
    d
}

#[test]
#[ignore = "writes new fixtures: run by hand when a format changes"]
fn make() {
    let Ok(date) = std::env::var("TEJIDO_MAKE_FIXTURES") else { return };
    let out = fixtures().join(date);
    assert!(!out.exists(), "fixtures are never replaced: {}", out.display());
    let now = Utc::now();
    let (community_dir, desk_dir, stick) = (out.join("community"), out.join("desk"), out.join("stick"));

    let mut community = Session::create(&community_dir, &secret(COMMUNITY), "Cooperativa Río Claro", &options(), DeviceId::new(), now).unwrap().0;
    let garza = community.add_person(NewPerson { pseudonym: "Garza".into(), real_name: Some("Rosa Quej".into()), ..NewPerson::default() }, now).unwrap();
    community.start_sync("Laptop A", now).unwrap();

    let mut desk = Session::create(&desk_dir, &secret(DESK), "Red de Solidaridad", &options(), DeviceId::new(), now).unwrap().0;
    desk.set_desk(true, now).unwrap();
    let agreed = decision(&desk, "Ana joins the desk");
    desk.add_desk_member("Ana", vec!["Land".into()], &secret(MEMBER), agreed, now).unwrap();
    let card = desk.own_contact(ContactRole::Desk, now).unwrap();
    std::fs::write(out.join("desk-contact.json"), card.to_text()).unwrap();
    let desk_contact = community.add_contact(&card, "fixture", now).unwrap();
    desk.add_contact(&community.own_contact(ContactRole::Community, now).unwrap(), "fixture", now).unwrap();

    // Two packages of the same case: one opened at the desk then (an access log entry made by
    // this build), one kept for later builds to open.
    let mut case = community.draft_case();
    case.title = CASE_TITLE.into();
    case.working_group = "Land".into();
    case.people = vec![garza.id];
    let case = community.save_case(case, now).unwrap();
    let first = community.export_case(case.id, &[desk_contact.id], now).unwrap();
    let kept = desk.keep_sealed(&first, now).unwrap();
    let ana = desk.desk_members().unwrap().remove(0);
    desk.open_sealed(kept.id, ana.id, &secret(MEMBER), None, now).unwrap();
    let second = community.export_case(case.id, &[desk_contact.id], now).unwrap();
    std::fs::write(out.join("case.tar"), second).unwrap();

    // Laptop B joins, adds a person, and copies its changes to the stick.
    let invitation = community.invite("Laptop B", now).unwrap();
    let b_dir = tempfile::tempdir().unwrap();
    let typed = invitation.code.to_lowercase().replace('-', " ");
    let (mut b, _, code) = Session::join(&b_dir.path().join("vault"), &secret(COMMUNITY), &invitation.bytes, &typed, &options(), now).unwrap();
    b.publish(now).unwrap();
    let id = b.laptop_id().unwrap().unwrap().to_string();
    let state = |s: &Session| s.sync_folder().join("state").join(format!("{id}.age"));
    std::fs::create_dir_all(state(&community).parent().unwrap()).unwrap();
    std::fs::copy(state(&b), state(&community)).unwrap();
    community.import(now).unwrap();
    community.confirm_laptop(&code.to_lowercase(), now).unwrap();
    community.copy_with_stick(&stick, now).unwrap();
    b.copy_with_stick(&stick, now).unwrap();
    b.add_person(NewPerson { pseudonym: "Colibrí".into(), ..NewPerson::default() }, now).unwrap();
    b.copy_with_stick(&stick, now).unwrap();

    // Only each vault's newest generation is kept: it is what opens, and the older ones would
    // weigh 400 kB each in the repository.
    drop((community, desk, b));
    for vault in [&community_dir, &desk_dir] {
        let mut images: Vec<PathBuf> = std::fs::read_dir(vault.join("images")).unwrap().map(|e| e.unwrap().path()).collect();
        images.sort();
        let newest = images.last().unwrap().file_stem().unwrap().to_owned();
        for image in images.iter().filter(|p| p.file_stem().unwrap() != newest) {
            std::fs::remove_file(image).unwrap();
        }
    }
    let expected = serde_json::json!({ "deskFingerprint": card.fingerprint(), "madeBy": env!("CARGO_PKG_VERSION") });
    std::fs::write(out.join("expected.json"), serde_json::to_string_pretty(&expected).unwrap() + "\n").unwrap();
}

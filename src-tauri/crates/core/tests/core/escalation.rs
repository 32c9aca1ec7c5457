//! Escalation: consent gates what leaves, packages open only for the desks they were sealed
//! to, from senders the desk knows, untouched.

use chrono::{NaiveDate, Utc};
use tejido_core::escalation::{Audience, Consent, ContactCard, ContactRole, PackageContent, PackageError, Request, Urgency, redact};
use tejido_core::risk::{RiskKind, RiskRecord};
use tejido_core::{NewPerson, Person, PersonId, Sensitivity, Session};

use super::new_session;

/// Today: packages are received `Utc::now()`, and the timeline orders what happened by day, so
/// the desk's actions must be dated on the same calendar (a fixed date broke once it passed).
fn day() -> NaiveDate {
    Utc::now().date_naive()
}

/// Opens a package as a person does who compared the sender's fingerprint and accepted it:
/// refused first with the fingerprint, then opened with that very fingerprint.
fn accepting(desk: &mut Session, bytes: &[u8]) -> Result<tejido_core::escalation::Opened, PackageError> {
    match desk.open_package(bytes, None, Utc::now()) {
        Err(PackageError::UnknownSender { fingerprint }) => desk.open_package(bytes, Some(&fingerprint), Utc::now()),
        other => other,
    }
}

fn community(dir: &std::path::Path) -> (Session, tejido_core::CaseId) {
    let mut s = new_session(dir);
    let ceiba = s
        .add_person(NewPerson { pseudonym: "Ceiba".into(), real_name: Some("María Xol".into()), role: "spokesperson".into(), ..NewPerson::default() }, Utc::now())
        .unwrap();
    let garza = s.add_person(NewPerson { pseudonym: "Garza".into(), real_name: Some("Ana Pop".into()), ..NewPerson::default() }, Utc::now()).unwrap();
    let RiskRecord::Incident(mut incident) = s.draft_risk_record(RiskKind::Incident, day()).unwrap() else { unreachable!() };
    incident.title = "Arrest at the road block".into();
    incident.description = "Ceiba was taken to the police station at night.".into();
    s.save_risk_record(RiskRecord::Incident(incident.clone()), Utc::now()).unwrap();
    let mut case = s.draft_case();
    case.title = "Arbitrary detention of a spokesperson".into();
    case.summary = "DESK-ONLY details of the detention".into();
    case.public_summary = "A community spokesperson was detained.".into();
    case.urgency = Urgency::Immediate;
    case.requests = vec![Request::Letter, Request::UnMechanism];
    case.people = vec![ceiba.id, garza.id];
    case.incidents = vec![incident.id];
    case.safe_contact = "Signal, ask for the radio".into();
    case.consents = vec![Consent { person: ceiba.id, share_with_desk: true, name_to_authorities: true, name_in_public: false, photos: false, recorded_on: day() }];
    let case = s.save_case(case, Utc::now()).unwrap();
    (s, case.id)
}

#[test]
fn a_desk_opens_a_package_from_a_known_community_and_nothing_consent_does_not_cover_is_in_it() {
    let (cdir, ddir, odir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut community, case) = community(cdir.path());
    let mut desk = new_session(ddir.path());
    let desk_card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let card = ContactCard::parse(&desk_card.to_text()).unwrap();
    let added = community.add_contact(&card, "fingerprint read aloud", Utc::now()).unwrap();
    let bytes = community.export_case(case, &[added.id], Utc::now()).unwrap();
    assert_eq!(community.cases().unwrap()[0].sent.len(), 1, "the case remembers what left");

    // Unknown to the desk: refused, with the fingerprint to compare aloud.
    let their = community.own_contact(ContactRole::Community, Utc::now()).unwrap();
    match desk.open_package(&bytes, None, Utc::now()) {
        Err(PackageError::UnknownSender { fingerprint }) => assert_eq!(fingerprint, their.fingerprint()),
        other => panic!("unknown sender must be refused: {other:?}"),
    }
    desk.add_contact(&their, "", Utc::now()).unwrap();
    let opened = desk.open_package(&bytes, None, Utc::now()).unwrap();
    let PackageContent::Case(content) = opened.content else { panic!("a case package") };
    assert_eq!(content.title, "Arbitrary detention of a spokesperson");
    assert_eq!(content.people.len(), 1, "Garza gave no consent: not in the package at all");
    assert_eq!(content.people[0].real_name.as_deref(), Some("María Xol"), "named: she agreed to be named to authorities");
    assert_eq!(content.incidents.len(), 1);
    let json = serde_json::to_string(&content).unwrap();
    assert!(!json.contains("Garza") && !json.contains("Ana Pop"));

    // Tampered: one byte of the sealed part changed.
    let mut tampered = bytes.clone();
    let at = bytes.windows(b"age-encryption.org".len()).position(|w| w == b"age-encryption.org").unwrap() + 200;
    tampered[at] ^= 1;
    assert!(matches!(accepting(&mut desk, &tampered), Err(PackageError::Tampered | PackageError::Unreadable { .. })));

    // A vault it was not sealed to cannot open it, even accepting the sender.
    let mut other = new_session(odir.path());
    assert!(matches!(accepting(&mut other, &bytes), Err(PackageError::NotForUs)));
    assert!(matches!(desk.open_package(b"not a package", None, Utc::now()), Err(PackageError::Unreadable { .. })));
}

#[test]
fn the_public_never_sees_a_person_who_did_not_agree_to_be_named_in_public() {
    // A property test over many random consent combinations (deterministic xorshift).
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let session = Session::create(
        tempfile::tempdir().unwrap().path(),
        &tejido_vault::SecretString::from("a long enough passphrase".to_owned()),
        "C",
        &tejido_vault::VaultOptions { kdf: tejido_vault::KdfPolicy::insecure_for_tests(2), ..Default::default() },
        tejido_core::DeviceId::new(),
        Utc::now(),
    )
    .unwrap()
    .0;
    for round in 0..400 {
        let people: Vec<Person> = (0..1 + next() % 6)
            .map(|i| Person {
                id: PersonId::new(),
                pseudonym: format!("PSEUDO{round}x{i}"),
                real_name: (next() % 4 != 0).then(|| format!("REAL{round}x{i}")),
                role: String::new(),
                tags: vec![],
                household: String::new(),
                sector: String::new(),
                notes: String::new(),
                sensitivity: Sensitivity::Community,
                created_at: Utc::now(),
                updated_at: Utc::now(),
            })
            .collect();
        let mut case = session.draft_case();
        case.title = "t".into();
        case.people = people.iter().map(|p| p.id).collect();
        case.consents = Vec::new();
        for p in &people {
            if next() % 5 == 0 {
                continue;
            }
            let bits = next();
            case.consents.push(Consent {
                person: p.id,
                share_with_desk: bits & 1 == 0,
                name_to_authorities: bits & 2 == 0,
                name_in_public: bits & 4 == 0,
                photos: bits & 8 == 0,
                recorded_on: day(),
            });
        }
        for audience in [Audience::Public, Audience::Desk] {
            let json = serde_json::to_string(&redact(&case, &people, &[], &[], &[], "C", audience, 1, Utc::now())).unwrap();
            for p in &people {
                let c = case.consent_of(p.id);
                let allowed = match audience {
                    Audience::Public => c.share_with_desk && c.name_in_public,
                    Audience::Desk => c.share_with_desk,
                };
                if !allowed {
                    assert!(!json.contains(&p.pseudonym), "round {round}: {} leaked to {audience:?}", p.pseudonym);
                    if let Some(real) = &p.real_name {
                        assert!(!json.contains(real.as_str()), "round {round}: {real} leaked to {audience:?}");
                    }
                }
                if audience == Audience::Public {
                    assert!(!json.contains(&p.pseudonym), "the public gets names agreed to, never pseudonyms");
                }
                if audience == Audience::Desk && !(c.name_to_authorities || c.name_in_public) {
                    if let Some(real) = &p.real_name {
                        assert!(!json.contains(real.as_str()), "round {round}: a name nobody agreed to give");
                    }
                }
            }
        }
    }
}

#[test]
fn saving_a_case_never_rewrites_what_was_sent() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut community, case) = community(cdir.path());
    let mut desk = new_session(ddir.path());
    let card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let added = community.add_contact(&card, "", Utc::now()).unwrap();
    community.export_case(case, &[added.id], Utc::now()).unwrap();
    let mut edited = community.cases().unwrap()[0].clone();
    edited.sent.clear();
    edited.title = "Update: released on bail".into();
    community.save_case(edited, Utc::now()).unwrap();
    let stored = &community.cases().unwrap()[0];
    assert_eq!((stored.sent.len(), stored.title.as_str()), (1, "Update: released on bail"));
    assert_eq!(community.case_preview(case, Audience::Desk, Utc::now()).unwrap().version, 2, "the next package is version 2");
    let public = community.case_preview(case, Audience::Public, Utc::now()).unwrap();
    assert!(public.incidents.is_empty() && public.safe_contact.is_empty() && !serde_json::to_string(&public).unwrap().contains("DESK-ONLY"));
}

#[test]
fn a_desk_keeps_a_case_acts_on_it_within_consent_records_an_outcome_and_reports_back() {
    use tejido_core::EditError;
    use tejido_core::escalation::{ActionKind, ActionStatus, Addressee, Imported, CaseOutcome, OutcomeKind, Signatory, TimelineEntry, impact_report, timeline, trends};
    use tejido_i18n::Locale;

    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut community, case_id) = community(cdir.path());
    let mut desk = new_session(ddir.path());
    desk.set_desk(true, Utc::now()).unwrap();
    assert!(desk.collective().unwrap().unwrap().desk);
    let desk_card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let to = community.add_contact(&desk_card, "", Utc::now()).unwrap();
    let bytes = community.export_case(case_id, &[to.id], Utc::now()).unwrap();

    // Accepted after comparing the fingerprint: kept, and the community becomes a contact.
    let opened = accepting(&mut desk, &bytes).unwrap();
    let Imported::Case { case, new: true } = desk.store_package(opened, Utc::now()).unwrap() else { panic!("a new case") };
    assert_eq!(case.urgency, Urgency::Immediate);
    assert_eq!(case.categories, case.content.categories);
    assert!(desk.contacts().unwrap().iter().any(|c| c.role == ContactRole::Community && c.signing_key == case.sender_key));
    let again = desk.open_package(&bytes, None, Utc::now()).unwrap();
    assert!(matches!(desk.store_package(again, Utc::now()).unwrap(), Imported::Case { new: false, .. }), "the same package twice changes nothing");
    assert_eq!(desk.received_cases().unwrap().len(), 1);

    // A letter to the government names only who agreed to be named to authorities; a media
    // brief only who agreed to be named in public, with the public summary and nothing else.
    let letter = desk.draft_action(case.id, ActionKind::Letter, Addressee::Government, Locale::Es, day()).unwrap();
    assert!(letter.text.contains("María Xol"), "{}", letter.text);
    assert!(letter.text.contains("Arrest at the road block"));
    assert!(!letter.text.contains("DESK-ONLY") && !letter.text.contains("Ana Pop") && !letter.text.contains('{'));
    assert_eq!(letter.language, "es");
    let brief = desk.draft_action(case.id, ActionKind::MediaBrief, Addressee::Government, Locale::En, day()).unwrap();
    assert!(brief.text.contains("A community spokesperson was detained."));
    for secret in ["María Xol", "DESK-ONLY", "Arrest at the road block", "Signal, ask for the radio", "Ceiba"] {
        assert!(!brief.text.contains(secret), "{secret} in the media brief: {}", brief.text);
    }
    let un = desk.draft_action(case.id, ActionKind::UnSubmission, Addressee::Government, Locale::Fr, day()).unwrap();
    assert!(un.text.contains("María Xol") && !un.text.contains('{'));
    // She refused public naming: the submission tells the mechanism to withhold it.
    assert!(un.text.contains("María Xol (CONFIDENTIEL, ne pas publier)"), "{}", un.text);
    assert!(letter.text.contains("María Xol (CONFIDENCIAL, no publicar)"), "to the government too: {}", letter.text);

    // Sent only over the names of organisations that agreed to sign.
    let mut triaged = (*case).clone();
    triaged.working_group = "Women and land".into();
    let mut sent = letter.clone();
    sent.status = ActionStatus::Sent;
    sent.sent_on = Some(day());
    sent.signatories = vec![Signatory { organisation: "Asked but silent".into(), consented: false, consented_on: None }];
    triaged.actions = vec![sent.clone()];
    assert!(matches!(desk.save_received(triaged.clone(), Utc::now()), Err(EditError::NoConsentingSignatory)));
    sent.signatories.push(Signatory { organisation: "Red de Mujeres".into(), consented: true, consented_on: Some(day()) });
    triaged.actions = vec![sent.clone()];
    let saved = desk.save_received(triaged, Utc::now()).unwrap();
    assert_eq!(saved.actions[0].signed_by(), vec!["Red de Mujeres"]);

    // An outcome on the timeline and in the impact report; undo takes it away.
    let mut with_outcome = saved.clone();
    with_outcome.outcomes.push(CaseOutcome { id: Default::default(), on: day(), kind: OutcomeKind::Release, note: "Released after 3 days".into() });
    let with_outcome = desk.save_received(with_outcome, Utc::now()).unwrap();
    let lines = timeline(&with_outcome);
    assert!(matches!(lines.first(), Some(TimelineEntry::Received { version: 1, .. })));
    assert!(lines.iter().any(|l| matches!(l, TimelineEntry::Outcome { outcome: OutcomeKind::Release, .. })));
    assert!(lines.iter().any(|l| matches!(l, TimelineEntry::ActionSent { action: ActionKind::Letter, .. })));
    let report = impact_report(&desk.received_cases().unwrap(), day());
    assert_eq!((report.cases, report.open), (1, 1));
    assert_eq!(report.actions[0].sent, 1);
    assert_eq!(report.outcomes[0].kind, OutcomeKind::Release);
    let t = trends(&desk.received_cases().unwrap());
    assert_eq!((t.months.len(), t.all.as_slice()), (1, &[1][..]));
    assert_eq!(t.working_groups[0].key, "Women and land");
    desk.undo(Utc::now()).unwrap();
    assert!(desk.received_cases().unwrap()[0].outcomes.is_empty());
    desk.redo(Utc::now()).unwrap();

    // A status report back: the community keeps it on its case; texts and signatories stay at the desk.
    let status = desk.send_status(case.id, "Letter sent; she was released.", Utc::now()).unwrap();
    assert_eq!(desk.received_cases().unwrap()[0].acknowledged.len(), 1);
    let opened = community.open_package(&status, None, Utc::now()).unwrap();
    let Imported::Status { case: back, new: true } = community.store_package(opened, Utc::now()).unwrap() else { panic!("a status report") };
    assert_eq!(back.updates.len(), 1);
    let update = &back.updates[0].status;
    assert_eq!(update.message, "Letter sent; she was released.");
    assert_eq!(update.outcomes[0].kind, OutcomeKind::Release);
    assert_eq!(back.updates[0].desk, to.name);
    let json = serde_json::to_string(update).unwrap();
    assert!(!json.contains("Red de Mujeres") && !json.contains("María Xol"), "no letter text or signatories go back");

    // A status report from a contact the case was never sent to is refused, even a known one
    // that somehow learnt the case's id.
    let other_dir = tempfile::tempdir().unwrap();
    let mut other_desk = new_session(other_dir.path());
    let other_card = other_desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    community.add_contact(&other_card, "", Utc::now()).unwrap();
    let ours = community.own_contact(ContactRole::Community, Utc::now()).unwrap();
    let forged_status = tejido_core::escalation::StatusContent {
        format: tejido_core::escalation::CONTENT_FORMAT,
        case: case_id,
        desk: other_card.name.clone(),
        message: "not ours to report".into(),
        actions: Vec::new(),
        outcomes: Vec::new(),
        made_at: Utc::now(),
        reply_to: other_card.recipient.clone(),
    };
    let forged = tejido_core::escalation::seal(&PackageContent::Status(forged_status), &[], &[ours.recipient], &other_desk.own_keys(Utc::now()).unwrap()).unwrap();
    let opened = community.open_package(&forged, None, Utc::now()).unwrap();
    assert!(matches!(community.store_package(opened, Utc::now()), Err(EditError::NotFromCaseDesk)));

    // A status report about a case this vault no longer has is refused in plain words.
    community.remove_case(case_id, Utc::now()).unwrap();
    let opened = community.open_package(&status, None, Utc::now()).unwrap();
    assert!(matches!(community.store_package(opened, Utc::now()), Err(EditError::UnknownCase)));
}

#[test]
fn files_travel_sealed_with_a_case_pictures_only_with_everyone_s_photo_consent() {
    use tejido_core::escalation::{Imported, PackageContent};
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut community, case_id) = community(cdir.path());
    let mut case = community.cases().unwrap().remove(0);
    let incident = case.incidents[0];
    community.attach_to_incident(incident, "statement.txt", b"SIGNED-STATEMENT of the witness", Utc::now()).unwrap();
    let with_files = community.attach_to_incident(incident, "arrest.jpg", b"\xff\xd8\xff PHOTO-BYTES", Utc::now()).unwrap();
    case.attachments = with_files.attachments.iter().map(|a| a.id).collect();
    community.save_case(case.clone(), Utc::now()).unwrap();

    // Ceiba did not agree to photos: the picture is held back, the statement goes.
    let preview = community.case_preview(case_id, Audience::Desk, Utc::now()).unwrap();
    assert_eq!(preview.attachments.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["statement.txt"]);
    assert!(community.case_preview(case_id, Audience::Public, Utc::now()).unwrap().attachments.is_empty(), "never to the public");

    let mut desk = new_session(ddir.path());
    let card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let to = community.add_contact(&card, "", Utc::now()).unwrap();
    let bytes = community.export_case(case_id, &[to.id], Utc::now()).unwrap();
    assert!(!bytes.windows(b"SIGNED-STATEMENT".len()).any(|w| w == b"SIGNED-STATEMENT"), "sealed in the package");
    let opened = accepting(&mut desk, &bytes).unwrap();
    assert_eq!(opened.attachments.len(), 1);
    let Imported::Case { case: received, .. } = desk.store_package(opened, Utc::now()).unwrap() else { panic!("a case") };
    let (file, content) = desk.read_received_file(received.id, received.attachments[0].id).unwrap();
    assert_eq!((file.name.as_str(), content.as_slice()), ("statement.txt", &b"SIGNED-STATEMENT of the witness"[..]));

    // A file swapped for another, even sealed properly to the desk, is refused: the signed
    // case lists what each file is.
    let mut archive = tar::Archive::new(&bytes[..]);
    let mut rebuilt = tar::Builder::new(Vec::new());
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let name = entry.path().unwrap().to_string_lossy().into_owned();
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
        if name.starts_with("attachments/") {
            let recipient: age::x25519::Recipient = card.recipient.parse().unwrap();
            data = age::encrypt(&recipient, b"FORGED statement").unwrap();
        }
        let mut header = tar::Header::new_gnu();
        header.set_size(data.len() as u64);
        header.set_cksum();
        rebuilt.append_data(&mut header, &name, &data[..]).unwrap();
    }
    let forged = rebuilt.into_inner().unwrap();
    assert!(matches!(accepting(&mut desk, &forged), Err(PackageError::Tampered)));

    // Once Ceiba and Garza (in the case, though not in the package) agree to photos, the
    // picture goes too.
    case.consents[0].photos = true;
    case.consents.push(Consent { photos: true, ..Consent::none(case.people[1], day()) });
    community.save_case(case, Utc::now()).unwrap();
    let preview = community.case_preview(case_id, Audience::Desk, Utc::now()).unwrap();
    assert_eq!(preview.attachments.len(), 2);
    let bytes = community.export_case(case_id, &[to.id], Utc::now()).unwrap();
    let opened = accepting(&mut desk, &bytes).unwrap();
    assert!(matches!(&opened.content, PackageContent::Case(c) if c.version == 2));
    let Imported::Case { case: received, new: true } = desk.store_package(opened, Utc::now()).unwrap() else { panic!("a new version") };
    assert_eq!(received.attachments.len(), 2);
    assert_eq!(received.versions.len(), 2);
}

#[test]
fn a_file_that_may_show_a_person_never_leaves_without_the_photo_consent_of_everyone_it_could_show() {
    let dir = tempfile::tempdir().unwrap();
    let (mut community, case_id) = community(dir.path());
    let mut case = community.cases().unwrap().remove(0);
    let (ceiba, garza) = (case.people[0], case.people[1]);
    let incident = case.incidents[0];
    let files: [(&str, &[u8]); 7] = [
        ("statement.txt", b"SIGNED-STATEMENT of the witness"),
        ("voice-note.ogg", b"OggS\0\x02\0\0\0\0\0\0\0\0 sound"),
        ("notes.txt", b"\xff\xd8\xff\xe0\0\x10JFIF\0 a photo renamed"),
        ("clip.mp4", b"\0\0\0\x18ftypisom\0\0\x02\0isomiso2 a video"),
        ("report.pdf", b"%PDF-1.7 scanned pages"),
        ("map.txt", b"<svg xmlns='http://www.w3.org/2000/svg'><image href='data:image/png;base64,AAAA'/></svg>"),
        ("blob.bin", b"\x00\x01\x02\x03 unknown kind"),
    ];
    let mut with_files = None;
    for (name, bytes) in files {
        with_files = Some(community.attach_to_incident(incident, name, bytes, Utc::now()).unwrap());
    }
    case.attachments = with_files.unwrap().attachments.iter().map(|a| a.id).collect();
    let leaving = |s: &Session| {
        let mut names: Vec<String> = s.case_preview(case_id, Audience::Desk, Utc::now()).unwrap().attachments.into_iter().map(|a| a.name).collect();
        names.sort();
        names
    };
    const SAFE: [&str; 2] = ["statement.txt", "voice-note.ogg"];
    const ALL: [&str; 7] = ["blob.bin", "clip.mp4", "map.txt", "notes.txt", "report.pdf", "statement.txt", "voice-note.ogg"];

    // The attack: everyone *in the package* (Ceiba) agreed to photos; Garza, in the case but
    // kept out of the package because he agreed to nothing, may be in the pictures.
    case.consents = vec![Consent { person: ceiba, share_with_desk: true, name_to_authorities: true, name_in_public: false, photos: true, recorded_on: day() }];
    community.save_case(case.clone(), Utc::now()).unwrap();
    assert_eq!(leaving(&community), SAFE, "only sound and plain text go: a renamed photo, a video, a PDF, an SVG and an unknown file may show Garza");

    // With nobody linked, an empty list is not "everyone agreed".
    let mut nobody = case.clone();
    nobody.people.clear();
    nobody.consents.clear();
    community.save_case(nobody, Utc::now()).unwrap();
    assert_eq!(leaving(&community), SAFE, "nobody linked: the pictures could show anyone");

    // Garza agrees: everything chosen goes.
    case.consents.push(Consent { photos: true, ..Consent::none(garza, day()) });
    community.save_case(case.clone(), Utc::now()).unwrap();
    assert_eq!(leaving(&community), ALL);
    let desk = community_desk(&mut community);
    let package = community.export_case(case_id, &[desk], Utc::now()).unwrap();
    assert!(!package.is_empty());

    // Someone the incident affected, not in the case, did not agree: held back again.
    let mut stored = community.risk_analysis(day()).unwrap().incidents.into_iter().find(|i| i.id == incident).unwrap();
    let neighbour = community.add_person(NewPerson { pseudonym: "Quetzal".into(), ..NewPerson::default() }, Utc::now()).unwrap();
    stored.affected_people.push(neighbour.id);
    community.save_risk_record(RiskRecord::Incident(stored.clone()), Utc::now()).unwrap();
    assert_eq!(leaving(&community), SAFE, "the incident affected Quetzal, who gave no consent");

    // An incident against the whole collective could show anyone.
    stored.affected_people.clear();
    stored.whole_collective = true;
    community.save_risk_record(RiskRecord::Incident(stored), Utc::now()).unwrap();
    assert_eq!(leaving(&community), SAFE, "the whole collective was targeted");
}

/// A desk's contact, added to `community`.
fn community_desk(community: &mut Session) -> tejido_core::ContactId {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = new_session(dir.path());
    let card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    community.add_contact(&card, "", Utc::now()).unwrap().id
}

#[test]
fn a_file_name_leaves_without_the_real_names_the_desk_may_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let (mut community, case_id) = community(dir.path());
    let mut case = community.cases().unwrap().remove(0);
    // Ceiba (María Xol) agreed to be named to the desk; Garza (Ana Pop) to nothing.
    let incident = community
        .attach_to_incident(case.incidents[0], "Declaración de Ana Pop y maria xol.txt", b"what the witness saw", Utc::now())
        .unwrap();
    case.attachments = incident.attachments.iter().map(|a| a.id).collect();
    community.save_case(case, Utc::now()).unwrap();
    let preview = community.case_preview(case_id, Audience::Desk, Utc::now()).unwrap();
    assert_eq!(preview.attachments.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["Declaración de ••• y maria xol.txt"], "Garza agreed to nothing: not even her pseudonym");
    let desk_dir = tempfile::tempdir().unwrap();
    let mut desk = new_session(desk_dir.path());
    let card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let to = community.add_contact(&card, "", Utc::now()).unwrap();
    let package = community.export_case(case_id, &[to.id], Utc::now()).unwrap();
    let PackageContent::Case(received) = accepting(&mut desk, &package).unwrap().content else { panic!("a case") };
    assert_eq!(received.attachments[0].name, "Declaración de ••• y maria xol.txt", "what the desk receives");
}

/// A community's own name rarely takes "de" or "à" bare in Spanish and French ("la situación de
/// Consejo…" needs "del"; « de Conseil… » needs « du »), and the article depends on the name. So
/// in every Spanish and French template the name follows a noun ("la comunidad Consejo…", « la
/// communauté Conseil… ») or opens a line, where it needs none.
#[test]
fn a_communitys_name_reads_without_an_article_in_spanish_and_french_drafts() {
    for (language, text, noun) in [
        ("es", include_str!("../../../../../assets/templates/escalation/es.json"), "comunidad "),
        ("fr", include_str!("../../../../../assets/templates/escalation/fr.json"), "communauté "),
    ] {
        let mut rest = text;
        while let Some(at) = rest.find("{collective}") {
            let before = &rest[..at];
            assert!(before.ends_with(noun) || before.ends_with('"'), "{language}: \"{}{{collective}}", before.rsplit('"').next().unwrap());
            rest = &rest[at + "{collective}".len()..];
        }
    }
}

#[test]
fn a_petitions_tally_is_the_count_of_its_file_of_signatures_not_a_number_typed() {
    use tejido_core::escalation::{ActionKind, Addressee, Imported, SignatureTally, count_signatures};
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut community, case) = community(cdir.path());
    let mut desk = new_session(ddir.path());
    let card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let to = community.add_contact(&card, "", Utc::now()).unwrap();
    let bytes = community.export_case(case, &[to.id], Utc::now()).unwrap();
    let opened = accepting(&mut desk, &bytes).unwrap();
    let Imported::Case { case, .. } = desk.store_package(opened, Utc::now()).unwrap() else { panic!("a case") };

    // 250 rows, 40 of them the same people again (another case, spaces), 3 blank.
    let mut file = String::from("Name,Email,Country\n");
    for i in 0..210 {
        file.push_str(&format!("Person {i},person{i}@example.org,GT\n"));
    }
    for i in 0..40 {
        file.push_str(&format!("PERSON {i}, Person{i}@Example.org ,GT\n"));
    }
    file.push_str(",,\n,,\n,,\n");
    let count = count_signatures(file.as_bytes()).unwrap();
    assert_eq!((count.signatures, count.duplicates, count.blank), (210, 40, 3));

    let mut petition = desk.draft_action(case.id, ActionKind::Petition, Addressee::Government, tejido_i18n::Locale::En, day()).unwrap();
    petition.tally = Some(SignatureTally { file: "signatures.csv".into(), counted_on: day(), signatures: count.signatures, duplicates: count.duplicates });
    petition.signatures = 999;
    let mut with_petition = desk.received_cases().unwrap().remove(0);
    with_petition.actions.push(petition);
    let saved = desk.save_received(with_petition, Utc::now()).unwrap();
    assert_eq!(saved.actions[0].signatures, 210, "the count, not the number typed");
    let mut typed = saved.clone();
    typed.actions[0].tally = None;
    typed.actions[0].signatures = 999;
    assert_eq!(desk.save_received(typed, Utc::now()).unwrap().actions[0].signatures, 999, "typed once the file is set aside");
}

//! The risk-analysis services against a real temporary vault.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use tejido_core::risk::{
    Assessment, Band, MeasureStatus, RiskKind, RiskRecord, Trend,
};
use tejido_core::{EditError, Sensitivity, Session};
use tejido_i18n::Locale;

use super::{new_session, person, reopen};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn draft(session: &Session, kind: RiskKind) -> RiskRecord {
    session.draft_risk_record(kind, day(2026, 11, 1)).unwrap()
}

macro_rules! as_kind {
    ($record:expr, $variant:ident) => {
        match $record {
            RiskRecord::$variant(r) => r,
            other => panic!("expected {}, got {other:?}", stringify!($variant)),
        }
    };
}

fn add_risk(session: &mut Session, title: &str, likelihood: u8, impact: u8) -> tejido_core::risk::Risk {
    let mut risk = as_kind!(draft(session, RiskKind::Risk), Risk);
    risk.title = title.into();
    risk.category = "criminalisation".into();
    risk.assessments[0].likelihood = likelihood;
    risk.assessments[0].impact = impact;
    as_kind!(session.save_risk_record(RiskRecord::Risk(risk), Utc::now()).unwrap(), Risk)
}

#[test]
fn every_kind_of_record_drafts_saves_survives_reopening_and_is_removed() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let risk = add_risk(&mut session, "Arrest of the committee", 3, 4);
    for kind in [
        RiskKind::ContextNote,
        RiskKind::Actor,
        RiskKind::Incident,
        RiskKind::ThreatAssessment,
        RiskKind::Measure,
        RiskKind::Indicator,
    ] {
        let record = match draft(&session, kind) {
            RiskRecord::ContextNote(mut r) => {
                r.text = "The mayor refuses a hearing.".into();
                RiskRecord::ContextNote(r)
            }
            RiskRecord::Actor(mut r) => {
                r.name = "Minera Cerro Alto".into();
                RiskRecord::Actor(r)
            }
            RiskRecord::Incident(mut r) => {
                r.title = "Threatening call".into();
                r.whole_collective = true;
                RiskRecord::Incident(r)
            }
            RiskRecord::ThreatAssessment(mut r) => {
                r.title = "Campaign against the committee".into();
                RiskRecord::ThreatAssessment(r)
            }
            RiskRecord::Measure(mut r) => {
                r.title = "Legal defence".into();
                r.risks = vec![risk.id];
                RiskRecord::Measure(r)
            }
            RiskRecord::Indicator(mut r) => {
                assert_eq!(r.risk, risk.id, "an indicator drafts onto the latest risk");
                r.signal = "Police ask for members by name".into();
                RiskRecord::Indicator(r)
            }
            RiskRecord::Risk(_) => unreachable!(),
        };
        let saved = session.save_risk_record(record.clone(), Utc::now()).unwrap();
        assert_eq!(saved, record, "{kind:?} is stored as given");
    }
    let session = reopen(dir.path(), session);
    let analysis = session.risk_analysis(day(2026, 11, 2)).unwrap();
    assert_eq!(
        [
            analysis.context.len(),
            analysis.actors.len(),
            analysis.incidents.len(),
            analysis.threat_assessments.len(),
            analysis.risks.len(),
            analysis.measures.len(),
            analysis.indicators.len()
        ],
        [1; 7],
        "one of each after reopening"
    );
    assert!(analysis.incidents[0].whole_collective, "flags survive the 0/1 column");
    let mut session = session;
    session.remove_risk_record(&RiskRecord::Actor(analysis.actors[0].clone()), Utc::now()).unwrap();
    assert!(session.risk_analysis(day(2026, 11, 2)).unwrap().actors.is_empty(), "removed");
    session.undo(Utc::now()).unwrap();
    assert_eq!(session.risk_analysis(day(2026, 11, 2)).unwrap().actors, analysis.actors, "undo brings it back as it was");
}

#[test]
fn fields_are_checked_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let mut risk = as_kind!(draft(&session, RiskKind::Risk), Risk);
    risk.title = "   ".into();
    assert!(matches!(session.save_risk_record(RiskRecord::Risk(risk.clone()), Utc::now()), Err(EditError::EmptyTitle)));
    risk.title = "Eviction".into();
    risk.assessments[0].impact = 6;
    assert!(matches!(
        session.save_risk_record(RiskRecord::Risk(risk.clone()), Utc::now()),
        Err(EditError::LevelOutOfRange { value: 6 })
    ));
    risk.assessments[0].impact = 4;
    risk.category = "weather".into();
    assert!(matches!(session.save_risk_record(RiskRecord::Risk(risk.clone()), Utc::now()), Err(EditError::UnknownCategory { .. })));
    risk.assessments.clear();
    risk.category = "collective-attacks".into();
    assert!(matches!(session.save_risk_record(RiskRecord::Risk(risk), Utc::now()), Err(EditError::RiskNotRated)));
    let mut indicator = as_kind!(draft(&session, RiskKind::Indicator), Indicator);
    indicator.signal = "Machinery at the fence".into();
    assert!(matches!(session.save_risk_record(RiskRecord::Indicator(indicator), Utc::now()), Err(EditError::RecordNotFound)), "needs a real risk");
    assert!(session.history(10).unwrap().is_empty(), "nothing was written");
}

#[test]
fn reassessments_build_a_history_that_editing_the_risk_cannot_erase() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let risk = add_risk(&mut session, "Arrest of the committee", 2, 4);
    session
        .reassess_risk(risk.id, Assessment { on: day(2026, 12, 1), likelihood: 4, impact: 4, note: "Summons".into() }, Utc::now())
        .unwrap();
    // A form opened before the reassessment still holds the old history.
    let mut stale = risk.clone();
    stale.title = "Arrest of water committee members".into();
    session.save_risk_record(RiskRecord::Risk(stale), Utc::now()).unwrap();
    let analysis = session.risk_analysis(day(2026, 12, 2)).unwrap();
    let stored = &analysis.risks[0];
    assert_eq!(stored.title, "Arrest of water committee members");
    assert_eq!(stored.assessments.len(), 2, "the reassessment was kept");
    assert_eq!((stored.current().likelihood, stored.current().impact), (4, 4));
    assert_eq!(analysis.risk_status[0].trend, Trend::Rising);
    assert_eq!(analysis.risk_status[0].band, Band::High);
    let cell = analysis.matrix.iter().find(|c| c.risks.contains(&risk.id)).unwrap();
    assert_eq!((cell.likelihood, cell.impact), (4, 4), "the matrix shows the current rating");
    session.undo(Utc::now()).unwrap();
    session.undo(Utc::now()).unwrap();
    let back = session.risk_analysis(day(2026, 12, 2)).unwrap();
    assert_eq!(back.risks[0], risk, "two undos: the edit, then the reassessment");
}

#[test]
fn home_and_analysis_surface_risks_without_measures_overdue_measures_and_review() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let owner = session.add_person(person("Garza"), Utc::now()).unwrap();
    let answered = add_risk(&mut session, "Arrest", 3, 4);
    let open = add_risk(&mut session, "Eviction", 3, 3);
    let mut measure = as_kind!(draft(&session, RiskKind::Measure), Measure);
    measure.title = "Legal defence".into();
    measure.owners = vec![owner.id, owner.id];
    measure.risks = vec![answered.id];
    measure.due_on = Some(day(2026, 11, 20));
    let measure = as_kind!(session.save_risk_record(RiskRecord::Measure(measure), Utc::now()).unwrap(), Measure);
    assert_eq!(measure.owners, vec![owner.id], "repeated owners are dropped");

    let before_due = session.risk_analysis(day(2026, 11, 20)).unwrap();
    assert_eq!(before_due.risks_without_measure, vec![open.id]);
    assert!(before_due.overdue_measures.is_empty(), "due today is not overdue");
    assert_eq!(before_due.review_on, Some(day(2027, 5, 1)), "six months after the first rating");
    assert!(!before_due.review_due);

    fn kinds(session: &Session, today: NaiveDate) -> Vec<String> {
        session.home(None, today).unwrap().attention.into_iter().map(|a| a.kind).collect()
    }
    assert_eq!(kinds(&session, day(2026, 11, 21)), ["overdue-measures", "risks-without-measure"]);
    assert_eq!(kinds(&session, day(2027, 5, 1)), ["overdue-measures", "risks-without-measure", "risks-review-due", "risk-review-due"]);

    let mut done = measure.clone();
    done.status = MeasureStatus::Done;
    session.save_risk_record(RiskRecord::Measure(done), Utc::now()).unwrap();
    let next = session.mark_risk_review(day(2027, 5, 2), None, Utc::now()).unwrap();
    assert_eq!(next, day(2027, 11, 2));
    assert_eq!(
        kinds(&session, day(2027, 5, 3)),
        ["risks-without-measure", "risks-review-due"],
        "a done measure is not overdue; the analysis reviewed, but each risk waits to be reassessed"
    );
    session.undo(Utc::now()).unwrap();
    assert!(kinds(&session, day(2027, 5, 3)).contains(&"risk-review-due".to_owned()), "undo reverts the review too");
}

#[test]
fn attachments_are_sealed_outside_the_database_and_read_back_verified() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let mut incident = as_kind!(draft(&session, RiskKind::Incident), Incident);
    incident.title = "Fence around the maize fields".into();
    let incident = as_kind!(session.save_risk_record(RiskRecord::Incident(incident), Utc::now()).unwrap(), Incident);
    let photo = b"\xff\xd8\xff a photo of the fence, with a distinctive marker zqxw7c1e".repeat(100);
    let with = session.attach_to_incident(incident.id, "/home/someone/fence.jpg", &photo, Utc::now()).unwrap();
    assert_eq!(with.attachments.len(), 1);
    assert_eq!(with.attachments[0].name, "fence.jpg", "only the file name is kept, not where it came from");
    // A stale form cannot drop the attachment.
    session.save_risk_record(RiskRecord::Incident(incident.clone()), Utc::now()).unwrap();
    let session = reopen(dir.path(), session);
    let (attachment, bytes) = session.read_attachment(incident.id, with.attachments[0].id).unwrap();
    assert_eq!(attachment.size, photo.len() as u64);
    assert_eq!(&*bytes, &photo[..]);
    for entry in walk(dir.path()) {
        let content = std::fs::read(&entry).unwrap();
        // Eight bytes, not hex: a four-byte hex marker once matched a MAC or an id written in hex.
        assert!(!content.windows(8).any(|w| w == b"zqxw7c1e"), "{} holds the attachment in plaintext", entry.display());
    }
    let mut session = session;
    session.detach_from_incident(incident.id, attachment.id, Utc::now()).unwrap();
    assert!(matches!(session.read_attachment(incident.id, attachment.id), Err(EditError::RecordNotFound)));
    session.undo(Utc::now()).unwrap();
    assert!(session.read_attachment(incident.id, attachment.id).is_ok(), "undo brings the attachment back");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() { files.extend(walk(&path)) } else { files.push(path) }
    }
    files
}

#[test]
fn the_register_leaves_out_restricted_records_and_puts_urgent_risks_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let owner = session.add_person(person("Quetzal"), Utc::now()).unwrap();
    let low = add_risk(&mut session, "Smear campaign", 2, 2);
    let high = add_risk(&mut session, "Arrest, \"usurpation\" complaint", 5, 4);
    let mut secret = as_kind!(draft(&session, RiskKind::Risk), Risk);
    secret.title = "Attack on Ceiba".into();
    secret.sensitivity = Sensitivity::Restricted;
    session.save_risk_record(RiskRecord::Risk(secret), Utc::now()).unwrap();
    let mut measure = as_kind!(draft(&session, RiskKind::Measure), Measure);
    measure.title = "Request protection measures".into();
    measure.owners = vec![owner.id];
    measure.risks = vec![high.id];
    session.save_risk_record(RiskRecord::Measure(measure), Utc::now()).unwrap();

    let register = session.risk_register(day(2026, 12, 1), Locale::Es, Default::default()).unwrap();
    let titles: Vec<_> = register.entries.iter().map(|e| e.risk.title.as_str()).collect();
    assert_eq!(titles, ["Arrest, \"usurpation\" complaint", "Smear campaign"], "urgent first, restricted left out");
    assert_eq!(register.omitted, 1);
    assert_eq!(register.entries[0].category, "Criminalización, detención arbitraria y demandas SLAPP");
    assert_eq!(register.entries[0].measures[0].owners, ["Quetzal"]);
    assert_eq!(register.entries[1].risk.id, low.id);

    let csv = register.to_csv().unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][0], "Arrest, \"usurpation\" complaint", "commas and quotes survive");
    assert_eq!(&rows[0][5], "critical");
    assert_eq!(&rows[0][11], "Request protection measures");
    assert!(!csv.contains("Ceiba"));
}

#[test]
fn the_demo_community_comes_with_a_realistic_risk_analysis() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap();
    session.load_demo(now).unwrap();
    let analysis = session.risk_analysis(now.date_naive()).unwrap();
    assert!(analysis.context.len() >= 5 && analysis.actors.len() >= 8 && analysis.incidents.len() >= 6);
    assert!(analysis.risks.len() >= 5 && analysis.measures.len() >= 6 && analysis.indicators.len() >= 4);
    assert!(!analysis.threat_assessments.is_empty());
    assert!(analysis.risk_status.iter().any(|s| s.trend == Trend::Rising), "some risk has moved");
    assert!(!analysis.overdue_measures.is_empty() && !analysis.risks_without_measure.is_empty(), "the home has something to show");
    assert!(analysis.incidents.iter().any(|i| !i.affected_people.is_empty()), "pseudonyms resolved to people");
    assert!(session.risk_analysis((now + Duration::days(1)).date_naive()).is_ok());
}

/// Issue 27: the home said "1 risks have no protection measure yet": the count crossed to
/// the UI as the text "1", and Fluent picks no plural form for text.
#[test]
fn the_home_hands_counts_to_the_ui_as_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    add_risk(&mut session, "Arrest of the committee", 3, 4);
    let home = session.home(None, day(2026, 12, 1)).unwrap();
    let item = home.attention.iter().find(|a| a.kind == "risks-without-measure").expect("the home says so");
    assert_eq!(serde_json::to_value(item).unwrap()["args"]["count"], serde_json::json!(1), "a number, not \"1\"");
}

#[test]
fn each_risk_has_its_own_review_date_sooner_the_graver_it_is_and_reassessing_sets_the_next() {
    use tejido_core::risk::review_months;
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let critical = add_risk(&mut session, "Killing of a leader", 5, 5);
    let low = add_risk(&mut session, "Graffiti on the hall", 1, 1);
    assert_eq!((review_months(Band::Critical), review_months(Band::Low)), (1, 6));
    let status = |session: &Session, today: NaiveDate| {
        let analysis = session.risk_analysis(today).unwrap();
        analysis.risk_status.iter().map(|s| (s.review_on, s.review_due)).collect::<Vec<_>>()
    };
    // Rated on 1 November: the critical one is looked at again a month later, the low one in six.
    assert_eq!(status(&session, day(2026, 11, 30)), [(day(2026, 12, 1), false), (day(2027, 5, 1), false)]);
    assert_eq!(status(&session, day(2026, 12, 1)), [(day(2026, 12, 1), true), (day(2027, 5, 1), false)]);
    let attention = |session: &Session, today: NaiveDate| session.home(None, today).unwrap().attention.into_iter().find(|a| a.kind == "risks-review-due");
    let due = attention(&session, day(2026, 12, 1)).expect("the home says one risk is due");
    assert!(format!("{:?}", due.args).contains('1'), "{due:?}");

    // Reassessed (now high) on 2 December: due two months later; nothing is due meanwhile.
    session.reassess_risk(critical.id, Assessment { on: day(2026, 12, 2), likelihood: 4, impact: 4, note: String::new() }, Utc::now()).unwrap();
    assert_eq!(status(&session, day(2026, 12, 3)), [(day(2027, 2, 2), false), (day(2027, 5, 1), false)]);
    assert!(attention(&session, day(2026, 12, 3)).is_none());
    let _ = low;
}

#[test]
fn each_person_and_each_group_sees_which_risks_they_carry_and_at_which_level() {
    use tejido_core::NewPerson;
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let add = |session: &mut Session, pseudonym: &str, tags: &[&str]| {
        let person = NewPerson { pseudonym: pseudonym.into(), tags: tags.iter().map(|t| (*t).into()).collect(), ..NewPerson::default() };
        session.add_person(person, Utc::now()).unwrap().id
    };
    let ana = add(&mut session, "Ana", &["women-defender"]);
    let beto = add(&mut session, "Beto", &["youth"]);
    add(&mut session, "Caro", &["comité de agua"]);
    // Ana was detained: the threat assessment of that incident grounds a critical risk.
    let mut incident = as_kind!(draft(&session, RiskKind::Incident), Incident);
    incident.title = "Detention".into();
    incident.affected_people = vec![ana];
    let incident = as_kind!(session.save_risk_record(RiskRecord::Incident(incident), Utc::now()).unwrap(), Incident);
    let mut assessment = as_kind!(draft(&session, RiskKind::ThreatAssessment), ThreatAssessment);
    assessment.title = "Criminalisation".into();
    assessment.incidents = vec![incident.id];
    let assessment = as_kind!(session.save_risk_record(RiskRecord::ThreatAssessment(assessment), Utc::now()).unwrap(), ThreatAssessment);
    let mut arrest = add_risk(&mut session, "Arrest of Ana", 5, 5);
    arrest.threat_assessment = Some(assessment.id);
    session.save_risk_record(RiskRecord::Risk(arrest.clone()), Utc::now()).unwrap();
    // A low risk names Beto as threatened (in other case, without accents it still counts).
    let mut graffiti = as_kind!(draft(&session, RiskKind::Risk), Risk);
    graffiti.title = "Graffiti".into();
    graffiti.category = "criminalisation".into();
    graffiti.threatened = "BETO y su familia".into();
    graffiti.assessments[0].likelihood = 1;
    graffiti.assessments[0].impact = 2;
    let graffiti = as_kind!(session.save_risk_record(RiskRecord::Risk(graffiti), Utc::now()).unwrap(), Risk);

    let carriers = session.risk_analysis(day(2026, 11, 2)).unwrap().carriers;
    let people: Vec<(tejido_core::PersonId, Vec<(tejido_core::RiskId, Band)>)> =
        carriers.people.iter().map(|p| (p.person, p.risks.iter().map(|c| (c.risk, c.band)).collect())).collect();
    assert_eq!(people, [(ana, vec![(arrest.id, Band::Critical)]), (beto, vec![(graffiti.id, Band::Low)])], "Caro carries none; gravest first");
    let groups: Vec<(&str, u32, Vec<tejido_core::RiskId>)> =
        carriers.groups.iter().map(|g| (g.group.as_str(), g.members, g.risks.iter().map(|c| c.risk).collect())).collect();
    assert_eq!(
        groups,
        [("women", 1, vec![arrest.id]), ("youth", 1, vec![graffiti.id]), ("comité de agua", 1, vec![])],
        "groups without members are left out; the community's own tag is a group"
    );
}

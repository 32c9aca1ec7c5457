//! La Puya's principles 2 (inclusion) and 3 (no single leader) checked against the records of
//! the demo community, and of small fixtures whose expected finding is known.

use chrono::{NaiveDate, Utc};
use tejido_core::principles::{Dependence, InclusionWarningKind};
use tejido_core::protocol::{Participation, ProtocolKind, ProtocolRecord};
use tejido_core::risk::{MeasureStatus, RiskKind, RiskRecord};
use tejido_core::{NewPerson, PrintNames, Session};
use tejido_i18n::Locale;

use super::new_session;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn pseudonym(session: &Session, id: tejido_core::PersonId) -> String {
    session.people().unwrap().into_iter().find(|p| p.id == id).unwrap().pseudonym
}

fn decide(session: &mut Session, on: NaiveDate, groups: &[(&str, u32)]) {
    let ProtocolRecord::Decision(mut d) = session.draft_protocol_record(ProtocolKind::Decision, on).unwrap() else { unreachable!() };
    d.title = format!("Assembly of {on}");
    d.participants = groups.iter().map(|(g, c)| Participation { group: (*g).into(), count: *c }).collect();
    session.save_protocol_record(ProtocolRecord::Decision(d), Utc::now()).unwrap();
}

fn measure(session: &mut Session, owners: &[tejido_core::PersonId], status: MeasureStatus) {
    let RiskRecord::Measure(mut m) = session.draft_risk_record(RiskKind::Measure, day(2026, 12, 1)).unwrap() else { unreachable!() };
    m.title = "Walk together to the bus stop".into();
    m.owners = owners.to_vec();
    m.status = status;
    session.save_risk_record(RiskRecord::Measure(m), Utc::now()).unwrap();
}

fn tagged(session: &mut Session, pseudonym: &str, tags: &[&str]) -> tejido_core::PersonId {
    let person = NewPerson { pseudonym: pseudonym.into(), tags: tags.iter().map(|t| (*t).into()).collect(), ..NewPerson::default() };
    session.add_person(person, Utc::now()).unwrap().id
}

#[test]
fn the_demo_shows_every_group_at_its_assembly_and_that_elders_own_no_measure() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.load_demo(Utc::now()).unwrap();
    let inclusion = session.principle_checks().unwrap().inclusion;
    assert_eq!(inclusion.meetings, 1, "the demo decided everything at the assembly of 12 October");
    assert!(inclusion.decisions >= 4, "{}", inclusion.decisions);
    let groups: Vec<(&str, u32, u32)> = inclusion.groups.iter().map(|g| (g.group.as_str(), g.meetings, g.most_people)).collect();
    assert_eq!(groups, [("women", 1, 23), ("men", 1, 17), ("youth", 1, 9), ("elders", 1, 7)]);
    let elders = &inclusion.groups[3];
    assert_eq!((elders.members, elders.measures), (7, 0), "seven members are tagged elder; none owns a measure");
    let women = &inclusion.groups[0];
    assert_eq!(women.measures, 2, "Quetzal's request to the Ombudsperson, Flor de Mayo's radio (the alert plan is done)");
    let kinds: Vec<(InclusionWarningKind, Option<&str>)> = inclusion.warnings.iter().map(|w| (w.kind, w.group.as_deref())).collect();
    assert_eq!(kinds, [(InclusionWarningKind::GroupOwnsNone, Some("elders"))]);
    assert_eq!(inclusion.owners.len(), 9, "nine people share the five current measures");
    assert!(inclusion.owners.iter().all(|o| o.measures == 1));
}

#[test]
fn inclusion_counts_meetings_over_time_and_warns_of_absent_stopped_groups_and_one_owner() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let ceiba = tagged(&mut session, "Ceiba", &["women-defender"]);
    let garza = tagged(&mut session, "Garza", &["youth"]);
    // Youth came in 2025, then missed the three meetings of 2026; elders never came; the
    // women's savings group (the community's own word) came once. Two decisions on one day
    // are one meeting.
    decide(&mut session, day(2025, 3, 1), &[("women", 10), ("youth", 4)]);
    decide(&mut session, day(2025, 3, 1), &[("women", 12), ("Savings group", 5)]);
    decide(&mut session, day(2026, 1, 10), &[("women", 9), ("men", 6)]);
    decide(&mut session, day(2026, 4, 10), &[("women", 8)]);
    decide(&mut session, day(2026, 9, 10), &[("women", 11), ("men", 3)]);
    decide(&mut session, day(2026, 10, 1), &[]);
    for _ in 0..3 {
        measure(&mut session, &[ceiba], MeasureStatus::ToDo);
    }
    measure(&mut session, &[garza], MeasureStatus::InProgress);
    measure(&mut session, &[garza], MeasureStatus::Done);
    measure(&mut session, &[], MeasureStatus::ToDo);

    let inclusion = session.principle_checks().unwrap().inclusion;
    assert_eq!((inclusion.decisions, inclusion.unrecorded, inclusion.meetings), (5, 1, 4));
    let youth = inclusion.groups.iter().find(|g| g.group == "youth").unwrap();
    assert_eq!((youth.meetings, youth.decisions, youth.last_on), (1, 1, Some(day(2025, 3, 1))));
    let years: Vec<(i32, u32, u32)> = youth.years.iter().map(|y| (y.year, y.meetings, y.attended)).collect();
    assert_eq!(years, [(2025, 1, 1), (2026, 3, 0)]);
    let women = inclusion.groups.iter().find(|g| g.group == "women").unwrap();
    assert_eq!((women.meetings, women.decisions, women.most_people), (4, 5, 12));
    assert_eq!(inclusion.groups.last().unwrap().group, "Savings group", "the community's own groups follow the usual ones");
    assert_eq!((inclusion.measures, inclusion.unowned), (4, 1), "a done measure no longer counts");

    let warnings: Vec<(InclusionWarningKind, Option<&str>, u32, u32)> =
        inclusion.warnings.iter().map(|w| (w.kind, w.group.as_deref(), w.count, w.total)).collect();
    assert_eq!(
        warnings,
        [
            (InclusionWarningKind::GroupStopped, Some("youth"), 3, 4),
            (InclusionWarningKind::GroupAbsent, Some("elders"), 0, 4),
            (InclusionWarningKind::GroupStopped, Some("Savings group"), 3, 4),
            (InclusionWarningKind::OneOwner, None, 3, 4),
        ]
    );
    assert_eq!(inclusion.warnings[3].person, Some(ceiba));
}

#[test]
fn the_demo_depends_on_quetzal_named_alone_as_spokesperson_with_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.load_demo(Utc::now()).unwrap();
    let checks = session.principle_checks().unwrap();
    let quetzal = checks.leaders.iter().find(|d| pseudonym(&session, d.person) == "Quetzal").expect("Quetzal is in the view");
    assert_eq!(quetzal.reasons, [Dependence::SoleVoice], "the draft names only Quetzal");
    assert_eq!(quetzal.measures, 1);
    assert_eq!(quetzal.sections.len(), 1, "the spokespeople section");
    assert!(checks.leaders.iter().all(|d| d.is_warning()), "nobody else is named with others in the draft");
    let network = session.network().unwrap();
    let concentrated = network.findings.iter().find(|f| f.kind == tejido_core::network::FindingKind::ContactConcentration).unwrap();
    let holder = checks.leaders.iter().find(|d| d.person == concentrated.people[0]).expect("the network's concentration is in the view");
    assert!(holder.reasons.contains(&Dependence::Contacts));
}

#[test]
fn leaders_gather_the_measures_and_the_alert_chain_and_a_shared_role_is_no_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let ceiba = tagged(&mut session, "Ceiba", &[]);
    let garza = tagged(&mut session, "Garza", &[]);
    for _ in 0..3 {
        measure(&mut session, &[ceiba], MeasureStatus::ToDo);
    }
    session.start_protocol(Locale::En, Utc::now()).unwrap();
    let mut section = session.protocol(Locale::En).unwrap().document.sections.into_iter().find(|s| s.key == "spokespeople").unwrap();
    section.body = "Garza and Ceiba take turns speaking for us.".into();
    session.save_protocol_record(ProtocolRecord::Section(section), Utc::now()).unwrap();

    let leaders = session.principle_checks().unwrap().leaders;
    let of = |id| leaders.iter().find(|d| d.person == id).unwrap();
    assert_eq!(of(ceiba).reasons, [Dependence::Measures, Dependence::NamedRole]);
    assert!(of(ceiba).is_warning());
    assert_eq!(of(garza).reasons, [Dependence::NamedRole]);
    assert!(!of(garza).is_warning(), "named with others is what the principle asks for");
    assert_eq!(leaders[0].person, ceiba, "warnings first");
}

#[test]
fn the_printed_protocol_carries_the_checks_with_names_by_the_print_rule() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let ceiba = session
        .add_person(NewPerson { pseudonym: "Ceiba".into(), real_name: Some("María Xol".into()), ..NewPerson::default() }, Utc::now())
        .unwrap()
        .id;
    for _ in 0..3 {
        measure(&mut session, &[ceiba], MeasureStatus::ToDo);
    }
    session.start_protocol(Locale::En, Utc::now()).unwrap();
    let print = session.protocol_print(None, Locale::En, PrintNames::Pseudonyms).unwrap();
    assert_eq!(print.checks.inclusion.owners.len(), 1);
    assert_eq!(print.checks.named.iter().map(|n| n.name.as_str()).collect::<Vec<_>>(), ["Ceiba"]);
    let print = session.protocol_print(None, Locale::En, PrintNames::RealNames).unwrap();
    assert_eq!(print.checks.named[0].name, "Ceiba (María Xol)");
}

/// An actor of `kind` saved in the risk analysis.
fn actor(session: &mut Session, name: &str, kind: tejido_core::risk::ActorKind, sensitivity: tejido_core::Sensitivity) -> tejido_core::ActorId {
    let RiskRecord::Actor(mut a) = session.draft_risk_record(RiskKind::Actor, day(2026, 12, 1)).unwrap() else { unreachable!() };
    a.name = name.into();
    a.kind = kind;
    a.sensitivity = sensitivity;
    let id = a.id;
    session.save_risk_record(RiskRecord::Actor(a), Utc::now()).unwrap();
    id
}

#[test]
fn principle_1_names_the_company_the_members_tied_to_it_every_planned_dialogue_and_the_institutions_to_demand_from() {
    use tejido_core::network::{PartyKind, RelationshipKind};
    use tejido_core::protocol::Outcome;
    use tejido_core::risk::ActorKind;
    use tejido_core::Sensitivity;

    let dir = tempfile::tempdir().unwrap();
    let mut s = new_session(dir.path());
    let dam = actor(&mut s, "Hidroeléctrica Santa Rita", ActorKind::Company, Sensitivity::Community);
    actor(&mut s, "Empresa Oculta", ActorKind::Company, Sensitivity::Restricted);
    actor(&mut s, "Fiscalía de Derechos Humanos", ActorKind::StateBody, Sensitivity::Community);
    actor(&mut s, "Policía", ActorKind::SecurityForces, Sensitivity::Community);
    let (works, opposes) = (tagged(&mut s, "Chipe", &[]), tagged(&mut s, "Pijuy", &[]));
    for (person, kind) in [(works, RelationshipKind::Colleague), (opposes, RelationshipKind::Hostile)] {
        let link = s.draft_relationship((PartyKind::Person, person.0), (PartyKind::Actor, dam.0), kind).unwrap();
        s.save_relationship(link, Utc::now()).unwrap();
    }
    let plan = |s: &mut Session, title: &str, status: MeasureStatus, sensitivity: Sensitivity| {
        let RiskRecord::Measure(mut m) = s.draft_risk_record(RiskKind::Measure, day(2026, 12, 1)).unwrap() else { unreachable!() };
        m.title = title.into();
        m.status = status;
        m.sensitivity = sensitivity;
        s.save_risk_record(RiskRecord::Measure(m), Utc::now()).unwrap();
    };
    plan(&mut s, "Mesa de diálogo con la HIDROELECTRICA Santa Rita", MeasureStatus::ToDo, Sensitivity::Community);
    plan(&mut s, "Meeting with the company last year", MeasureStatus::Done, Sensitivity::Community);
    plan(&mut s, "Reunión secreta con la empresa", MeasureStatus::ToDo, Sensitivity::Restricted);
    plan(&mut s, "Denunciar a la Hidroeléctrica Santa Rita ante la Fiscalía", MeasureStatus::ToDo, Sensitivity::Community);
    for (title, outcome) in [("Rencontrer l'entreprise au sujet de la route", Outcome::Agreed), ("Negociar con la empresa", Outcome::Rejected)] {
        let ProtocolRecord::Decision(mut d) = s.draft_protocol_record(ProtocolKind::Decision, day(2026, 11, 2)).unwrap() else { unreachable!() };
        d.title = title.into();
        d.outcome = outcome;
        s.save_protocol_record(ProtocolRecord::Decision(d), Utc::now()).unwrap();
    }

    let found = s.principle_checks().unwrap().companies;
    let ties: Vec<(&str, Vec<String>)> =
        found.companies.iter().map(|c| (c.name.as_str(), c.people.iter().map(|p| pseudonym(&s, *p)).collect())).collect();
    assert_eq!(ties, [("Hidroeléctrica Santa Rita", vec!["Chipe".to_owned()])], "a restricted company and a hostile link are no tie");
    let dialogues: Vec<(&str, Option<&str>)> = found.dialogues.iter().map(|d| (d.title.as_str(), d.company.as_deref())).collect();
    assert_eq!(
        dialogues,
        [
            ("Mesa de diálogo con la HIDROELECTRICA Santa Rita", Some("Hidroeléctrica Santa Rita")),
            ("Rencontrer l'entreprise au sujet de la route", None),
        ],
        "a measure done, a restricted one, a complaint naming the company and a rejected decision plan no dialogue"
    );
    assert_eq!(found.institutions, ["Fiscalía de Derechos Humanos"]);

    // The demo: its mining company, tied to no member, no dialogue planned, and the
    // institutions its records know.
    let demo_dir = tempfile::tempdir().unwrap();
    let mut demo = new_session(demo_dir.path());
    demo.load_demo(Utc::now()).unwrap();
    let found = demo.principle_checks().unwrap().companies;
    assert_eq!(found.companies.iter().map(|c| (c.name.as_str(), c.people.len())).collect::<Vec<_>>(), [("Minera Cerro Alto", 0)]);
    assert!(found.dialogues.is_empty(), "{:?}", found.dialogues);
    assert!(found.institutions.iter().any(|i| i.starts_with("Human Rights Ombudsperson")), "{:?}", found.institutions);
}

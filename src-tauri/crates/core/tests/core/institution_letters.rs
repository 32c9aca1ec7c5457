//! Letters to public institutions suggested from an incident (La Puya's principle 1): which
//! institutions, never a company, names only as people agreed, dates written out, and the
//! letter kept as a measure of the plan.

use chrono::{NaiveDate, Utc};
use tejido_core::escalation::{Consent, LetterRecord};
use tejido_core::risk::{Actor, ActorKind, Incident, MeasureStatus, RiskKind, RiskRecord, Stance};
use tejido_core::{NewPerson, PersonId, Sensitivity, Session};
use tejido_i18n::Locale;

use super::new_session;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn actor(s: &mut Session, name: &str, kind: ActorKind, sensitivity: Sensitivity) -> Actor {
    let RiskRecord::Actor(mut a) = s.draft_risk_record(RiskKind::Actor, day(2026, 1, 1)).unwrap() else { unreachable!() };
    a.name = name.into();
    a.kind = kind;
    a.stance = Stance::Neutral;
    a.sensitivity = sensitivity;
    let RiskRecord::Actor(a) = s.save_risk_record(RiskRecord::Actor(a), Utc::now()).unwrap() else { unreachable!() };
    a
}

fn member(s: &mut Session, pseudonym: &str, real: &str, sensitivity: Sensitivity) -> PersonId {
    s.add_person(NewPerson { pseudonym: pseudonym.into(), real_name: Some(real.into()), sensitivity, ..NewPerson::default() }, Utc::now()).unwrap().id
}

/// A threat to two members, by a company, with the district prosecutor's office mapped: Garza
/// Blanca (Rosa Elvira Xol) agreed in a case to be named to authorities, Colibrí (Ana Pop) did
/// not, Jaguar (Tomás Ical) is restricted. The company's name holds a prosecutor's word, and a
/// restricted state body fits too: neither may be an addressee.
struct Fixture {
    session: Session,
    incident: Incident,
    prosecutor: Actor,
    company: Actor,
    hidden_body: Actor,
}

fn fixture(dir: &std::path::Path) -> Fixture {
    let mut s = new_session(dir);
    let prosecutor = actor(&mut s, "Fiscalía de Distrito de Santa Rosa", ActorKind::StateBody, Sensitivity::Community);
    let company = actor(&mut s, "Minera Fiscal Holdings", ActorKind::Company, Sensitivity::Community);
    let hidden_body = actor(&mut s, "Fiscalía especial contra la impunidad", ActorKind::StateBody, Sensitivity::Restricted);
    let garza = member(&mut s, "Garza Blanca", "Rosa Elvira Xol", Sensitivity::Community);
    let colibri = member(&mut s, "Colibrí", "Ana Pop", Sensitivity::Community);
    let jaguar = member(&mut s, "Jaguar", "Tomás Ical", Sensitivity::Restricted);
    let RiskRecord::Incident(mut incident) = s.draft_risk_record(RiskKind::Incident, day(2026, 3, 14)).unwrap() else { unreachable!() };
    incident.title = "Amenazas a Garza Blanca y a Colibrí".into();
    incident.occurred_on = day(2026, 3, 14);
    incident.place = "Loma del Viento".into();
    incident.description = "Ana Pop recibió llamadas; Jaguar las oyó y Tomás Ical avisó a la asamblea.".into();
    incident.category = "threats-harassment".into();
    incident.affected_people = vec![garza, colibri, jaguar];
    incident.perpetrator_actor = Some(company.id);
    incident.perpetrator = "guardias de la empresa".into();
    let RiskRecord::Incident(incident) = s.save_risk_record(RiskRecord::Incident(incident), Utc::now()).unwrap() else { unreachable!() };
    let mut case = s.draft_case();
    case.title = "Amenazas en Loma del Viento".into();
    case.people = vec![garza, colibri];
    case.incidents = vec![incident.id];
    let consent = |person, to_state| Consent { person, share_with_desk: true, name_to_authorities: to_state, name_in_public: false, photos: false, recorded_on: day(2026, 3, 15) };
    case.consents = vec![consent(garza, true), consent(colibri, false)];
    s.save_case(case, Utc::now()).unwrap();
    Fixture { session: s, incident, prosecutor, company, hidden_body }
}

#[test]
fn a_threat_goes_to_the_mapped_prosecutor_the_protection_unit_and_the_ombudsperson_never_to_the_company() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture(dir.path());
    let letters = f.session.incident_letters(f.incident.id, Locale::Es).unwrap();
    let to: Vec<(&str, Option<tejido_core::ActorId>, &str)> =
        letters.letters.iter().map(|l| (l.institution.as_str(), l.actor, l.addressee.as_str())).collect();
    assert_eq!(
        to,
        [
            ("prosecutor", Some(f.prosecutor.id), "Fiscalía de Distrito de Santa Rosa"),
            ("protection-unit", None, "Unidad de protección (policía o mecanismo nacional de protección)"),
            ("ombudsperson", None, "Defensoría del Pueblo o Procuraduría de Derechos Humanos"),
        ]
    );
    for letter in &letters.letters {
        assert_ne!(letter.actor, Some(f.company.id), "a company is never written to");
        assert_ne!(letter.actor, Some(f.hidden_body.id), "a restricted actor is never named");
        assert!(!letter.text.contains(&f.hidden_body.name) && !letter.addressee.contains("impunidad"));
        // The company is named so the institution acts on it.
        assert!(letter.text.contains("La empresa Minera Fiscal Holdings es responsable"), "{}", letter.text);
        assert!(letter.reasons.iter().any(|r| r.contains("nunca a la empresa")), "{:?}", letter.reasons);
        assert!(letter.text.contains("14 de marzo de 2026") && letter.text.contains(" en Loma del Viento"), "{}", letter.text);
        assert!(letter.text.contains("amenazas y hostigamiento"), "the category in words");
        assert!(letter.text.trim_end().ends_with("La comunidad Cooperativa Río Claro, de forma colectiva"), "signed by the community: {}", letter.text);
    }
    let prosecutor = &letters.letters[0];
    assert!(prosecutor.reasons.iter().any(|r| r.contains("Fiscalía de Distrito de Santa Rosa")));
    assert!(prosecutor.text.contains("abrir una investigación pronta"), "the prosecutor's demands");
    assert!(letters.letters[2].text.contains("abrir un expediente"), "the ombudsperson's demands");
}

#[test]
fn people_are_named_only_as_they_agreed_and_restricted_people_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let f = fixture(dir.path());
    let letters = f.session.incident_letters(f.incident.id, Locale::En).unwrap();
    let text = &letters.letters[0].text;
    let title = &letters.letters[0].title;
    // Garza Blanca agreed to be named to authorities: her name, and never beside her pseudonym.
    assert!(text.contains("Rosa Elvira Xol") && title.contains("Rosa Elvira Xol"), "{title}\n{text}");
    assert!(!text.contains("Garza") && !title.contains("Garza"), "{text}");
    // Colibrí did not: her pseudonym only, even where her real name was typed.
    assert!(text.contains("Colibrí"), "{text}");
    assert!(!text.contains("Ana") && !text.contains("Pop"), "{text}");
    // Jaguar is restricted: neither name.
    assert!(!text.contains("Jaguar") && !text.contains("Tomás") && !text.contains("Ical"), "{text}");
    assert!(text.contains("a member of the community whose name is withheld"), "{text}");
    assert_eq!(letters.named.len(), 1, "only Garza Blanca is named");
    assert!(text.contains("14 March 2026"));
    // French writes the date its own way.
    let fr = f.session.incident_letters(f.incident.id, Locale::Fr).unwrap();
    assert!(fr.letters[0].text.contains("survenu le 14 mars 2026 à Loma del Viento"), "{}", fr.letters[0].text);
    assert!(fr.letters[0].text.contains("La communauté Cooperativa Río Claro, collectivement"));
}

#[test]
fn without_a_case_nobody_is_named_and_a_restricted_incident_gives_no_details() {
    let dir = tempfile::tempdir().unwrap();
    let mut f = fixture(dir.path());
    let case = f.session.cases().unwrap().remove(0);
    f.session.remove_case(case.id, Utc::now()).unwrap();
    let text = f.session.incident_letters(f.incident.id, Locale::En).unwrap().letters[0].text.clone();
    assert!(text.contains("Garza Blanca") && !text.contains("Rosa Elvira"), "consent is the case's: {text}");
    let mut incident = f.incident.clone();
    incident.sensitivity = Sensitivity::Restricted;
    f.session.save_risk_record(RiskRecord::Incident(incident), Utc::now()).unwrap();
    let letters = f.session.incident_letters(f.incident.id, Locale::En).unwrap();
    assert!(letters.details_withheld);
    let text = &letters.letters[0].text;
    for hidden in ["Amenazas", "Loma", "Garza", "Colibrí", "llamadas", "guardias"] {
        assert!(!text.contains(hidden), "{hidden} in {text}");
    }
    assert!(text.contains("14 March 2026") && text.contains("threats and harassment"), "{text}");
}

#[test]
fn the_demo_complaint_goes_to_the_prosecutor_judicial_oversight_the_un_office_and_the_ombudsperson() {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    session.load_demo(Utc::now()).unwrap();
    let analysis = session.risk_analysis(day(2026, 12, 1)).unwrap();
    let complaint = analysis.incidents.iter().find(|i| i.category == "criminalisation").unwrap();
    let letters = session.incident_letters(complaint.id, Locale::Fr).unwrap();
    let to: Vec<&str> = letters.letters.iter().map(|l| l.addressee.as_str()).collect();
    assert_eq!(
        to,
        [
            "Public Prosecutor's Office, district",
            "Organe de contrôle judiciaire (Conseil supérieur de la magistrature)",
            "UN human rights office in the country",
            "Human Rights Ombudsperson, regional office",
        ]
    );
    let mine = analysis.actors.iter().find(|a| a.kind == ActorKind::Company).unwrap();
    assert!(letters.letters.iter().all(|l| l.actor != Some(mine.id)));
    let text = &letters.letters[0].text;
    assert!(text.contains("20 mai 2026") && text.contains("L'entreprise Minera Cerro Alto en est responsable"), "{text}");
    assert!(text.contains("Garza") && !text.contains("Matías"), "no case carries the demo's incidents: pseudonyms only");
    // A land incident goes to the environment ministry and the mapped municipality.
    let fence = analysis.incidents.iter().find(|i| i.category == "property-livelihood").unwrap();
    let institutions: Vec<String> = session.incident_letters(fence.id, Locale::En).unwrap().letters.iter().map(|l| format!("{}={}", l.institution, l.addressee)).collect();
    assert_eq!(
        institutions,
        [
            "prosecutor=Public Prosecutor's Office, district",
            "environment=Ministry of the Environment",
            "municipality=Municipal mayor's office of San Isidro Tulul",
            "ombudsperson=Human Rights Ombudsperson, regional office",
        ]
    );
}

#[test]
fn a_letter_becomes_a_measure_and_a_sent_one_is_dated_on_the_incident_in_one_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut f = fixture(dir.path());
    let owner = f.session.people().unwrap()[1].id;
    let letter = f.session.incident_letters(f.incident.id, Locale::Es).unwrap().letters.remove(0);
    let to_send = LetterRecord {
        incident: f.incident.id,
        addressee: letter.addressee.clone(),
        title: letter.title.clone(),
        text: format!("{}\n\nEditado por la asamblea.", letter.text),
        owners: vec![owner],
        due_on: Some(day(2026, 3, 20)),
        sent_on: None,
    };
    let measure = f.session.record_incident_letter(to_send.clone(), Locale::Es, Utc::now()).unwrap();
    assert_eq!((measure.status, measure.due_on, measure.owners.clone()), (MeasureStatus::ToDo, Some(day(2026, 3, 20)), vec![owner]));
    assert!(measure.description.ends_with("Editado por la asamblea."), "the edited text is kept");
    assert_eq!(f.session.risk_analysis(day(2026, 3, 16)).unwrap().incidents[0].reported_to, "", "not sent yet");

    let sent = LetterRecord { sent_on: Some(day(2026, 4, 1)), ..to_send };
    let measure = f.session.record_incident_letter(sent, Locale::Es, Utc::now()).unwrap();
    assert_eq!((measure.status, measure.due_on), (MeasureStatus::Done, Some(day(2026, 4, 1))));
    let analysis = f.session.risk_analysis(day(2026, 4, 2)).unwrap();
    assert_eq!(analysis.incidents[0].reported_to, "Fiscalía de Distrito de Santa Rosa (carta del 1 de abril de 2026)");
    assert_eq!(analysis.measures.len(), 2);
    f.session.undo(Utc::now()).unwrap();
    let analysis = f.session.risk_analysis(day(2026, 4, 2)).unwrap();
    assert_eq!((analysis.measures.len(), analysis.incidents[0].reported_to.as_str()), (1, ""), "one undo takes back both");
}

//! Consent that holds wherever a name goes: both of the UN's questions in every submission,
//! one naming rule for the community's own words, the preview as the package, the desk's own
//! words checked, and consent that changes after a case was sent.

use chrono::{Duration, NaiveDate, Utc};
use tejido_core::escalation::{
    ActionKind, Addressee, Audience, Beyond, Consent, ContactRole, Imported, PackageContent, PackageError, ReceivedCase, Request, Urgency,
};
use tejido_core::risk::{RiskKind, RiskRecord};
use tejido_core::{CaseId, NewPerson, PersonId, Session};
use tejido_i18n::Locale;

use super::new_session;

fn day() -> NaiveDate {
    Utc::now().date_naive()
}

fn consent(person: PersonId, to_state: bool, public: bool) -> Consent {
    Consent { person, share_with_desk: true, name_to_authorities: to_state, name_in_public: public, photos: false, recorded_on: day() }
}

/// A community whose incident title carries a pseudonym ("Detención de Garza Blanca") and
/// whose description carries a real name nobody agreed to give. Garza Blanca is Rosa Elvira
/// Xol, who agreed to be named to the State but not in public; Colibrí is Ana Pop, who shares
/// her situation with the desk without her name; Tucán (Juan Cux) refused to be in it at all.
struct Fixture {
    community: Session,
    case: CaseId,
    people: [PersonId; 3],
}

fn fixture(dir: &std::path::Path) -> Fixture {
    let mut s = new_session(dir);
    let add = |s: &mut Session, pseudonym: &str, real: &str| {
        s.add_person(NewPerson { pseudonym: pseudonym.into(), real_name: Some(real.into()), role: "defender".into(), ..NewPerson::default() }, Utc::now())
            .unwrap()
            .id
    };
    let garza = add(&mut s, "Garza Blanca", "Rosa Elvira Xol");
    let colibri = add(&mut s, "Colibrí", "Ana Pop");
    let tucan = add(&mut s, "Tucán", "Juan Cux");
    let RiskRecord::Incident(mut incident) = s.draft_risk_record(RiskKind::Incident, day()).unwrap() else { unreachable!() };
    incident.title = "Detención de Garza Blanca".into();
    incident.place = "casa de Ana Pop".into();
    incident.description = "Ana POP y Colibrí vieron cómo se llevaron a rosa elvira; Tucán avisó a JUAN CUX.".into();
    s.save_risk_record(RiskRecord::Incident(incident.clone()), Utc::now()).unwrap();
    let mut case = s.draft_case();
    case.title = "Personas en riesgo: Garza Blanca y Colibrí".into();
    case.summary = "Rosa Elvira Xol fue detenida; Ana Pop y Juan Cux la acompañaban.".into();
    case.public_summary = "Una defensora fue detenida (Rosa Elvira Xol, según Colibrí).".into();
    // Chosen from the list: Alta Verapaz, Guatemala.
    case.region = "GT-16".into();
    case.urgency = Urgency::Immediate;
    case.requests = vec![Request::UnMechanism, Request::Relocation];
    case.people = vec![garza, colibri, tucan];
    case.incidents = vec![incident.id];
    case.safe_contact = "Signal: preguntar por Colibrí".into();
    case.consents = vec![consent(garza, true, false), consent(colibri, false, false)];
    let case = s.save_case(case, Utc::now()).unwrap();
    Fixture { community: s, case: case.id, people: [garza, colibri, tucan] }
}

/// The case as a desk receives it, and the desk.
fn received(f: &mut Fixture, desk_dir: &std::path::Path) -> (Session, ReceivedCase) {
    let mut desk = new_session(desk_dir);
    desk.set_desk(true, Utc::now()).unwrap();
    let card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let to = f.community.add_contact(&card, "", Utc::now()).unwrap();
    let bytes = f.community.export_case(f.case, &[to.id], Utc::now()).unwrap();
    let ours = f.community.own_contact(ContactRole::Community, Utc::now()).unwrap();
    desk.add_contact(&ours, "", Utc::now()).unwrap();
    let opened = desk.open_package(&bytes, None, Utc::now()).unwrap();
    let Imported::Case { case, .. } = desk.store_package(opened, Utc::now()).unwrap() else { panic!("a case") };
    (desk, *case)
}

#[test]
fn every_un_and_regional_draft_states_both_answers_per_person_and_marks_a_name_not_public_confidential() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    let (desk, case) = received(&mut f, ddir.path());
    let expect = [
        (Locale::En, "CONFIDENTIAL, do not publish", "name may be given to the State: yes; name may appear in public reports and the communications database: no", "[name withheld]: name may be given to the State: no"),
        (Locale::Es, "CONFIDENCIAL, no publicar", "su nombre puede comunicarse al Estado: sí; su nombre puede figurar en informes públicos y en la base de datos de comunicaciones: no", "[nombre reservado]: su nombre puede comunicarse al Estado: no"),
        (Locale::Fr, "CONFIDENTIEL, ne pas publier", "son nom peut être communiqué à l'État : oui ; son nom peut figurer dans les rapports publics et dans la base de données des communications : non", "[nom non communiqué] : son nom peut être communiqué à l'État : non"),
    ];
    for kind in [ActionKind::UnSubmission, ActionKind::RegionalSubmission] {
        for (locale, confidential, rosa, ana) in expect {
            let draft = desk.draft_action(case.id, kind, Addressee::Government, locale, day()).unwrap();
            let text = &draft.text;
            assert!(text.contains(&format!("Rosa Elvira Xol ({confidential})")), "{kind:?} {locale:?}: the name is marked where it is given\n{text}");
            assert!(text.contains(&format!("- Rosa Elvira Xol: {rosa}. {confidential}")) || text.contains(&format!("- Rosa Elvira Xol : {rosa}. {confidential}")), "{kind:?} {locale:?}: both answers\n{text}");
            assert!(text.contains(ana), "{kind:?} {locale:?}: Colibrí is counted, not named\n{text}");
            for never in ["Ana Pop", "Colibrí", "Garza", "Juan Cux", "Tucán", "{"] {
                assert!(!text.contains(never), "{kind:?} {locale:?}: {never} in\n{text}");
            }
            assert!(case.findings().is_empty());
        }
    }
}

#[test]
fn the_community_s_own_words_name_each_person_as_their_consent_allows_for_each_audience() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    // To the desk: Rosa named (she agreed to be named to the State), Ana under her pseudonym,
    // Juan (who refused) not at all, not even as Tucán.
    let desk_view = serde_json::to_string(&f.community.case_preview(f.case, Audience::Desk, Utc::now()).unwrap()).unwrap();
    for never in ["Ana Pop", "Ana POP", "Juan Cux", "JUAN CUX", "Tucán"] {
        assert!(!desk_view.contains(never), "{never} to the desk: {desk_view}");
    }
    assert!(desk_view.contains("casa de Colibrí") && desk_view.contains("Colibrí vieron"), "{desk_view}");
    // To the public: no pseudonym, no name but those agreed to be public (none here).
    let public = serde_json::to_string(&f.community.case_preview(f.case, Audience::Public, Utc::now()).unwrap()).unwrap();
    for never in ["Rosa", "Xol", "Garza", "Colibrí", "Ana Pop", "Tucán", "Juan"] {
        assert!(!public.contains(never), "{never} to the public: {public}");
    }
    assert!(public.contains("Una defensora fue detenida (•••, según •••)."), "{public}");

    // At the desk: a letter to the State never ties the pseudonym to the real name.
    let (desk, case) = received(&mut f, ddir.path());
    let letter = desk.draft_action(case.id, ActionKind::Letter, Addressee::Government, Locale::Es, day()).unwrap();
    let all = format!("{}\n{}", letter.title, letter.text);
    assert!(all.contains("Detención de Rosa Elvira Xol"), "{all}");
    assert!(all.contains("Personas en riesgo: Rosa Elvira Xol y [nombre reservado]"), "{all}");
    for never in ["Garza", "Colibrí", "Ana", "Tucán", "Juan", "•••"] {
        assert!(!all.contains(never), "{never} in the letter:\n{all}");
    }
    // Public texts: nobody agreed to be named in public.
    for (kind, to) in [(ActionKind::MediaBrief, Addressee::Government), (ActionKind::Petition, Addressee::Government), (ActionKind::Letter, Addressee::Company)] {
        let d = desk.draft_action(case.id, kind, to, Locale::En, day()).unwrap();
        let all = format!("{}\n{}", d.title, d.text);
        for never in ["Rosa", "Xol", "Garza", "Colibrí", "Ana", "Juan", "Tucán"] {
            assert!(!all.contains(never), "{kind:?}: {never} in\n{all}");
        }
    }
    // The desk sees the pseudonym beside the real name it received, to tell they are one.
    let rosa = case.content.people.iter().find(|p| p.real_name.as_deref() == Some("Rosa Elvira Xol")).unwrap();
    assert_eq!(rosa.pseudonym.as_deref(), Some("Garza Blanca"));
}

#[test]
fn the_preview_is_the_package_value_for_value() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    let preview = f.community.case_preview(f.case, Audience::Desk, Utc::now()).unwrap();
    let (_, case) = received(&mut f, ddir.path());
    let mut sealed = case.content.clone();
    // Only what sealing adds: the address for the reply, and the moment it was sealed.
    assert!(!sealed.reply_to.is_empty());
    sealed.reply_to = String::new();
    sealed.made_at = preview.made_at;
    assert_eq!(sealed, preview, "the preview is what the desk received, field by field");
    assert!(!preview.incidents[0].description.is_empty() && !preview.incidents[0].place.is_empty() && !preview.requests.is_empty());
}

#[test]
fn a_desk_text_naming_someone_beyond_consent_says_who_and_which_consent() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    let (mut desk, case) = received(&mut f, ddir.path());
    let mut letter = desk.draft_action(case.id, ActionKind::Letter, Addressee::Government, Locale::Es, day()).unwrap();
    let mut brief = desk.draft_action(case.id, ActionKind::MediaBrief, Addressee::Government, Locale::Es, day()).unwrap();
    let mut with_actions = case.clone();
    with_actions.actions = vec![letter.clone(), brief.clone()];
    let saved = desk.save_received(with_actions, Utc::now()).unwrap();
    assert!(saved.findings().is_empty(), "fresh drafts follow consent: {:?}", saved.findings());

    // The desk's own words: a pseudonym without its accent, part of one, a real name in public.
    letter.text.push_str("\n\nColibri también fue amenazada; garza declaró.");
    brief.text.push_str("\n\nHablamos con Rosa Elvira XOL.");
    let mut edited = saved.clone();
    edited.actions = vec![letter.clone(), brief.clone()];
    let saved = desk.save_received(edited, Utc::now()).unwrap();
    let findings = saved.findings();
    let of = |id| findings.iter().find(|f| f.action == id).map(|f| f.findings.iter().map(|n| (n.person.as_str(), n.found.as_str(), n.consent)).collect::<Vec<_>>());
    assert_eq!(
        of(letter.id).unwrap(),
        [("Colibrí", "Colibri", Beyond::Pseudonym), ("Garza Blanca", "garza", Beyond::Pseudonym)],
        "the letter to the State (the desk never received Ana's name: it cannot tell it, nor give it)"
    );
    assert_eq!(
        of(brief.id).unwrap(),
        [("Garza Blanca", "Rosa Elvira XOL", Beyond::NameInPublic)],
        "the media brief: she agreed to be named to the State, not in public"
    );
    let view = tejido_core::escalation::check_text(&saved.content, "nada", true);
    assert!(view.is_empty());
}

#[test]
fn consent_withdrawn_after_sending_reaches_the_desk_and_flags_every_text_beyond_it() {
    let (cdir, ddir, odir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    // Rosa first agreed to be named in public too.
    let mut case = f.community.cases().unwrap().remove(0);
    case.consents[0].name_in_public = true;
    f.community.save_case(case.clone(), Utc::now()).unwrap();
    assert!(matches!(f.community.send_consent_update(f.case, Utc::now()), Err(tejido_core::EditError::CaseNotSent)), "no desk to tell yet");
    let (mut desk, received) = received(&mut f, ddir.path());
    let brief = desk.draft_action(received.id, ActionKind::MediaBrief, Addressee::Government, Locale::En, day()).unwrap();
    let un = desk.draft_action(received.id, ActionKind::UnSubmission, Addressee::Government, Locale::En, day()).unwrap();
    assert!(brief.text.contains("Rosa Elvira Xol") && !un.text.contains("CONFIDENTIAL"), "{}", brief.text);
    let mut acting = received.clone();
    acting.actions = vec![brief.clone(), un.clone()];
    let acting = desk.save_received(acting, Utc::now()).unwrap();
    assert!(acting.findings().is_empty());

    // She withdraws her public consent: a signed, sealed update the desk opens like a report.
    let older = f.community.send_consent_update(f.case, Utc::now()).unwrap();
    case.consents[0].name_in_public = false;
    f.community.save_case(case.clone(), Utc::now()).unwrap();
    let update = f.community.send_consent_update(f.case, Utc::now() + Duration::seconds(1)).unwrap();
    assert!(!String::from_utf8_lossy(&update).contains("Rosa"), "sealed");
    let opened = desk.open_package(&update, None, Utc::now()).unwrap();
    let Imported::Consent { case: applied, new: true } = desk.store_package(opened, Utc::now()).unwrap() else { panic!("a consent update") };
    let rosa = applied.content.people.iter().find(|p| p.pseudonym.as_deref() == Some("Garza Blanca")).unwrap();
    assert!(!rosa.name_in_public && rosa.name_to_authorities && rosa.consent_changed_at.is_some());
    let findings = applied.findings();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!((findings[0].action, findings[0].public, findings[0].findings[0].consent), (brief.id, true, Beyond::NameInPublic));
    // A new draft follows the consent as it is now.
    let redrafted = desk.draft_action(received.id, ActionKind::MediaBrief, Addressee::Government, Locale::En, day()).unwrap();
    assert!(!redrafted.text.contains("Rosa"));
    // The earlier update, arriving late, changes nothing.
    let opened = desk.open_package(&older, None, Utc::now()).unwrap();
    assert!(matches!(desk.store_package(opened, Utc::now()).unwrap(), Imported::Consent { new: false, .. }));

    // She withdraws from the case altogether: the submission to the State is flagged too.
    case.consents[0].share_with_desk = false;
    f.community.save_case(case.clone(), Utc::now()).unwrap();
    let gone = f.community.send_consent_update(f.case, Utc::now() + Duration::seconds(2)).unwrap();
    let opened = desk.open_package(&gone, None, Utc::now()).unwrap();
    let Imported::Consent { case: applied, new: true } = desk.store_package(opened, Utc::now()).unwrap() else { panic!("a consent update") };
    let flagged: Vec<_> = applied.findings().into_iter().map(|f| (f.action, f.findings[0].consent)).collect();
    assert_eq!(flagged, [(brief.id, Beyond::Withdrawn), (un.id, Beyond::Withdrawn)]);
    let again = desk.draft_action(received.id, ActionKind::UnSubmission, Addressee::Government, Locale::En, day()).unwrap();
    assert!(!again.text.contains("Rosa") && !again.text.contains("Garza"), "{}", again.text);

    // Only the community that sent the case can change consent in it.
    let mut other = new_session(odir.path());
    let mut forged = tejido_core::escalation::ConsentUpdate {
        format: tejido_core::escalation::CONSENT_FORMAT,
        case: f.case,
        collective: "Otra".into(),
        people: Vec::new(),
        made_at: Utc::now() + Duration::seconds(3),
        reply_to: other.own_keys(Utc::now()).unwrap().recipient(),
    };
    forged.people.clear();
    let desk_card = desk.own_contact(ContactRole::Desk, Utc::now()).unwrap();
    let bytes = tejido_core::escalation::seal(&PackageContent::Consent(forged), &[], &[desk_card.recipient], &other.own_keys(Utc::now()).unwrap()).unwrap();
    let opened = match desk.open_package(&bytes, None, Utc::now()) {
        Err(PackageError::UnknownSender { fingerprint }) => desk.open_package(&bytes, Some(&fingerprint), Utc::now()).unwrap(),
        other => panic!("unknown sender first: {other:?}"),
    };
    assert!(matches!(desk.store_package(opened, Utc::now()), Err(tejido_core::EditError::UnknownConsentCase)));
    let _ = f.people;
}

#[test]
fn alleged_perpetrators_their_kind_and_what_was_reported_reach_the_desk_and_the_submissions_never_a_restricted_actor() {
    use tejido_core::risk::ActorKind;
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    let actor = |s: &mut Session, name: &str, kind: ActorKind, sensitivity: tejido_core::Sensitivity| {
        let RiskRecord::Actor(mut a) = s.draft_risk_record(RiskKind::Actor, day()).unwrap() else { unreachable!() };
        a.name = name.into();
        a.kind = kind;
        a.sensitivity = sensitivity;
        let RiskRecord::Actor(a) = s.save_risk_record(RiskRecord::Actor(a), Utc::now()).unwrap() else { unreachable!() };
        a
    };
    let police = actor(&mut f.community, "Policía de Cobán", ActorKind::SecurityForces, tejido_core::Sensitivity::Community);
    let informant = actor(&mut f.community, "EL-INFORMANTE-Q", ActorKind::Other, tejido_core::Sensitivity::Restricted);
    let case = f.community.cases().unwrap().remove(0);
    let incidents = f.community.risk_analysis(day()).unwrap().incidents;
    let mut first = incidents.iter().find(|i| case.incidents.contains(&i.id)).unwrap().clone();
    first.perpetrator_actor = Some(police.id);
    first.reported_to = "Fiscalía de Cobán, denuncia presentada por Ana Pop".into();
    f.community.save_risk_record(RiskRecord::Incident(first.clone()), Utc::now()).unwrap();
    let RiskRecord::Incident(mut second) = f.community.draft_risk_record(RiskKind::Incident, day()).unwrap() else { unreachable!() };
    second.title = "Amenaza por teléfono".into();
    second.perpetrator_actor = Some(informant.id);
    second.perpetrator = "EL-INFORMANTE-Q, vecino".into();
    let RiskRecord::Incident(second) = f.community.save_risk_record(RiskRecord::Incident(second), Utc::now()).unwrap() else { unreachable!() };
    let mut case = case;
    case.incidents.push(second.id);
    f.community.save_case(case, Utc::now()).unwrap();

    let preview = f.community.case_preview(f.case, Audience::Desk, Utc::now()).unwrap();
    let arrest = preview.incidents.iter().find(|i| i.title.starts_with("Detención")).unwrap();
    assert_eq!((arrest.perpetrator.as_str(), arrest.perpetrator_kind), ("Policía de Cobán", Some(ActorKind::SecurityForces)));
    assert_eq!(arrest.reported_to, "Fiscalía de Cobán, denuncia presentada por Colibrí", "names masked there too");
    let json = serde_json::to_string(&preview).unwrap();
    assert!(!json.contains("EL-INFORMANTE-Q"), "a restricted actor never leaves, not even in words: {json}");
    assert!(!serde_json::to_string(&f.community.case_preview(f.case, Audience::Public, Utc::now()).unwrap()).unwrap().contains("Cobán"), "the public gets no incidents");

    let (desk, received) = received(&mut f, ddir.path());
    let un = desk.draft_action(received.id, ActionKind::UnSubmission, Addressee::Government, Locale::En, day()).unwrap();
    assert!(un.text.contains("Policía de Cobán (Security forces)"), "{}", un.text);
    assert!(un.text.contains("Fiscalía de Cobán, denuncia presentada por [name withheld]"), "{}", un.text);
    assert!(!un.text.contains("Colibrí") && !un.text.contains("EL-INFORMANTE"), "{}", un.text);
    let regional = desk.draft_action(received.id, ActionKind::RegionalSubmission, Addressee::Government, Locale::Es, day()).unwrap();
    assert!(regional.text.contains("Policía de Cobán (Fuerzas de seguridad)"), "{}", regional.text);

    // The desk's trends count the case under its perpetrator's kind and name (never the
    // restricted one), and the CSV for an annual report carries them without anyone's name.
    let all = desk.received_cases().unwrap();
    let trends = tejido_core::escalation::trends(&all);
    let tally = |t: &[tejido_core::escalation::Tally]| t.iter().map(|t| (t.key.clone(), t.count)).collect::<Vec<_>>();
    assert_eq!(tally(&trends.perpetrator_kinds), [("security-forces".to_owned(), 1)]);
    assert_eq!(tally(&trends.perpetrators), [("Policía de Cobán".to_owned(), 1)]);
    let csv = tejido_core::escalation::cases_csv(&all, Locale::Fr).unwrap();
    let line = csv.lines().nth(1).unwrap_or_default();
    assert!(line.contains("security-forces") && line.contains("Policía de Cobán") && line.contains("GT-16,\"Alta Verapaz, Guatemala\",GT,"), "{csv}");
    for never in ["Rosa", "Xol", "Garza", "Colibrí", "Ana", "Tucán", "Juan", "INFORMANTE"] {
        assert!(!csv.contains(never), "{never} in the CSV: {csv}");
    }

    // Searching the desk's cases: every word begins a word of the case, any case or accent.
    use tejido_core::escalation::case_matches;
    let case = &all[0];
    assert!(case_matches(case, "") && case_matches(case, "alta VERAP") && case_matches(case, "policia cob"), "region and perpetrator");
    assert!(case_matches(case, "guatemala") && case_matches(case, "gt-16") && case_matches(case, "verapaz guate"), "the region's code and names");
    assert!(!case_matches(case, "Tucán"), "a person who refused never reached the desk, so is never found");
    assert!(!case_matches(case, "alta zzz"), "every word must be found");
}

/// The field labels of a mechanism's form in `language`, as the template beside its source
/// lays them out.
fn form_labels(language: &str, form: &str) -> (Vec<String>, String) {
    let path = format!("{}/../../../assets/templates/escalation/{language}.json", env!("CARGO_MANIFEST_DIR"));
    let all: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let labels = all["mechanisms"][form]["fields"].as_array().unwrap().iter().map(|f| f["label"].as_str().unwrap().to_owned()).collect();
    (labels, all["stillToComplete"].as_str().unwrap().to_owned())
}

#[test]
fn each_mechanism_s_draft_has_every_field_of_its_form_names_people_as_they_agreed_and_lists_what_is_missing() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    let (desk, case) = received(&mut f, ddir.path());
    let forms = [
        (ActionKind::UnSubmission, "unSubmission"),
        (ActionKind::RegionalSubmission, "regionalSubmission"),
        (ActionKind::FrontLineDefenders, "frontLineDefenders"),
        (ActionKind::ProtectDefenders, "protectDefenders"),
    ];
    for (kind, form) in forms {
        for (locale, confidential, work) in [
            (Locale::En, "CONFIDENTIAL, do not publish", "human rights work"),
            (Locale::Es, "CONFIDENCIAL, no publicar", "labor de defensa"),
            (Locale::Fr, "CONFIDENTIEL, ne pas publier", "travail de défense"),
        ] {
            let draft = desk.draft_action(case.id, kind, Addressee::Government, locale, day()).unwrap();
            let text = &draft.text;
            let (labels, still) = form_labels(locale.tag(), form);
            // Every field of the form, numbered in its order.
            for (n, label) in labels.iter().enumerate() {
                assert!(text.contains(&format!("{}. {label}\n", n + 1)), "{kind:?} {locale:?}: field {label}\n{text}");
            }
            // Named to the mechanism only with consent, and marked where she refused public naming.
            assert!(text.contains(&format!("Rosa Elvira Xol ({confidential})")), "{kind:?} {locale:?}\n{text}");
            assert!(text.lines().any(|l| l.starts_with("- Rosa Elvira Xol") && l.ends_with(confidential)), "{kind:?} {locale:?}: both answers\n{text}");
            for never in ["Ana Pop", "Colibrí", "Garza", "Juan Cux", "Tucán", "{"] {
                assert!(!text.contains(never), "{kind:?} {locale:?}: {never} in\n{text}");
            }
            // What the case cannot say is listed for the desk: the defenders' work at least.
            let (_, missing) = text.split_once(&still).unwrap_or_else(|| panic!("{kind:?} {locale:?}: no list of what is missing\n{text}"));
            assert!(missing.lines().any(|l| l.starts_with("- ") && l.contains(work)) || kind == ActionKind::RegionalSubmission, "{kind:?} {locale:?}\n{text}");
            assert!(missing.lines().filter(|l| l.starts_with("- ")).all(|l| labels.iter().any(|label| l == format!("- {label}"))), "{kind:?} {locale:?}\n{missing}");
            assert!(!missing.contains("Alta Verapaz") && !missing.lines().any(|l| l.contains(&labels[0])), "filled fields are not listed: {missing}");
        }
    }
    // The source of each template, shown beside it: a page, when it was read, and what could
    // not be checked, in every language.
    let sources = tejido_core::escalation::template_sources();
    for (kind, _) in forms {
        let source = sources.iter().find(|s| s.kind == kind).unwrap_or_else(|| panic!("{kind:?} has no source"));
        assert!(source.url.starts_with("https://") && !source.title.is_empty() && !source.mechanism.is_empty(), "{source:?}");
        assert!(NaiveDate::parse_from_str(&source.consulted, "%Y-%m-%d").is_ok(), "{source:?}");
        for language in ["en", "es", "fr"] {
            assert!(source.note.get(language).is_some_and(|n| n.len() > 40), "{kind:?} {language}");
        }
    }
    assert!(sources.iter().all(|s| forms.iter().any(|(k, _)| *k == s.kind)), "only mechanisms have sources");
}

#[test]
fn a_draft_is_copied_or_saved_as_text_only_when_it_could_be_printed_and_the_editor_is_told_as_the_desk_types() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    let (mut desk, case) = received(&mut f, ddir.path());
    let mut fld = desk.draft_action(case.id, ActionKind::FrontLineDefenders, Addressee::Government, Locale::En, day()).unwrap();
    let mut petition = desk.draft_action(case.id, ActionKind::Petition, Addressee::Government, Locale::En, day()).unwrap();
    // While typing (nothing saved yet): who, which words, which consent.
    let typed = format!("{} Rosa Elvira Xol spoke for Colibrí.", petition.text);
    let live = desk.check_action_words(case.id, petition.id, petition.kind, petition.addressee, &petition.title, &typed).unwrap();
    let found: Vec<_> = live.findings.iter().map(|f| (f.found.as_str(), f.consent)).collect();
    assert_eq!((live.action, live.public), (petition.id, true));
    assert_eq!(found, [("Rosa Elvira Xol", Beyond::NameInPublic), ("Colibrí", Beyond::Pseudonym)]);
    let to_fld = desk.check_action_words(case.id, fld.id, fld.kind, fld.addressee, &fld.title, "Rosa Elvira Xol spoke.").unwrap();
    assert!(to_fld.findings.is_empty() && !to_fld.public, "she agreed to be named to a mechanism: {to_fld:?}");

    // Saved with a name beyond consent: refused, as printing is.
    petition.text = typed;
    fld.text.push_str("\nGarza Blanca asked for this.");
    let mut acting = case.clone();
    acting.actions = vec![petition.clone(), fld.clone()];
    let acting = desk.save_received(acting, Utc::now()).unwrap();
    assert_eq!(acting.findings().len(), 2);
    for action in [&petition, &fld] {
        assert!(matches!(desk.action_text(case.id, action.id), Err(tejido_core::EditError::BeyondConsent)), "{:?}", action.kind);
    }
    // Fixed: copied as the print shows it.
    let mut fixed = acting.clone();
    fixed.actions[0].text = fixed.actions[0].text.replace(" Rosa Elvira Xol spoke for Colibrí.", "");
    fixed.actions[1].text = fixed.actions[1].text.replace("\nGarza Blanca asked for this.", "");
    let fixed = desk.save_received(fixed, Utc::now()).unwrap();
    assert!(fixed.findings().is_empty());
    let text = desk.action_text(case.id, fld.id).unwrap();
    assert!(text.starts_with(&format!("{}\n\n", fld.title)) && text.contains("\n1. ") && text.contains("Rosa Elvira Xol (CONFIDENTIAL, do not publish)"), "{text}");
    assert!(desk.action_text(case.id, petition.id).is_ok());
}

#[test]
fn a_letter_copied_as_text_carries_only_the_organisations_that_agreed_to_sign() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    let (mut desk, case) = received(&mut f, ddir.path());
    let mut letter = desk.draft_action(case.id, ActionKind::Letter, Addressee::Government, Locale::Es, day()).unwrap();
    letter.signatories = vec![
        tejido_core::escalation::Signatory { organisation: "Red Sí".into(), consented: true, consented_on: Some(day()) },
        tejido_core::escalation::Signatory { organisation: "Red Callada".into(), consented: false, consented_on: None },
    ];
    let mut acting = case.clone();
    acting.actions = vec![letter.clone()];
    desk.save_received(acting, Utc::now()).unwrap();
    let text = desk.action_text(case.id, letter.id).unwrap();
    assert!(text.ends_with("Firman:\n- Red Sí\n") && !text.contains("Red Callada"), "{text}");
}

#[test]
fn a_community_drafts_a_request_to_a_mechanism_itself_exactly_as_a_desk_would_from_its_package() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    // Drafted before anything is sent: a community in no network writes to the mechanism itself.
    let mut ours = Vec::new();
    for kind in ActionKind::MECHANISMS {
        for (locale, confidential) in [(Locale::En, "CONFIDENTIAL, do not publish"), (Locale::Es, "CONFIDENCIAL, no publicar"), (Locale::Fr, "CONFIDENTIEL, ne pas publier")] {
            let draft = f.community.mechanism_draft(f.case, kind, locale, Utc::now()).unwrap();
            let all = format!("{}\n{}", draft.title, draft.text);
            assert!(all.contains(&format!("Rosa Elvira Xol ({confidential})")), "{kind:?} {locale:?}: named with her consent, marked not public\n{all}");
            for never in ["Ana Pop", "Ana POP", "Colibrí", "Garza", "Juan Cux", "Tucán", "{"] {
                assert!(!all.contains(never), "{kind:?} {locale:?}: {never} in\n{all}");
            }
            assert!(!draft.missing.is_empty(), "{kind:?} {locale:?}: what the case cannot fill is listed");
            ours.push((kind, locale, draft));
        }
    }
    // The same words a desk drafts from the package this case makes: one rule, both sides.
    let (desk, case) = received(&mut f, ddir.path());
    for (kind, locale, draft) in ours {
        let theirs = desk.draft_action(case.id, kind, Addressee::Government, locale, day()).unwrap();
        assert_eq!((theirs.title.as_str(), theirs.text.as_str()), (draft.title.as_str(), draft.text.as_str()), "{kind:?} {locale:?}");
    }
}

#[test]
fn trends_by_defender_profile_and_region_match_a_count_made_apart_and_the_csv_reads_back() {
    use rand::rngs::StdRng;
    use rand::{Rng, SeedableRng};
    use std::collections::BTreeMap;
    use tejido_core::escalation::{ReceivedVersion, defender_profiles, trends};

    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    let (mut desk, first) = received(&mut f, ddir.path());
    // The desk marks profiles at triage; one the taxonomy does not know is dropped.
    let mut triaged = first.clone();
    triaged.profiles = vec!["women-defenders".into(), "land-territory".into(), "not-a-profile".into(), "women-defenders".into()];
    let saved = desk.save_received(triaged, Utc::now()).unwrap();
    assert_eq!(saved.profiles, vec!["women-defenders".to_owned(), "land-territory".to_owned()]);

    // 300 cases generated from it: profiles, region and month drawn at random.
    let ids: Vec<String> = defender_profiles().iter().map(|p| p.id.clone()).collect();
    // Codes from the list, and an older vault's free text kept as typed. Each region's country,
    // written out by hand so the count does not lean on the code under test.
    let regions = [("GT-16", "GT"), ("GT-06", "GT"), ("GT", "GT"), ("CO-CAU", "CO"), ("MX-OAX", "MX"), ("Alta Verapaz", "Alta Verapaz"), ("", "")];
    let mut by_country: BTreeMap<String, u32> = BTreeMap::new();
    let mut rng = StdRng::seed_from_u64(24);
    let mut cases = Vec::new();
    let (mut by_profile, mut by_region): (BTreeMap<String, u32>, BTreeMap<String, u32>) = (BTreeMap::new(), BTreeMap::new());
    for _ in 0..300 {
        let mut case = saved.clone();
        case.id = Default::default();
        case.profiles = ids.iter().filter(|_| rng.gen_bool(0.3)).cloned().collect();
        let (region, country) = regions[rng.gen_range(0..regions.len())];
        case.region = region.into();
        *by_country.entry(country.to_owned()).or_default() += 1;
        let at = Utc::now() - Duration::days(rng.gen_range(0..400));
        case.versions = vec![ReceivedVersion { version: 1, made_at: at, received_at: at }];
        for p in &case.profiles {
            *by_profile.entry(p.clone()).or_default() += 1;
        }
        *by_region.entry(case.region.clone()).or_default() += 1;
        cases.push(case);
    }
    let t = trends(&cases);
    let counted = |tallies: &[tejido_core::escalation::Tally]| tallies.iter().map(|t| (t.key.clone(), t.count)).collect::<BTreeMap<_, _>>();
    assert_eq!(counted(&t.profiles), by_profile);
    assert_eq!(counted(&t.regions), by_region);
    assert_eq!(counted(&t.countries), by_country);
    assert!(by_country["GT"] > by_country["CO"], "three of the seven values are in Guatemala: {by_country:?}");
    assert!(t.profiles.windows(2).all(|w| w[0].count >= w[1].count), "most first");
    assert_eq!(t.all.iter().sum::<u32>(), 300);

    // The CSV for an annual report reads back: one line per case, its profiles and region.
    let csv = tejido_core::escalation::cases_csv(&cases, Locale::Es).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let (profiles, region, name) = (column("defender_profiles"), column("region"), column("region_name"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 300);
    let mut read_back: BTreeMap<String, u32> = BTreeMap::new();
    let mut regions_back: BTreeMap<String, u32> = BTreeMap::new();
    for row in &rows {
        for p in row[profiles].split(" | ").filter(|p| !p.is_empty()) {
            *read_back.entry(p.to_owned()).or_default() += 1;
        }
        *regions_back.entry(row[region].to_owned()).or_default() += 1;
        let named = match &row[region] {
            "GT-16" => "Alta Verapaz, Guatemala",
            "GT-06" => "Santa Rosa, Guatemala",
            "GT" => "Guatemala",
            "CO-CAU" => "Cauca, Colombia",
            "MX-OAX" => "Oaxaca, México",
            other => other,
        };
        assert_eq!(&row[name], named, "the name in Spanish beside the code; free text as typed");
    }
    assert_eq!((read_back, regions_back), (by_profile, by_region));
}

#[test]
fn a_desk_letter_and_submission_date_the_incidents_in_words_never_as_iso() {
    let (cdir, ddir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());
    let (desk, received_case) = received(&mut f, ddir.path());
    // The fixture's incident happened today.
    let iso = day().format("%Y-%m-%d").to_string();
    for locale in Locale::ALL {
        let written = tejido_core::dates::day_in_words(day(), locale);
        for kind in [ActionKind::Letter, ActionKind::UnSubmission] {
            let text = desk.draft_action(received_case.id, kind, Addressee::Government, locale, day()).unwrap().text;
            assert!(text.contains(&written) && !text.contains(&iso), "{locale:?} {kind:?}: {text}");
        }
    }
}

#[test]
fn a_region_is_a_code_named_in_the_letters_language_and_an_older_vaults_free_text_is_kept_as_typed() {
    use tejido_core::EditError;
    let (cdir, ddir, d2) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let mut f = fixture(cdir.path());

    // A code from the list: each letter names the region in its own language, never the code.
    let (desk, received_case) = received(&mut f, ddir.path());
    assert_eq!((received_case.region.as_str(), received_case.content.region.as_str()), ("GT-16", "GT-16"));
    for (locale, name) in [(Locale::En, "Alta Verapaz, Guatemala"), (Locale::Es, "Alta Verapaz, Guatemala"), (Locale::Fr, "Alta Verapaz, Guatemala")] {
        let letter = desk.draft_action(received_case.id, ActionKind::Letter, Addressee::Government, locale, day()).unwrap();
        assert!(letter.text.contains(name) && !letter.text.contains("GT-16"), "{locale:?}: {}", letter.text);
    }
    // A country alone, named per language.
    let mut case = f.community.cases().unwrap().into_iter().find(|c| c.id == f.case).unwrap();
    case.region = "de".into();
    assert_eq!(f.community.save_case(case.clone(), Utc::now()).unwrap().region, "DE", "a code is stored in capitals");
    let preview = f.community.case_preview(f.case, Audience::Desk, Utc::now()).unwrap();
    for (locale, name) in [(Locale::En, "Germany"), (Locale::Es, "Alemania"), (Locale::Fr, "Allemagne")] {
        assert!(tejido_core::escalation::draft(&preview, ActionKind::Letter, Addressee::Government, locale).text.contains(name), "{locale:?}");
    }

    // New free text is refused, in the person's language.
    case.region = "Cobán".into();
    let refused = f.community.save_case(case.clone(), Utc::now()).unwrap_err();
    assert!(matches!(&refused, EditError::UnknownRegion { value } if value == "Cobán"), "{refused:?}");
    assert!(tejido_i18n::render(Locale::Es, &refused).contains("no es un país ni una región de la lista"));

    // An older vault wrote free text: it reads as typed, saves again unchanged, travels in the
    // package, opens at the desk and counts under its own words.
    f.community
        .edit(Utc::now(), |db, _| {
            db.execute("UPDATE escalation_case SET region = 'Alta Verapaz'", ()).map(drop).map_err(|e| EditError::Database { detail: e.to_string() })
        })
        .unwrap();
    let mut old = f.community.cases().unwrap().into_iter().find(|c| c.id == f.case).unwrap();
    assert_eq!(old.region, "Alta Verapaz");
    old.title = "Personas en riesgo (actualizado)".into();
    assert_eq!(f.community.save_case(old, Utc::now()).unwrap().region, "Alta Verapaz", "kept, not an error");
    let (mut desk2, legacy) = received(&mut f, d2.path());
    assert_eq!(legacy.region, "Alta Verapaz");
    let letter = desk2.draft_action(legacy.id, ActionKind::Letter, Addressee::Government, Locale::Fr, day()).unwrap();
    assert!(letter.text.contains("Alta Verapaz"), "{}", letter.text);
    let trends = tejido_core::escalation::trends(&desk2.received_cases().unwrap());
    assert_eq!(trends.countries.iter().map(|t| (t.key.as_str(), t.count)).collect::<Vec<_>>(), [("Alta Verapaz", 1)]);
    assert!(tejido_core::escalation::case_matches(&legacy, "alta verap"));

    // The desk's triage keeps the package's words, picks from the list, but types nothing new.
    let mut triage = legacy.clone();
    triage.urgency = Urgency::Urgent;
    desk2.save_received(triage.clone(), Utc::now()).unwrap();
    triage.region = "Petén".into();
    assert!(matches!(desk2.save_received(triage.clone(), Utc::now()), Err(EditError::UnknownRegion { .. })));
    triage.region = "GT-17".into();
    let saved = desk2.save_received(triage, Utc::now()).unwrap();
    assert_eq!(saved.region, "GT-17");
    assert!(tejido_core::escalation::case_matches(&saved, "peten") && tejido_core::escalation::case_matches(&saved, "Guatemala"), "found by the name of the code");
    let trends = tejido_core::escalation::trends(&desk2.received_cases().unwrap());
    assert_eq!(trends.countries.iter().map(|t| (t.key.as_str(), t.count)).collect::<Vec<_>>(), [("GT", 1)]);
    assert_eq!(trends.regions.iter().map(|t| (t.key.as_str(), t.count)).collect::<Vec<_>>(), [("GT-17", 1)]);
}

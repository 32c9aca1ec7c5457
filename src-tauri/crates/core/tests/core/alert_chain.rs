//! The alert chain in practice: activating a level, the dated log in the chain's order,
//! standing down, undo; means of contact kept off the projector, out of case packages, and
//! off printed cards unless the warning was confirmed.

use chrono::{Duration, Utc};
use tejido_core::escalation::Audience;
use tejido_core::network::{ChainOutcome, MeansOfContact, NewActivation, PartyKind, RelationshipKind};
use tejido_core::risk::AlertLevel;
use tejido_core::{EditError, PersonId, Session};

use super::{new_session, person};

const PHONE: &str = "+502 5555 0123";
const MEETING: &str = "behind the school, by the water tank";

/// Ceiba calls Garza (first) and Tucán (second, with Colibrí as fallback); Garza calls Colibrí.
fn chain(dir: &std::path::Path) -> (Session, [PersonId; 4]) {
    let mut s = new_session(dir);
    let ids = ["Ceiba", "Garza", "Tucán", "Colibrí"].map(|n| s.add_person(person(n), Utc::now()).unwrap().id);
    let [ceiba, garza, tucan, colibri] = ids;
    for (from, to, order, fallback) in [(ceiba, garza, 1, None), (ceiba, tucan, 2, Some(colibri)), (garza, colibri, 1, None)] {
        let mut link = s.draft_relationship((PartyKind::Person, from.0), (PartyKind::Person, to.0), RelationshipKind::AlertLink).unwrap();
        link.alert_order = Some(order);
        link.fallback = fallback.map(|f: PersonId| f.0);
        s.save_relationship(link, Utc::now()).unwrap();
    }
    (s, ids)
}

fn orange() -> NewActivation {
    NewActivation { level: AlertLevel::Orange, decided_by: " the assembly ".into(), deciders: vec![], reason: "trucks at the spring".into() }
}

#[test]
fn an_activation_logs_the_chain_in_order_and_stands_down_dated() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, [ceiba, garza, tucan, colibri]) = chain(dir.path());
    let start = Utc::now();
    let activation = s.activate_alert(NewActivation { deciders: vec![ceiba, garza], ..orange() }, start).unwrap();
    assert_eq!(activation.decided_by, "the assembly", "trimmed");
    assert!(matches!(s.activate_alert(orange(), start), Err(EditError::AlertRunning)), "one alert at a time");

    let running = s.alert_activations().unwrap().running.expect("it runs");
    assert_eq!(running.activation.level, AlertLevel::Orange);
    assert_eq!(running.to_reach, [ceiba, garza, tucan, colibri], "everyone to reach, in the chain's order (breadth first)");
    let tucan_step = running.chain.iter().find(|c| c.person == tucan).unwrap();
    assert_eq!(tucan_step.fallbacks, [colibri], "the fallback the caller has for Tucán");

    let t1 = start + Duration::minutes(3);
    s.mark_chain(activation.id, ceiba, ChainOutcome::Reached, None, Some(t1), t1).unwrap();
    s.mark_chain(activation.id, tucan, ChainOutcome::NotReached, None, Some(t1 + Duration::minutes(1)), t1).unwrap();
    s.mark_chain(activation.id, garza, ChainOutcome::Reached, Some(ceiba), Some(t1 + Duration::minutes(2)), t1).unwrap();
    let running = s.alert_activations().unwrap().running.unwrap();
    assert_eq!(running.to_reach, [tucan, colibri], "not reached still counts as to reach, in chain order");
    assert_eq!(running.chain.iter().find(|c| c.person == garza).unwrap().mark.as_ref().unwrap().through, None, "`through` only for a fallback");

    let later = t1 + Duration::minutes(9);
    s.mark_chain(activation.id, tucan, ChainOutcome::ReachedThroughFallback, Some(colibri), Some(later), later).unwrap();
    let running = s.alert_activations().unwrap().running.unwrap();
    assert_eq!(running.to_reach, [colibri], "Tucán's latest mark wins");
    let outcomes: Vec<(PersonId, ChainOutcome)> = running.log.iter().map(|m| (m.person, m.outcome)).collect();
    assert_eq!(
        outcomes,
        [(ceiba, ChainOutcome::Reached), (tucan, ChainOutcome::NotReached), (garza, ChainOutcome::Reached), (tucan, ChainOutcome::ReachedThroughFallback)],
        "the dated log keeps every mark, oldest first"
    );
    assert_eq!(running.log[3].through, Some(colibri));
    assert_eq!(running.log[3].at, later);

    let end = later + Duration::hours(2);
    s.stand_down(activation.id, "all safe", end).unwrap();
    let all = s.alert_activations().unwrap();
    assert!(all.running.is_none(), "back to green");
    assert_eq!(all.past.len(), 1);
    assert_eq!(all.past[0].activation.closed_at, Some(end), "dated");
    assert_eq!(all.past[0].log.len(), 4, "the past alert keeps its log");
    assert!(matches!(s.mark_chain(activation.id, colibri, ChainOutcome::Reached, None, None, end), Err(EditError::AlertClosed)), "history");
    assert!(matches!(s.activate_alert(NewActivation { level: AlertLevel::Green, ..orange() }, end), Err(EditError::GreenIsNoAlert)));
    s.activate_alert(NewActivation { level: AlertLevel::Red, ..orange() }, end).expect("a new alert once the last stood down");
}

#[test]
fn every_step_of_an_activation_is_undone_one_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, [ceiba, ..]) = chain(dir.path());
    let activation = s.activate_alert(orange(), Utc::now()).unwrap();
    s.mark_chain(activation.id, ceiba, ChainOutcome::Reached, None, None, Utc::now()).unwrap();
    s.stand_down(activation.id, "", Utc::now()).unwrap();

    s.undo(Utc::now()).unwrap();
    let all = s.alert_activations().unwrap();
    assert_eq!(all.running.as_ref().map(|r| r.log.len()), Some(1), "undoing the stand-down runs the alert again, log intact");
    s.undo(Utc::now()).unwrap();
    assert!(s.alert_activations().unwrap().running.unwrap().log.is_empty(), "the mark is undone");
    s.undo(Utc::now()).unwrap();
    let all = s.alert_activations().unwrap();
    assert!(all.running.is_none() && all.past.is_empty(), "the activation itself is undone");

    s.save_means_of_contact(MeansOfContact { id: ceiba, phone: PHONE.into(), ..Default::default() }, Utc::now()).unwrap();
    s.save_means_of_contact(MeansOfContact { id: ceiba, phone: PHONE.into(), radio: "channel 7".into(), ..Default::default() }, Utc::now()).unwrap();
    s.undo(Utc::now()).unwrap();
    assert_eq!(s.means_of_contact().unwrap()[0].radio, "", "the radio edit is undone, the phone kept");
    s.undo(Utc::now()).unwrap();
    assert!(s.means_of_contact().unwrap().is_empty());
}

#[test]
fn printed_cards_carry_means_of_contact_only_when_confirmed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, [ceiba, garza, _, colibri]) = chain(dir.path());
    s.save_means_of_contact(MeansOfContact { id: garza, phone: PHONE.into(), meeting_point: MEETING.into(), ..Default::default() }, Utc::now()).unwrap();
    s.save_means_of_contact(MeansOfContact { id: colibri, radio: "channel 7".into(), ..Default::default() }, Utc::now()).unwrap();

    let plain = s.printed_alert_cards(false).unwrap();
    assert!(plain.iter().all(|c| c.contacts.is_empty()), "without the warning confirmed, no card carries them");
    assert!(!serde_json::to_string(&plain).unwrap().contains(PHONE));
    assert!(s.network().unwrap().alert_cards.iter().all(|c| c.contacts.is_empty()), "nor the cards the network screen shows");

    let confirmed = s.printed_alert_cards(true).unwrap();
    let ceiba_card = confirmed.iter().find(|c| c.person == ceiba).unwrap();
    let on_card: Vec<PersonId> = ceiba_card.contacts.iter().map(|m| m.id).collect();
    assert_eq!(on_card, [garza, colibri], "whom Ceiba calls, then the fallback, in the card's order");
    assert_eq!(ceiba_card.contacts[0].phone, PHONE);
    assert_eq!(ceiba_card.contacts[0].meeting_point, MEETING);
}

#[test]
fn means_of_contact_never_reach_the_projector_nor_a_case_package() {
    let root = tempfile::tempdir().unwrap();
    let mut app = tejido_core::App::new(&root.path().join("config"), &root.path().join("data"), tejido_vault::KdfPolicy::insecure_for_tests(2));
    let now = Utc::now();
    app.open_demo(now).unwrap();
    let people = app.network_screen(now).unwrap().home.people;
    for p in &people {
        app.save_means_of_contact(MeansOfContact { id: p.id, phone: PHONE.into(), meeting_point: MEETING.into(), ..Default::default() }, now).unwrap();
    }
    assert_eq!(app.means_of_contact().unwrap().len(), people.len(), "stored for the facilitator");

    let screen = app.protocol_screen(now).unwrap();
    for section in &screen.protocol.document.sections {
        let shown = serde_json::to_string(&app.project_section(section).unwrap()).unwrap();
        assert!(!shown.contains(PHONE) && !shown.contains(MEETING), "section {} on the projector: {shown}", section.key);
    }
    assert!(!serde_json::to_string(&app.projection()).unwrap().contains(PHONE));
    let screen = serde_json::to_string(&app.network_screen(now).unwrap()).unwrap();
    assert!(!screen.contains(PHONE), "the network screen (which presentation mode may show) does not carry them");
}

#[test]
fn a_case_package_leaves_means_of_contact_behind() {
    let dir = tempfile::tempdir().unwrap();
    let (mut s, [ceiba, garza, ..]) = chain(dir.path());
    s.save_means_of_contact(MeansOfContact { id: ceiba, phone: PHONE.into(), meeting_point: MEETING.into(), ..Default::default() }, Utc::now()).unwrap();
    let mut case = s.draft_case();
    case.title = "Threats at the spring".into();
    case.people = vec![ceiba, garza];
    case.consents = vec![tejido_core::escalation::Consent {
        person: ceiba,
        share_with_desk: true,
        name_to_authorities: true,
        name_in_public: true,
        photos: false,
        recorded_on: Utc::now().date_naive(),
    }];
    let case = s.save_case(case, Utc::now()).unwrap();
    for audience in [Audience::Desk, Audience::Public] {
        let content = serde_json::to_string(&s.case_preview(case.id, audience, Utc::now()).unwrap()).unwrap();
        assert!(content.contains("Ceiba") || audience == Audience::Public, "the preview names the person who consented");
        assert!(!content.contains(PHONE) && !content.contains(MEETING), "{audience:?}: {content}");
    }
}

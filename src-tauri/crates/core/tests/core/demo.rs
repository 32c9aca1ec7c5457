//! The demos in every language: each language's demo community holds up to what the English one
//! shows in a workshop, and the demo desk has a case in every stage, with every kind of action
//! and outcome, in English, Spanish and French.

use std::collections::{BTreeSet, HashSet};

use chrono::{TimeZone, Utc};
use tejido_core::escalation::{ActionKind, ActionStatus, DeskStage, OutcomeKind, ReceivedCase, Urgency, impact_report, regions};
use tejido_core::network::FindingKind;
use tejido_core::principles::InclusionWarningKind;
use tejido_core::protocol::{PrincipleStatus, WarningKind};
use tejido_core::risk::Trend;
use tejido_core::{App, Sensitivity, Session, demo_community_in};
use tejido_i18n::Locale;

use super::new_session;

const LOCALES: [Locale; 3] = [Locale::En, Locale::Es, Locale::Fr];

fn demo(locale: Locale) -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let now = Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap();
    let count = session.load_demo_in(locale, now).unwrap();
    assert_eq!(session.people().unwrap().len(), count, "{locale:?}: every person loaded");
    (dir, session)
}

#[test]
fn every_language_demo_loads_with_its_own_community_and_every_reference_resolved() {
    for locale in LOCALES {
        let (_dir, session) = demo(locale);
        let expected = demo_community_in(locale);
        assert_eq!(session.collective().unwrap().unwrap().name, expected.collective.name, "{locale:?}");
        let people = session.people().unwrap();
        assert!(people.len() >= 35, "{locale:?}: about forty people ({})", people.len());
        assert!(people.iter().any(|p| p.sensitivity == Sensitivity::Restricted), "{locale:?}: projector views have someone to hide");
        assert!(people.iter().all(|p| !p.household.is_empty() && !p.sector.is_empty()), "{locale:?}: every person in a household and a sector");

        let analysis = session.risk_analysis(Utc.with_ymd_and_hms(2026, 12, 1, 10, 0, 0).unwrap().date_naive()).unwrap();
        assert!(analysis.context.len() >= 5 && analysis.actors.len() >= 8 && analysis.incidents.len() >= 6, "{locale:?}");
        assert!(analysis.risks.len() >= 5 && analysis.measures.len() >= 6 && analysis.indicators.len() >= 4, "{locale:?}");
        assert!(!analysis.threat_assessments.is_empty(), "{locale:?}");
        assert!(analysis.risks.iter().all(|r| !r.assessments.is_empty()), "{locale:?}: every risk scored");
        assert!(analysis.risk_status.iter().any(|s| s.trend == Trend::Rising), "{locale:?}: some risk has moved");
        assert!(!analysis.overdue_measures.is_empty() && !analysis.risks_without_measure.is_empty(), "{locale:?}: the home has something to show");
        assert!(analysis.measures.iter().all(|m| !m.owners.is_empty()), "{locale:?}: every measure has owners (pseudonyms resolved)");
        assert!(analysis.measures.iter().all(|m| !m.risks.is_empty()), "{locale:?}: every measure answers a risk (refs resolved)");
        assert!(analysis.indicators.iter().all(|i| analysis.risks.iter().any(|r| r.id == i.risk)), "{locale:?}: every indicator on a risk (refs resolved)");
        assert!(analysis.incidents.iter().any(|i| !i.affected_people.is_empty()), "{locale:?}: pseudonyms resolved to people");
        assert!(analysis.incidents.iter().any(|i| i.perpetrator_actor.is_some()), "{locale:?}: actors resolved");
        assert!(
            analysis.threat_assessments.iter().all(|t| !t.incidents.is_empty()),
            "{locale:?}: every threat assessment rests on incidents (refs resolved)"
        );
    }
}

#[test]
fn every_language_network_shows_the_weak_points_a_workshop_discusses_and_every_end_resolved() {
    for locale in LOCALES {
        let (_dir, session) = demo(locale);
        let network = session.network().unwrap();
        assert!(network.relationships.len() >= 60, "{locale:?}: {}", network.relationships.len());
        let kinds: HashSet<FindingKind> = network.findings.iter().map(|f| f.kind).collect();
        for expected in [
            FindingKind::NoSafetyContact,
            FindingKind::AlertDeadEnd,
            FindingKind::ContactConcentration,
            FindingKind::SinglePointOfFailure,
            FindingKind::AllyAdversaryPath,
            FindingKind::ExposedFamily,
        ] {
            assert!(kinds.contains(&expected), "{locale:?} shows {expected:?}; found {kinds:?}");
        }
        // Every link of the file found both its ends (a misspelt pseudonym is silently skipped
        // by the loader): the file's links plus one family link per person after the first
        // of each household.
        let files = match locale {
            Locale::En => include_str!("../../../../../assets/demo/network.json"),
            Locale::Es => include_str!("../../../../../assets/demo/es/network.json"),
            Locale::Fr => include_str!("../../../../../assets/demo/fr/network.json"),
        };
        let file: serde_json::Value = serde_json::from_str(files).unwrap();
        let people = session.people().unwrap();
        let households: BTreeSet<&str> = people.iter().map(|p| p.household.as_str()).collect();
        let family = people.len() - households.len();
        assert_eq!(network.relationships.len(), file["links"].as_array().unwrap().len() + family, "{locale:?}: a link lost an end");
    }
}

#[test]
fn every_language_protocol_tells_the_same_story_and_the_principles_checks_find_it() {
    for locale in LOCALES {
        let (_dir, session) = demo(locale);
        let protocol = session.protocol(locale).unwrap();
        assert_eq!(protocol.versions.len(), 1, "{locale:?}: version 1 agreed");
        assert!(protocol.draft_changed, "{locale:?}: a draft after it");
        let statuses: Vec<PrincipleStatus> = protocol.document.principles.iter().map(|p| p.status).collect();
        for status in [PrincipleStatus::Adapted, PrincipleStatus::Adopted, PrincipleStatus::Proposed] {
            assert!(statuses.contains(&status), "{locale:?}: {status:?} in {statuses:?}");
        }
        assert!(protocol.decisions.iter().any(|d| !d.dissent.is_empty()), "{locale:?}: dissent is on record");
        assert!(protocol.warnings.iter().any(|w| w.kind == WarningKind::SingleSpokesperson), "{locale:?}: {:?}", protocol.warnings);
        assert_eq!(protocol.comments.len(), 1, "{locale:?}: the women's group's proposal");
        let diff = session.protocol_diff(protocol.versions[0].decision, None).unwrap();
        assert_eq!(diff.parts.len(), 1, "{locale:?}: only the spokespeople section changed");

        let checks = session.principle_checks().unwrap();
        assert!(!checks.companies.companies.is_empty(), "{locale:?}: the company is among the actors");
        let inclusion = &checks.inclusion;
        assert_eq!(inclusion.meetings, 1, "{locale:?}: everything decided at one assembly");
        assert!(inclusion.decisions >= 4, "{locale:?}: {}", inclusion.decisions);
        let groups: Vec<&str> = inclusion.groups.iter().map(|g| g.group.as_str()).collect();
        assert_eq!(groups, ["women", "men", "youth", "elders"], "{locale:?}");
        assert!(
            inclusion.warnings.iter().any(|w| w.kind == InclusionWarningKind::GroupOwnsNone),
            "{locale:?}: a group owns no measure: {:?}",
            inclusion.warnings
        );
        assert!(checks.leaders.iter().any(|d| d.is_warning()), "{locale:?}: the single spokesperson is in the view");
    }
}

fn desk(locale: Locale) -> (tempfile::TempDir, Session) {
    let dir = tempfile::tempdir().unwrap();
    let mut session = new_session(dir.path());
    let count = session.load_desk_demo(locale, Utc::now()).unwrap();
    assert_eq!(session.received_cases().unwrap().len(), count, "{locale:?}: every case received");
    (dir, session)
}

/// A new stage, action kind, status or outcome must be added to the demo desk too: each
/// list below is every value of its type.
fn every_action_status() -> [ActionStatus; 3] {
    // A match with no wildcard: a new status stops this compiling until it is listed.
    let all = [ActionStatus::Draft, ActionStatus::Sent, ActionStatus::Done];
    for status in all {
        match status {
            ActionStatus::Draft | ActionStatus::Sent | ActionStatus::Done => {}
        }
    }
    all
}

fn every_stage() -> [DeskStage; 6] {
    for stage in DeskStage::ALL {
        match stage {
            DeskStage::New | DeskStage::Triaged | DeskStage::Drafting | DeskStage::ActionsOut | DeskStage::FollowingUp | DeskStage::Closed => {}
        }
    }
    DeskStage::ALL
}

#[test]
fn the_demo_desk_has_a_case_in_every_stage_with_every_action_and_outcome_in_every_language() {
    for locale in LOCALES {
        let (_dir, session) = desk(locale);
        assert!(session.collective().unwrap().unwrap().desk, "{locale:?}: a desk's vault");
        let cases: Vec<ReceivedCase> = session.received_cases().unwrap();
        let stages: HashSet<DeskStage> = cases.iter().map(ReceivedCase::stage).collect();
        for stage in every_stage() {
            assert!(stages.contains(&stage), "{locale:?}: no case is {stage:?}");
        }
        let actions: Vec<_> = cases.iter().flat_map(|c| &c.actions).collect();
        for kind in ActionKind::ALL {
            assert!(actions.iter().any(|a| a.kind == kind), "{locale:?}: no {kind:?}");
        }
        for status in every_action_status() {
            assert!(actions.iter().any(|a| a.status == status), "{locale:?}: no action {status:?}");
        }
        let outcomes: HashSet<OutcomeKind> = cases.iter().flat_map(|c| &c.outcomes).map(|o| o.kind).collect();
        for kind in OutcomeKind::ALL {
            assert!(outcomes.contains(&kind), "{locale:?}: no outcome {kind:?}");
        }
        for urgency in [Urgency::Immediate, Urgency::Urgent] {
            assert!(cases.iter().any(|c| c.urgency == urgency), "{locale:?}: {urgency:?}");
        }

        // Drafted from the templates in the desk's language, with a deadline and someone responsible.
        assert!(actions.iter().all(|a| a.language == locale.tag() && !a.title.is_empty() && !a.text.is_empty()), "{locale:?}");
        assert!(actions.iter().all(|a| a.deadline.is_some() && !a.owner.is_empty()), "{locale:?}");
        assert!(actions.iter().filter(|a| a.status != ActionStatus::Draft).all(|a| a.sent_on.is_some()), "{locale:?}");
        // A letter still waiting for organisations to agree to sign it, next to ones that did.
        assert!(
            actions.iter().any(|a| a.kind == ActionKind::Letter && a.status == ActionStatus::Draft && a.signatories.iter().any(|s| s.consented) && a.signatories.iter().any(|s| !s.consented)),
            "{locale:?}: consents to sign pending"
        );
        let petition = actions.iter().find(|a| a.kind == ActionKind::Petition).unwrap();
        let tally = petition.tally.as_ref().expect("counted from its file");
        assert_eq!((petition.signatures, tally.signatures, tally.duplicates), (1240, 1240, 37), "{locale:?}: the tally is the file's count");

        let today = Utc::now().date_naive();
        let report = impact_report(&cases, today);
        assert!(!report.overdue.is_empty(), "{locale:?}: an action past its deadline");
        assert!(cases.iter().any(|c| c.versions.len() == 2), "{locale:?}: a case updated by a second package");
        assert!(cases.iter().any(|c| c.content.people.iter().any(|p| p.withdrawn)), "{locale:?}: a consent withdrawn after sending");
        assert!(cases.iter().filter(|c| !c.acknowledged.is_empty()).count() >= 4, "{locale:?}: status reports sent back");
        assert!(cases.iter().all(|c| c.findings().is_empty()), "{locale:?}: no demo text names anyone beyond their consent");
        assert!(cases.iter().all(|c| regions::is_known(&c.region)), "{locale:?}: regions are ISO 3166 codes");
        assert!(cases.iter().all(|c| !c.content.people.is_empty() && !c.content.incidents.is_empty()), "{locale:?}");
        let senders: HashSet<&str> = cases.iter().map(|c| c.sender_key.as_str()).collect();
        assert!(senders.len() < cases.len(), "{locale:?}: one community sent two cases, from the same keys");
        assert_eq!(session.contacts().unwrap().len(), senders.len(), "{locale:?}: each community became a contact");
    }
}

#[test]
fn each_language_has_its_own_demo_desk() {
    let names: Vec<String> = LOCALES.iter().map(|l| desk(*l).1.collective().unwrap().unwrap().name).collect();
    assert!(names[0] != names[1] && names[1] != names[2] && names[0] != names[2], "{names:?}");
}

#[test]
fn the_app_opens_the_demo_and_the_desk_demo_in_the_interface_language_each_in_its_own_folder() {
    let root = tempfile::tempdir().unwrap();
    let mut app = App::new(&root.path().join("config"), &root.path().join("data"), tejido_vault::KdfPolicy::insecure_for_tests(2));
    app.set_language("es").unwrap();
    let spanish = app.open_demo(Utc::now()).unwrap();
    assert_eq!(spanish.collective.name, demo_community_in(Locale::Es).collective.name);
    let spanish_path = spanish.vault_path.clone();
    app.set_language("fr").unwrap();
    let french = app.open_demo(Utc::now()).unwrap();
    assert_eq!(french.collective.name, demo_community_in(Locale::Fr).collective.name);
    assert_ne!(french.vault_path, spanish_path, "a demo per language: the Spanish one is kept");
    assert_eq!(app.info().demo_path, french.vault_path, "the demo path shown is the language's");
    let desk = app.open_desk_demo(Utc::now()).unwrap();
    assert!(desk.collective.desk, "the desk demo is a desk");
    assert!(desk.vault_path.to_string_lossy().contains("(fr)"), "{:?}", desk.vault_path);
    app.set_language("es").unwrap();
    assert_eq!(app.open_demo(Utc::now()).unwrap().vault_path, spanish_path, "reopened, not recreated");
    app.lock();
    assert!(app.info().recent_vaults.is_empty(), "no demo is a recent vault: {:?}", app.info().recent_vaults);
    let again = app.open_desk_demo(Utc::now()).unwrap();
    assert_ne!(again.vault_path, desk.vault_path, "the Spanish desk demo is its own");
    assert_eq!(again.collective.name, desk_name(Locale::Es));
}

fn desk_name(locale: Locale) -> String {
    desk(locale).1.collective().unwrap().unwrap().name
}

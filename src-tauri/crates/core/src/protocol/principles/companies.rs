//! La Puya's first principle: no dialogue with companies; demand that public institutions act.
//! Which companies the community's records know and who is linked to them, which measures and
//! decisions plan a meeting or dialogue with a company, and which institutions the community
//! can demand action from instead.

use serde::{Deserialize, Serialize};

use crate::ids::{ActorId, PersonId};
use crate::names::{folded_words, holds_phrase};
use crate::network::{PartyKind, Relationship, RelationshipKind};
use crate::protocol::records::{Decision, Outcome, SubjectKind};
use crate::risk::{Actor, ActorKind, Measure};
use crate::sensitivity::Sensitivity;

/// Words that plan a meeting or a dialogue, folded (lower case, no accents), in the three
/// languages Tejido speaks.
const MEETING_WORDS: &[&str] = &[
    "meet", "meeting", "meetings", "dialogue", "dialog", "negotiate", "negotiation", "negotiations", "talks",
    "reunion", "reuniones", "reunirse", "reunir", "reunirnos", "dialogo", "dialogar", "negociar", "negociacion", "negociaciones",
    "rencontre", "rencontrer", "dialoguer", "negocier", "pourparlers",
];

/// Words that turn a plan round ("no dialogue with companies", "sin reunirse con la empresa"):
/// a text with one of them plans no dialogue.
const NEGATIONS: &[&str] = &[
    "no", "not", "never", "without", "refuse", "refuses", "sin", "ni", "nunca", "rechazar", "rechaza", "ningun", "ninguna",
    "pas", "jamais", "sans", "aucun", "aucune", "refuser",
];

/// Words that name a company without its name, folded.
const COMPANY_WORDS: &[&str] = &[
    "company", "companies", "corporation", "mine", "empresa", "empresas", "compania", "minera", "hidroelectrica",
    "entreprise", "entreprises", "societe", "compagnie", "miniere",
];

/// What principle 1 finds in the records.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Companies {
    /// Each company the records know, with the members linked to it.
    pub companies: Vec<CompanyTie>,
    /// Measures and decisions that plan a meeting or dialogue with a company.
    pub dialogues: Vec<Dialogue>,
    /// The public institutions (and protection mechanisms) the records know, to demand action
    /// from instead; by name.
    pub institutions: Vec<String>,
}

/// A company, and the members a link ties to it (a hostile link is not a tie).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CompanyTie {
    /// The company.
    pub actor: ActorId,
    /// Its name.
    pub name: String,
    /// The members linked to it.
    pub people: Vec<PersonId>,
}

/// Where a dialogue with a company is planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum PlannedIn {
    /// A protection measure not yet done.
    Measure,
    /// A decision the community agreed.
    Decision,
}

/// A measure or decision that plans a meeting or dialogue with a company.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Dialogue {
    /// A measure or a decision.
    pub planned_in: PlannedIn,
    /// Its title.
    pub title: String,
    /// The company it names, if it names one the records know.
    pub company: Option<String>,
}

/// Principle 1 over the records. Restricted actors and measures are left out: the checks are
/// shown to the room and printed.
pub fn companies(actors: &[Actor], relationships: &[Relationship], measures: &[Measure], decisions: &[Decision]) -> Companies {
    let shared = |s: Sensitivity| s != Sensitivity::Restricted;
    let known: Vec<&Actor> = actors.iter().filter(|a| a.kind == ActorKind::Company && shared(a.sensitivity)).collect();
    let companies = known
        .iter()
        .map(|a| {
            let mut people: Vec<PersonId> = relationships
                .iter()
                .filter(|r| r.kind != RelationshipKind::Hostile && shared(r.sensitivity))
                .filter_map(|r| match (r.source_kind, r.target_kind) {
                    (PartyKind::Person, PartyKind::Actor) if r.target == a.id.0 => Some(PersonId(r.source)),
                    (PartyKind::Actor, PartyKind::Person) if r.source == a.id.0 => Some(PersonId(r.target)),
                    _ => None,
                })
                .collect();
            people.sort();
            people.dedup();
            CompanyTie { actor: a.id, name: a.name.clone(), people }
        })
        .collect();
    let mut dialogues = Vec::new();
    for m in measures.iter().filter(|m| shared(m.sensitivity) && m.status != crate::risk::MeasureStatus::Done) {
        if let Some(company) = plans_dialogue(&format!("{} {}", m.title, m.description), &known) {
            dialogues.push(Dialogue { planned_in: PlannedIn::Measure, title: m.title.clone(), company });
        }
    }
    // A decision adopting a principle is the principle itself, not a plan.
    for d in decisions.iter().filter(|d| matches!(d.outcome, Outcome::Agreed | Outcome::AgreedWithChanges) && d.subject_kind != SubjectKind::Principle) {
        if let Some(company) = plans_dialogue(&format!("{} {}", d.title, d.notes), &known) {
            dialogues.push(Dialogue { planned_in: PlannedIn::Decision, title: d.title.clone(), company });
        }
    }
    let institutions = actors
        .iter()
        .filter(|a| matches!(a.kind, ActorKind::StateBody | ActorKind::InternationalMechanism) && shared(a.sensitivity))
        .map(|a| a.name.clone())
        .collect();
    Companies { companies, dialogues, institutions }
}

/// Whether `text` plans a meeting or dialogue with a company: `Some(name)` of the company it
/// names (`Some(None)` for "the company" without a name), `None` if it plans none.
fn plans_dialogue(text: &str, known: &[&Actor]) -> Option<Option<String>> {
    let folded = folded_words(text);
    if !folded.iter().any(|w| MEETING_WORDS.contains(&w.as_str())) || folded.iter().any(|w| NEGATIONS.contains(&w.as_str())) {
        return None;
    }
    let named = known.iter().find(|a| holds_phrase(&folded, &a.name));
    match named {
        Some(a) => Some(Some(a.name.clone())),
        None if folded.iter().any(|w| COMPANY_WORDS.contains(&w.as_str())) => Some(None),
        None => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn company(name: &str) -> Actor {
        Actor {
            id: ActorId::default(),
            name: name.into(),
            kind: ActorKind::Company,
            stance: crate::risk::Stance::Adversary,
            interests: String::new(),
            capabilities: String::new(),
            influence: 3,
            notes: String::new(),
            sensitivity: Sensitivity::Community,
        }
    }

    #[test]
    fn a_meeting_with_a_company_is_found_in_any_of_the_three_languages_and_by_its_name() {
        let minera = company("Minera Cerro Alto");
        let known = [&minera];
        assert_eq!(plans_dialogue("Reunión con la empresa sobre el camino", &known), Some(None));
        assert_eq!(plans_dialogue("Mesa de DIÁLOGO con Minera Cerro Alto", &known), Some(Some("Minera Cerro Alto".into())));
        assert_eq!(plans_dialogue("Rencontrer l'entreprise minière", &known), Some(None));
        assert_eq!(plans_dialogue("Meet the company's lawyers", &known), Some(None));
        // Naming the company without planning to meet it, or meeting someone else, is not a dialogue.
        assert_eq!(plans_dialogue("Denounce Minera Cerro Alto to the prosecutor", &known), None);
        assert_eq!(plans_dialogue("Meeting with the Ombudsperson", &known), None);
        // The principle itself, in its own words, plans nothing.
        assert_eq!(plans_dialogue("No dialogue with companies", &known), None);
        assert_eq!(plans_dialogue("Sin reuniones con la empresa", &known), None);
        // A word inside another is not the word: "mineral" is not "mine".
        assert_eq!(plans_dialogue("Meeting about mineral water", &known), None);
    }
}

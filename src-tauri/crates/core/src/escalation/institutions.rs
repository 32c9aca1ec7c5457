//! Letters a community writes itself after an incident, to the public institutions responsible
//! for acting on it (La Puya's first principle: no dialogue with companies; demand that public
//! institutions do their duty and support the community).
//!
//! Which institutions: from the incident's threat category, as
//! `assets/taxonomies/responsible-institutions.json` maps them (data, so a community's network
//! can adapt it without code), and the national human rights institution for every incident.
//! An institution the community already mapped among its actors (a state body, a protection
//! mechanism) is named as the addressee; a company never is: when a company did it, the letter
//! asks the institution to act on the company.
//!
//! The text is filled from the same templates and in the same way as a desk's letters
//! ([`super::drafts`]). Names follow the consent people gave: a real name only where the
//! person agreed, in a case that carries this incident, to be named to authorities; otherwise
//! their pseudonym; a person or actor marked restricted never appears, and a restricted
//! incident gives only its category and date. The letter is signed by the community, never by
//! one person (principle 3).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use tejido_i18n::Locale;

use super::drafts::{fill, templates, tidy_blank_lines};
use crate::dates::day_in_words;
use crate::error::EditError;
use crate::ids::{ActorId, IncidentId, PersonId};
use crate::names::{NameRule, folded_words, holds_phrase, mask_names};
use crate::person::Person;
use crate::risk::{Actor, ActorKind, Incident, Measure, MeasureStatus, Risk, Strategy, ThreatAssessment, Timing};
use crate::sensitivity::Sensitivity;
use crate::store::Session;
use crate::store::records as store;

const INSTITUTIONS_JSON: &str = include_str!("../../../../../assets/taxonomies/responsible-institutions.json");

/// The words of a letter to an institution, in one language (`institutionLetter` in
/// `assets/templates/escalation/<language>.json`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct LetterTexts {
    title: String,
    greeting: String,
    body: String,
    place: String,
    affected: String,
    affected_groups: String,
    whole_collective: String,
    perpetrator: String,
    company: String,
    reported: String,
    withheld_person: String,
    withheld_facts: String,
    signature: String,
    reason_category: String,
    reason_always: String,
    reason_mapped: String,
    reason_company: String,
    record_title: String,
    reported_entry: String,
}

/// A kind of public institution, as the taxonomy file describes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Institution {
    id: String,
    actor_kinds: Vec<ActorKind>,
    only_mapped: bool,
    words: Vec<String>,
    label: BTreeMap<String, String>,
    demands: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Taxonomy {
    always: Vec<String>,
    by_category: BTreeMap<String, Vec<String>>,
    institutions: Vec<Institution>,
}

fn taxonomy() -> &'static Taxonomy {
    static ALL: OnceLock<Taxonomy> = OnceLock::new();
    ALL.get_or_init(|| serde_json::from_str(INSTITUTIONS_JSON).expect("the responsible institutions are checked by tests"))
}

impl Institution {
    fn label(&self, locale: Locale) -> &str {
        self.label.get(locale.tag()).or_else(|| self.label.get("en")).map_or(self.id.as_str(), String::as_str)
    }

    /// Whether `actor` is one of these institutions: of a fitting kind, and named with one of
    /// its words (any actor of those kinds when it lists none).
    fn fits(&self, actor: &Actor) -> bool {
        if !self.actor_kinds.contains(&actor.kind) {
            return false;
        }
        let name = folded_words(&actor.name);
        self.words.is_empty() || self.words.iter().any(|w| holds_phrase(&name, w))
    }
}

/// A letter suggested to one institution, drafted in the language asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct InstitutionLetter {
    /// The kind of institution (`prosecutor`, `ombudsperson`… of
    /// `assets/taxonomies/responsible-institutions.json`).
    pub institution: String,
    /// That kind, in words.
    pub institution_label: String,
    /// The actor the community mapped as this institution, if it did.
    pub actor: Option<ActorId>,
    /// To whom: the mapped actor's name, else the kind of institution in words.
    pub addressee: String,
    /// Why it is suggested, a sentence each.
    pub reasons: Vec<String>,
    /// The letter's title, to edit.
    pub title: String,
    /// The letter, to edit.
    pub text: String,
}

/// The letters suggested after one incident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct IncidentLetters {
    /// Which incident.
    pub incident: IncidentId,
    /// One per institution, in the order of the taxonomy (the category's, then every
    /// incident's).
    pub letters: Vec<InstitutionLetter>,
    /// The incident is restricted: its title, description, place and people were left out.
    pub details_withheld: bool,
    /// The people named by their real name, because they agreed to be named to authorities.
    pub named: Vec<PersonId>,
}

/// A letter turned into a measure of the protection plan: to be sent by its owners, or
/// already sent on a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LetterRecord {
    /// The incident it is about.
    pub incident: IncidentId,
    /// To whom, as the suggestion named them.
    pub addressee: String,
    /// The letter's title, as edited.
    pub title: String,
    /// The letter, as edited.
    pub text: String,
    /// Who will send it.
    pub owners: Vec<PersonId>,
    /// By when it should leave.
    pub due_on: Option<NaiveDate>,
    /// When it left, if it did: the measure is then done, and the incident says to whom it
    /// was reported.
    pub sent_on: Option<NaiveDate>,
}

/// A category's name as it reads inside a sentence ("an incident of threats and harassment").
fn in_sentence(label: &str) -> String {
    let mut chars = label.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// Everything the suggestions are made from, as the vault holds it.
pub struct LetterSources<'a> {
    /// The collective's name, which signs.
    pub collective: &'a str,
    /// The incident.
    pub incident: &'a Incident,
    /// Every actor of the vault.
    pub actors: &'a [Actor],
    /// Every member of the vault.
    pub people: &'a [Person],
    /// The members who agreed, in a case carrying this incident, to be named to authorities.
    pub named_to_authorities: &'a [PersonId],
}

/// The letters suggested for `sources.incident`, in `locale`.
pub fn incident_letters(sources: &LetterSources<'_>, locale: Locale) -> IncidentLetters {
    let LetterSources { collective, incident, actors, people, named_to_authorities } = *sources;
    let t = &templates(locale).institution_letter;
    let tax = taxonomy();
    let restricted_incident = incident.sensitivity == Sensitivity::Restricted;
    let category = crate::risk::category(&incident.category).map_or_else(|| incident.category.clone(), |c| in_sentence(c.label(locale)));

    // One naming rule for every text of the letter: a person is named only as they agreed.
    let named = |p: &Person| p.sensitivity != Sensitivity::Restricted && named_to_authorities.contains(&p.id) && p.real_name.as_deref().is_some_and(|r| !r.trim().is_empty());
    let mut rules = Vec::new();
    for p in people {
        let hidden = p.sensitivity == Sensitivity::Restricted;
        if let Some(real) = p.real_name.as_ref().filter(|r| !r.trim().is_empty()) {
            let replacement = if named(p) { None } else if hidden { Some(t.withheld_person.clone()) } else { Some(p.pseudonym.clone()) };
            rules.push(NameRule { name: real.clone(), replacement });
        }
        let replacement = if named(p) { p.real_name.clone() } else if hidden { Some(t.withheld_person.clone()) } else { None };
        rules.push(NameRule { name: p.pseudonym.clone(), replacement });
    }
    let mask = |text: &str| mask_names(text.trim(), &rules);

    let what = if restricted_incident { t.withheld_facts.clone() } else { mask(&incident.title) };
    let description = if restricted_incident { String::new() } else { mask(&incident.description) };
    let place = if restricted_incident || incident.place.trim().is_empty() { String::new() } else { fill(&t.place, &[("place", &mask(&incident.place))]) };
    let mut affected_lines = Vec::new();
    let mut named_ids = Vec::new();
    if !restricted_incident {
        let names: Vec<String> = incident
            .affected_people
            .iter()
            .filter_map(|id| people.iter().find(|p| p.id == *id))
            .map(|p| {
                if named(p) {
                    named_ids.push(p.id);
                    p.real_name.clone().unwrap_or_default()
                } else if p.sensitivity == Sensitivity::Restricted {
                    t.withheld_person.clone()
                } else {
                    p.pseudonym.clone()
                }
            })
            .collect();
        if !names.is_empty() {
            affected_lines.push(fill(&t.affected, &[("people", &names.join("; "))]));
        }
        if !incident.affected_groups.trim().is_empty() {
            affected_lines.push(fill(&t.affected_groups, &[("groups", &mask(&incident.affected_groups))]));
        }
    }
    if incident.whole_collective {
        affected_lines.push(t.whole_collective.clone());
    }
    // Who did it: a restricted actor is never named; a company is named so the institution
    // acts on it, never as a party to talk to.
    let perpetrator_actor = incident.perpetrator_actor.and_then(|id| actors.iter().find(|a| a.id == id)).filter(|a| a.sensitivity != Sensitivity::Restricted);
    let company = perpetrator_actor.filter(|a| a.kind == ActorKind::Company);
    let mut perpetrator_lines = Vec::new();
    let mut who: Vec<String> = Vec::new();
    if let Some(actor) = perpetrator_actor.filter(|a| a.kind != ActorKind::Company) {
        who.push(actor.name.clone());
    }
    if !restricted_incident && !incident.perpetrator.trim().is_empty() {
        who.push(mask(&incident.perpetrator));
    }
    if !who.is_empty() {
        perpetrator_lines.push(fill(&t.perpetrator, &[("perpetrator", &who.join("; "))]));
    }
    if let Some(company) = company {
        perpetrator_lines.push(fill(&t.company, &[("company", &company.name)]));
    }
    let reported = if restricted_incident || incident.reported_to.trim().is_empty() {
        String::new()
    } else {
        fill(&t.reported, &[("reported", &mask(&incident.reported_to))])
    };

    // Which institutions, in order, each once.
    let mut kinds: Vec<(&Institution, bool)> = Vec::new();
    let by_category = tax.by_category.get(&incident.category).into_iter().flatten().map(|id| (id, true));
    for (id, for_category) in by_category.chain(tax.always.iter().map(|id| (id, false))) {
        if let Some(kind) = tax.institutions.iter().find(|i| &i.id == id) {
            if !kinds.iter().any(|(k, _)| k.id == kind.id) {
                kinds.push((kind, for_category));
            }
        }
    }
    let mut used: Vec<ActorId> = Vec::new();
    let mut letters = Vec::new();
    for (kind, for_category) in kinds {
        // Mapped institutions that fit: never a company, never a restricted actor, never the
        // one who did it; each named in one letter only.
        let mapped: Vec<&Actor> = actors
            .iter()
            .filter(|a| a.kind != ActorKind::Company && a.sensitivity != Sensitivity::Restricted)
            .filter(|a| Some(a.id) != incident.perpetrator_actor && !used.contains(&a.id) && kind.fits(a))
            .collect();
        if mapped.is_empty() && kind.only_mapped {
            continue;
        }
        used.extend(mapped.iter().map(|a| a.id));
        let addressees: Vec<Option<&Actor>> = if mapped.is_empty() { vec![None] } else { mapped.into_iter().map(Some).collect() };
        let demands = kind.demands.get(locale.tag()).or_else(|| kind.demands.get("en")).cloned().unwrap_or_default();
        for actor in addressees {
            let addressee = actor.map_or_else(|| kind.label(locale).to_owned(), |a| a.name.clone());
            let mut reasons = vec![if for_category { fill(&t.reason_category, &[("category", &category)]) } else { t.reason_always.clone() }];
            if let Some(actor) = actor {
                reasons.push(fill(&t.reason_mapped, &[("actor", &actor.name)]));
            }
            if company.is_some() {
                reasons.push(t.reason_company.clone());
            }
            let asks = demands.iter().map(|d| format!("- {d}")).collect::<Vec<_>>().join("\n");
            let date = day_in_words(incident.occurred_on, locale);
            let signature = fill(&t.signature, &[("collective", collective)]);
            let affected = affected_lines.join("\n");
            let perpetrator = perpetrator_lines.join("\n");
            let values = [
                ("addressee", addressee.as_str()),
                ("what", what.as_str()),
                ("collective", collective),
                ("category", category.as_str()),
                ("date", date.as_str()),
                ("place", place.as_str()),
                ("description", description.as_str()),
                ("affected", affected.as_str()),
                ("perpetrator", perpetrator.as_str()),
                ("reported", reported.as_str()),
                ("asks", asks.as_str()),
                ("signature", signature.as_str()),
            ];
            let text = format!("{}\n\n{}", fill(&t.greeting, &values), fill(&t.body, &values));
            let title = fill(&t.title, &values);
            letters.push(InstitutionLetter {
                institution: kind.id.clone(),
                institution_label: kind.label(locale).to_owned(),
                actor: actor.map(|a| a.id),
                addressee: addressee.clone(),
                reasons,
                title,
                text: tidy_blank_lines(&text),
            });
        }
    }
    named_ids.dedup();
    IncidentLetters { incident: incident.id, letters, details_withheld: restricted_incident, named: named_ids }
}

impl Session {
    /// The letters suggested after an incident, in `locale` (see [`incident_letters`]).
    pub fn incident_letters(&self, id: IncidentId, locale: Locale) -> Result<IncidentLetters, EditError> {
        let db = self.db();
        let incident = store::get::<Incident>(db, &id.to_string())?.ok_or(EditError::RecordNotFound)?;
        let actors: Vec<Actor> = store::list(db)?;
        let people = self.people()?;
        // Consent is asked per case and per use: only a case carrying this incident speaks
        // for what may be said about it.
        let mut named_to_authorities = Vec::new();
        for case in self.cases()?.iter().filter(|c| c.incidents.contains(&id)) {
            for person in &case.people {
                if case.consent_of(*person).name_to_authorities && !named_to_authorities.contains(person) {
                    named_to_authorities.push(*person);
                }
            }
        }
        let collective = self.collective()?.map(|c| c.name).unwrap_or_default();
        let sources = LetterSources { collective: &collective, incident: &incident, actors: &actors, people: &people, named_to_authorities: &named_to_authorities };
        Ok(incident_letters(&sources, locale))
    }

    /// Turns a letter into a measure of the plan, in one edit (one undo): owned and due, or
    /// done on the day it was sent, when the incident also records to whom it was reported.
    /// It answers the risks whose threat assessments rest on the incident.
    pub fn record_incident_letter(&mut self, letter: LetterRecord, locale: Locale, now: DateTime<Utc>) -> Result<Measure, EditError> {
        self.edit(now, |db, stamp| {
            let mut incident = store::get::<Incident>(db, &letter.incident.to_string())?.ok_or(EditError::RecordNotFound)?;
            let assessments: Vec<ThreatAssessment> = store::list(db)?;
            let risks: Vec<Risk> = store::list(db)?;
            let resting = risks
                .iter()
                .filter(|r| r.threat_assessment.is_some_and(|ta| assessments.iter().any(|a| a.id == ta && a.incidents.contains(&incident.id))))
                .map(|r| r.id)
                .collect();
            let title = if letter.title.trim().is_empty() {
                let t = &templates(locale).institution_letter;
                fill(&t.record_title, &[("addressee", letter.addressee.trim()), ("what", incident.title.trim())])
            } else {
                letter.title.trim().to_owned()
            };
            let measure = Measure {
                id: Default::default(),
                title,
                description: letter.text.trim().to_owned(),
                // Demanding that institutions act raises the cost of attacking the community.
                strategy: Strategy::Deterrence,
                timing: Timing::Response,
                owners: letter.owners.clone(),
                resources: String::new(),
                due_on: letter.sent_on.or(letter.due_on),
                status: if letter.sent_on.is_some() { MeasureStatus::Done } else { MeasureStatus::ToDo },
                risks: resting,
                sensitivity: incident.sensitivity.max(Sensitivity::Community),
            };
            let measure = store::save(db, measure, stamp)?;
            if let Some(sent) = letter.sent_on {
                let t = &templates(locale).institution_letter;
                let entry = fill(&t.reported_entry, &[("addressee", letter.addressee.trim()), ("date", &day_in_words(sent, locale))]);
                let reported = incident.reported_to.trim();
                incident.reported_to = if reported.is_empty() { entry } else { format!("{reported}; {entry}") };
                store::save(db, incident, stamp)?;
            }
            Ok(measure)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_institution_has_words_and_demands_in_every_language_and_every_category_is_mapped() {
        let tax = taxonomy();
        for i in &tax.institutions {
            for tag in ["en", "es", "fr"] {
                assert!(i.label.get(tag).is_some_and(|l| !l.trim().is_empty()), "{} has no {tag} name", i.id);
                let demands = i.demands.get(tag).unwrap_or_else(|| panic!("{} has no {tag} demands", i.id));
                assert_eq!(demands.len(), i.demands["en"].len(), "{} {tag}", i.id);
            }
            assert!(!i.actor_kinds.contains(&ActorKind::Company), "a company is never an institution to write to");
        }
        for c in crate::risk::threat_categories() {
            let ids = tax.by_category.get(&c.id).unwrap_or_else(|| panic!("{} has no institutions", c.id));
            for id in ids.iter().chain(&tax.always) {
                assert!(tax.institutions.iter().any(|i| &i.id == id), "{id} is not described");
            }
        }
        assert_eq!(tax.by_category.len(), crate::risk::threat_categories().len(), "no category that does not exist");
    }
}

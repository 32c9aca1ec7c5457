//! Drafts of a desk's actions, from `assets/templates/escalation/<language>.json`: a letter
//! per addressee, a petition, a media brief, a UN or regional submission. Names follow the
//! consent each person gave: to authorities only where they agreed to be named to a
//! government, to the public only where they agreed to be named in public; everyone else is
//! described without a name. Public texts use only the summary the community marked public
//! and never the incidents, which are for the desk.
//!
//! A submission to a protection mechanism (UN Special Procedures, IACHR, Front Line
//! Defenders, ProtectDefenders.eu) is laid out as that mechanism's published form or guidance
//! asks, field by field, with the source beside the templates (`sources.json`): a field the
//! case cannot fill says so and is listed at the end for the desk to complete.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use tejido_i18n::Locale;

use super::{ActionKind, Addressee, CaseContent, CasePerson};
use crate::names::NameRule;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Text {
    title: String,
    body: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct LetterTo {
    title: String,
    greeting: String,
    asks: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Letters {
    government: LetterTo,
    prosecutor: LetterTo,
    company: LetterTo,
    embassy: LetterTo,
    body: String,
}

/// One field of a mechanism's form: its label, and what fills it from the case (empty: only
/// the desk can).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct FormField {
    label: String,
    value: String,
}

/// A mechanism's form, as its published guidance lays it out.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct MechanismForm {
    title: String,
    intro: String,
    fields: Vec<FormField>,
    closing: String,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Mechanisms {
    un_submission: MechanismForm,
    regional_submission: MechanismForm,
    front_line_defenders: MechanismForm,
    protect_defenders: MechanismForm,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct Templates {
    withheld: String,
    no_people: String,
    withheld_name: String,
    confidential: String,
    consent_line: String,
    consent_line_public_action: String,
    yes: String,
    no: String,
    to_complete: String,
    still_to_complete: String,
    signed_by: String,
    actor_kinds: BTreeMap<String, String>,
    requests: BTreeMap<String, String>,
    letter: Letters,
    /// A community's own letter to a public institution after an incident
    /// ([`super::institutions`]).
    pub(super) institution_letter: super::institutions::LetterTexts,
    petition: Text,
    media_brief: Text,
    mechanisms: Mechanisms,
}

const EN: &str = include_str!("../../../../../assets/templates/escalation/en.json");
const ES: &str = include_str!("../../../../../assets/templates/escalation/es.json");
const FR: &str = include_str!("../../../../../assets/templates/escalation/fr.json");

pub(super) fn templates(locale: Locale) -> &'static Templates {
    static ALL: OnceLock<[Templates; 3]> = OnceLock::new();
    let [en, es, fr] =
        ALL.get_or_init(|| [EN, ES, FR].map(|text| serde_json::from_str(text).expect("the escalation templates are checked by tests")));
    match locale {
        Locale::Es => es,
        Locale::Fr => fr,
        _ => en,
    }
}

/// A drafted title and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// In a line.
    pub title: String,
    /// The text to edit.
    pub text: String,
    /// The labels of a mechanism's fields the case could not fill (also listed at the end of
    /// the text, for the desk to complete).
    pub missing: Vec<String>,
}

/// Where a mechanism's template was taken from, as `assets/templates/escalation/sources.json`
/// records it beside the templates.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateSource {
    /// The action it drafts.
    #[serde(default = "no_kind")]
    pub kind: ActionKind,
    /// The mechanism, in its own name.
    pub mechanism: String,
    /// The page or document consulted.
    pub title: String,
    /// Where it is published.
    pub url: String,
    /// When it was consulted (YYYY-MM-DD).
    pub consulted: String,
    /// How the template follows it, and what could not be checked, by language (`en`, `es`, `fr`).
    pub note: BTreeMap<String, String>,
}

fn no_kind() -> ActionKind {
    ActionKind::Letter
}

const SOURCES: &str = include_str!("../../../../../assets/templates/escalation/sources.json");

/// The source of every mechanism's template, in [`ActionKind::ALL`] order.
pub fn template_sources() -> Vec<TemplateSource> {
    let all: BTreeMap<String, TemplateSource> = serde_json::from_str(SOURCES).expect("the template sources are checked by tests");
    ActionKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let key = serde_json::to_value(kind).ok()?.as_str()?.to_owned();
            all.get(&key).cloned().map(|source| TemplateSource { kind, ..source })
        })
        .collect()
}

/// `template` with each `{key}` replaced by its value: the one way every drafted text is filled.
pub(super) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (key, value)| text.replace(&format!("{{{key}}}"), value))
}

/// A draft of `kind` for `case`, in `locale`. One naming rule for every text in it (see
/// [`CasePerson::naming`]): the people list, and the community's own words (title, summary,
/// region, incidents), where a real name or a pseudonym may sit too.
pub fn draft(case: &CaseContent, kind: ActionKind, addressee: Addressee, locale: Locale) -> Draft {
    let t = templates(locale);
    let public = kind.is_public(addressee);
    let collective = case.collective.as_str();
    let withheld = fill(&t.withheld, &[("collective", collective)]);
    let present: Vec<&CasePerson> = case.people.iter().filter(|p| !p.withdrawn).collect();
    let naming: Vec<NameRule> = case.people.iter().flat_map(|p| p.naming(public, &t.withheld_name)).collect();
    let mask = |text: &str| crate::names::mask_names(text, &naming);
    // To authorities, a name the person did not agree to make public says so beside it.
    let named = |p: &CasePerson| {
        p.name_for(public).map(|name| if !public && !p.name_in_public { format!("{name} ({})", t.confidential) } else { name.to_owned() })
    };
    let mut names: Vec<String> = present.iter().map(|p| named(p).unwrap_or_else(|| withheld.clone())).collect();
    if public {
        // Withheld people are not even counted in public: only the named appear.
        names.retain(|n| *n != withheld);
    }
    let people = if names.is_empty() { fill(&t.no_people, &[("collective", collective)]) } else { names.join("; ") };
    // Both of the UN's consent questions, per person, in the words of its questionnaire.
    let answer = |yes: bool| if yes { t.yes.as_str() } else { t.no.as_str() };
    let consent_lines = |template: &str| {
        present
            .iter()
            .map(|p| {
                let to_state = p.name_for(false).is_some();
                let line = fill(
                    template,
                    &[("name", p.name_for(false).unwrap_or(&t.withheld_name)), ("toState", answer(to_state)), ("inPublic", answer(p.name_in_public))],
                );
                if to_state && !p.name_in_public { format!("{line} {}", t.confidential) } else { line }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let consents = consent_lines(&t.consent_line);
    let consents_public_action = consent_lines(&t.consent_line_public_action);
    let incidents = if public {
        String::new()
    } else {
        case.incidents
            .iter()
            .map(|i| {
                let (title, place) = (mask(&i.title), mask(&i.place));
                let on = crate::dates::day_in_words(i.occurred_on, locale);
                if place.is_empty() { format!("- {on}: {title}") } else { format!("- {on}, {place}: {title}") }
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    // What mechanisms ask and the incidents carry: who did it (and what kind of actor), and
    // to whom it was already reported; left for the desk to complete when nobody said.
    let mut perpetrators: Vec<String> = Vec::new();
    let mut reported: Vec<String> = Vec::new();
    for i in case.incidents.iter().filter(|_| !public) {
        let who = mask(&i.perpetrator);
        let kind = i.perpetrator_kind.and_then(|k| serde_json::to_value(k).ok()).and_then(|v| v.as_str().and_then(|k| t.actor_kinds.get(k)).cloned());
        let line = match kind {
            Some(kind) if !who.trim().is_empty() => format!("{who} ({kind})"),
            Some(kind) => kind,
            None => who,
        };
        if !line.trim().is_empty() && !perpetrators.contains(&line) {
            perpetrators.push(line);
        }
        let to = mask(&i.reported_to);
        if !to.trim().is_empty() && !reported.contains(&to) {
            reported.push(to);
        }
    }
    let perpetrators = if perpetrators.is_empty() { t.to_complete.clone() } else { perpetrators.join("; ") };
    let reported = if reported.is_empty() { t.to_complete.clone() } else { reported.join("; ") };
    let requests = case.requests.iter().filter_map(|r| serde_json::to_value(r).ok()).filter_map(|v| v.as_str().and_then(|k| t.requests.get(k)).cloned()).collect::<Vec<_>>().join("; ");
    let summary = mask(&case.public_summary);
    // The region's name in the letter's language, not its code; masked like every place the
    // community named (a person called Rosa is withheld from "Santa Rosa" too, as the check on
    // the desk's edits would find it).
    let place = mask(&super::regions::region_name(&case.region, locale));
    let region = if place.is_empty() { "—".to_owned() } else { place.clone() };
    let title = mask(&case.title);
    let facts = [incidents.as_str(), summary.as_str()].into_iter().filter(|p| !p.trim().is_empty()).collect::<Vec<_>>().join("\n\n");
    let values = |asks: &str| {
        [
            ("collective", collective),
            ("region", region.as_str()),
            ("title", title.as_str()),
            ("summary", summary.as_str()),
            ("people", people.as_str()),
            ("consents", consents.as_str()),
            ("consentsPublicAction", consents_public_action.as_str()),
            ("place", place.as_str()),
            ("facts", facts.as_str()),
            ("perpetrators", perpetrators.as_str()),
            ("reported", reported.as_str()),
            ("incidents", incidents.as_str()),
            ("requests", requests.as_str()),
        ]
        .into_iter()
        .chain(std::iter::once(("asks", asks)))
        .map(|(k, v)| (k, v.to_owned()))
        .collect::<Vec<(&str, String)>>()
    };
    let render = |template: &str, asks: &str| {
        let template = if incidents.is_empty() { without_incidents(template) } else { template.to_owned() };
        let template = template.as_str();
        let v = values(asks);
        let pairs: Vec<(&str, &str)> = v.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(template, &pairs).trim().to_owned()
    };
    // A mechanism's form: numbered fields in its order; one the case leaves empty says so and
    // is listed at the end.
    let mut missing: Vec<String> = Vec::new();
    let mut form = |form: &MechanismForm| {
        let mut text = vec![render(&form.intro, "")];
        for (n, field) in form.fields.iter().enumerate() {
            let value = render(&field.value, "");
            let value = if value.trim().is_empty() || value.trim() == t.to_complete { missing.push(field.label.clone()); t.to_complete.clone() } else { value };
            text.push(format!("{}. {}\n{value}", n + 1, field.label));
        }
        text.push(render(&form.closing, ""));
        if !missing.is_empty() {
            text.push(format!("{}\n{}", t.still_to_complete, missing.iter().map(|m| format!("- {m}")).collect::<Vec<_>>().join("\n")));
        }
        (render(&form.title, ""), text.join("\n\n"))
    };
    let (title, text) = match kind {
        ActionKind::Letter => {
            let to = match addressee {
                Addressee::Government => &t.letter.government,
                Addressee::Prosecutor => &t.letter.prosecutor,
                Addressee::Company => &t.letter.company,
                Addressee::Embassy => &t.letter.embassy,
            };
            let asks = to.asks.iter().map(|a| format!("- {}", render(a, ""))).collect::<Vec<_>>().join("\n");
            (render(&to.title, ""), format!("{}\n\n{}", to.greeting, render(&t.letter.body, &asks)))
        }
        ActionKind::Petition => (render(&t.petition.title, ""), render(&t.petition.body, "")),
        ActionKind::MediaBrief => (render(&t.media_brief.title, ""), render(&t.media_brief.body, "")),
        ActionKind::UnSubmission => form(&t.mechanisms.un_submission),
        ActionKind::RegionalSubmission => form(&t.mechanisms.regional_submission),
        ActionKind::FrontLineDefenders => form(&t.mechanisms.front_line_defenders),
        ActionKind::ProtectDefenders => form(&t.mechanisms.protect_defenders),
    };
    Draft { title, text: tidy_blank_lines(&text), missing }
}

/// An action as plain text: its title, a blank line, its text, and for a letter the
/// organisations that agreed to sign it (in the action's language), as printing lays it out.
pub(crate) fn plain_text(action: &super::DeskAction, locale: Locale) -> String {
    let mut out = format!("{}\n\n{}\n", action.title.trim(), action.text.trim());
    let signed = action.signed_by();
    if action.kind == ActionKind::Letter && !signed.is_empty() {
        out.push_str(&format!("\n{}\n{}\n", templates(locale).signed_by, signed.iter().map(|s| format!("- {s}")).collect::<Vec<_>>().join("\n")));
    }
    out
}

/// Which consent a name in a text goes beyond.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Beyond {
    /// They did not agree to be named to authorities (a government, a UN or regional body).
    NameToAuthorities,
    /// They did not agree to be named in public.
    NameInPublic,
    /// A pseudonym is the community's own word for a person: it never leaves the desk.
    Pseudonym,
    /// They withdrew from the case: none of their names may leave.
    Withdrawn,
}

/// A name in a desk's text that the person's consent does not cover for its audience.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NameFinding {
    /// Who, as the desk knows them (their pseudonym, else their name).
    pub person: String,
    /// Their name as the desk received it, if it did.
    pub real_name: Option<String>,
    /// The words found, as written.
    pub found: String,
    /// The consent it goes beyond.
    pub consent: Beyond,
}

/// The names in `text` (a desk's own words, edited after drafting) that go beyond what each
/// person of `case` agreed to for a `public` text or one to authorities: real names, any part
/// of them, whatever the case and accents, and pseudonyms. A part a named and an unnamed person
/// share counts for the unnamed one: the reader cannot tell which.
pub fn check_text(case: &CaseContent, text: &str, public: bool) -> Vec<NameFinding> {
    let mut rules = Vec::new();
    let mut whose: Vec<(&CasePerson, Beyond)> = Vec::new();
    for p in &case.people {
        let beyond = if p.withdrawn {
            Beyond::Withdrawn
        } else if public {
            Beyond::NameInPublic
        } else {
            Beyond::NameToAuthorities
        };
        if let Some(real) = p.real_name.as_ref().filter(|r| !r.trim().is_empty()) {
            let allowed = p.name_for(public).is_some();
            rules.push(NameRule { name: real.clone(), replacement: (!allowed).then(String::new) });
            whose.push((p, beyond));
        }
        if let Some(pseudonym) = p.pseudonym.as_ref().filter(|n| !n.trim().is_empty()) {
            rules.push(NameRule { name: pseudonym.clone(), replacement: Some(String::new()) });
            whose.push((p, if p.withdrawn { Beyond::Withdrawn } else { Beyond::Pseudonym }));
        }
    }
    let mut findings: Vec<NameFinding> = Vec::new();
    for found in crate::names::find_names(text, &rules) {
        for rule in found.rules.iter().filter(|r| rules[**r].replacement.is_some()) {
            let (person, consent) = whose[*rule];
            let finding = NameFinding {
                person: person.pseudonym.clone().or_else(|| person.real_name.clone()).unwrap_or_default(),
                real_name: person.real_name.clone(),
                found: text[found.span.0..found.span.1].to_owned(),
                consent,
            };
            if !findings.iter().any(|f| f.person == finding.person && f.consent == finding.consent && f.found.to_lowercase() == finding.found.to_lowercase()) {
                findings.push(finding);
            }
        }
    }
    findings
}

/// The template without its incidents line, and the heading just before it (a public text,
/// or a case without incidents, has none to list).
fn without_incidents(template: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    for line in template.split('\n') {
        if line.contains("{incidents}") {
            if lines.last().is_some_and(|l| l.trim_end().ends_with(':')) {
                lines.pop();
            }
            continue;
        }
        lines.push(line);
    }
    lines.join("\n")
}

/// At most one blank line in a row (an empty list leaves a gap otherwise).
pub(super) fn tidy_blank_lines(text: &str) -> String {
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() && out.last().is_some_and(|l: &&str| l.trim().is_empty()) {
            continue;
        }
        out.push(line);
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_template_with_its_placeholders() {
        let en: serde_json::Value = serde_json::from_str(EN).unwrap();
        for (name, text) in [("es", ES), ("fr", FR)] {
            let other: serde_json::Value = serde_json::from_str(text).unwrap();
            same_shape(&en, &other, name);
        }
        for locale in [Locale::En, Locale::Es, Locale::Fr] {
            let t = templates(locale);
            // Every request a community can make reads as words in every language.
            for request in super::super::Request::ALL {
                let key = serde_json::to_value(request).unwrap();
                assert!(t.requests.contains_key(key.as_str().unwrap()), "{locale:?}: {key}");
            }
            assert_eq!(t.requests.len(), super::super::Request::ALL.len(), "{locale:?}");
            assert!(t.letter.body.contains("{asks}") && t.letter.body.contains("{people}"));
        }
    }

    fn same_shape(en: &serde_json::Value, other: &serde_json::Value, at: &str) {
        use serde_json::Value::*;
        match (en, other) {
            (Object(a), Object(b)) => {
                assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>(), "{at}");
                for (k, v) in a {
                    same_shape(v, &b[k], &format!("{at}.{k}"));
                }
            }
            (Array(a), Array(b)) => {
                assert_eq!(a.len(), b.len(), "{at}");
                a.iter().zip(b).for_each(|(x, y)| same_shape(x, y, at));
            }
            (String(a), String(b)) => {
                for placeholder in a.split('{').skip(1).filter_map(|p| p.split('}').next()) {
                    assert!(b.contains(&format!("{{{placeholder}}}")), "{at}: {{{placeholder}}} missing");
                }
                assert!(!b.contains('\u{a0}') && !b.contains('\u{202f}'), "{at}: ordinary spaces only");
            }
            _ => panic!("{at}: different shapes"),
        }
    }
}

//! Drafts of a desk's actions, from `assets/templates/escalation/<language>.json`: a letter
//! per addressee, a petition, a media brief, a UN or regional submission. Names follow the
//! consent each person gave: to authorities only where they agreed to be named to a
//! government, to the public only where they agreed to be named in public; everyone else is
//! described without a name. Public texts use only the summary the community marked public
//! and never the incidents, which are for the desk.

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

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Templates {
    withheld: String,
    no_people: String,
    withheld_name: String,
    confidential: String,
    consent_line: String,
    yes: String,
    no: String,
    to_complete: String,
    actor_kinds: BTreeMap<String, String>,
    requests: BTreeMap<String, String>,
    letter: Letters,
    petition: Text,
    media_brief: Text,
    un_submission: Text,
    regional_submission: Text,
}

const EN: &str = include_str!("../../../../../assets/templates/escalation/en.json");
const ES: &str = include_str!("../../../../../assets/templates/escalation/es.json");
const FR: &str = include_str!("../../../../../assets/templates/escalation/fr.json");

fn templates(locale: Locale) -> &'static Templates {
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
}

fn fill(template: &str, values: &[(&str, &str)]) -> String {
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
    let consents = present
        .iter()
        .map(|p| {
            let to_state = p.name_for(false).is_some();
            let line = fill(
                &t.consent_line,
                &[("name", p.name_for(false).unwrap_or(&t.withheld_name)), ("toState", answer(to_state)), ("inPublic", answer(p.name_in_public))],
            );
            if to_state && !p.name_in_public { format!("{line} {}", t.confidential) } else { line }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let incidents = if public {
        String::new()
    } else {
        case.incidents
            .iter()
            .map(|i| {
                let (title, place) = (mask(&i.title), mask(&i.place));
                if place.is_empty() { format!("- {}: {title}", i.occurred_on) } else { format!("- {}, {place}: {title}", i.occurred_on) }
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
    let region = if case.region.is_empty() { "—".to_owned() } else { mask(&case.region) };
    let title = mask(&case.title);
    let values = |asks: &str| {
        [
            ("collective", collective),
            ("region", region.as_str()),
            ("title", title.as_str()),
            ("summary", summary.as_str()),
            ("people", people.as_str()),
            ("consents", consents.as_str()),
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
        ActionKind::UnSubmission => (render(&t.un_submission.title, ""), render(&t.un_submission.body, "")),
        ActionKind::RegionalSubmission => (render(&t.regional_submission.title, ""), render(&t.regional_submission.body, "")),
    };
    Draft { title, text: tidy_blank_lines(&text) }
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
fn tidy_blank_lines(text: &str) -> String {
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

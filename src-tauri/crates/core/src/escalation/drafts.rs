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

/// The name a person may be given under for this text, if any.
fn name_for(person: &CasePerson, public: bool) -> Option<&str> {
    let agreed = if public { person.name_in_public } else { person.name_to_authorities };
    person.real_name.as_deref().filter(|_| agreed)
}

/// A draft of `kind` for `case`, in `locale`.
pub fn draft(case: &CaseContent, kind: ActionKind, addressee: Addressee, locale: Locale) -> Draft {
    let t = templates(locale);
    let public = kind.is_public(addressee);
    let collective = case.collective.as_str();
    let withheld = fill(&t.withheld, &[("collective", collective)]);
    let mut names: Vec<String> = case.people.iter().map(|p| name_for(p, public).map_or_else(|| withheld.clone(), str::to_owned)).collect();
    if public {
        // Withheld people are not even counted in public: only the named appear.
        names.retain(|n| *n != withheld);
    }
    let people = if names.is_empty() { fill(&t.no_people, &[("collective", collective)]) } else { names.join("; ") };
    let incidents = if public {
        String::new()
    } else {
        case.incidents
            .iter()
            .map(|i| if i.place.is_empty() { format!("- {}: {}", i.occurred_on, i.title) } else { format!("- {}, {}: {}", i.occurred_on, i.place, i.title) })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let requests = case.requests.iter().filter_map(|r| serde_json::to_value(r).ok()).filter_map(|v| v.as_str().and_then(|k| t.requests.get(k)).cloned()).collect::<Vec<_>>().join("; ");
    let summary = case.public_summary.as_str();
    let region = if case.region.is_empty() { "—" } else { case.region.as_str() };
    let values = |asks: &str| {
        [
            ("collective", collective),
            ("region", region),
            ("title", case.title.as_str()),
            ("summary", summary),
            ("people", people.as_str()),
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
            assert_eq!(t.requests.len(), 8, "{locale:?}");
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

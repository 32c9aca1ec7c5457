//! The La Puya principle "no single leader or spokesperson", checked against the text: a
//! section that says who speaks or decides and names only one person, or a protocol that
//! names someone the network already depends on too much.

use serde::{Deserialize, Serialize};

use super::records::ProtocolDocument;
use super::template::ROLE_SECTIONS;
use crate::ids::{PersonId, SectionId};
use crate::network::{Finding, FindingKind};
use crate::person::Person;

/// Why the protocol puts one person apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// The section on spokespeople or decisions names this person and nobody else.
    SingleSpokesperson,
    /// The protocol names a person who already holds most of the network's contacts.
    ConcentratedContacts,
}

/// One warning, naming the person (by pseudonym on screen) and the section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolWarning {
    /// Why.
    pub kind: WarningKind,
    /// Who.
    pub person: PersonId,
    /// In which section.
    pub section: SectionId,
}

/// Whether `name` occurs in `text` as a whole word, ignoring case.
fn names(text: &str, name: &str) -> bool {
    let name = name.trim().to_lowercase();
    if name.is_empty() {
        return false;
    }
    let text = text.to_lowercase();
    text.match_indices(&name).any(|(at, found)| {
        let before = text[..at].chars().next_back();
        let after = text[at + found.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether `text` names `person` by pseudonym or real name.
pub(crate) fn named_in(text: &str, person: &Person) -> bool {
    names(text, &person.pseudonym) || person.real_name.as_deref().is_some_and(|n| names(text, n))
}

/// Whether any section names any member: only then can there be a warning, and only then is
/// the network analysis worth running.
pub(crate) fn names_anyone(document: &ProtocolDocument, people: &[Person]) -> bool {
    document.sections.iter().any(|s| people.iter().any(|p| named_in(&s.title, p) || named_in(&s.body, p)))
}

/// Every warning of `document`, section by section.
pub fn warnings(document: &ProtocolDocument, people: &[Person], findings: &[Finding]) -> Vec<ProtocolWarning> {
    let concentrated: Vec<PersonId> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::ContactConcentration)
        .filter_map(|f| f.people.first().copied())
        .collect();
    let mut out = Vec::new();
    for section in &document.sections {
        let text = format!("{}\n{}", section.title, section.body);
        let named: Vec<&Person> = people.iter().filter(|p| named_in(&text, p)).collect();
        if let [only] = named.as_slice()
            && ROLE_SECTIONS.contains(&section.key.as_str())
        {
            out.push(ProtocolWarning { kind: WarningKind::SingleSpokesperson, person: only.id, section: section.id });
        }
        for person in named.iter().filter(|p| concentrated.contains(&p.id)) {
            out.push(ProtocolWarning { kind: WarningKind::ConcentratedContacts, person: person.id, section: section.id });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::names;

    #[test]
    fn names_match_whole_words_in_any_case() {
        assert!(names("Our spokesperson is Ceiba.", "ceiba"));
        assert!(!names("Ceibal is a place", "Ceiba"));
        assert!(names("hablará Tío Juan, nadie más", "tío juan"));
        assert!(!names("anything", "  "));
    }
}

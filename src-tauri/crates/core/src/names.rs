//! Real names out of text that leaves a person's control: the projector, and what a case
//! package carries about files.

use crate::person::Person;

/// `text` with every real name replaced by that person's pseudonym, whole words only: the
/// full name, or any part of it on its own ("Xol", "María"), whatever the case and accents
/// ("maria xol", "MARÍA"). A part two people share ("Xol" of two sisters) becomes `•••`,
/// since either pseudonym would say who it is.
pub fn mask_real_names(text: &str, people: &[Person]) -> String {
    let rules: Vec<NameRule> =
        people.iter().filter_map(|p| Some(NameRule { name: p.real_name.clone()?, replacement: Some(p.pseudonym.clone()) })).collect();
    mask_names(text, &rules)
}

/// One name and what it becomes in a text for some audience: `None` keeps it (a name the
/// person agreed to), so that a part it shares with a masked name is not taken for the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameRule {
    /// A real name or a pseudonym.
    pub name: String,
    /// What it becomes, or `None` to keep it.
    pub replacement: Option<String>,
}

/// A name found in a text: the words as written, and the rules (indexes) it may belong to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundName {
    /// Byte span in the text.
    pub span: (usize, usize),
    /// The rules it matches: one for a full name or a part only one name has, several for a
    /// part names share.
    pub rules: Vec<usize>,
}

/// Every name of `rules` in `text`, whole words only, as [`mask_real_names`] finds them: the
/// longest full name first, else any significant part on its own, ignoring case and accents.
pub fn find_names(text: &str, rules: &[NameRule]) -> Vec<FoundName> {
    let names: Vec<Vec<String>> = rules.iter().map(|r| words(&r.name).into_iter().map(|(_, _, w)| w).collect()).collect();
    let words = words(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let full = names
            .iter()
            .enumerate()
            .filter(|(_, parts)| {
                let span = words.get(i..i + parts.len()).unwrap_or_default();
                !parts.is_empty()
                    && span.len() == parts.len()
                    && span.iter().zip(parts.iter()).all(|((_, _, w), p)| w == p)
                    // Written with spaces or hyphens between its parts ("Rosa-María Xol"): one
                    // name, one replacement, not one per part.
                    && span.windows(2).all(|pair| text[pair[0].1..pair[1].0].chars().all(|c| c.is_whitespace() || c == '-'))
            })
            .max_by_key(|(_, parts)| parts.len())
            .map(|(index, parts)| (parts.len(), vec![index]));
        let part = || {
            let owners: Vec<usize> =
                names.iter().enumerate().filter(|(_, parts)| parts.iter().any(|p| significant(p) && *p == words[i].2)).map(|(n, _)| n).collect();
            (!owners.is_empty()).then_some((1, owners))
        };
        match full.or_else(part) {
            Some((count, owners)) => {
                found.push(FoundName { span: (words[i].0, words[i + count - 1].1), rules: owners });
                i += count;
            }
            None => i += 1,
        }
    }
    found
}

/// `text` with each name of `rules` replaced as the rule says. A part several names share
/// becomes `•••` unless they all agree on what it becomes (a full name always wins).
pub fn mask_names(text: &str, rules: &[NameRule]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for found in find_names(text, rules) {
        let replacements: Vec<Option<&str>> = found.rules.iter().map(|r| rules[*r].replacement.as_deref()).collect();
        let replacement = match replacements.as_slice() {
            [] | [None] => continue,
            [one] => *one,
            [first, rest @ ..] if rest.iter().all(|r| r == first) => *first,
            _ => Some("•••"),
        };
        let Some(replacement) = replacement else { continue };
        out.push_str(&text[copied..found.span.0]);
        out.push_str(replacement);
        copied = found.span.1;
    }
    out.push_str(&text[copied..]);
    out
}

/// The words of `text`, folded (lower case, accents removed), without their places.
pub(crate) fn folded_words(text: &str) -> Vec<String> {
    words(text).into_iter().map(|(_, _, w)| w).collect()
}

/// Whether the words of `phrase` stand one after another among `folded` (whole words, any
/// case or accents): "Minera Cerro Alto" in "mesa de dialogo con minera cerro alto".
pub(crate) fn holds_phrase(folded: &[String], phrase: &str) -> bool {
    let phrase = folded_words(phrase);
    !phrase.is_empty() && folded.windows(phrase.len()).any(|run| run == phrase.as_slice())
}

/// The words of `text` (runs of letters and digits), each with its byte span and folded:
/// lower case, accents removed.
fn words(text: &str) -> Vec<(usize, usize, String)> {
    use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
    let mut found = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(at),
            (false, Some(from)) => {
                let folded = text[from..at].nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect();
                found.push((from, at, folded));
                start = None;
            }
            _ => {}
        }
    }
    found
}

/// A name part worth masking on its own: not a particle ("de", "la", "van") or an initial.
fn significant(part: &str) -> bool {
    part.chars().count() >= 3 && !["del", "las", "los", "dos", "das", "van", "von", "des", "der", "den"].contains(&part)
}


#[cfg(test)]
mod tests {
    use super::*;
    use crate::sensitivity::Sensitivity;

    fn person(pseudonym: &str, real: &str) -> Person {
        Person {
            id: Default::default(),
            pseudonym: pseudonym.into(),
            real_name: Some(real.into()),
            role: String::new(),
            tags: vec![],
            household: String::new(),
            sector: String::new(),
            notes: String::new(),
            sensitivity: Sensitivity::Restricted,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        }
    }

    #[test]
    fn real_names_become_pseudonyms_in_any_case_whole_words_only() {
        let people = [person("Ceiba", "María Xol"), person("Garza", "Ana")];
        assert_eq!(
            mask_real_names("MARÍA XOL speaks; then ana, not Anabel.", &people),
            "Ceiba speaks; then Garza, not Anabel."
        );
        assert_eq!(mask_real_names("nothing here", &people), "nothing here");
    }

    #[test]
    fn each_part_of_a_name_is_masked_without_its_accents_and_a_shared_part_names_nobody() {
        let people = [person("Ceiba", "María Xol de la Cruz"), person("Garza", "Ana Pop"), person("Colibrí", "Rosa Xol")];
        assert_eq!(
            mask_real_names("Maria dijo: «María Xol de la Cruz, maria, MARÍA y Cruz». Pop llamó a ana pop.", &people),
            "Ceiba dijo: «Ceiba, Ceiba, Ceiba y Ceiba». Garza llamó a Garza."
        );
        assert_eq!(mask_real_names("Xol vino; Rosa Xol no.", &people), "••• vino; Colibrí no.", "Xol alone could be either sister");
        assert_eq!(mask_real_names("de la mañana", &people), "de la mañana", "particles are not names on their own");
    }

    #[test]
    fn a_name_written_with_hyphens_is_one_name_with_one_pseudonym() {
        let people = [person("Ceiba", "Rosa-María Xol")];
        assert_eq!(mask_real_names("ROSA-MARIA XOL y Rosa María-Xol hablan.", &people), "Ceiba y Ceiba hablan.");
    }
}

//! What the projector window shows. The facilitator's window keeps every detail; the
//! projector gets only what the core lets through: never a restricted record, never a real
//! name (people appear by pseudonym), and nothing once the vault is locked.

use serde::{Deserialize, Serialize};

use super::{App, AppError};
use crate::person::Person;
use crate::protocol::{CommentKind, CommentStatus, Section};
use crate::sensitivity::Sensitivity;

/// One screenful for the projector.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    /// The interface language, for the projector window's few words of its own.
    #[ts(type = "Locale")]
    pub language: String,
    /// The collective's name, shown small at the top; empty when locked.
    pub collective: String,
    /// The title in large type; empty for a blank screen.
    pub title: String,
    /// The text, with its line breaks.
    pub body: String,
    /// Open proposals and comments on it: "Youth group: …".
    pub notes: Vec<String>,
    /// Something restricted was chosen: the projector says it is hidden, and nothing more.
    pub hidden: bool,
}

/// `text` with every real name replaced by that person's pseudonym, whole words only: the
/// full name, or any part of it on its own ("Xol", "María"), whatever the case and accents
/// ("maria xol", "MARÍA"). A part two people share ("Xol" of two sisters) becomes `•••`,
/// since either pseudonym would say who it is.
pub fn mask_real_names(text: &str, people: &[Person]) -> String {
    let names: Vec<(Vec<String>, &str)> = people
        .iter()
        .filter_map(|p| {
            let parts: Vec<String> = words(p.real_name.as_deref()?).into_iter().map(|(_, _, w)| w).collect();
            (!parts.is_empty()).then_some((parts, p.pseudonym.as_str()))
        })
        .collect();
    let words = words(text);
    let (mut out, mut copied, mut i) = (String::with_capacity(text.len()), 0, 0);
    while i < words.len() {
        let full = names
            .iter()
            .filter(|(parts, _)| {
                let span = words.get(i..i + parts.len()).unwrap_or_default();
                span.len() == parts.len()
                    && span.iter().zip(parts).all(|((_, _, w), p)| w == p)
                    && span.windows(2).all(|pair| text[pair[0].1..pair[1].0].chars().all(char::is_whitespace))
            })
            .max_by_key(|(parts, _)| parts.len())
            .map(|(parts, pseudonym)| (parts.len(), *pseudonym));
        let part = || {
            let mut owners = names.iter().filter(|(parts, _)| parts.iter().any(|p| significant(p) && *p == words[i].2));
            let first = owners.next()?;
            Some((1, if owners.next().is_some() { "•••" } else { first.1 }))
        };
        match full.or_else(part) {
            Some((count, replacement)) => {
                out.push_str(&text[copied..words[i].0]);
                out.push_str(replacement);
                copied = words[i + count - 1].1;
                i += count;
            }
            None => i += 1,
        }
    }
    out.push_str(&text[copied..]);
    out
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

impl App {
    /// Shows a protocol section on the projector as the facilitator is typing it (saved or
    /// not), with its open proposals. A restricted section shows as hidden.
    pub fn project_section(&mut self, section: &Section) -> Result<Projection, AppError> {
        let language = self.locale().tag().to_owned();
        let open = self.session()?;
        let people = open.session.people()?;
        let collective = open.session.collective()?.map(|c| c.name).unwrap_or_default();
        let projection = if section.sensitivity == Sensitivity::Restricted {
            Projection { language, collective, hidden: true, ..Projection::default() }
        } else {
            let comments: Vec<crate::protocol::ProtocolComment> = crate::db::records::list(open.session.db()).map_err(crate::error::EditError::from)?;
            let notes = comments
                .iter()
                .filter(|c| c.section == Some(section.id) && c.status == CommentStatus::Open && c.kind == CommentKind::Proposal)
                .map(|c| mask_real_names(&crate::db::records::attributed(&c.author, &c.text), &people))
                .collect();
            Projection {
                language,
                collective,
                title: mask_real_names(&section.title, &people),
                body: mask_real_names(&section.body, &people),
                notes,
                hidden: false,
            }
        };
        open.projection = projection.clone();
        Ok(projection)
    }

    /// Blanks the projector (the facilitator needs the room's attention, or is about to
    /// open something private).
    pub fn blank_projector(&mut self) -> Result<Projection, AppError> {
        let language = self.locale().tag().to_owned();
        let open = self.session()?;
        let collective = open.session.collective()?.map(|c| c.name).unwrap_or_default();
        open.projection = Projection { language, collective, ..Projection::default() };
        Ok(open.projection.clone())
    }

    /// What the projector shows now: empty when no vault is open.
    pub fn projection(&self) -> Projection {
        let blank = Projection { language: self.locale().tag().to_owned(), ..Projection::default() };
        self.open.as_ref().map_or(blank, |o| o.projection.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_projector_hides_restricted_sections_masks_real_names_and_goes_blank_on_lock() {
        let root = tempfile::tempdir().unwrap();
        let mut app = App::new(&root.path().join("config"), &root.path().join("data"), tejido_vault::KdfPolicy::insecure_for_tests(2));
        let now = chrono::Utc::now();
        app.open_demo(now).unwrap();
        let people = app.session().unwrap().session.people().unwrap();
        let named = people.iter().find(|p| p.real_name.is_some()).expect("the demo has a real name to hide");
        let real = named.real_name.clone().unwrap();
        let screen = app.protocol_screen(now).unwrap();
        let mut section = screen.protocol.document.sections.iter().find(|s| s.key == "spokespeople").unwrap().clone();
        section.body = format!("{real} opens the assembly.");
        let shown = app.project_section(&section).unwrap();
        assert!(!shown.hidden && shown.body.contains(&named.pseudonym) && !shown.body.contains(&real), "{shown:?}");
        assert_eq!(shown.notes.len(), 1, "the open proposal on this section is shown");
        assert_eq!(app.projection(), shown, "what the projector window reads");

        section.sensitivity = Sensitivity::Restricted;
        let hidden = app.project_section(&section).unwrap();
        assert!(hidden.hidden && hidden.title.is_empty() && hidden.body.is_empty() && hidden.notes.is_empty());

        app.lock();
        let blank = app.projection();
        assert!(blank.title.is_empty() && blank.collective.is_empty() && !blank.hidden, "nothing once locked");
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
}

//! What the projector window shows. The facilitator's window keeps every detail; the
//! projector gets only what the core lets through: never a restricted record, never a real
//! name (people appear by pseudonym, the rule every print follows by default: see
//! [`crate::audience`]), and nothing once the vault is locked.

use serde::{Deserialize, Serialize};

use super::{App, AppError};
pub use crate::names::mask_real_names;
use crate::protocol::{CommentKind, CommentStatus, Section};
use crate::sensitivity::Sensitivity;

/// One screenful for the projector.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    /// The interface language, for the projector window's few words of its own: an installed
    /// pack's code (`pt-BR`) when one is chosen, as [`App::language`] says, so the room reads
    /// the facilitator's language rather than the core's built-in one the pack falls back to.
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

impl App {
    /// Shows a protocol section on the projector as the facilitator is typing it (saved or
    /// not), with its open proposals. A restricted section shows as hidden.
    pub fn project_section(&mut self, section: &Section) -> Result<Projection, AppError> {
        let language = self.language();
        let open = self.session()?;
        let people = open.session.people()?;
        let room = crate::audience::Naming::projector(&people);
        let collective = open.session.collective()?.map(|c| c.name).unwrap_or_default();
        let projection = if section.sensitivity == Sensitivity::Restricted {
            Projection { language, collective, hidden: true, ..Projection::default() }
        } else {
            let comments: Vec<crate::protocol::ProtocolComment> = crate::store::records::list(open.session.db()).map_err(crate::error::EditError::from)?;
            let notes = comments
                .iter()
                .filter(|c| c.section == Some(section.id) && c.status == CommentStatus::Open && c.kind == CommentKind::Proposal)
                .map(|c| room.text(&crate::store::records::attributed(&c.author, &c.text)))
                .collect();
            Projection {
                language,
                collective,
                title: room.text(&section.title),
                body: room.text(&section.body),
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
        let language = self.language();
        let open = self.session()?;
        let collective = open.session.collective()?.map(|c| c.name).unwrap_or_default();
        open.projection = Projection { language, collective, ..Projection::default() };
        Ok(open.projection.clone())
    }

    /// What the projector shows now: empty when no vault is open. Always in the interface
    /// language as it is now, even for a screenful projected before the language changed.
    pub fn projection(&self) -> Projection {
        let language = self.language();
        let shown = self.open.as_ref().map_or_else(Projection::default, |o| o.projection.clone());
        Projection { language, ..shown }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn the_projector_speaks_the_interface_language_a_pack_included() {
        let root = tempfile::tempdir().unwrap();
        let mut app = App::new(&root.path().join("config"), &root.path().join("data"), tejido_vault::KdfPolicy::insecure_for_tests(2));
        app.install_bundled_language_pack("pt-BR").unwrap();
        app.set_language("pt-BR").unwrap();
        assert_eq!(app.locale(), tejido_i18n::Locale::Es, "the core itself writes the pack's first built-in fallback");
        assert_eq!(app.projection().language, "pt-BR", "the projector, before any vault is open");

        let now = chrono::Utc::now();
        app.open_demo(now).unwrap();
        let screen = app.protocol_screen(now).unwrap();
        let section = screen.protocol.document.sections.first().expect("the demo protocol has sections").clone();
        assert_eq!(app.project_section(&section).unwrap().language, "pt-BR");
        assert_eq!(app.blank_projector().unwrap().language, "pt-BR");

        // The facilitator switches language while projecting: the projector follows.
        app.set_language("fr").unwrap();
        assert_eq!(app.projection().language, "fr");
        app.lock();
        assert_eq!(app.projection().language, "fr", "a locked, blank projector still speaks it");
    }

}

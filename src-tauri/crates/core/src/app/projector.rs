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

impl App {
    /// Shows a protocol section on the projector as the facilitator is typing it (saved or
    /// not), with its open proposals. A restricted section shows as hidden.
    pub fn project_section(&mut self, section: &Section) -> Result<Projection, AppError> {
        let language = self.locale().tag().to_owned();
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

}

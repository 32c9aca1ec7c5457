//! The app's protocol actions: each edit returns the whole protocol screen again.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{App, AppError, local_day};
use crate::audience::PrintNames;
use crate::error::EditError;
use crate::home::Home;
use crate::protocol::principles::PrincipleChecks;
use crate::ids::{DecisionId, SectionId};
use crate::protocol::{Decision, PocketCards, Protocol, ProtocolDiff, ProtocolKind, ProtocolPrint, ProtocolRecord, VersionInfo};
use crate::store::Session;

/// What the protocol screens show after any action.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolScreen {
    /// The protocol.
    pub protocol: Protocol,
    /// The home: members (named in warnings), attention, undo.
    pub home: Home,
}

impl App {
    fn protocol_edit(&mut self, now: DateTime<Utc>, apply: impl FnOnce(&mut Session) -> Result<(), EditError>) -> Result<ProtocolScreen, AppError> {
        apply(&mut self.session()?.session)?;
        self.protocol_screen(now)
    }

    /// The protocol screens.
    pub fn protocol_screen(&mut self, now: DateTime<Utc>) -> Result<ProtocolScreen, AppError> {
        let locale = self.locale();
        let open = self.session()?;
        let protocol = open.session.protocol(locale)?;
        let analysis = open.session.risk_analysis(local_day(now))?;
        Ok(ProtocolScreen { protocol, home: open.session.home_with(open.rollback, &analysis)? })
    }

    /// Fills an empty protocol from the template in the interface language.
    pub fn start_protocol(&mut self, now: DateTime<Utc>) -> Result<ProtocolScreen, AppError> {
        let locale = self.locale();
        self.protocol_edit(now, |s| s.start_protocol(locale, now).map(drop))
    }

    /// A blank record to fill in.
    pub fn draft_protocol_record(&mut self, kind: ProtocolKind, now: DateTime<Utc>) -> Result<ProtocolRecord, AppError> {
        Ok(self.session()?.session.draft_protocol_record(kind, local_day(now))?)
    }

    /// Creates or replaces a record.
    pub fn save_protocol_record(&mut self, record: ProtocolRecord, now: DateTime<Utc>) -> Result<ProtocolScreen, AppError> {
        self.protocol_edit(now, |s| s.save_protocol_record(record, now).map(drop))
    }

    /// Removes a record (undo brings it back).
    pub fn remove_protocol_record(&mut self, kind: ProtocolKind, id: uuid::Uuid, now: DateTime<Utc>) -> Result<ProtocolScreen, AppError> {
        self.protocol_edit(now, |s| s.remove_protocol_record(kind, id, now))
    }

    /// Moves a section one place up or down.
    pub fn move_section(&mut self, id: SectionId, up: bool, now: DateTime<Utc>) -> Result<ProtocolScreen, AppError> {
        self.protocol_edit(now, |s| s.move_section(id, up, now))
    }

    /// Agrees the protocol and freezes the draft as the next version.
    pub fn freeze_protocol(&mut self, decision: Decision, now: DateTime<Utc>) -> Result<(VersionInfo, ProtocolScreen), AppError> {
        let version = self.session()?.session.freeze_protocol(decision, now)?;
        Ok((version, self.protocol_screen(now)?))
    }

    /// La Puya's principles 2 and 3 checked against the records, with the names this screen
    /// may show (pseudonyms, as on the projector: the protocol is worked on in the room).
    pub fn principle_checks(&mut self) -> Result<PrincipleChecks, AppError> {
        let session = &self.session()?.session;
        let people = session.people()?;
        Ok(session.principle_checks()?.named(&crate::audience::Naming::projector(&people)))
    }

    /// What changed between two versions, or from a version to the draft.
    pub fn protocol_diff(&mut self, from: DecisionId, to: Option<DecisionId>) -> Result<ProtocolDiff, AppError> {
        Ok(self.session()?.session.protocol_diff(from, to)?)
    }

    /// The protocol as it may be printed: a version, or the draft; people named as on the
    /// projector unless `names` asks for real names.
    pub fn protocol_print(&mut self, version: Option<DecisionId>, names: PrintNames) -> Result<ProtocolPrint, AppError> {
        let locale = self.locale();
        Ok(self.session()?.session.protocol_print(version, locale, names)?)
    }

    /// The pocket cards of the protocol, named the same way.
    pub fn pocket_cards(&mut self, names: PrintNames) -> Result<PocketCards, AppError> {
        Ok(self.session()?.session.pocket_cards(names)?)
    }
}

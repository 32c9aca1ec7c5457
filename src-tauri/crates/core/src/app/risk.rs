//! The app's risk-analysis actions: each edit returns the whole screen again (the analysis
//! and the home, whose attention items and undo state the edit may have changed).

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::Serialize;
use uuid::Uuid;

use super::{App, AppError, local_day};
use crate::error::EditError;
use crate::home::Home;
use crate::ids::{IncidentId, RiskId};
use crate::risk::{Assessment, RiskAnalysis, RiskKind, RiskRecord, RiskRegister};
use crate::session::Session;

/// What the risk-analysis screens show after any action.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RiskScreen {
    /// The analysis.
    pub analysis: RiskAnalysis,
    /// The home: members (for owners and affected people), attention, undo.
    pub home: Home,
}

/// Attachments larger than this are refused: a vault travels on USB sticks and is saved
/// often, and a workshop photo or scanned page is far smaller.
pub const MAX_ATTACHMENT_BYTES: u64 = 50 * 1024 * 1024;

/// Reads a file the person chose, refusing what is too large to keep in a vault. The bytes
/// are wiped from memory when dropped.
pub(crate) fn read_chosen_file(path: &Path) -> Result<zeroize::Zeroizing<Vec<u8>>, AppError> {
    let file_error = |e: std::io::Error| AppError::File { path: path.to_owned(), detail: e.to_string() };
    let size = std::fs::metadata(path).map_err(file_error)?.len();
    if size > MAX_ATTACHMENT_BYTES {
        return Err(AppError::FileTooLarge { path: path.to_owned(), megabytes: MAX_ATTACHMENT_BYTES / (1024 * 1024) });
    }
    Ok(zeroize::Zeroizing::new(std::fs::read(path).map_err(file_error)?))
}

/// Writes an export the person asked for to the file they chose.
pub(crate) fn write_chosen_file(destination: &Path, bytes: &[u8]) -> Result<(), AppError> {
    std::fs::write(destination, bytes).map_err(|e| AppError::File { path: destination.to_owned(), detail: e.to_string() })
}

impl App {
    fn risk_edit(&mut self, now: DateTime<Utc>, apply: impl FnOnce(&mut Session) -> Result<(), EditError>) -> Result<RiskScreen, AppError> {
        let open = self.session()?;
        apply(&mut open.session)?;
        self.risk_screen(now)
    }

    /// The risk-analysis screens as of `now`.
    pub fn risk_screen(&mut self, now: DateTime<Utc>) -> Result<RiskScreen, AppError> {
        let open = self.session()?;
        let analysis = open.session.risk_analysis(local_day(now))?;
        Ok(RiskScreen { home: open.session.home_with(open.rollback, &analysis)?, analysis })
    }

    /// A blank record to fill in.
    pub fn draft_risk_record(&mut self, kind: RiskKind, now: DateTime<Utc>) -> Result<RiskRecord, AppError> {
        Ok(self.session()?.session.draft_risk_record(kind, local_day(now))?)
    }

    /// Creates or replaces a record.
    pub fn save_risk_record(&mut self, record: RiskRecord, now: DateTime<Utc>) -> Result<RiskScreen, AppError> {
        self.risk_edit(now, |s| s.save_risk_record(record, now).map(drop))
    }

    /// Removes a record (undo brings it back).
    pub fn remove_risk_record(&mut self, record: RiskRecord, now: DateTime<Utc>) -> Result<RiskScreen, AppError> {
        self.risk_edit(now, |s| s.remove_risk_record(&record, now))
    }

    /// Adds a dated rating to a risk.
    pub fn reassess_risk(&mut self, id: RiskId, assessment: Assessment, now: DateTime<Utc>) -> Result<RiskScreen, AppError> {
        self.risk_edit(now, |s| s.reassess_risk(id, assessment, now).map(drop))
    }

    /// Records a review of the analysis today; the next is due six months later.
    pub fn mark_risk_review(&mut self, now: DateTime<Utc>) -> Result<RiskScreen, AppError> {
        self.risk_edit(now, |s| s.mark_risk_review(local_day(now), None, now).map(drop))
    }

    /// Seals the file at `path` as an attachment of an incident. The original file is left
    /// where it is: the person decides whether to delete it.
    pub fn attach_file(&mut self, incident: IncidentId, path: &Path, now: DateTime<Utc>) -> Result<RiskScreen, AppError> {
        let bytes = read_chosen_file(path)?;
        let name = path.file_name().map_or_else(|| "attachment".to_owned(), |n| n.to_string_lossy().into_owned());
        self.risk_edit(now, |s| s.attach_to_incident(incident, &name, &bytes, now).map(drop))
    }

    /// Removes an attachment from an incident (undo brings it back).
    pub fn detach_file(&mut self, incident: IncidentId, attachment: Uuid, now: DateTime<Utc>) -> Result<RiskScreen, AppError> {
        self.risk_edit(now, |s| s.detach_from_incident(incident, attachment, now).map(drop))
    }

    /// Writes an attachment, decrypted, to `destination`: an export the person asked for.
    pub fn export_attachment(&mut self, incident: IncidentId, attachment: Uuid, destination: &Path) -> Result<(), AppError> {
        let (_, bytes) = self.session()?.session.read_attachment(incident, attachment)?;
        write_chosen_file(destination, &bytes)
    }

    /// The printable register, in the interface language, without restricted records.
    pub fn risk_register(&mut self, now: DateTime<Utc>) -> Result<RiskRegister, AppError> {
        let locale = self.locale();
        Ok(self.session()?.session.risk_register(local_day(now), locale)?)
    }
}

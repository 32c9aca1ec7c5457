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
use crate::store::Session;

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
pub fn read_chosen_file(path: &Path) -> Result<zeroize::Zeroizing<Vec<u8>>, AppError> {
    use std::io::Read;
    let file_error = |e: std::io::Error| AppError::File { path: path.to_owned(), kind: tejido_vault::IoKind::of(&e) };
    let too_large = || AppError::FileTooLarge { path: path.to_owned(), megabytes: MAX_ATTACHMENT_BYTES / (1024 * 1024) };
    let file = std::fs::File::open(path).map_err(file_error)?;
    // Checked on the open handle, so what is read is what was checked: a named pipe or a
    // device has no size and would be read for ever.
    let metadata = file.metadata().map_err(file_error)?;
    if !metadata.is_file() {
        return Err(file_error(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file")));
    }
    if metadata.len() > MAX_ATTACHMENT_BYTES {
        return Err(too_large());
    }
    // A file still growing is cut off at the limit rather than read without end.
    let mut bytes = zeroize::Zeroizing::new(Vec::with_capacity(metadata.len() as usize));
    file.take(MAX_ATTACHMENT_BYTES + 1).read_to_end(&mut bytes).map_err(file_error)?;
    if bytes.len() as u64 > MAX_ATTACHMENT_BYTES {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Writes an export the person asked for to the file they chose, readable by their account
/// only: an export may be plaintext (a register, a received file, a protocol).
pub fn write_chosen_file(destination: &Path, bytes: &[u8]) -> Result<(), AppError> {
    use std::io::Write;
    let file_error = |e: std::io::Error| AppError::File { path: destination.to_owned(), kind: tejido_vault::IoKind::of(&e) };
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        // An existing file keeps its permissions when opened: narrowed first, before any byte.
        if std::fs::symlink_metadata(destination).is_ok_and(|m| m.is_file()) {
            std::fs::set_permissions(destination, std::fs::Permissions::from_mode(0o600)).map_err(file_error)?;
        }
    }
    let mut file = options.open(destination).map_err(file_error)?;
    file.write_all(bytes).and_then(|()| file.sync_all()).map_err(file_error)
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn an_export_is_readable_by_its_owner_only_even_over_an_existing_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("register.csv");
        write_chosen_file(&path, b"plaintext").unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_chosen_file(&path, b"again").unwrap();
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::read(&path).unwrap(), b"again");
    }

    #[test]
    fn a_named_pipe_is_refused_instead_of_read_for_ever() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("photo.jpg");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        // Opening a FIFO for reading blocks until a writer comes: one comes and never ends.
        let writer = std::thread::spawn({
            let fifo = fifo.clone();
            move || {
                use std::io::Write;
                if let Ok(mut w) = std::fs::OpenOptions::new().write(true).open(&fifo) {
                    let chunk = [0u8; 65536];
                    while w.write_all(&chunk).is_ok() {}
                }
            }
        });
        assert!(matches!(read_chosen_file(&fifo), Err(AppError::File { .. })));
        drop(writer);
    }
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

    /// Writes an attachment, decrypted, to `destination`: an export the person asked for,
    /// after `current` (a passphrase or the paper key) is confirmed, since it leaves the
    /// vault in plaintext.
    pub fn export_attachment(&mut self, current: &tejido_vault::SecretString, incident: IncidentId, attachment: Uuid, destination: &Path) -> Result<(), AppError> {
        self.confirm_secret(current)?;
        let (_, bytes) = self.session()?.session.read_attachment(incident, attachment)?;
        write_chosen_file(destination, &bytes)
    }

    /// The printable register, in the interface language, without restricted records, people
    /// named as on the projector unless `names` asks for real names.
    pub fn risk_register(&mut self, names: crate::audience::PrintNames, now: DateTime<Utc>) -> Result<RiskRegister, AppError> {
        let locale = self.locale();
        Ok(self.session()?.session.risk_register(local_day(now), locale, names)?)
    }

    /// The letters suggested to public institutions after an incident, drafted in `language`.
    pub fn incident_letters(&mut self, incident: IncidentId, language: &str) -> Result<crate::escalation::IncidentLetters, AppError> {
        let locale = tejido_i18n::Locale::parse(language).unwrap_or_default();
        Ok(self.session()?.session.incident_letters(incident, locale)?)
    }

    /// A letter to an institution kept as a measure of the plan (to send, or sent on a date),
    /// in one undo; `language` is the letter's, for what the incident records.
    pub fn record_incident_letter(&mut self, letter: crate::escalation::LetterRecord, language: &str, now: DateTime<Utc>) -> Result<RiskScreen, AppError> {
        let locale = tejido_i18n::Locale::parse(language).unwrap_or_default();
        self.risk_edit(now, |s| s.record_incident_letter(letter, locale, now).map(drop))
    }
}

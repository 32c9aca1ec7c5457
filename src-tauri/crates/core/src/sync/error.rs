//! What can go wrong while syncing, with its Fluent ids.

use std::path::{Path, PathBuf};

use tejido_i18n::{Locale, Localized};

use crate::error::{EditError, OpenVaultError};

/// Sync went wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SyncError {
    /// Editing the vault failed.
    #[error(transparent)]
    Edit(#[from] EditError),
    /// Creating the joining vault failed.
    #[error(transparent)]
    Open(#[from] OpenVaultError),
    /// A folder or file could not be read or written.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Folder {
        /// Where.
        path: PathBuf,
        /// The system's reason.
        detail: String,
    },
    /// This laptop has not joined a group yet.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NotStarted,
    /// The invitation is not one, or the code is wrong.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    BadInvitation,
    /// The invitation was not used in time: the inviting laptop makes a new one.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    InvitationExpired,
    /// The code typed is not the one any laptop waiting to join shows.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    WrongJoinCode,
    /// A laptop cannot remove itself.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    CannotRemoveSelf,
    /// The conflict was already settled or is unknown.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    ConflictNotFound,
    /// Syncthing could not be set up or started.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Lan {
        /// What went wrong.
        detail: String,
    },
}

impl From<rusqlite::Error> for SyncError {
    fn from(e: rusqlite::Error) -> Self {
        SyncError::Edit(e.into())
    }
}

impl Localized for SyncError {
    fn message_id(&self) -> &'static str {
        match self {
            SyncError::Edit(e) => e.message_id(),
            SyncError::Open(e) => e.message_id(),
            SyncError::Folder { .. } => "err-sync-folder",
            SyncError::NotStarted => "err-sync-not-started",
            SyncError::BadInvitation => "err-sync-bad-invitation",
            SyncError::InvitationExpired => "err-sync-invitation-expired",
            SyncError::WrongJoinCode => "err-sync-wrong-join-code",
            SyncError::CannotRemoveSelf => "err-sync-remove-self",
            SyncError::ConflictNotFound => "err-sync-conflict-not-found",
            SyncError::Lan { .. } => "err-sync-lan",
        }
    }

    fn hint_id(&self) -> Option<&'static str> {
        match self {
            SyncError::Edit(e) => e.hint_id(),
            SyncError::Open(e) => e.hint_id(),
            SyncError::Folder { .. } => Some("rec-sync-folder"),
            SyncError::BadInvitation => Some("rec-sync-bad-invitation"),
            SyncError::InvitationExpired => Some("rec-sync-invitation-expired"),
            SyncError::WrongJoinCode => Some("rec-sync-wrong-join-code"),
            SyncError::Lan { .. } => Some("rec-sync-lan"),
            _ => None,
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            SyncError::Edit(e) => e.message_args(),
            SyncError::Open(e) => e.message_args(),
            SyncError::Folder { path, detail } => vec![("path", path.display().to_string()), ("detail", detail.clone())],
            SyncError::Lan { detail } => vec![("detail", detail.clone())],
            _ => Vec::new(),
        }
    }
}

pub(super) fn folder_error(path: &Path) -> impl FnOnce(std::io::Error) -> SyncError + '_ {
    move |e| SyncError::Folder { path: path.to_owned(), detail: e.to_string() }
}

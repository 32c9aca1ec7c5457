//! What can go wrong while syncing, with its Fluent ids.

use std::path::{Path, PathBuf};

use tejido_i18n::{Locale, Localized, Text};

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
    fn text(&self) -> Text {
        match self {
            SyncError::Edit(e) => e.text(),
            SyncError::Open(e) => e.text(),
            SyncError::Folder { path, detail } => {
                Text::new("err-sync-folder").hint("rec-sync-folder").arg("path", path.display()).arg("detail", detail)
            }
            SyncError::NotStarted => Text::new("err-sync-not-started"),
            SyncError::BadInvitation => Text::new("err-sync-bad-invitation").hint("rec-sync-bad-invitation"),
            SyncError::InvitationExpired => Text::new("err-sync-invitation-expired").hint("rec-sync-invitation-expired"),
            SyncError::WrongJoinCode => Text::new("err-sync-wrong-join-code").hint("rec-sync-wrong-join-code"),
            SyncError::CannotRemoveSelf => Text::new("err-sync-remove-self"),
            SyncError::ConflictNotFound => Text::new("err-sync-conflict-not-found"),
            SyncError::Lan { detail } => Text::new("err-sync-lan").hint("rec-sync-lan").arg("detail", detail),
        }
    }
}

pub(super) fn folder_error(path: &Path) -> impl FnOnce(std::io::Error) -> SyncError + '_ {
    move |e| SyncError::Folder { path: path.to_owned(), detail: e.to_string() }
}

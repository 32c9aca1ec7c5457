//! What can go wrong in the core, one enum per operation, each mapped to Fluent ids.

use tejido_i18n::{Locale, Localized, Text};
use tejido_vault::{BlobError, CreateError, OpenError, SaveError};

/// Opening or creating a vault with its schema failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpenVaultError {
    /// The vault itself could not be opened.
    #[error(transparent)]
    Open(#[from] OpenError),
    /// The vault could not be created.
    #[error(transparent)]
    Create(#[from] CreateError),
    /// The database could not be brought to this version's schema.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Migrate {
        /// SQLite's or the migration's reason.
        detail: String,
    },
    /// The vault holds a schema from a newer Tejido.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    SchemaTooNew,
    /// Saving after migrating or creating failed.
    #[error(transparent)]
    Save(#[from] SaveError),
}

impl Localized for OpenVaultError {
    fn text(&self) -> Text {
        match self {
            OpenVaultError::Open(e) => e.text(),
            OpenVaultError::Create(e) => e.text(),
            OpenVaultError::Migrate { detail } => Text::new("err-core-migrate").hint("rec-vault-get-help").arg("detail", detail),
            OpenVaultError::SchemaTooNew => Text::new("err-vault-too-new").hint("rec-vault-too-new").arg("format", "?"),
            OpenVaultError::Save(e) => e.text(),
        }
    }
}

/// An edit (add, change, remove, undo) was refused or could not be saved.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EditError {
    /// A person needs a pseudonym.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    EmptyPseudonym,
    /// Another current member already has this pseudonym.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    PseudonymTaken {
        /// The pseudonym asked for.
        pseudonym: String,
    },
    /// The person is not (or no longer) a member.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    PersonNotFound,
    /// Only a removed person can be forgotten for good.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NotRemoved,
    /// The collective needs a name.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    EmptyName,
    /// There is no edit left to undo.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NothingToUndo,
    /// There is no undone edit to redo.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NothingToRedo,
    /// A record needs a title (or a name, a text, a signal).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    EmptyTitle,
    /// A likelihood, impact or influence outside 1–5.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    LevelOutOfRange {
        /// The value given.
        value: u8,
    },
    /// A threat category Tejido does not know.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    UnknownCategory {
        /// The id given.
        category: String,
    },
    /// A relationship from someone to themselves.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    SelfRelationship,
    /// A risk needs at least one rating.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    RiskNotRated,
    /// The record is not (or no longer) there.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    RecordNotFound,
    /// The protocol already has sections; the template fills only an empty one.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    ProtocolStarted,
    /// A frozen protocol version is history and cannot be removed.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    VersionFrozen,
    /// A version is frozen only by a decision that agrees it.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    VersionNotAgreed,
    /// Nothing changed since the last frozen version.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NothingToFreeze,
    /// An alert is already running: the chain runs one alert at a time.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    AlertRunning,
    /// The alert was stood down: its log is history.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    AlertClosed,
    /// No alert is running: nothing to log or stand down.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NoAlertRunning,
    /// Green is no alert: going back to green is standing the running alert down.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    GreenIsNoAlert,
    /// A letter is sent only over the names of organisations that agreed to sign it.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NoConsentingSignatory,
    /// A desk's text names someone beyond what they agreed to for its audience: it may not be
    /// printed, copied or saved until fixed.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    BeyondConsent,
    /// A status report about a case this vault never sent.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    UnknownCase,
    /// A status report from someone the case was never sent to.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NotFromCaseDesk,
    /// A case package came without the address to send a status report back to.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NoReplyAddress,
    /// A consent update about a case this desk did not receive from that community.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    UnknownConsentCase,
    /// A consent update for a case not sent to any desk that is still a contact.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    CaseNotSent,
    /// A desk member is added or removed only by an Advisory Group decision that agrees it.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    MembershipNotAgreed,
    /// The passphrase typed is not this desk member's.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    MemberPassphraseWrong,
    /// The desk member was removed: they open nothing any more.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    MemberRemoved,
    /// A region typed as free text where a country or subdivision must be chosen from the
    /// list (an older vault's free text stays until changed).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    UnknownRegion {
        /// What was given.
        value: String,
    },
    /// The desk lists no member in the working group the case concerns.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NoMemberInGroup {
        /// The desk.
        desk: String,
        /// The working group.
        group: String,
    },
    /// A package could not be checked or opened.
    #[error(transparent)]
    Package(#[from] crate::keys::PackageError),
    /// An attachment could not be sealed or read.
    #[error(transparent)]
    Attachment(#[from] BlobError),
    /// The edit is in memory but could not be saved; it is not yet safe.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The database refused the edit (a bug, or a damaged vault).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Database {
        /// SQLite's reason.
        detail: String,
    },
}

impl From<rusqlite::Error> for EditError {
    fn from(e: rusqlite::Error) -> Self {
        EditError::Database { detail: e.to_string() }
    }
}

impl Localized for EditError {
    fn text(&self) -> Text {
        match self {
            EditError::EmptyPseudonym => Text::new("err-person-empty-pseudonym"),
            EditError::PseudonymTaken { pseudonym } => {
                Text::new("err-person-pseudonym-taken").hint("rec-person-pseudonym-taken").arg("pseudonym", pseudonym)
            }
            EditError::PersonNotFound => Text::new("err-person-not-found"),
            EditError::NotRemoved => Text::new("err-person-not-removed"),
            EditError::EmptyName => Text::new("err-collective-empty-name"),
            EditError::NothingToUndo => Text::new("err-undo-nothing"),
            EditError::NothingToRedo => Text::new("err-redo-nothing"),
            EditError::EmptyTitle => Text::new("err-record-empty-title"),
            EditError::LevelOutOfRange { value } => Text::new("err-record-level").arg("value", value),
            EditError::UnknownCategory { category } => Text::new("err-record-unknown-category").arg("category", category),
            EditError::RiskNotRated => Text::new("err-risk-not-rated"),
            EditError::SelfRelationship => Text::new("err-relationship-self"),
            EditError::RecordNotFound => Text::new("err-record-not-found").hint("rec-record-not-found"),
            EditError::ProtocolStarted => Text::new("err-protocol-started"),
            EditError::VersionFrozen => Text::new("err-protocol-version-frozen").hint("rec-protocol-version-frozen"),
            EditError::VersionNotAgreed => Text::new("err-protocol-version-not-agreed"),
            EditError::NothingToFreeze => Text::new("err-protocol-nothing-to-freeze").hint("rec-protocol-nothing-to-freeze"),
            EditError::AlertRunning => Text::new("err-alert-running").hint("rec-alert-running"),
            EditError::AlertClosed => Text::new("err-alert-closed"),
            EditError::NoAlertRunning => Text::new("err-alert-none").hint("rec-alert-none"),
            EditError::GreenIsNoAlert => Text::new("err-alert-green").hint("rec-alert-green"),
            EditError::NoConsentingSignatory => Text::new("err-desk-no-signatory").hint("rec-desk-no-signatory"),
            EditError::BeyondConsent => Text::new("err-desk-beyond-consent").hint("rec-desk-beyond-consent"),
            EditError::UnknownCase => Text::new("err-desk-unknown-case").hint("rec-desk-unknown-case"),
            EditError::NoReplyAddress => Text::new("err-desk-no-reply-address"),
            EditError::UnknownConsentCase => Text::new("err-desk-unknown-consent-case"),
            EditError::CaseNotSent => Text::new("err-case-not-sent"),
            EditError::NotFromCaseDesk => Text::new("err-desk-not-from-case-desk"),
            EditError::MembershipNotAgreed => Text::new("err-desk-membership-not-agreed"),
            EditError::MemberPassphraseWrong => Text::new("err-desk-member-passphrase"),
            EditError::MemberRemoved => Text::new("err-desk-member-removed"),
            EditError::UnknownRegion { value } => Text::new("err-region-unknown").hint("rec-region-unknown").arg("value", value),
            EditError::NoMemberInGroup { desk, group } => {
                Text::new("err-desk-no-member-in-group").hint("rec-desk-no-member-in-group").arg("desk", desk).arg("group", group)
            }
            EditError::Package(e) => e.text(),
            EditError::Attachment(e) => e.text(),
            EditError::Save(e) => e.text(),
            EditError::Database { detail } => Text::new("err-core-database").hint("rec-vault-get-help").arg("detail", detail),
        }
    }
}

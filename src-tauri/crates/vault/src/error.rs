//! What can go wrong, one enum per operation, each variant with a message a person can act on.
//!
//! No English lives here: every variant names a Fluent id in `assets/locales/*/errors.ftl`
//! (`err-…`, plus `rec-…` for what to do). `Display` renders English for logs and tests.

use std::io;
use std::path::{Path, PathBuf};

use tejido_i18n::{Locale, Localized};

use crate::generation::{Generation, GenerationProblem};

macro_rules! display_in_english {
    ($($ty:ty),*) => {$(
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&tejido_i18n::render(Locale::En, self))
            }
        }
    )*};
}

/// What the operating system refused, as a kind a person can act on. The system's own text
/// ("No such file or directory (os error 2)") is English whatever the person reads, so it is
/// never shown: each kind has its own words in every language (the `kind` argument of the
/// messages that say what the disk refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum IoKind {
    /// The file or folder does not exist (moved, renamed, a stick unplugged).
    NotFound,
    /// This user may not read or write there.
    PermissionDenied,
    /// Something with that name is already there.
    AlreadyExists,
    /// The disk or stick is full.
    StorageFull,
    /// The disk or stick only allows reading.
    ReadOnly,
    /// The name is not allowed here (characters, length).
    InvalidName,
    /// A folder that had to be empty is not.
    NotEmpty,
    /// Anything else.
    Other,
}

impl IoKind {
    /// The kind of `error`.
    pub fn of(error: &io::Error) -> Self {
        use io::ErrorKind as K;
        match error.kind() {
            K::NotFound => IoKind::NotFound,
            K::PermissionDenied => IoKind::PermissionDenied,
            K::AlreadyExists => IoKind::AlreadyExists,
            K::StorageFull | K::QuotaExceeded | K::FileTooLarge => IoKind::StorageFull,
            K::ReadOnlyFilesystem => IoKind::ReadOnly,
            K::InvalidFilename => IoKind::InvalidName,
            K::DirectoryNotEmpty => IoKind::NotEmpty,
            _ => IoKind::Other,
        }
    }

    /// The value of the messages' `kind` argument, which selects the words.
    pub fn as_arg(self) -> &'static str {
        match self {
            IoKind::NotFound => "not-found",
            IoKind::PermissionDenied => "permission-denied",
            IoKind::AlreadyExists => "already-exists",
            IoKind::StorageFull => "storage-full",
            IoKind::ReadOnly => "read-only",
            IoKind::InvalidName => "invalid-name",
            IoKind::NotEmpty => "not-empty",
            IoKind::Other => "other",
        }
    }

    /// Every kind, for tests that check each has its words.
    pub const ALL: [IoKind; 8] = [
        IoKind::NotFound,
        IoKind::PermissionDenied,
        IoKind::AlreadyExists,
        IoKind::StorageFull,
        IoKind::ReadOnly,
        IoKind::InvalidName,
        IoKind::NotEmpty,
        IoKind::Other,
    ];
}

/// Opening (unlocking) a vault failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    /// There is no `vault.toml` in the folder.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NotAVault {
        /// The folder that was opened.
        path: PathBuf,
    },
    /// The folder itself is not there (moved, renamed, or on a stick that is not plugged in).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Missing {
        /// The folder that was opened.
        path: PathBuf,
    },
    /// The vault was written by a newer Tejido.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    TooNew {
        /// The format number found.
        format: u32,
    },
    /// `vault.toml` cannot be read.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    DamagedHeader {
        /// What is wrong with it.
        detail: String,
    },
    /// Another Tejido window or program has the vault open.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    InUse,
    /// No passphrase slot opens with this passphrase.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    WrongPassphrase,
    /// The recovery key is well-formed but not this vault's.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    WrongRecoveryKey,
    /// What was typed is not a recovery key at all.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    InvalidRecoveryKey,
    /// A key slot demands more scrypt work than Tejido allows: likely tampered.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    ExcessiveWork {
        /// The work factor the slot asks for.
        required: u8,
        /// The most Tejido accepts.
        max: u8,
    },
    /// A key slot file is missing or unreadable.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    DamagedKeySlot {
        /// The slot file, relative to the vault.
        file: String,
    },
    /// The identity does not match the public key in `vault.toml`: the header was changed.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    TamperedHeader,
    /// No saved generation could be read.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NoUsableGeneration {
        /// What was wrong with each generation, newest first.
        problems: Vec<(Generation, GenerationProblem)>,
    },
    /// The disk refused a read.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
}

impl Localized for OpenError {
    fn message_id(&self) -> &'static str {
        match self {
            OpenError::NotAVault { .. } => "err-vault-not-a-vault",
            OpenError::Missing { .. } => "err-vault-missing",
            OpenError::TooNew { .. } => "err-vault-too-new",
            OpenError::DamagedHeader { .. } => "err-vault-damaged-header",
            OpenError::InUse => "err-vault-in-use",
            OpenError::WrongPassphrase => "err-vault-wrong-passphrase",
            OpenError::WrongRecoveryKey => "err-vault-wrong-recovery-key",
            OpenError::InvalidRecoveryKey => "err-vault-invalid-recovery-key",
            OpenError::ExcessiveWork { .. } => "err-vault-excessive-work",
            OpenError::DamagedKeySlot { .. } => "err-vault-damaged-key-slot",
            OpenError::TamperedHeader => "err-vault-tampered-header",
            OpenError::NoUsableGeneration { .. } => "err-vault-no-usable-generation",
            OpenError::Io { .. } => "err-vault-io",
        }
    }

    fn hint_id(&self) -> Option<&'static str> {
        Some(match self {
            OpenError::NotAVault { .. } => "rec-vault-not-a-vault",
            OpenError::Missing { .. } => "rec-vault-missing",
            OpenError::TooNew { .. } => "rec-vault-too-new",
            OpenError::InUse => "rec-vault-in-use",
            OpenError::WrongPassphrase => "rec-vault-wrong-passphrase",
            OpenError::WrongRecoveryKey | OpenError::InvalidRecoveryKey => "rec-vault-recovery-key",
            OpenError::DamagedHeader { .. }
            | OpenError::ExcessiveWork { .. }
            | OpenError::DamagedKeySlot { .. }
            | OpenError::TamperedHeader
            | OpenError::NoUsableGeneration { .. } => "rec-vault-get-help",
            OpenError::Io { .. } => return None,
        })
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            OpenError::NotAVault { path } | OpenError::Missing { path } => vec![("path", path.display().to_string())],
            OpenError::TooNew { format } => vec![("format", format.to_string())],
            OpenError::DamagedHeader { detail } => vec![("detail", detail.clone())],
            OpenError::ExcessiveWork { required, max } => {
                vec![("required", required.to_string()), ("max", max.to_string())]
            }
            OpenError::DamagedKeySlot { file } => vec![("file", file.clone())],
            OpenError::NoUsableGeneration { problems } => vec![("count", problems.len().to_string())],
            OpenError::Io { path, source } => io_args(path, source),
            _ => Vec::new(),
        }
    }
}

/// Writing to the vault failed. The previous save is still intact on disk.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SaveError {
    /// The disk is full.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    DiskFull {
        /// The file being written.
        path: PathBuf,
    },
    /// The folder cannot be written (permissions, read-only disk or stick).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    ReadOnly {
        /// The file being written.
        path: PathBuf,
    },
    /// Any other refusal from the disk.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Io {
        /// The file being written.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
    /// SQLite could not produce an image of the database.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Database {
        /// SQLite's reason.
        detail: String,
    },
}

impl SaveError {
    /// Classifies an I/O failure while writing `path`.
    pub(crate) fn from_io(path: &Path, source: io::Error) -> Self {
        let path = path.to_owned();
        match source.kind() {
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => SaveError::DiskFull { path },
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => SaveError::ReadOnly { path },
            _ => SaveError::Io { path, source },
        }
    }
}

impl Localized for SaveError {
    fn message_id(&self) -> &'static str {
        match self {
            SaveError::DiskFull { .. } => "err-save-disk-full",
            SaveError::ReadOnly { .. } => "err-save-read-only",
            SaveError::Io { .. } => "err-save-io",
            SaveError::Database { .. } => "err-save-database",
        }
    }

    fn hint_id(&self) -> Option<&'static str> {
        Some(match self {
            SaveError::DiskFull { .. } => "rec-save-disk-full",
            SaveError::ReadOnly { .. } => "rec-save-read-only",
            SaveError::Io { .. } | SaveError::Database { .. } => "rec-save-retry",
        })
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            SaveError::DiskFull { path } | SaveError::ReadOnly { path } => {
                vec![("path", path.display().to_string())]
            }
            SaveError::Io { path, source } => io_args(path, source),
            SaveError::Database { detail } => vec![("detail", detail.clone())],
        }
    }
}

/// Creating a vault failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CreateError {
    /// The folder already holds files that are not an interrupted Tejido vault.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NotEmpty {
        /// The folder.
        path: PathBuf,
    },
    /// Another process is creating or using a vault in this folder.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    InUse,
    /// Writing the new vault failed.
    #[error(transparent)]
    Save(#[from] SaveError),
}

impl Localized for CreateError {
    fn message_id(&self) -> &'static str {
        match self {
            CreateError::NotEmpty { .. } => "err-create-not-empty",
            CreateError::InUse => "err-vault-in-use",
            // NOTE: not the save's words: "your previous save is safe" means nothing for a
            // vault that does not exist yet.
            CreateError::Save(SaveError::DiskFull { .. }) => "err-create-disk-full",
            CreateError::Save(SaveError::ReadOnly { .. }) => "err-create-read-only",
            CreateError::Save(SaveError::Io { .. }) => "err-create-io",
            CreateError::Save(SaveError::Database { .. }) => "err-create-database",
        }
    }

    fn hint_id(&self) -> Option<&'static str> {
        match self {
            CreateError::NotEmpty { .. } => Some("rec-create-not-empty"),
            CreateError::InUse => Some("rec-vault-in-use"),
            CreateError::Save(SaveError::DiskFull { .. }) => Some("rec-save-disk-full"),
            CreateError::Save(SaveError::ReadOnly { .. }) => Some("rec-create-read-only"),
            CreateError::Save(_) => Some("rec-create-retry"),
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            CreateError::NotEmpty { path } => vec![("path", path.display().to_string())],
            CreateError::InUse => Vec::new(),
            CreateError::Save(e) => e.message_args(),
        }
    }
}

/// Adding, changing or removing a passphrase failed. The existing slots are unchanged.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeySlotError {
    /// The passphrase given for the slot to change or remove opens no slot.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    WrongPassphrase,
    /// Removing this passphrase would leave only the recovery key.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    LastPassphrase,
    /// The vault was opened read-only.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    ReadOnlyOpen,
    /// The passphrase or recovery key given to confirm opens none of this vault's slots.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    WrongSecret,
    /// A slot cannot be removed by confirming with its own passphrase.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    SameSlot,
    /// No slot has this id (already removed?).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    UnknownSlot,
    /// Shredding would leave neither the paper key nor shares: nobody could open the vault.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NoRecovery,
    /// The new duress passphrase already opens one of the vault's slots.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    PassphraseInUse,
    /// Writing the slot or header failed.
    #[error(transparent)]
    Save(#[from] SaveError),
}

impl Localized for KeySlotError {
    fn message_id(&self) -> &'static str {
        match self {
            KeySlotError::WrongPassphrase => "err-slot-wrong-passphrase",
            KeySlotError::LastPassphrase => "err-slot-last-passphrase",
            KeySlotError::ReadOnlyOpen => "err-vault-read-only-open",
            KeySlotError::WrongSecret => "err-slot-wrong-secret",
            KeySlotError::SameSlot => "err-slot-same-slot",
            KeySlotError::UnknownSlot => "err-slot-unknown",
            KeySlotError::NoRecovery => "err-slot-no-recovery",
            KeySlotError::PassphraseInUse => "err-slot-passphrase-in-use",
            KeySlotError::Save(e) => e.message_id(),
        }
    }

    fn hint_id(&self) -> Option<&'static str> {
        match self {
            KeySlotError::WrongPassphrase => Some("rec-vault-wrong-passphrase"),
            KeySlotError::LastPassphrase => Some("rec-slot-last-passphrase"),
            KeySlotError::ReadOnlyOpen | KeySlotError::UnknownSlot => None,
            KeySlotError::WrongSecret => Some("rec-slot-wrong-secret"),
            KeySlotError::SameSlot => Some("rec-slot-same-slot"),
            KeySlotError::NoRecovery => Some("rec-slot-no-recovery"),
            KeySlotError::PassphraseInUse => Some("rec-slot-passphrase-in-use"),
            KeySlotError::Save(e) => e.hint_id(),
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            KeySlotError::Save(e) => e.message_args(),
            _ => Vec::new(),
        }
    }
}

/// Reading or storing an attachment failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BlobError {
    /// The attachment's file is gone.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Missing {
        /// The attachment id.
        id: String,
    },
    /// The attachment's file does not decrypt or does not match what was stored.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Damaged {
        /// The attachment id.
        id: String,
    },
    /// Writing the attachment failed.
    #[error(transparent)]
    Save(#[from] SaveError),
}

impl Localized for BlobError {
    fn message_id(&self) -> &'static str {
        match self {
            BlobError::Missing { .. } => "err-blob-missing",
            BlobError::Damaged { .. } => "err-blob-damaged",
            BlobError::Save(e) => e.message_id(),
        }
    }

    fn hint_id(&self) -> Option<&'static str> {
        match self {
            BlobError::Missing { .. } | BlobError::Damaged { .. } => Some("rec-blob-restore"),
            BlobError::Save(e) => e.hint_id(),
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            BlobError::Missing { id } | BlobError::Damaged { id } => vec![("id", id.clone())],
            BlobError::Save(e) => e.message_args(),
        }
    }
}

/// A generation problem as a short phrase, for reports.
impl Localized for GenerationProblem {
    fn message_id(&self) -> &'static str {
        match self {
            GenerationProblem::Incomplete => "generation-incomplete",
            GenerationProblem::NotAuthentic => "generation-not-authentic",
            GenerationProblem::Undecryptable => "generation-undecryptable",
            GenerationProblem::NotADatabase => "generation-not-a-database",
            GenerationProblem::Unreadable(_) => "generation-unreadable",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, String)> {
        match self {
            GenerationProblem::Unreadable(reason) => vec![("reason", reason.clone())],
            _ => Vec::new(),
        }
    }
}

display_in_english!(GenerationProblem);

fn io_args(path: &Path, source: &io::Error) -> Vec<(&'static str, String)> {
    vec![("path", path.display().to_string()), ("kind", IoKind::of(source).as_arg().to_owned())]
}

#[cfg(test)]
mod tests {
    //! Issue 27: a Spanish facilitator read "No such file or directory (os error 2)" inside a
    //! Spanish sentence, "what was saved before is safe" about a vault that did not exist yet,
    //! and "not a Tejido vault" for a folder that was simply not there (a stick unplugged).

    use super::*;
    use crate::{KdfPolicy, SecretString, Unlock, Vault, VaultOptions};

    fn options() -> VaultOptions {
        VaultOptions { kdf: KdfPolicy::insecure_for_tests(2), ..VaultOptions::default() }
    }

    const ENGLISH_FROM_THE_SYSTEM: [&str; 4] = ["os error", "No such file", "Permission denied", "Not a directory"];

    #[test]
    fn every_kind_of_disk_refusal_has_its_own_words_in_every_language() {
        let path = Path::new("/media/usb/Comunidad.tejido");
        for locale in Locale::ALL {
            let errors = |kind: io::ErrorKind| {
                let source = || io::Error::from(kind);
                [
                    tejido_i18n::render(locale, &OpenError::Io { path: path.into(), source: source() }),
                    tejido_i18n::render(locale, &SaveError::Io { path: path.into(), source: source() }),
                    tejido_i18n::render(locale, &CreateError::Save(SaveError::Io { path: path.into(), source: source() })),
                ]
            };
            let kinds = [
                io::ErrorKind::NotFound,
                io::ErrorKind::PermissionDenied,
                io::ErrorKind::AlreadyExists,
                io::ErrorKind::StorageFull,
                io::ErrorKind::ReadOnlyFilesystem,
                io::ErrorKind::InvalidFilename,
                io::ErrorKind::DirectoryNotEmpty,
                io::ErrorKind::Other,
            ];
            assert_eq!(kinds.map(|k| IoKind::of(&io::Error::from(k))), IoKind::ALL, "each kind a person can meet is its own");
            let said: Vec<[String; 3]> = kinds.iter().map(|k| errors(*k)).collect();
            for (i, texts) in said.iter().enumerate() {
                for text in texts {
                    assert!(!ENGLISH_FROM_THE_SYSTEM.iter().any(|e| text.contains(e)), "{}: {text}", locale.tag());
                    assert!(text.contains("/media/usb/Comunidad.tejido"), "the place is named: {text}");
                }
                for other in &said[i + 1..] {
                    assert_ne!(texts[0], other[0], "{}: two kinds read the same", locale.tag());
                }
            }
            let [_, save, create] = &said[0];
            let safe = tejido_i18n::message(locale, "err-save-disk-full", &[("path", String::new())]);
            let safe = safe.rsplit(". ").next().unwrap().to_owned();
            assert!(save.contains(&safe), "saving an existing vault says the earlier save is safe: {save}");
            assert!(!create.contains(&safe), "creating one does not: there is no earlier save ({create})");
        }
    }

    #[test]
    fn a_missing_folder_is_missing_and_a_folder_without_a_vault_is_not_a_vault() {
        let root = tempfile::tempdir().unwrap();
        let pass = SecretString::from("a long enough passphrase".to_owned());
        let missing = Vault::open(&root.path().join("unplugged"), Unlock::Passphrase(&pass), &options()).err();
        assert!(matches!(missing, Some(OpenError::Missing { .. })), "{missing:?}");
        let text = tejido_i18n::render_with_hint(Locale::Es, &missing.unwrap());
        assert!(text.contains("no está") && text.contains("memoria USB"), "{text}");
        let empty = Vault::open(root.path(), Unlock::Passphrase(&pass), &options()).err();
        assert!(matches!(empty, Some(OpenError::NotAVault { .. })), "{empty:?}");
    }

    #[test]
    fn a_vault_that_cannot_be_created_is_not_said_to_have_a_safe_earlier_save() {
        let root = tempfile::tempdir().unwrap();
        let file = root.path().join("a file");
        std::fs::write(&file, b"").unwrap();
        let pass = SecretString::from("a long enough passphrase".to_owned());
        let error = Vault::create(&file.join("Comunidad.tejido"), &pass, &options(), chrono::Utc::now()).err().expect("a file is not a folder");
        let text = tejido_i18n::render_with_hint(Locale::Es, &error);
        assert!(text.starts_with("No se pudo crear la bóveda nueva"), "{text}");
        assert!(!text.contains("Lo guardado antes") && !text.contains("os error"), "{text}");
    }
}

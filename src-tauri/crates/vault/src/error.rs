//! What can go wrong, one enum per operation, each variant with a message a person can act on.
//!
//! No English lives here: every variant names a Fluent id in `assets/locales/*/errors.ftl`
//! (`err-…`, plus `rec-…` for what to do). `Display` renders English for logs and tests.

use std::io;
use std::path::{Path, PathBuf};

use tejido_i18n::{Locale, Localized, Text};

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
    fn text(&self) -> Text {
        match self {
            OpenError::NotAVault { path } => Text::new("err-vault-not-a-vault").hint("rec-vault-not-a-vault").arg("path", path.display()),
            OpenError::Missing { path } => Text::new("err-vault-missing").hint("rec-vault-missing").arg("path", path.display()),
            OpenError::TooNew { format } => Text::new("err-vault-too-new").hint("rec-vault-too-new").arg("format", format),
            OpenError::DamagedHeader { detail } => Text::new("err-vault-damaged-header").hint("rec-vault-get-help").arg("detail", detail),
            OpenError::InUse => Text::new("err-vault-in-use").hint("rec-vault-in-use"),
            OpenError::WrongPassphrase => Text::new("err-vault-wrong-passphrase").hint("rec-vault-wrong-passphrase"),
            OpenError::WrongRecoveryKey => Text::new("err-vault-wrong-recovery-key").hint("rec-vault-recovery-key"),
            OpenError::InvalidRecoveryKey => Text::new("err-vault-invalid-recovery-key").hint("rec-vault-recovery-key"),
            OpenError::ExcessiveWork { required, max } => {
                Text::new("err-vault-excessive-work").hint("rec-vault-get-help").arg("required", required).arg("max", max)
            }
            OpenError::DamagedKeySlot { file } => Text::new("err-vault-damaged-key-slot").hint("rec-vault-get-help").arg("file", file),
            OpenError::TamperedHeader => Text::new("err-vault-tampered-header").hint("rec-vault-get-help"),
            OpenError::NoUsableGeneration { problems } => {
                Text::new("err-vault-no-usable-generation").hint("rec-vault-get-help").arg("count", problems.len())
            }
            OpenError::Io { path, source } => io_text("err-vault-io", path, source),
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
    fn text(&self) -> Text {
        match self {
            SaveError::DiskFull { path } => Text::new("err-save-disk-full").hint("rec-save-disk-full").arg("path", path.display()),
            SaveError::ReadOnly { path } => Text::new("err-save-read-only").hint("rec-save-read-only").arg("path", path.display()),
            SaveError::Io { path, source } => io_text("err-save-io", path, source).hint("rec-save-retry"),
            SaveError::Database { detail } => Text::new("err-save-database").hint("rec-save-retry").arg("detail", detail),
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
    fn text(&self) -> Text {
        match self {
            CreateError::NotEmpty { path } => Text::new("err-create-not-empty").hint("rec-create-not-empty").arg("path", path.display()),
            CreateError::InUse => Text::new("err-vault-in-use").hint("rec-vault-in-use"),
            // NOTE: not the save's words: "your previous save is safe" means nothing for a
            // vault that does not exist yet.
            CreateError::Save(save) => {
                let (id, hint) = match save {
                    SaveError::DiskFull { .. } => ("err-create-disk-full", "rec-save-disk-full"),
                    SaveError::ReadOnly { .. } => ("err-create-read-only", "rec-create-read-only"),
                    SaveError::Io { .. } => ("err-create-io", "rec-create-retry"),
                    SaveError::Database { .. } => ("err-create-database", "rec-create-retry"),
                };
                save.text().reworded(id, Some(hint))
            }
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
    fn text(&self) -> Text {
        match self {
            KeySlotError::WrongPassphrase => Text::new("err-slot-wrong-passphrase").hint("rec-vault-wrong-passphrase"),
            KeySlotError::LastPassphrase => Text::new("err-slot-last-passphrase").hint("rec-slot-last-passphrase"),
            KeySlotError::ReadOnlyOpen => Text::new("err-vault-read-only-open"),
            KeySlotError::WrongSecret => Text::new("err-slot-wrong-secret").hint("rec-slot-wrong-secret"),
            KeySlotError::SameSlot => Text::new("err-slot-same-slot").hint("rec-slot-same-slot"),
            KeySlotError::UnknownSlot => Text::new("err-slot-unknown"),
            KeySlotError::NoRecovery => Text::new("err-slot-no-recovery").hint("rec-slot-no-recovery"),
            KeySlotError::PassphraseInUse => Text::new("err-slot-passphrase-in-use").hint("rec-slot-passphrase-in-use"),
            KeySlotError::Save(e) => e.text(),
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
    fn text(&self) -> Text {
        match self {
            BlobError::Missing { id } => Text::new("err-blob-missing").hint("rec-blob-restore").arg("id", id),
            BlobError::Damaged { id } => Text::new("err-blob-damaged").hint("rec-blob-restore").arg("id", id),
            BlobError::Save(e) => e.text(),
        }
    }
}

/// A generation problem as a short phrase, for reports.
impl Localized for GenerationProblem {
    fn text(&self) -> Text {
        match self {
            GenerationProblem::Incomplete => Text::new("generation-incomplete"),
            GenerationProblem::NotAuthentic => Text::new("generation-not-authentic"),
            GenerationProblem::Undecryptable => Text::new("generation-undecryptable"),
            GenerationProblem::NotADatabase => Text::new("generation-not-a-database"),
            GenerationProblem::Unreadable(reason) => Text::new("generation-unreadable").arg("reason", reason),
            GenerationProblem::AfterSkipped => Text::new("generation-after-skipped"),
        }
    }
}

display_in_english!(GenerationProblem);

/// Message `id` about what the disk refused at `path`, in the words of its kind.
fn io_text(id: &'static str, path: &Path, source: &io::Error) -> Text {
    Text::new(id).arg("path", path.display()).arg("kind", IoKind::of(source).as_arg())
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

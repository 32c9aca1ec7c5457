//! [`App`]: what the desktop app does, without any window. Tauri commands are one-line calls
//! into these methods, so every flow of the app can be tested (and scripted) headlessly.
//!
//! It owns the installation's memory (settings, recent vaults, rollback warnings) and at
//! most one open vault. Locking drops the session: the database in memory and the vault
//! identity are freed.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;
use tejido_i18n::{Locale, Localized, Text};
use tejido_vault::{KdfPolicy, OpenError, RecoveryKey, SecretString, Unlock, VaultOptions};

use crate::error::{EditError, OpenVaultError};
use crate::home::Home;
use crate::ids::PersonId;
use crate::installation::{Installation, RecentVault, Rollback};
use crate::passphrase::{PassphraseError, check_new_passphrase};
use crate::person::{NewPerson, Person};
use crate::store::Session;

mod network;
mod projector;
mod protocol;
mod escalation;
mod oversight;
mod duress;
mod idle;
mod language;
mod keys;
mod navigation;
mod panic;
mod risk;
mod shares;
mod sync;
mod training;
mod window;
mod workshop;
pub use duress::add_duress_passphrase;
pub use keys::{NewRecoveryKey, SlotView, Slots};
pub use shares::{ShareCard, ShareFileEntry, ShareFileRequest, SplitMade};
pub use idle::{AutoLocked, LockReason};
pub use oversight::{MemberView, Oversight, SealedView};
pub use escalation::{ContactPreview, ContactView, EscalationScreen, IncidentChoice, MechanismDraft, OpenedCase, ReceivedView};
pub use navigation::is_own_page;
pub use crate::sync::shred_syncthing_keys;
pub use risk::{read_chosen_file, write_chosen_file};
pub use window::fitted_size;
pub use network::{NetworkScreen, TerritoryMap};
pub use workshop::{SectionChoice, WorkshopScreen};
pub use training::{TrainingPairInfo, TrainingRefusal, TrainingSide};
pub use projector::{Projection, mask_real_names};
pub use protocol::ProtocolScreen;
pub use risk::RiskScreen;
pub use sync::{InvitationMade, Joined, SyncDone, SyncPage};

/// The demo vault's passphrase. The demo holds only invented people, and trainers must be
/// able to open it in front of a room, so its passphrase is public.
pub const DEMO_PASSPHRASE: &str = "tejido demo";

/// A demo's folder name in `locale`: English keeps the plain name demos always had, other
/// languages add their tag (`Demo community (es).tejido`).
fn demo_folder(name: &str, locale: Locale) -> String {
    match locale {
        Locale::En => format!("{name}.tejido"),
        other => format!("{name} ({}).tejido", other.tag()),
    }
}

/// The text sizes offered, in percent: up to twice the usual, which every screen must fit
/// without clipping (people who read little, who see less well, and a laptop that is the
/// projector too).
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

/// The offered size nearest to `percent` (a settings file edited by hand, an older build).
fn text_size(percent: u16) -> u16 {
    TEXT_SIZES.into_iter().min_by_key(|size| size.abs_diff(percent)).unwrap_or(100)
}

/// What the app remembers and whether a vault is open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// The interface language: a built-in one (`en`, `es`, `fr`) or an installed language
    /// pack's code (`pt-BR`).
    pub language: String,
    /// Minutes without activity before locking; 0 never.
    pub auto_lock_minutes: u32,
    /// The interface's text size in percent (one of [`TEXT_SIZES`]).
    pub text_size: u16,
    /// Vault folders opened here, most recent first (never the demo).
    pub recent_vaults: Vec<RecentVault>,
    /// Where the demo vault lives.
    pub demo_path: PathBuf,
    /// The demo vault's public passphrase.
    pub demo_passphrase: String,
    /// Whether a vault is open now.
    pub unlocked: bool,
    /// Whether it is a training vault, deleted when locked.
    pub training: bool,
    /// A rehearsal of a case, community and desk on this laptop: which side is on screen and
    /// what waits for each (none outside a rehearsal).
    pub training_pair: Option<TrainingPairInfo>,
    /// Where a new vault is suggested (a neutral name in Documents, not yet taken).
    pub suggested_vault_folder: PathBuf,
    /// The panic key was pressed since the last vault opened: the app starts at the neutral
    /// welcome screen and `recent_vaults` is empty, so whoever takes the laptop sees no path.
    pub panicked: bool,
}

/// A new vault and its recovery key, to show once.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Created {
    /// `AGE-SECRET-KEY-1…`: shown once, never stored.
    pub recovery_key: String,
    /// The new vault's home.
    pub home: Home,
}

/// Something the app could not do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AppError {
    /// Opening or creating failed.
    #[error(transparent)]
    Open(#[from] OpenVaultError),
    /// An edit failed.
    #[error(transparent)]
    Edit(#[from] EditError),
    /// A passphrase change failed.
    #[error(transparent)]
    Slot(#[from] tejido_vault::KeySlotError),
    /// Shares were refused (made or combined).
    #[error(transparent)]
    Share(#[from] tejido_vault::ShareError),
    /// A new passphrase was refused.
    #[error(transparent)]
    Passphrase(#[from] PassphraseError),
    /// Writing (a backup) failed.
    #[error(transparent)]
    Save(#[from] tejido_vault::SaveError),
    /// No vault is open (it was locked).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Locked,
    /// The vault opened rolled back and nobody accepted it yet: nothing from other laptops is
    /// applied meanwhile (the older state may still trust a laptop removed since).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    RollbackPending,
    /// The language is not one Tejido speaks.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    UnknownLanguage,
    /// A file the person chose could not be read or written.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    File {
        /// The file.
        path: PathBuf,
        /// What the system refused, said in the person's language (its own text is English).
        kind: tejido_vault::IoKind,
    },
    /// A file is not a photo Tejido can show (PNG, JPEG or WebP).
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    NotAnImage {
        /// The file.
        path: PathBuf,
    },
    /// A file is too large to attach.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    FileTooLarge {
        /// The file.
        path: PathBuf,
        /// The limit.
        megabytes: u64,
    },
    /// A case package or contact file was refused.
    #[error(transparent)]
    Package(#[from] crate::keys::PackageError),
    /// Syncing with other laptops failed.
    #[error(transparent)]
    Sync(#[from] crate::sync::SyncError),
    /// A file of a petition's signatures could not be counted.
    #[error(transparent)]
    Signatures(#[from] crate::escalation::SignatureFileError),
    /// A language pack was refused, or could not be kept or removed.
    #[error(transparent)]
    LanguagePack(#[from] crate::language_packs::LanguagePackError),
    /// A rehearsal action that does not fit: none open, the other side's, nothing waiting.
    #[error("{}", tejido_i18n::render(Locale::En, self))]
    Training(TrainingRefusal),
}

impl From<OpenError> for AppError {
    fn from(e: OpenError) -> Self {
        AppError::Open(e.into())
    }
}

impl AppError {
    fn inner(&self) -> Option<&dyn Localized> {
        Some(match self {
            AppError::Open(e) => e,
            AppError::Edit(e) => e,
            AppError::Slot(e) => e,
            AppError::Share(e) => e,
            AppError::Passphrase(e) => e,
            AppError::Save(e) => e,
            AppError::Package(e) => e,
            AppError::Sync(e) => e,
            AppError::Signatures(e) => e,
            AppError::LanguagePack(e) => e,
            AppError::Locked | AppError::RollbackPending | AppError::UnknownLanguage | AppError::Training(_) | AppError::File { .. } | AppError::FileTooLarge { .. } | AppError::NotAnImage { .. } => return None,
        })
    }
}

impl Localized for AppError {
    fn text(&self) -> Text {
        match self {
            AppError::Locked => Text::new("err-app-locked").hint("rec-app-locked"),
            AppError::RollbackPending => Text::new("err-app-rollback-pending").hint("rec-app-rollback-pending"),
            AppError::UnknownLanguage => Text::new("err-app-unknown-language"),
            AppError::File { path, kind } => {
                Text::new("err-app-file").hint("rec-app-file").arg("path", path.display()).arg("kind", kind.as_arg())
            }
            AppError::FileTooLarge { path, megabytes } => {
                Text::new("err-app-file-too-large").arg("path", path.display()).arg("megabytes", megabytes)
            }
            AppError::NotAnImage { path } => Text::new("err-app-not-an-image").hint("rec-app-not-an-image").arg("path", path.display()),
            AppError::Training(TrainingRefusal::NoPair) => Text::new("err-app-training-no-pair").hint("rec-app-training-no-pair"),
            AppError::Training(TrainingRefusal::WrongSide) => Text::new("err-app-training-wrong-side").hint("rec-app-training-wrong-side"),
            AppError::Training(TrainingRefusal::NothingWaiting) => Text::new("err-app-training-nothing-waiting"),
            other => other.inner().map(|e| e.text()).unwrap_or_else(|| Text::new("err-app-locked")),
        }
    }
}

pub(crate) struct OpenVault {
    pub(crate) session: Session,
    pub(crate) rollback: Option<Rollback>,
    /// What the projector shows; gone with the vault when it locks.
    pub(crate) projection: projector::Projection,
    /// A training vault's folder: deleted when the vault is locked.
    pub(crate) training: Option<PathBuf>,
}

/// The desktop app's state.
pub struct App {
    installation: Installation,
    data_dir: PathBuf,
    kdf: KdfPolicy,
    open: Option<OpenVault>,
    /// The last activity, for auto-lock on the wall clock.
    idle: idle::Idle,
    /// Set by [`App::panic`] and cleared when a vault opens; never stored, so a relaunch
    /// by the person who panicked shows the recent vaults again.
    panicked: bool,
    /// The language packs installed here (read at start, beside the installation).
    packs: crate::language_packs::LanguagePacks,
    /// During a rehearsal of a case, the side not on screen (see [`App::open_training_pair`]).
    pair: Option<training::TrainingPair>,
}

/// The calendar day on this computer: dates people type and due dates are local days, and a
/// workshop at eight in the evening is still "today" wherever UTC has moved on.
pub(crate) fn local_day(now: DateTime<Utc>) -> chrono::NaiveDate {
    now.with_timezone(&chrono::Local).date_naive()
}

pub(crate) fn secret(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

impl App {
    /// Loads the installation from `config_dir`; the demo lives under `data_dir`.
    pub fn new(config_dir: &Path, data_dir: &Path, kdf: KdfPolicy) -> Self {
        let packs = crate::language_packs::LanguagePacks::load(config_dir);
        let app = App { installation: Installation::load(config_dir), data_dir: data_dir.to_owned(), kdf, open: None, idle: Default::default(), panicked: false, packs, pair: None };
        app.sweep_training();
        app
    }

    /// The built-in language the core writes in (prints, templates, letters): the interface's,
    /// or for a language pack the first built-in language of its chain (pt-BR → es).
    pub fn locale(&self) -> Locale {
        let chosen = self.installation.language.as_deref();
        chosen.and_then(|code| self.packs.core_locale(code)).or_else(|| chosen.and_then(Locale::parse)).unwrap_or_else(Locale::from_env)
    }

    /// The interface language: an installed pack's code when one is chosen, else the built-in
    /// language of [`App::locale`]. A removed pack's code falls back to that too.
    pub fn language(&self) -> String {
        match self.installation.language.as_deref() {
            Some(code) if self.packs.is_installed(code) => code.to_owned(),
            _ => self.locale().tag().to_owned(),
        }
    }

    /// The demo community's folder in the language Tejido speaks now. Each language has its
    /// own demo (its own invented community), so each has its own folder: switching language
    /// opens that language's demo, and a demo a trainer prepared in another language is still
    /// there when they switch back. English keeps the name demos always had.
    fn demo_path(&self) -> PathBuf {
        self.data_dir.join(demo_folder("Demo community", self.locale()))
    }

    /// The demo desk's folder in the language Tejido speaks now.
    fn desk_demo_path(&self) -> PathBuf {
        self.data_dir.join(demo_folder("Demo desk", self.locale()))
    }

    /// Whether `dir` is one of the demos (any language, community or desk): never a recent vault.
    fn is_demo(&self, dir: &Path) -> bool {
        [Locale::En, Locale::Es, Locale::Fr]
            .into_iter()
            .flat_map(|l| [demo_folder("Demo community", l), demo_folder("Demo desk", l)])
            .any(|name| dir == self.data_dir.join(name))
    }

    /// What the app remembers.
    pub fn info(&self) -> AppInfo {
        let demo = self.demo_path();
        AppInfo {
            language: self.language(),
            auto_lock_minutes: self.installation.auto_lock_minutes,
            text_size: text_size(self.installation.text_size),
            recent_vaults: if self.panicked {
                Vec::new()
            } else {
                self.installation.recent_vaults.iter().filter(|v| !self.is_demo(&v.path)).cloned().collect()
            },
            demo_path: demo,
            demo_passphrase: DEMO_PASSPHRASE.to_owned(),
            unlocked: self.open.is_some(),
            training: self.open.as_ref().is_some_and(|o| o.training.is_some()),
            training_pair: self.training_pair(),
            suggested_vault_folder: crate::installation::suggested_vault_folder(),
            panicked: self.panicked,
        }
    }

    fn options(&self) -> VaultOptions {
        VaultOptions { kdf: self.kdf, ..VaultOptions::default() }
    }

    /// Keeps the newly opened session, notes its generation and remembers the folder.
    fn adopt(&mut self, session: Session, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.lock();
        let mut session = session;
        let legacy = self.installation.seen.get(&session.vault().header().vault_id).copied();
        // Every save from now on is remembered outside the vault, so deleted last saves or an
        // old copy put back are noticed at the next open; the warning stays until acknowledged.
        let rollback = session.watch_generations(self.installation.generations(), legacy);
        let vault = session.vault();
        if !self.is_demo(vault.dir()) {
            self.installation.remember_vault(vault.dir(), now);
        }
        // Failing to remember only weakens the recent list.
        let _ = self.installation.store();
        // A vault rolled back may trust a laptop removed since (a stolen one): nothing from
        // other laptops comes in, and Syncthing stays off, until a person has read the warning.
        if rollback.is_none() {
            Self::start_syncing(&mut session, now);
        }
        let home = session.home(rollback, local_day(now))?;
        self.idle.touch(now);
        self.panicked = false;
        self.open = Some(OpenVault { session, rollback, projection: Default::default(), training: None });
        Ok(home)
    }

    /// Creates a vault; the recovery key in the result **MUST** be shown once.
    pub fn create_vault(&mut self, dir: &Path, name: &str, passphrase: &str, now: DateTime<Utc>) -> Result<Created, AppError> {
        check_new_passphrase(passphrase)?;
        if name.trim().is_empty() {
            return Err(EditError::EmptyName.into());
        }
        self.lock();
        let (session, key) = Session::create(dir, &secret(passphrase), name, &self.options(), self.installation.device, now)?;
        let home = self.adopt(session, now)?;
        Ok(Created { recovery_key: key.expose().to_owned(), home })
    }

    /// Opens the demo community, creating it on first use.
    pub fn open_demo(&mut self, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.lock();
        let dir = self.demo_path();
        let locale = self.locale();
        let session = if dir.join(tejido_vault::HEADER_FILE).exists() {
            let mut session =
                Session::open(&dir, Unlock::Passphrase(&secret(DEMO_PASSPHRASE)), &self.options(), self.installation.device)?;
            // A demo made by an earlier Tejido has no risk analysis yet: give it the one it
            // would have today, so every screen has something to show.
            let analysis = session.risk_analysis(local_day(now))?;
            if analysis.context.is_empty() && analysis.actors.is_empty() && analysis.incidents.is_empty() && analysis.risks.is_empty() {
                session.load_demo_risks(locale, now)?;
            }
            if session.network()?.relationships.is_empty() {
                session.load_demo_network(locale, now)?;
            }
            if session.protocol(locale)?.document.is_empty() {
                session.load_demo_protocol(locale, now)?;
            }
            session
        } else {
            let (mut session, _) =
                Session::create(&dir, &secret(DEMO_PASSPHRASE), "Demo", &self.options(), self.installation.device, now)?;
            session.load_demo_in(locale, now)?;
            session
        };
        self.adopt(session, now)
    }

    /// Opens the demo desk of the interface's language (a solidarity network's desk with a
    /// case in every stage, see [`Session::load_desk_demo`]), creating it on first use. Same
    /// public passphrase as the demo community; never a recent vault.
    pub fn open_desk_demo(&mut self, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.lock();
        let dir = self.desk_demo_path();
        let session = if dir.join(tejido_vault::HEADER_FILE).exists() {
            Session::open(&dir, Unlock::Passphrase(&secret(DEMO_PASSPHRASE)), &self.options(), self.installation.device)?
        } else {
            let (mut session, _) =
                Session::create(&dir, &secret(DEMO_PASSPHRASE), "Demo", &self.options(), self.installation.device, now)?;
            session.load_desk_demo(self.locale(), now)?;
            session
        };
        self.adopt(session, now)
    }

    /// Unlocks a vault with a passphrase.
    pub fn unlock(&mut self, dir: &Path, passphrase: &str, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.lock();
        let session = Session::open(dir, Unlock::Passphrase(&secret(passphrase)), &self.options(), self.installation.device)?;
        self.adopt(session, now)
    }

    /// Opens with the paper key and adds `new_passphrase`, for when every passphrase is lost.
    pub fn recover(&mut self, dir: &Path, recovery_key: &str, new_passphrase: &str, now: DateTime<Utc>) -> Result<Home, AppError> {
        check_new_passphrase(new_passphrase)?;
        let key = RecoveryKey::parse(recovery_key).ok_or(OpenError::InvalidRecoveryKey)?;
        self.lock();
        let mut session = Session::open(dir, Unlock::RecoveryKey(&key), &self.options(), self.installation.device)?;
        session.vault_mut().add_passphrase(&secret(new_passphrase), now)?;
        self.adopt(session, now)
    }

    /// The person read the rollback warning and accepts the state the vault opened at (for
    /// example a restored backup): it is saved as a new generation and the warning goes.
    pub fn acknowledge_rollback(&mut self) -> Result<Home, AppError> {
        let now = Utc::now();
        let open = self.session()?;
        let held_back = open.rollback.is_some();
        open.session.acknowledge_rollback()?;
        open.rollback = None;
        if held_back {
            Self::start_syncing(&mut open.session, now);
        }
        Ok(open.session.home(None, local_day(now))?)
    }

    /// What a vault does with other laptops as it opens.
    fn start_syncing(session: &mut Session, now: DateTime<Utc>) {
        // What the other laptops wrote while this one was closed comes in. A problem here
        // must not keep the vault shut: the sync screen shows refused files, and the person
        // can import again from there.
        let _ = session.import(now);
        // Syncthing starts with the vault when this laptop syncs over the local network; if
        // it cannot, the sync screen says why and the stick still works.
        let _ = session.start_lan(now);
    }

    /// Closes the vault: the session, its database and the identity are dropped.
    pub fn lock(&mut self) {
        // A rehearsal's other side goes with the one on screen.
        if let Some(pair) = self.pair.take() {
            pair.close();
        }
        if let Some(mut open) = self.open.take() {
            let training = open.training.clone();
            // This laptop's edits go out as a change file before the vault closes (best effort:
            // whatever is not published now is published the next time).
            if open.session.laptop_id().ok().flatten().is_some() {
                let _ = open.session.publish(Utc::now());
                let _ = open.session.save();
            }
            // Edits were saved as small deltas; the vault closes on one full image (best
            // effort: the deltas are durable and the next open replays them if this fails).
            // A training vault is about to go: nothing to compact.
            if training.is_none() {
                let _ = open.session.compact();
            }
            drop(open);
            // A training vault is thrown away: trainees practise without leaving anything. A
            // file in it still held by another program (Windows) delays it a moment; held
            // longer, it is left to the sweep at the next start.
            if let Some(dir) = training {
                let _ = tejido_vault::fs::remove_dir_all_when_free(&dir);
            }
        }
    }

    pub(crate) fn session(&mut self) -> Result<&mut OpenVault, AppError> {
        self.open.as_mut().ok_or(AppError::Locked)
    }

    /// The open vault, when it may take in what other laptops sent: not while a rollback
    /// waits to be accepted.
    pub(crate) fn syncing_session(&mut self) -> Result<&mut OpenVault, AppError> {
        let open = self.session()?;
        if open.rollback.is_some() {
            return Err(AppError::RollbackPending);
        }
        Ok(open)
    }

    /// The open vault's home.
    pub fn home(&mut self) -> Result<Home, AppError> {
        let open = self.session()?;
        Ok(open.session.home(open.rollback, local_day(Utc::now()))?)
    }

    /// Applies an edit to the open vault and returns the new home.
    fn edit(&mut self, apply: impl FnOnce(&mut Session) -> Result<(), EditError>) -> Result<Home, AppError> {
        let open = self.session()?;
        apply(&mut open.session)?;
        Ok(open.session.home(open.rollback, local_day(Utc::now()))?)
    }

    /// Adds a member.
    pub fn add_person(&mut self, person: NewPerson, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.edit(|s| s.add_person(person, now).map(drop))
    }

    /// Changes a member.
    pub fn update_person(&mut self, id: PersonId, person: NewPerson, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.edit(|s| s.update_person(id, person, now).map(drop))
    }

    /// Removes a member (undo brings them back).
    pub fn remove_person(&mut self, id: PersonId, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.edit(|s| s.remove_person(id, now).map(drop))
    }

    /// People removed whose names the vault still keeps for undo.
    pub fn removed_people(&mut self) -> Result<Vec<Person>, AppError> {
        Ok(self.session()?.session.removed_people()?)
    }

    /// Erases a removed person from this vault for good (cannot be undone).
    pub fn forget_person(&mut self, id: PersonId) -> Result<Home, AppError> {
        self.edit(|s| s.forget_person(id))
    }

    /// Undoes the last edit.
    pub fn undo(&mut self, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.edit(|s| s.undo(now).map(drop))
    }

    /// Reapplies the last undone edit.
    pub fn redo(&mut self, now: DateTime<Utc>) -> Result<Home, AppError> {
        self.edit(|s| s.redo(now).map(drop))
    }

    /// Sets the interface language (`en`, `es`, `fr`, or an installed pack's code).
    pub fn set_language(&mut self, language: &str) -> Result<AppInfo, AppError> {
        let code = if self.packs.is_installed(language) { language.to_owned() } else { Locale::parse(language).ok_or(AppError::UnknownLanguage)?.tag().to_owned() };
        self.installation.language = Some(code);
        let _ = self.installation.store();
        Ok(self.info())
    }

    /// Clears the list of vault folders opened here: it is kept outside any vault, in plain
    /// text, where whoever uses this computer can read the folder names.
    pub fn forget_recent_vaults(&mut self) -> AppInfo {
        self.installation.recent_vaults.clear();
        let _ = self.installation.store();
        self.info()
    }

    /// Sets the interface's text size: the nearest of [`TEXT_SIZES`] to `percent`.
    pub fn set_text_size(&mut self, percent: u16) -> AppInfo {
        self.installation.text_size = text_size(percent);
        let _ = self.installation.store();
        self.info()
    }

    /// Sets the auto-lock delay (0: never; at most a day).
    pub fn set_auto_lock(&mut self, minutes: u32) -> Result<AppInfo, AppError> {
        self.installation.auto_lock_minutes = minutes.min(24 * 60);
        let _ = self.installation.store();
        Ok(self.info())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::DeviceId;

    fn app(root: &Path) -> App {
        App::new(&root.join("config"), &root.join("data"), KdfPolicy::insecure_for_tests(2))
    }

    #[test]
    fn the_text_size_is_kept_for_the_next_start_and_is_always_one_offered() {
        let root = tempfile::tempdir().unwrap();
        assert_eq!(app(root.path()).info().text_size, 100, "the usual size at first");
        assert_eq!(app(root.path()).set_text_size(175).text_size, 175);
        assert_eq!(app(root.path()).info().text_size, 175, "remembered by this computer");
        assert_eq!(app(root.path()).set_text_size(400).text_size, 200, "never past twice the usual");
        assert_eq!(app(root.path()).set_text_size(0).text_size, 100, "never below the usual");
        assert_eq!(app(root.path()).set_text_size(140).text_size, 150, "the nearest offered");
        // A settings file from before the setting existed, or edited by hand.
        let file = root.path().join("config").join("installation.toml");
        let text = std::fs::read_to_string(&file).unwrap();
        std::fs::write(&file, text.replace("text-size = 150", "text-size = 333")).unwrap();
        assert_eq!(app(root.path()).info().text_size, 200);
        std::fs::write(&file, text.replace("text-size = 150\n", "")).unwrap();
        assert_eq!(app(root.path()).info().text_size, 100);
    }

    #[test]
    fn a_first_launch_opens_the_demo_and_keeps_it_out_of_recent_vaults() {
        let root = tempfile::tempdir().unwrap();
        let mut app = app(root.path());
        let home = app.open_demo(Utc::now()).unwrap();
        assert!(home.people.len() >= 35, "the demo community is loaded");
        assert!(app.info().unlocked, "and open");
        assert!(app.info().recent_vaults.is_empty(), "the demo is not a recent vault");
        app.lock();
        assert_eq!(app.open_demo(Utc::now()).unwrap().people.len(), home.people.len(), "reopened, not recreated");
        let risks = app.risk_screen(Utc::now()).unwrap().analysis.risks.len();
        app.lock();
        app.open_demo(Utc::now()).unwrap();
        assert_eq!(app.risk_screen(Utc::now()).unwrap().analysis.risks.len(), risks, "the risk analysis is not added twice");
    }

    #[test]
    fn a_demo_from_an_older_tejido_gets_the_risk_analysis_when_reopened() {
        let root = tempfile::tempdir().unwrap();
        let mut app = app(root.path());
        let dir = app.demo_path();
        let (mut old, _) = Session::create(&dir, &secret(DEMO_PASSPHRASE), "Demo", &app.options(), DeviceId::new(), Utc::now()).unwrap();
        old.add_person(NewPerson { pseudonym: "Garza".into(), ..NewPerson::default() }, Utc::now()).unwrap();
        drop(old);
        app.open_demo(Utc::now()).unwrap();
        let screen = app.risk_screen(Utc::now()).unwrap();
        assert!(screen.analysis.risks.len() >= 5, "added on reopening");
        let garza = screen.home.people[0].id;
        assert!(screen.analysis.measures.iter().any(|m| m.owners == vec![garza]), "owners who exist are linked, the others left out");
    }

    #[test]
    fn the_territory_map_photo_is_sealed_shown_from_memory_and_undoable() {
        let root = tempfile::tempdir().unwrap();
        let mut app = app(root.path());
        app.open_demo(Utc::now()).unwrap();
        assert_eq!(app.territory_map().unwrap(), None);
        let text = root.path().join("notes.txt");
        std::fs::write(&text, b"not a photo").unwrap();
        assert!(matches!(app.set_territory_map(&text, Utc::now()), Err(AppError::NotAnImage { .. })));
        let photo = root.path().join("mapa.png");
        std::fs::write(&photo, b"\x89PNG\r\n\x1a\n hand-drawn river and hamlets").unwrap();
        let map = app.set_territory_map(&photo, Utc::now()).unwrap();
        assert_eq!(map.name, "mapa.png");
        assert!(map.data_url.starts_with("data:image/png;base64,"));
        app.clear_territory_map(Utc::now()).unwrap();
        assert_eq!(app.territory_map().unwrap(), None);
        app.undo(Utc::now()).unwrap();
        assert_eq!(app.territory_map().unwrap(), Some(map), "undo brings the photo back");
    }

    #[test]
    fn attachments_go_in_sealed_and_come_out_only_where_the_person_says() {
        let root = tempfile::tempdir().unwrap();
        let mut app = app(root.path());
        app.open_demo(Utc::now()).unwrap();
        let incident = app.risk_screen(Utc::now()).unwrap().analysis.incidents[0].id;
        let photo = root.path().join("fence.jpg");
        std::fs::write(&photo, b"a photo of the fence").unwrap();
        let screen = app.attach_file(incident, &photo, Utc::now()).unwrap();
        let attached = &screen.analysis.incidents.iter().find(|i| i.id == incident).unwrap().attachments[0];
        assert_eq!(attached.name, "fence.jpg");
        let copy = root.path().join("copy.jpg");
        let wrong = app.export_attachment(&secret("a guess"), incident, attached.id, &copy);
        assert!(matches!(wrong, Err(AppError::Slot(tejido_vault::KeySlotError::WrongSecret))), "a plaintext copy needs a current secret");
        assert!(!copy.exists(), "nothing written without it");
        app.export_attachment(&secret(DEMO_PASSPHRASE), incident, attached.id, &copy).unwrap();
        assert_eq!(std::fs::read(&copy).unwrap(), b"a photo of the fence");
        let missing = app.attach_file(incident, &root.path().join("nowhere.jpg"), Utc::now());
        assert!(matches!(missing, Err(AppError::File { .. })), "a missing file is named, not a crash");
        let huge = root.path().join("huge.mov");
        std::fs::File::create(&huge).unwrap().set_len(risk::MAX_ATTACHMENT_BYTES + 1).unwrap();
        assert!(matches!(app.attach_file(incident, &huge, Utc::now()), Err(AppError::FileTooLarge { .. })));
    }

    #[test]
    fn lock_forgets_the_vault_and_unlock_remembers_the_folder() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("Community.tejido");
        let mut app = app(root.path());
        let created = app.create_vault(&dir, "Río Claro", "a long passphrase", Utc::now()).unwrap();
        assert!(created.recovery_key.starts_with("AGE-SECRET-KEY-1"), "the paper key is returned once");
        app.add_person(NewPerson { pseudonym: "Ceiba".into(), ..NewPerson::default() }, Utc::now()).unwrap();
        app.lock();
        assert!(matches!(app.home(), Err(AppError::Locked)), "nothing readable after locking");
        assert!(matches!(
            app.unlock(&dir, "wrong passphrase", Utc::now()),
            Err(AppError::Open(OpenVaultError::Open(OpenError::WrongPassphrase)))
        ), "wrong passphrase is named");
        let home = app.unlock(&dir, "a long passphrase", Utc::now()).unwrap();
        assert_eq!(home.people[0].pseudonym, "Ceiba", "the person is still there");
        let again = App::new(&root.path().join("config"), &root.path().join("data"), KdfPolicy::insecure_for_tests(2));
        assert_eq!(again.info().recent_vaults[0].path, dir, "the folder is remembered across launches");
        let mut again = again;
        assert!(again.forget_recent_vaults().recent_vaults.is_empty());
        let text = std::fs::read_to_string(root.path().join("config/installation.toml")).unwrap();
        assert!(!text.contains(&*dir.to_string_lossy()), "the folder name is gone from the file: {text}");
    }
}

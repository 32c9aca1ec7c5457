//! Tejido's domain: the collective, its members, the change log, and the services that edit
//! them inside an unlocked vault.
//!
//! Which API for which job:
//! - [`Session::create`] / [`Session::open`] wrap [`tejido_vault::Vault`] and migrate the schema.
//! - [`Session::add_person`], [`Session::update_person`], [`Session::remove_person`] edit
//!   members; each edit is one transaction, one change-log entry and one durable save.
//! - [`Session::undo`] reverts the last edit; [`Session::history`] lists what changed.
//! - [`Session::load_demo`] / [`Session::load_demo_in`] fill a vault with the fictional demo
//!   community (each language its own); [`Session::load_desk_demo`] makes a demo desk with a
//!   case in every [`escalation::DeskStage`].
//!
//! - [`risk`]: the collective risk analysis (context, actors, incidents, threat assessments,
//!   risks, measures, indicators) and its register.
//!
//! Services take `now` from the caller, so tests control time. Later modules (risk
//! analysis, network, protocol, escalation) add their tables as new migrations.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod app;
mod audience;
mod collective;
pub mod dates;
mod demo;
#[cfg(all(target_os = "linux", feature = "desktop-signals"))]
pub mod desktop_signals;
mod error;
pub mod escalation;
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing;
mod groups;
mod home;
mod ids;
mod installation;
mod language_packs;
mod keys;
pub mod metadata;
mod names;
pub mod network;
mod passphrase;
mod person;
pub mod protocol;
pub use protocol::principles;
pub mod risk;
mod sensitivity;
mod store;
pub mod sync;
pub mod workshop;

pub use app::{App, AppError, AppInfo, AutoLocked, LockReason, InvitationMade, Joined, SyncDone, SyncPage, ContactPreview, ContactView, Created, DEMO_PASSPHRASE, EscalationScreen, IncidentChoice, MechanismDraft, NetworkScreen, OpenedCase, Projection, ReceivedView, ProtocolScreen, RiskScreen, SectionChoice, NewRecoveryKey, ShareCard, ShareFileEntry, ShareFileRequest, SlotView, Slots, SplitMade, TerritoryMap, TrainingPairInfo, TrainingRefusal, TrainingSide, WorkshopScreen};
pub use audience::{Named, Naming, PrintNames};
pub use collective::Collective;
pub use demo::{DemoCommunity, demo_community, demo_community_in};
pub use error::{EditError, OpenVaultError};
pub use home::{Attention, Home};
pub use language_packs::{LanguagePackError, LanguagePacks, PackProblem, PackReport, PackSources, PackView};
pub use installation::{GenerationMemory, Installation, RecentVault, Rollback, default_config_dir, default_data_dir};
pub use passphrase::{MIN_PASSPHRASE_CHARS, PassphraseError, Strength, check_new_passphrase, estimate_strength};
pub use ids::{
    ActorId, ChangeId, CollectiveId, ContextNoteId, DeviceId, IncidentId, IndicatorId, MeasureId, PersonId,
    PlaceId, RelationshipId, RiskId, ThreatAssessmentId, SectionId, PrincipleId, LevelId, DecisionId, CommentId, WorkshopId, AgendaItemId, NoteId, ContactId, CaseId, ReceivedCaseId, DeskActionId, OutcomeId, DeskMemberId, SealedPackageId, LaptopId, ConflictId, ActivationId, ChainMarkId,
};
pub use person::{NewPerson, Person};
pub use sensitivity::Sensitivity;
pub use store::{Action, Change, Entity, Session, Stamp};

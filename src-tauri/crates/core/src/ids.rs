//! Typed ids: a `PersonId` cannot be passed where a `CollectiveId` is meant.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

macro_rules! id_type {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
        #[serde(transparent)]
        #[ts(type = "string")]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new, time-ordered id (UUID v7).
            pub fn new() -> Self {
                Self(Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s).map(Self)
            }
        }
    )*};
}

id_type!(
    /// A collective (the community that owns the vault).
    CollectiveId,
    /// A member of the collective.
    PersonId,
    /// One entry of the change log.
    ChangeId,
    /// One installation of Tejido; recorded as `updated_by` on every write.
    DeviceId,
    /// A dated note of the context analysis.
    ContextNoteId,
    /// An actor (company, state body, ally…).
    ActorId,
    /// A security incident.
    IncidentId,
    /// A five-step threat assessment.
    ThreatAssessmentId,
    /// A risk scenario.
    RiskId,
    /// A protection measure.
    MeasureId,
    /// An early-warning indicator.
    IndicatorId,
    /// A relationship of the network.
    RelationshipId,
    /// A place pinned on the territory map.
    PlaceId,
    /// A section of the community protocol.
    SectionId,
    /// A principle of the community protocol.
    PrincipleId,
    /// An alert level of the community protocol.
    LevelId,
    /// A collective decision.
    DecisionId,
    /// A comment or proposal on the protocol.
    CommentId,
    /// A workshop.
    WorkshopId,
    /// A session of a workshop's agenda.
    AgendaItemId,
    /// A sticky note written in a workshop.
    NoteId,
    /// A network desk or community whose packages are accepted.
    ContactId,
    /// A case sent to the solidarity network.
    CaseId,
    /// A case a network desk received.
    ReceivedCaseId,
    /// An action a desk takes on a case (a letter, a petition…).
    DeskActionId,
    /// An outcome a desk recorded on a case.
    OutcomeId,
    /// A member of a network desk, with their own keys.
    DeskMemberId,
    /// A package waiting sealed at a desk until a member of its working group opens it.
    SealedPackageId,
    /// A laptop sharing a vault (its folder name in the sync folder).
    LaptopId,
    /// A value in conflict between two laptops.
    ConflictId,
    /// An activation of the alert chain.
    ActivationId,
    /// One line of an activation's log.
    ChainMarkId,
);

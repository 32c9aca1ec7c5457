//! The table list: every kind of record the vault holds, each with its one table, and what
//! an edit did to it. Table names in SQL come only from here, never from input.

use serde::{Deserialize, Serialize};

/// The kinds of record the change log knows. Each maps to one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Entity {
    /// The collective itself.
    Collective,
    /// A member.
    Person,
    /// A dated note of the context analysis.
    ContextNote,
    /// An actor.
    Actor,
    /// A security incident.
    Incident,
    /// A threat assessment.
    ThreatAssessment,
    /// A risk scenario.
    Risk,
    /// A protection measure.
    Measure,
    /// An early-warning indicator.
    Indicator,
    /// A relationship of the network.
    Relationship,
    /// Where a person or actor sits on the network map.
    NodePosition,
    /// A named place pinned on the territory map.
    Place,
    /// A section of the community protocol.
    ProtocolSection,
    /// A principle of the community protocol.
    Principle,
    /// An alert level of the community protocol.
    ProtocolLevel,
    /// A collective decision (a frozen protocol version is one).
    Decision,
    /// A comment or proposal gathered in a workshop.
    ProtocolComment,
    /// A workshop.
    Workshop,
    /// A session of a workshop's agenda.
    AgendaItem,
    /// A sticky note written in a workshop.
    StickyNote,
    /// The vault's own keys for case packages.
    NetworkKey,
    /// A network desk or community whose packages are accepted.
    Contact,
    /// A case sent to the solidarity network.
    EscalationCase,
    /// A case a network desk received, with its triage, actions and outcomes.
    ReceivedCase,
    /// A member of a network desk (their keys sealed to their own passphrase).
    DeskMember,
    /// A laptop sharing this vault.
    SyncDevice,
    /// A record forgotten for good: only its table and id (a tombstone that syncs).
    Forgotten,
}

impl Entity {
    /// The table holding this kind of record.
    pub fn table(self) -> &'static str {
        match self {
            Entity::Collective => "collective",
            Entity::Person => "person",
            Entity::ContextNote => "context_note",
            Entity::Actor => "actor",
            Entity::Incident => "incident",
            Entity::ThreatAssessment => "threat_assessment",
            Entity::Risk => "risk",
            Entity::Measure => "measure",
            Entity::Indicator => "indicator",
            Entity::Relationship => "relationship",
            Entity::NodePosition => "node_position",
            Entity::Place => "place",
            Entity::ProtocolSection => "protocol_section",
            Entity::Principle => "principle",
            Entity::ProtocolLevel => "protocol_level",
            Entity::Decision => "decision",
            Entity::ProtocolComment => "protocol_comment",
            Entity::Workshop => "workshop",
            Entity::AgendaItem => "agenda_item",
            Entity::StickyNote => "sticky_note",
            Entity::NetworkKey => "network_key",
            Entity::Contact => "contact",
            Entity::EscalationCase => "escalation_case",
            Entity::ReceivedCase => "received_case",
            Entity::DeskMember => "desk_member",
            Entity::SyncDevice => "sync_device",
            Entity::Forgotten => "forgotten",
        }
    }

    /// Every kind, each once: what sync copies into a snapshot.
    pub(crate) const ALL: [Entity; 27] = [
        Entity::Collective,
        Entity::Person,
        Entity::ContextNote,
        Entity::Actor,
        Entity::Incident,
        Entity::ThreatAssessment,
        Entity::Risk,
        Entity::Measure,
        Entity::Indicator,
        Entity::Relationship,
        Entity::NodePosition,
        Entity::Place,
        Entity::ProtocolSection,
        Entity::Principle,
        Entity::ProtocolLevel,
        Entity::Decision,
        Entity::ProtocolComment,
        Entity::Workshop,
        Entity::AgendaItem,
        Entity::StickyNote,
        Entity::NetworkKey,
        Entity::Contact,
        Entity::EscalationCase,
        Entity::ReceivedCase,
        Entity::DeskMember,
        Entity::SyncDevice,
        Entity::Forgotten,
    ];

    pub(crate) fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.table() == value)
    }
}

/// What an edit did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Action {
    /// A record was added.
    Create,
    /// A record was changed.
    Update,
    /// A record was removed (soft delete).
    Delete,
    /// An earlier change was undone.
    Undo,
}

impl Action {
    pub(super) fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Delete => "delete",
            Action::Undo => "undo",
        }
    }

    pub(super) fn parse(value: &str) -> Option<Self> {
        match value {
            "create" => Some(Action::Create),
            "update" => Some(Action::Update),
            "delete" => Some(Action::Delete),
            "undo" => Some(Action::Undo),
            _ => None,
        }
    }
}

//! The table list: every kind of record the vault holds, each with its one table, and what
//! an edit did to it. Table names in SQL come only from here, never from input.

use serde::{Deserialize, Serialize};

/// The kinds of record the change log knows. Each maps to one table, named as the variant in
/// snake case (`ThreatAssessment` is `threat_assessment`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[derive(strum::EnumIter, strum::IntoStaticStr, strum::EnumString)]
#[serde(rename_all = "camelCase")]
#[strum(serialize_all = "snake_case")]
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
    /// How to reach a person when the alert chain runs (restricted), keyed by the person's id.
    MeansOfContact,
    /// An activation of the alert chain at one of the four levels.
    AlertActivation,
    /// One dated line of an activation's log: a person reached or not.
    ChainMark,
}

impl Entity {
    /// The table holding this kind of record.
    pub fn table(self) -> &'static str {
        self.into()
    }

    /// Every kind, each once: what sync copies into a snapshot.
    pub(crate) fn all() -> impl Iterator<Item = Entity> {
        <Entity as strum::IntoEnumIterator>::iter()
    }

    pub(crate) fn parse(value: &str) -> Option<Self> {
        value.parse().ok()
    }
}

/// What an edit did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[derive(strum::IntoStaticStr, strum::EnumString)]
#[serde(rename_all = "camelCase")]
#[strum(serialize_all = "lowercase")]
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
        self.into()
    }

    pub(super) fn parse(value: &str) -> Option<Self> {
        value.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names are written in every vault's change log and every sync file: a rename here
    /// would orphan them, so they are spelled out once more by hand.
    #[test]
    fn table_and_action_names_are_the_ones_vaults_already_hold() {
        let tables: Vec<&str> = Entity::all().map(Entity::table).collect();
        assert_eq!(
            tables,
            [
                "collective", "person", "context_note", "actor", "incident", "threat_assessment", "risk", "measure",
                "indicator", "relationship", "node_position", "place", "protocol_section", "principle", "protocol_level",
                "decision", "protocol_comment", "workshop", "agenda_item", "sticky_note", "network_key", "contact",
                "escalation_case", "received_case", "desk_member", "sync_device", "forgotten", "means_of_contact",
                "alert_activation", "chain_mark",
            ]
        );
        assert!(Entity::all().all(|e| Entity::parse(e.table()) == Some(e)), "each name reads back as its kind");
        assert_eq!(Entity::parse("Person"), None, "only the table's own spelling");
        for action in [Action::Create, Action::Update, Action::Delete, Action::Undo] {
            assert_eq!(Action::parse(action.as_str()), Some(action));
        }
        assert_eq!([Action::Create, Action::Undo].map(Action::as_str), ["create", "undo"]);
    }
}

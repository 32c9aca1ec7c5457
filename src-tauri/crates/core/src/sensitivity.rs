//! How sensitive a record is; decides what projector view, print and export may show.

use serde::{Deserialize, Serialize};

/// Who may see a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default, ts_rs::TS)]
#[serde(rename_all = "lowercase")]
pub enum Sensitivity {
    /// May be shown anywhere, including in public material.
    Public,
    /// Within the community: the facilitator's screen, internal handouts.
    #[default]
    Community,
    /// A few trusted people only: never on a projector or in an export.
    Restricted,
}

impl Sensitivity {
    /// The value stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Sensitivity::Public => "public",
            Sensitivity::Community => "community",
            Sensitivity::Restricted => "restricted",
        }
    }

    /// The level a new link starts at: as private as the most private of the people or
    /// actors it joins, and never less than community (a link between two public actors
    /// still tells who knows whom). A person marked restricted must not be exposed by a link
    /// to them that the projector or a print would show.
    pub fn for_new_link(ends: impl IntoIterator<Item = Sensitivity>) -> Sensitivity {
        ends.into_iter().fold(Sensitivity::Community, Sensitivity::max)
    }

    /// Parses a stored or typed value.
    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "public" => Some(Sensitivity::Public),
            "community" => Some(Sensitivity::Community),
            "restricted" => Some(Sensitivity::Restricted),
            _ => None,
        }
    }
}

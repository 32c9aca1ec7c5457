//! The demo community: a fictional rural collective shipped in `assets/demo/`, so every
//! screen has something meaningful to show in a training or a first look.
//!
//! Every name and place in it is invented.

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::error::EditError;
use crate::person::{NewPerson, insert_person};
use crate::session::Session;

const DEMO_JSON: &str = include_str!("../../../../assets/demo/community.json");

/// The demo file's shape (`assets/demo/community.json`).
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DemoCommunity {
    /// Version of the file's shape.
    pub format_version: u32,
    /// The collective.
    pub collective: DemoCollective,
    /// Its members.
    pub people: Vec<NewPerson>,
}

/// The demo collective's name and description.
#[derive(Debug, Deserialize)]
pub struct DemoCollective {
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
}

/// The demo community as shipped.
pub fn demo_community() -> DemoCommunity {
    serde_json::from_str(DEMO_JSON).expect("assets/demo/community.json is valid (checked by tests)")
}

impl Session {
    /// Fills a new vault with the demo community, in one save.
    pub fn load_demo(&mut self, now: DateTime<Utc>) -> Result<usize, EditError> {
        let demo = demo_community();
        self.rename_collective(&demo.collective.name, &demo.collective.description, now)?;
        self.edit(now, |db, stamp| {
            let mut count = 0;
            for person in demo.people {
                insert_person(db, person, stamp)?;
                count += 1;
            }
            Ok(count)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_community_parses_and_is_big_enough_to_be_useful() {
        let demo = demo_community();
        assert_eq!(demo.format_version, 1, "the shape this code reads");
        assert!(demo.people.len() >= 35, "about forty people make later screens meaningful");
        let mut names: Vec<_> = demo.people.iter().map(|p| p.pseudonym.to_lowercase()).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), demo.people.len(), "pseudonyms are unique");
    }
}

//! The app's network actions: each returns the whole network screen again.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{App, AppError, local_day};
use crate::home::Home;
use crate::ids::{ActivationId, PersonId, RelationshipId};
use crate::network::{
    AlertActivations, AlertCard, ChainOutcome, Finding, MeansOfContact, Network, NewActivation, NodePosition, PartyKind, Relationship,
    RelationshipKind,
};
use crate::risk::{Actor, Measure, RiskKind, RiskRecord};

/// What the network screens show after any action.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NetworkScreen {
    /// Relationships and findings.
    pub network: Network,
    /// The actors a link can reach (from the risk analysis).
    pub actors: Vec<Actor>,
    /// The home: members, attention, undo.
    pub home: Home,
}

/// The territory map photo, ready to show: a data URL that lives only in the window's memory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TerritoryMap {
    /// The file name it had.
    pub name: String,
    /// `data:image/…;base64,…`.
    pub data_url: String,
}

/// The image type of a photo, from its first bytes; `None` if it is not a PNG, JPEG or WebP.
fn image_type(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0x89, b'P', b'N', b'G', ..] => Some("image/png"),
        [0xFF, 0xD8, 0xFF, ..] => Some("image/jpeg"),
        [b'R', b'I', b'F', b'F', _, _, _, _, b'W', b'E', b'B', b'P', ..] => Some("image/webp"),
        _ => None,
    }
}

impl App {
    /// The network screens.
    pub fn network_screen(&mut self, now: DateTime<Utc>) -> Result<NetworkScreen, AppError> {
        let open = self.session()?;
        let analysis = open.session.risk_analysis(local_day(now))?;
        Ok(NetworkScreen {
            network: open.session.network()?,
            home: open.session.home_with(open.rollback, &analysis)?,
            actors: analysis.actors,
        })
    }

    /// A blank link between two parties.
    pub fn draft_relationship(
        &mut self,
        source: (PartyKind, uuid::Uuid),
        target: (PartyKind, uuid::Uuid),
        kind: RelationshipKind,
    ) -> Result<Relationship, AppError> {
        Ok(self.session()?.session.draft_relationship(source, target, kind)?)
    }

    /// Creates or replaces a link.
    pub fn save_relationship(&mut self, relationship: Relationship, now: DateTime<Utc>) -> Result<NetworkScreen, AppError> {
        self.session()?.session.save_relationship(relationship, now)?;
        self.network_screen(now)
    }

    /// Places a person or actor on the network map.
    pub fn place_node(&mut self, position: NodePosition, now: DateTime<Utc>) -> Result<NetworkScreen, AppError> {
        self.session()?.session.place_node(position, now)?;
        self.network_screen(now)
    }

    /// Adds or renames a place; a new one is pinned at `at`.
    pub fn save_place(&mut self, id: Option<crate::ids::PlaceId>, name: &str, at: Option<(f64, f64)>, now: DateTime<Utc>) -> Result<NetworkScreen, AppError> {
        self.session()?.session.name_place(id, name, at, now)?;
        self.network_screen(now)
    }

    /// Removes a place (undo brings it back).
    pub fn remove_place(&mut self, id: crate::ids::PlaceId, now: DateTime<Utc>) -> Result<NetworkScreen, AppError> {
        self.session()?.session.remove_place(id, now)?;
        self.network_screen(now)
    }

    /// Removes a link (undo brings it back).
    pub fn remove_relationship(&mut self, id: RelationshipId, now: DateTime<Utc>) -> Result<NetworkScreen, AppError> {
        self.session()?.session.remove_relationship(id, now)?;
        self.network_screen(now)
    }

    /// Turns a finding into a measure of the protection plan, titled in the interface
    /// language and naming the people it concerns; the person then completes it there.
    pub fn measure_from_finding(&mut self, finding: &Finding, now: DateTime<Utc>) -> Result<Measure, AppError> {
        let locale = self.locale();
        let session = &mut self.session()?.session;
        let people = session.people()?;
        let names: Vec<&str> = finding
            .people
            .iter()
            .filter_map(|id| people.iter().find(|p| p.id == *id))
            .map(|p| p.pseudonym.as_str())
            .collect();
        let kind = serde_json::to_value(finding.kind).expect("enum").as_str().unwrap_or_default().to_owned();
        let RiskRecord::Measure(mut measure) = session.draft_risk_record(RiskKind::Measure, local_day(now))? else {
            unreachable!("a measure draft is a measure")
        };
        measure.title = tejido_i18n::message(locale, &format!("finding-measure-{kind}"), &[("household", finding.household.clone())]);
        measure.description = tejido_i18n::message(locale, "finding-measure-people", &[("people", names.join(", "))]);
        match session.save_risk_record(RiskRecord::Measure(measure), now)? {
            RiskRecord::Measure(saved) => Ok(saved),
            _ => unreachable!("saving a measure returns it"),
        }
    }
}

impl App {
    /// The running alert and the past ones, with their dated logs.
    pub fn alert_activations(&mut self) -> Result<AlertActivations, AppError> {
        Ok(self.session()?.session.alert_activations()?)
    }

    /// "We are at orange now": records the activation the group decided.
    pub fn activate_alert(&mut self, new: NewActivation, now: DateTime<Utc>) -> Result<AlertActivations, AppError> {
        self.session()?.session.activate_alert(new, now)?;
        self.alert_activations()
    }

    /// Logs how the running alert reached `person` (at `at`, or now).
    pub fn mark_chain(
        &mut self,
        activation: ActivationId,
        person: PersonId,
        outcome: ChainOutcome,
        through: Option<PersonId>,
        at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<AlertActivations, AppError> {
        self.session()?.session.mark_chain(activation, person, outcome, through, at, now)?;
        self.alert_activations()
    }

    /// Stands the running alert down: back to green.
    pub fn stand_down(&mut self, activation: ActivationId, note: &str, now: DateTime<Utc>) -> Result<AlertActivations, AppError> {
        self.session()?.session.stand_down(activation, note, now)?;
        self.alert_activations()
    }

    /// Everyone's means of contact (restricted: the facilitator's window masks them until
    /// revealed; the projector's capability has no command that returns them).
    pub fn means_of_contact(&mut self) -> Result<Vec<MeansOfContact>, AppError> {
        Ok(self.session()?.session.means_of_contact()?)
    }

    /// Writes one person's means of contact.
    pub fn save_means_of_contact(&mut self, means: MeansOfContact, now: DateTime<Utc>) -> Result<Vec<MeansOfContact>, AppError> {
        self.session()?.session.save_means_of_contact(means, now)?;
        self.means_of_contact()
    }

    /// The alert chain's pocket cards to print, with means of contact only when the person
    /// confirmed the warning.
    pub fn printed_alert_cards(&mut self, include_means: bool) -> Result<Vec<AlertCard>, AppError> {
        Ok(self.session()?.session.printed_alert_cards(include_means)?)
    }
}

impl App {
    /// Seals the photo at `path` as the territory map the network is drawn over.
    pub fn set_territory_map(&mut self, path: &std::path::Path, now: DateTime<Utc>) -> Result<TerritoryMap, AppError> {
        let bytes = super::risk::read_chosen_file(path)?;
        if image_type(&bytes).is_none() {
            return Err(AppError::NotAnImage { path: path.to_owned() });
        }
        let name = path.file_name().map_or_else(|| "map".to_owned(), |n| n.to_string_lossy().into_owned());
        self.session()?.session.set_territory_map(&name, &bytes, now)?;
        Ok(self.territory_map()?.expect("just set"))
    }

    /// Stops drawing the network over the photo (undo brings it back).
    pub fn clear_territory_map(&mut self, now: DateTime<Utc>) -> Result<(), AppError> {
        Ok(self.session()?.session.clear_territory_map(now)?)
    }

    /// The territory map photo, if the collective added one.
    pub fn territory_map(&mut self) -> Result<Option<TerritoryMap>, AppError> {
        use base64::Engine;
        let Some((map, bytes)) = self.session()?.session.territory_map()? else {
            return Ok(None);
        };
        let kind = image_type(&bytes).unwrap_or("application/octet-stream");
        let data_url = format!("data:{kind};base64,{}", base64::engine::general_purpose::STANDARD.encode(&*bytes));
        Ok(Some(TerritoryMap { name: map.name, data_url }))
    }
}

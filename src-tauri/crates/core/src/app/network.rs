//! The app's network actions: each returns the whole network screen again.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{App, AppError, local_day};
use crate::home::Home;
use crate::ids::RelationshipId;
use crate::network::{Finding, Network, NodePosition, PartyKind, Relationship, RelationshipKind};
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

impl App {
    /// The network screens.
    pub fn network_screen(&mut self, now: DateTime<Utc>) -> Result<NetworkScreen, AppError> {
        let open = self.session()?;
        let today = local_day(now);
        Ok(NetworkScreen {
            network: open.session.network()?,
            actors: open.session.risk_analysis(today)?.actors,
            home: open.session.home(open.rollback, today)?,
        })
    }

    /// A blank link between two parties.
    pub fn draft_relationship(
        &mut self,
        source: (PartyKind, uuid::Uuid),
        target: (PartyKind, uuid::Uuid),
        kind: RelationshipKind,
    ) -> Result<Relationship, AppError> {
        Ok(self.session()?.session.draft_relationship(source, target, kind))
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

//! La Puya's principles as live checks over the community's own records: dialogue with
//! companies planned where the community agreed to demand that institutions act, inclusion
//! measured across every decision and measure, and who the community depends on.
//!
//! Which API for which job:
//! - [`Session::principle_checks`] gives all three, for the protocol screen, its print and the
//!   CLI (`tejido analyse companies|inclusion|leaders`).
//! - [`companies()`], [`inclusion()`] and [`leaders()`] are the pure analyses over loaded records.

mod companies;
mod inclusion;
mod leaders;

use serde::{Deserialize, Serialize};

use crate::audience::Naming;
use crate::store::records as store;
use crate::ids::PersonId;
use crate::error::EditError;
use crate::protocol::records::{Decision, ProtocolDocument, Section};
use crate::risk::{Actor, Measure};
use crate::store::Session;

pub use inclusion::{
    GroupParticipation, Inclusion, InclusionWarning, InclusionWarningKind, MIN_MEASURES, MeasureOwner, RECENT_MEETINGS, YearShare,
    inclusion,
};
pub use crate::groups::in_group;
pub use companies::{Companies, CompanyTie, Dialogue, PlannedIn, companies};
pub use leaders::{Dependence, Dependency, leaders};

/// The principles checked against the records.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PrincipleChecks {
    /// Principle 1: companies, members tied to them, dialogues planned, institutions to
    /// demand action from.
    pub companies: Companies,
    /// Principle 2: participation by group and who owns the measures.
    pub inclusion: Inclusion,
    /// Principle 3: who the community depends on, those with a warning first.
    pub leaders: Vec<Dependency>,
    /// How the people named above may be named to this audience (see [`Self::named`]).
    pub named: Vec<NamedPerson>,
}

/// How a person the checks name is named on one paper or screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NamedPerson {
    /// Who.
    pub person: PersonId,
    /// The name this audience may read.
    pub name: String,
}

impl PrincipleChecks {
    /// The checks for an audience: every person they name, named by `naming`'s rule, and the
    /// community's own group words masked as any free text.
    pub fn named(mut self, naming: &Naming<'_>) -> Self {
        // Names and titles the community typed may hold a person's name, as any free text.
        let companies = &mut self.companies;
        for c in &mut companies.companies {
            c.name = naming.text(&c.name);
        }
        for d in &mut companies.dialogues {
            d.title = naming.text(&d.title);
            d.company = d.company.as_deref().map(|c| naming.text(c));
        }
        for i in &mut companies.institutions {
            *i = naming.text(i);
        }
        for g in &mut self.inclusion.groups {
            g.group = naming.text(&g.group);
        }
        for w in &mut self.inclusion.warnings {
            w.group = w.group.as_deref().map(|g| naming.text(g));
        }
        let mut ids: Vec<PersonId> = self.inclusion.owners.iter().map(|o| o.person).collect();
        ids.extend(self.companies.companies.iter().flat_map(|c| c.people.iter().copied()));
        ids.extend(self.leaders.iter().map(|d| d.person));
        ids.sort();
        ids.dedup();
        self.named = ids.into_iter().filter_map(|person| Some(NamedPerson { person, name: naming.person_by_id(person)? })).collect();
        self
    }
}

impl Session {
    /// Both checks, over every decision, measure, relationship and the protocol's draft; no
    /// one named yet (see [`PrincipleChecks::named`]).
    pub fn principle_checks(&self) -> Result<PrincipleChecks, EditError> {
        let db = self.db();
        let decisions: Vec<Decision> = store::list(db)?;
        let measures: Vec<Measure> = store::list(db)?;
        let people = self.people()?;
        let inclusion = inclusion(&decisions, &measures, &people);
        let network = self.network()?;
        // Only the sections matter here: the role sections name who speaks and decides.
        let document = ProtocolDocument { principles: Vec::new(), sections: store::list::<Section>(db)?, levels: Vec::new() };
        let leaders = leaders(&document, &people, &network.findings, &network.alert_cards, &inclusion);
        let actors: Vec<Actor> = store::list(db)?;
        let companies = companies(&actors, &network.relationships, &measures, &decisions);
        Ok(PrincipleChecks { companies, inclusion, leaders, named: Vec::new() })
    }
}

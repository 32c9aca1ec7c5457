//! What the Advisory Group reads at a desk (see `escalation/oversight.rs`): its members,
//! the packages waiting sealed, and the access log checked. The actions (adding and removing
//! members, a member opening a package) are in `app/escalation.rs` with the desk's others.

use chrono::NaiveDate;
use serde::Serialize;

use super::AppError;
use crate::escalation::{AccessEntry, Contact, LogCheck, SealedPackage};
use crate::ids::{DecisionId, DeskMemberId};
use crate::store::Session;

/// A desk member as the desk's screens show them: never their sealed keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MemberView {
    /// Their id.
    pub id: DeskMemberId,
    /// Their name.
    pub name: String,
    /// The working groups they follow.
    pub working_groups: Vec<String>,
    /// Their fingerprint.
    pub fingerprint: String,
    /// The decision that added them, and its day.
    pub added_by: DecisionId,
    /// Its day.
    pub added_on: Option<NaiveDate>,
    /// The day the Advisory Group removed them.
    pub removed_on: Option<NaiveDate>,
    /// Removed: opens nothing any more.
    pub removed: bool,
}

/// A package waiting sealed, with who sent it and who opened it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SealedView {
    /// The package.
    pub package: SealedPackage,
    /// The sender's name, if a contact.
    pub sender: Option<String>,
    /// Who first opened it.
    pub opened_by: Option<String>,
}

/// What the Advisory Group reads at a desk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Oversight {
    /// Current members first, then removed ones, each by name.
    pub members: Vec<MemberView>,
    /// Packages kept sealed, newest first.
    pub sealed: Vec<SealedView>,
    /// Every opening, newest first.
    pub log: Vec<AccessEntry>,
    /// The log checked.
    pub check: LogCheck,
    /// The working groups of the current members, for the choices.
    pub groups: Vec<String>,
}

pub(crate) fn oversight(session: &Session, contacts: &[Contact]) -> Result<Oversight, AppError> {
    let members = session.desk_members()?;
    let days = session.membership_days()?;
    let day = |id: DecisionId| days.iter().find(|(d, _)| *d == id).map(|(_, on)| *on);
    let name = |id: DeskMemberId| members.iter().find(|m| m.id == id).map(|m| m.name.clone());
    let mut views: Vec<MemberView> = members
        .iter()
        .map(|m| MemberView {
            id: m.id,
            name: m.name.clone(),
            working_groups: m.working_groups.clone(),
            fingerprint: m.fingerprint(),
            added_by: m.added_by,
            added_on: day(m.added_by),
            removed_on: m.removed_by.and_then(day),
            removed: m.removed_by.is_some(),
        })
        .collect();
    views.sort_by_key(|m| m.removed);
    let mut groups: Vec<String> = members.iter().filter(|m| m.removed_by.is_none()).flat_map(|m| m.working_groups.clone()).collect();
    groups.sort_by_key(|g| g.to_lowercase());
    groups.dedup();
    let sealed = session
        .sealed_packages()?
        .into_iter()
        .map(|package| SealedView {
            sender: contacts.iter().find(|c| c.signing_key == package.sender_key).map(|c| c.name.clone()),
            opened_by: package.opened_by.and_then(name),
            package,
        })
        .collect();
    let mut log = session.access_log()?;
    log.reverse();
    Ok(Oversight { members: views, sealed, log, check: session.check_access_log()?, groups })
}

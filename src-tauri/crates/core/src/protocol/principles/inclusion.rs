//! La Puya's second principle, inclusion and less internal power inequality, measured over
//! every decision the assembly recorded (not one decision at a time) and over who carries
//! the protection measures.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::ids::PersonId;
use crate::person::Person;
use crate::groups::{USUAL_GROUPS, in_group};
use crate::protocol::records::Decision;
use crate::risk::{Measure, MeasureStatus};

/// How many of the latest meetings a group may miss before it is said to have stopped
/// taking part: one missed assembly happens, three in a row is a pattern.
pub const RECENT_MEETINGS: usize = 3;

/// Fewer current measures than this and "one person carries most" says nothing.
pub const MIN_MEASURES: u32 = 3;

/// One group's part in one year of decisions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct YearShare {
    /// The year.
    pub year: i32,
    /// Meetings (days with a recorded decision) that year.
    pub meetings: u32,
    /// Of those, the meetings the group took part in.
    pub attended: u32,
}

/// One group's part in every recorded decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupParticipation {
    /// The group: `women`, `men`, `youth`, `elders`, or the community's own word.
    pub group: String,
    /// Decisions it took part in.
    pub decisions: u32,
    /// Meetings it took part in.
    pub meetings: u32,
    /// The most people of the group at one meeting.
    pub most_people: u32,
    /// The last day it took part.
    pub last_on: Option<NaiveDate>,
    /// Year by year, oldest first.
    pub years: Vec<YearShare>,
    /// Members whose profile puts them in the group (0 when no tag says so, as for `men`).
    pub members: u32,
    /// Current measures at least one of those members owns.
    pub measures: u32,
}

/// How many current measures one person owns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MeasureOwner {
    /// Who.
    pub person: PersonId,
    /// How many.
    pub measures: u32,
}

/// What goes against inclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum InclusionWarningKind {
    /// A group the decision form asks about never took part in a recorded decision.
    GroupAbsent,
    /// A group took part before but not in the latest [`RECENT_MEETINGS`] meetings.
    GroupStopped,
    /// One person owns more than half of the current measures.
    OneOwner,
    /// A group that takes part in decisions owns none of the current measures.
    GroupOwnsNone,
}

/// One warning, with the group or person it is about and the counts a sentence needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct InclusionWarning {
    /// What.
    pub kind: InclusionWarningKind,
    /// The group, if about one.
    pub group: Option<String>,
    /// The person, if about one.
    pub person: Option<PersonId>,
    /// How many (measures the person owns, meetings missed…).
    pub count: u32,
    /// Out of how many.
    pub total: u32,
}

/// Participation by group across all decisions, and who owns the measures.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Inclusion {
    /// Decisions with participation recorded.
    pub decisions: u32,
    /// Decisions recorded without saying who took part.
    pub unrecorded: u32,
    /// Meetings (days with a recorded decision) with participation recorded.
    pub meetings: u32,
    /// Each group: the usual ones first, then the community's own, by name.
    pub groups: Vec<GroupParticipation>,
    /// Current (not done) measures with at least one owner.
    pub measures: u32,
    /// Current measures nobody owns.
    pub unowned: u32,
    /// Owners of current measures, most measures first.
    pub owners: Vec<MeasureOwner>,
    /// What goes against the principle.
    pub warnings: Vec<InclusionWarning>,
}

/// Measures still to do or under way.
fn current(measures: &[Measure]) -> impl Iterator<Item = &Measure> {
    measures.iter().filter(|m| m.status != MeasureStatus::Done)
}

/// Inclusion across `decisions`, and ownership of `measures` by the `people` who own them.
pub fn inclusion(decisions: &[Decision], measures: &[Measure], people: &[Person]) -> Inclusion {
    let recorded: Vec<&Decision> = decisions.iter().filter(|d| !d.participants.is_empty()).collect();
    // Meetings: each day with a recorded decision, oldest first, with who came.
    let mut meetings: BTreeMap<NaiveDate, BTreeMap<String, u32>> = BTreeMap::new();
    for d in &recorded {
        let day = meetings.entry(d.decided_on).or_default();
        for p in &d.participants {
            let most = day.entry(p.group.to_lowercase()).or_default();
            *most = (*most).max(p.count);
        }
    }
    let mut names: Vec<String> = USUAL_GROUPS.iter().map(|g| (*g).to_owned()).collect();
    let mut own: Vec<String> = recorded
        .iter()
        .flat_map(|d| d.participants.iter().map(|p| p.group.clone()))
        .filter(|g| !names.iter().any(|n| n.eq_ignore_ascii_case(g)))
        .collect();
    own.sort_by_key(|g| g.to_lowercase());
    own.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    names.extend(own);

    let owned: Vec<&Measure> = current(measures).filter(|m| !m.owners.is_empty()).collect();
    let mut owners: Vec<MeasureOwner> = Vec::new();
    for person in owned.iter().flat_map(|m| m.owners.iter()) {
        match owners.iter_mut().find(|o| o.person == *person) {
            Some(o) => o.measures += 1,
            None => owners.push(MeasureOwner { person: *person, measures: 1 }),
        }
    }
    owners.sort_by(|a, b| b.measures.cmp(&a.measures));

    let groups: Vec<GroupParticipation> = names
        .into_iter()
        .map(|group| {
            let key = group.to_lowercase();
            let attended: Vec<(&NaiveDate, u32)> = meetings.iter().filter_map(|(day, g)| g.get(&key).map(|c| (day, *c))).collect();
            let mut years: Vec<YearShare> = Vec::new();
            for day in meetings.keys() {
                let year = day.year();
                if years.last().is_none_or(|y| y.year != year) {
                    years.push(YearShare { year, meetings: 0, attended: 0 });
                }
                let share = years.last_mut().expect("just pushed");
                share.meetings += 1;
                share.attended += u32::from(meetings[day].contains_key(&key));
            }
            let members: Vec<&Person> = people.iter().filter(|p| in_group(p, &group)).collect();
            GroupParticipation {
                decisions: recorded.iter().filter(|d| d.participants.iter().any(|p| p.group.eq_ignore_ascii_case(&group))).count() as u32,
                meetings: attended.len() as u32,
                most_people: attended.iter().map(|(_, c)| *c).max().unwrap_or(0),
                last_on: attended.last().map(|(day, _)| **day),
                years,
                members: members.len() as u32,
                measures: owned.iter().filter(|m| m.owners.iter().any(|o| members.iter().any(|p| p.id == *o))).count() as u32,
                group,
            }
        })
        .collect();

    let mut warnings = Vec::new();
    let total_meetings = meetings.len() as u32;
    if total_meetings > 0 {
        let latest: Vec<&BTreeMap<String, u32>> = meetings.values().rev().take(RECENT_MEETINGS).collect();
        for g in &groups {
            let group = Some(g.group.clone());
            if g.meetings == 0 {
                // Only the groups the form asks about can be missed; an own group is named by coming.
                warnings.push(InclusionWarning { kind: InclusionWarningKind::GroupAbsent, group, person: None, count: 0, total: total_meetings });
            } else if latest.len() == RECENT_MEETINGS && latest.iter().all(|m| !m.contains_key(&g.group.to_lowercase())) {
                warnings.push(InclusionWarning {
                    kind: InclusionWarningKind::GroupStopped,
                    group,
                    person: None,
                    count: RECENT_MEETINGS as u32,
                    total: total_meetings,
                });
            }
        }
    }
    let measure_count = owned.len() as u32;
    if measure_count >= MIN_MEASURES {
        if let Some(top) = owners.first().filter(|o| o.measures * 2 > measure_count) {
            warnings.push(InclusionWarning {
                kind: InclusionWarningKind::OneOwner,
                group: None,
                person: Some(top.person),
                count: top.measures,
                total: measure_count,
            });
        }
        for g in groups.iter().filter(|g| g.meetings > 0 && g.members > 0 && g.measures == 0) {
            warnings.push(InclusionWarning {
                kind: InclusionWarningKind::GroupOwnsNone,
                group: Some(g.group.clone()),
                person: None,
                count: 0,
                total: measure_count,
            });
        }
    }
    Inclusion {
        decisions: recorded.len() as u32,
        unrecorded: (decisions.len() - recorded.len()) as u32,
        meetings: total_meetings,
        groups,
        measures: measure_count,
        unowned: current(measures).filter(|m| m.owners.is_empty()).count() as u32,
        owners,
        warnings,
    }
}

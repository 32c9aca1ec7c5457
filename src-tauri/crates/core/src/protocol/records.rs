//! The records of a community protocol, as the community writes them. Each is one row (see
//! [`crate::db::records`]), so one edit is one undo and one synced change.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::change::Entity;
use crate::db::records::{Record, dedup, finite, flag, required, trim};
use crate::error::EditError;
use crate::ids::{CommentId, DecisionId, IndicatorId, LevelId, PrincipleId, SectionId};
use crate::sensitivity::Sensitivity;

/// A section of the protocol ("Decision-making", "Emergency: detention"…).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    /// Its id.
    pub id: SectionId,
    /// The template section it started from (`decision-making`…), empty if written from
    /// scratch. Tells which sections name spokespeople and which are emergencies.
    pub key: String,
    /// Its place in the document; sections are read in increasing order.
    pub position: f64,
    /// Its title.
    pub title: String,
    /// The question the facilitator asks to draft it.
    pub guidance: String,
    /// The community's text, in the first person plural.
    pub body: String,
    /// Who may see it; restricted sections never reach print or the projector.
    pub sensitivity: Sensitivity,
}

/// A principle offered as a starting point (La Puya's three among them). Whether the
/// community adopted, adapted or rejected it is not stored here: it is the outcome of the
/// latest decision about it, so it can only change through a recorded decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Principle {
    /// Its id.
    pub id: PrincipleId,
    /// The template principle it started from, empty if the community wrote it.
    pub key: String,
    /// Its place in the list.
    pub position: f64,
    /// A short name.
    pub title: String,
    /// The community's wording.
    pub text: String,
    /// The wording it was offered with, to show how it was adapted.
    pub original: String,
    /// Where it comes from.
    pub source: String,
}

/// The colour of an alert level; always shown with its word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Colour {
    /// Normal.
    Green,
    /// Attention.
    Yellow,
    /// Alert.
    Orange,
    /// Emergency.
    Red,
}

/// An alert level of the protocol: what signals it and what we do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolLevel {
    /// Its id.
    pub id: LevelId,
    /// Its place, lowest level first.
    pub position: f64,
    /// Its colour.
    pub colour: Colour,
    /// Its name ("Attention").
    pub name: String,
    /// What signals it, in words.
    pub triggers: String,
    /// Early-warning indicators of the risk analysis that signal it.
    pub indicators: Vec<IndicatorId>,
    /// What we do, one step per line.
    pub actions: String,
    /// Whether this level starts the alert chain.
    #[serde(deserialize_with = "flag")]
    pub alert_chain: bool,
}

/// What a decision is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum SubjectKind {
    /// The whole protocol: agreeing it freezes a version.
    Protocol,
    /// A section.
    Section,
    /// A principle.
    Principle,
    /// An alert level.
    Level,
    /// Anything else the assembly decided.
    Other,
}

/// What was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Outcome {
    /// Agreed as proposed (a principle is adopted).
    Agreed,
    /// Agreed in the community's own words (a principle is adapted).
    AgreedWithChanges,
    /// Not agreed.
    Rejected,
    /// Left for another meeting.
    Postponed,
}

/// How it was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Method {
    /// Everyone agreed (or could live with it).
    Consensus,
    /// By vote.
    Vote,
}

/// How many of one group took part: women, youth, elders… so inclusion is visible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Participation {
    /// The group: `women`, `men`, `youth`, `elders`, or the community's own word.
    pub group: String,
    /// How many of them took part.
    pub count: u32,
}

/// The groups the decision form always asks about.
pub const USUAL_GROUPS: [&str; 4] = ["women", "men", "youth", "elders"];

/// A decision record (acta de decisión): what the assembly decided, how, who took part,
/// and who disagreed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Decision {
    /// Its id.
    pub id: DecisionId,
    /// What it is about.
    pub subject_kind: SubjectKind,
    /// The section, principle or level it is about.
    #[ts(type = "string | null")]
    pub subject: Option<uuid::Uuid>,
    /// What was proposed and decided, in a line.
    pub title: String,
    /// What was decided.
    pub outcome: Outcome,
    /// How.
    pub method: Method,
    /// When.
    pub decided_on: NaiveDate,
    /// Who took part, by group. Groups may overlap (a young woman counts in both).
    pub participants: Vec<Participation>,
    /// Votes in favour, for a vote.
    pub votes_for: Option<u32>,
    /// Votes against, for a vote.
    pub votes_against: Option<u32>,
    /// Abstentions, for a vote.
    pub abstentions: Option<u32>,
    /// Who disagreed and why, in their words.
    pub dissent: String,
    /// Anything else to remember.
    pub notes: String,
    /// For an agreed protocol: the version it froze (1, 2…). Set only by freezing.
    pub version: Option<u32>,
    /// For an agreed protocol: the document as agreed. Set only by freezing, never changed.
    pub snapshot: Option<super::ProtocolDocument>,
}

/// A comment or a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum CommentKind {
    /// A remark or a question.
    Comment,
    /// A proposed wording.
    Proposal,
}

/// What became of a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum CommentStatus {
    /// Still to discuss.
    Open,
    /// Taken into the text.
    Taken,
    /// Discussed and left aside.
    SetAside,
}

/// A comment or proposal captured in a workshop, per participant or small group, without
/// accounts: the facilitator types who said it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolComment {
    /// Its id.
    pub id: CommentId,
    /// The section it is about, if any.
    pub section: Option<SectionId>,
    /// Who said it: a group ("women's group") or a pseudonym; may be empty.
    pub author: String,
    /// Comment or proposal.
    pub kind: CommentKind,
    /// What was said or proposed.
    pub text: String,
    /// What became of it.
    pub status: CommentStatus,
}

impl Record for Section {
    const ENTITY: Entity = Entity::ProtocolSection;
    const JSON_COLUMNS: &'static [&'static str] = &[];
    const ORDER_BY: &'static str = "position, created_at";
    fn key(&self) -> String {
        self.id.to_string()
    }
    fn validate(&mut self) -> Result<(), EditError> {
        required(&mut self.title)?;
        trim(&mut self.key);
        // The body keeps its inner line breaks; only the ends are trimmed.
        trim(&mut self.body);
        finite(self.position)
    }
}

impl Record for Principle {
    const ENTITY: Entity = Entity::Principle;
    const JSON_COLUMNS: &'static [&'static str] = &[];
    const ORDER_BY: &'static str = "position, created_at";
    fn key(&self) -> String {
        self.id.to_string()
    }
    fn validate(&mut self) -> Result<(), EditError> {
        required(&mut self.title)?;
        trim(&mut self.text);
        finite(self.position)
    }
}

impl Record for ProtocolLevel {
    const ENTITY: Entity = Entity::ProtocolLevel;
    const JSON_COLUMNS: &'static [&'static str] = &["indicators"];
    const ORDER_BY: &'static str = "position, created_at";
    fn key(&self) -> String {
        self.id.to_string()
    }
    fn validate(&mut self) -> Result<(), EditError> {
        required(&mut self.name)?;
        trim(&mut self.triggers);
        trim(&mut self.actions);
        dedup(&mut self.indicators);
        finite(self.position)
    }
}

impl Record for Decision {
    const ENTITY: Entity = Entity::Decision;
    const JSON_COLUMNS: &'static [&'static str] = &["participants", "snapshot"];
    const ORDER_BY: &'static str = "decided_on DESC, created_at DESC";
    fn key(&self) -> String {
        self.id.to_string()
    }
    fn validate(&mut self) -> Result<(), EditError> {
        required(&mut self.title)?;
        trim(&mut self.dissent);
        trim(&mut self.notes);
        // One entry per group, none empty; a group typed twice adds up.
        let mut groups: Vec<Participation> = Vec::new();
        for mut p in std::mem::take(&mut self.participants) {
            if trim(&mut p.group) || p.count == 0 {
                continue;
            }
            match groups.iter_mut().find(|g| g.group.eq_ignore_ascii_case(&p.group)) {
                Some(g) => g.count += p.count,
                None => groups.push(p),
            }
        }
        self.participants = groups;
        if self.method == Method::Consensus {
            self.votes_for = None;
            self.votes_against = None;
            self.abstentions = None;
        }
        if self.subject_kind == SubjectKind::Other || self.subject_kind == SubjectKind::Protocol {
            self.subject = None;
        }
        Ok(())
    }
}

impl Record for ProtocolComment {
    const ENTITY: Entity = Entity::ProtocolComment;
    const JSON_COLUMNS: &'static [&'static str] = &[];
    const ORDER_BY: &'static str = "created_at";
    fn key(&self) -> String {
        self.id.to_string()
    }
    fn validate(&mut self) -> Result<(), EditError> {
        required(&mut self.text)?;
        trim(&mut self.author);
        Ok(())
    }
}

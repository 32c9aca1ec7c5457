//! The records of a community protocol, as the community writes them. Each is one row (see
//! [`crate::store::records`]), so one edit is one undo and one synced change.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::store::records::{record, dedup, finite, flag, required, trim};
use crate::ids::{CommentId, DecisionId, IndicatorId, LevelId, PrincipleId, SectionId};
use crate::risk::AlertLevel;
use crate::sensitivity::Sensitivity;
use crate::audience::{Named, Naming, named_fields};

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

/// An alert level of the protocol: what signals it and what we do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolLevel {
    /// Its id.
    pub id: LevelId,
    /// Its place, lowest level first.
    pub position: f64,
    /// Its level, named by its colour (always shown with its word): one of the four
    /// levels indicators trigger and the alert chain is activated at.
    pub colour: AlertLevel,
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

pub use crate::groups::USUAL_GROUPS;

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
    pub snapshot: Option<ProtocolDocument>,
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

record! {
    Section in ProtocolSection, json [], order "position, created_at",
    validate(record) {
        required(&mut record.title)?;
        trim(&mut record.key);
        // The body keeps its inner line breaks; only the ends are trimmed.
        trim(&mut record.body);
        finite(record.position)
    }
}

record! {
    Principle in Principle, json [], order "position, created_at",
    validate(record) {
        required(&mut record.title)?;
        trim(&mut record.text);
        finite(record.position)
    }
}

record! {
    ProtocolLevel in ProtocolLevel, json ["indicators"], order "position, created_at",
    validate(record) {
        required(&mut record.name)?;
        trim(&mut record.triggers);
        trim(&mut record.actions);
        dedup(&mut record.indicators);
        finite(record.position)
    }
}

record! {
    Decision in Decision, json ["participants", "snapshot"], order "decided_on DESC, created_at DESC",
    validate(record) {
        required(&mut record.title)?;
        trim(&mut record.dissent);
        trim(&mut record.notes);
        // One entry per group, none empty; a group typed twice adds up.
        let mut groups: Vec<Participation> = Vec::new();
        for mut p in std::mem::take(&mut record.participants) {
            if trim(&mut p.group) || p.count == 0 {
                continue;
            }
            match groups.iter_mut().find(|g| g.group.eq_ignore_ascii_case(&p.group)) {
                Some(g) => g.count += p.count,
                None => groups.push(p),
            }
        }
        record.participants = groups;
        if record.method == Method::Consensus {
            record.votes_for = None;
            record.votes_against = None;
            record.abstentions = None;
        }
        if record.subject_kind == SubjectKind::Other || record.subject_kind == SubjectKind::Protocol {
            record.subject = None;
        }
        Ok(())
    }
}

record! {
    ProtocolComment in ProtocolComment, json [], order "created_at",
    validate(record) {
        required(&mut record.text)?;
        trim(&mut record.author);
        Ok(())
    }
}

/// Where a principle stands, from the latest decision about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum PrincipleStatus {
    /// Offered, not yet decided (or postponed).
    Proposed,
    /// Agreed as offered.
    Adopted,
    /// Agreed in the community's own words.
    Adapted,
    /// Not agreed.
    Rejected,
}

impl PrincipleStatus {
    /// The stored word, as used in differences.
    pub fn as_str(self) -> &'static str {
        match self {
            PrincipleStatus::Proposed => "proposed",
            PrincipleStatus::Adopted => "adopted",
            PrincipleStatus::Adapted => "adapted",
            PrincipleStatus::Rejected => "rejected",
        }
    }

    /// Whether the principle is part of the agreed protocol.
    pub fn is_agreed(self) -> bool {
        matches!(self, PrincipleStatus::Adopted | PrincipleStatus::Adapted)
    }
}

/// A principle with where it stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PrincipleEntry {
    /// The principle.
    #[serde(flatten)]
    pub principle: Principle,
    /// Where it stands.
    pub status: PrincipleStatus,
}

impl Named for PrincipleEntry {
    fn name_with(&mut self, naming: &Naming<'_>) {
        self.principle.name_with(naming);
    }
}

/// The protocol as a document: what a version freezes and what two versions compare.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolDocument {
    /// Principles with their status.
    pub principles: Vec<PrincipleEntry>,
    /// Sections in reading order.
    pub sections: Vec<Section>,
    /// Alert levels, lowest first.
    pub levels: Vec<ProtocolLevel>,
}

impl ProtocolDocument {
    /// Whether there is nothing in it yet.
    pub fn is_empty(&self) -> bool {
        self.principles.is_empty() && self.sections.is_empty() && self.levels.is_empty()
    }
}

// What a print or the projector rewrites when real names must not show.
named_fields! {
    Section => title, guidance, body;
    Principle => title, text, original, source;
    ProtocolLevel => name, triggers, actions;
    Participation => group;
}

impl Named for Decision {
    fn name_with(&mut self, naming: &Naming<'_>) {
        self.title.name_with(naming);
        self.participants.name_with(naming);
        self.dissent.name_with(naming);
        self.notes.name_with(naming);
        // A print never carries the frozen document of a decision; if one does, it is named
        // by the same rule.
        if let Some(snapshot) = &mut self.snapshot {
            snapshot.principles.name_with(naming);
            snapshot.sections.name_with(naming);
            snapshot.levels.name_with(naming);
        }
    }
}

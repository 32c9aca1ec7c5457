//! The network desk's side: the cases it received, its own triage of them (urgency, threat
//! categories, region, thematic working group), the actions it takes (collective letters
//! with each organisation's consent to sign, petitions with their tally, media briefs,
//! submissions to UN and regional mechanisms, each with a deadline and who is responsible),
//! and the outcomes it records. Everything about one case is one row, so one edit is one
//! undo and sync sees one row.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::{CaseContent, Request, Urgency};
use crate::store::records::{record, dedup, flag, required, trim};
use crate::error::EditError;
use crate::ids::{CaseId, DeskActionId, OutcomeId, ReceivedCaseId};

/// What a desk does for a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ActionKind {
    /// A collective letter signed by member organisations.
    Letter,
    /// A petition members and the public sign.
    Petition,
    /// A brief for the press, from what may be made public only.
    MediaBrief,
    /// A communication to the UN Special Procedures.
    UnSubmission,
    /// A request to a regional mechanism (precautionary measures).
    RegionalSubmission,
    /// A request to Front Line Defenders: an urgent appeal or a protection grant.
    FrontLineDefenders,
    /// An emergency support request to ProtectDefenders.eu.
    ProtectDefenders,
}

impl ActionKind {
    /// Every kind, in the order the desk is offered them.
    pub const ALL: [ActionKind; 7] = [
        ActionKind::Letter,
        ActionKind::Petition,
        ActionKind::MediaBrief,
        ActionKind::UnSubmission,
        ActionKind::RegionalSubmission,
        ActionKind::FrontLineDefenders,
        ActionKind::ProtectDefenders,
    ];

    /// The protection mechanisms a community can also write to itself, without a desk.
    pub const MECHANISMS: [ActionKind; 4] =
        [ActionKind::UnSubmission, ActionKind::RegionalSubmission, ActionKind::FrontLineDefenders, ActionKind::ProtectDefenders];

    /// Whether its text goes to the public (names only with public consent) rather than to
    /// authorities (names only with consent to be named to them).
    pub fn is_public(self, addressee: Addressee) -> bool {
        match self {
            ActionKind::Petition | ActionKind::MediaBrief => true,
            ActionKind::Letter => addressee == Addressee::Company,
            // A protection mechanism receives names it must not publish without the person's
            // public consent: the draft marks those confidential, as for a State.
            ActionKind::UnSubmission | ActionKind::RegionalSubmission | ActionKind::FrontLineDefenders | ActionKind::ProtectDefenders => false,
        }
    }
}

/// Who a collective letter is addressed to; each has its own template.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum Addressee {
    /// The government (head of state, ministry).
    Government,
    /// The public prosecutor.
    Prosecutor,
    /// The company involved. Treated as public: only names agreed to be public.
    Company,
    /// An embassy.
    Embassy,
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    /// Being written or collecting signatures.
    Draft,
    /// Sent, published or submitted.
    Sent,
    /// Answered or closed.
    Done,
}

/// An organisation asked to sign a letter, and whether it agreed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Signatory {
    /// The member organisation.
    pub organisation: String,
    /// It agreed to sign this letter.
    pub consented: bool,
    /// When it agreed.
    pub consented_on: Option<NaiveDate>,
}

/// One action on a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DeskAction {
    /// Its id.
    pub id: DeskActionId,
    /// Letter, petition…
    pub kind: ActionKind,
    /// Who a letter is for (other kinds keep the default).
    pub addressee: Addressee,
    /// The language it is written in (`en`, `es`, `fr`).
    pub language: String,
    /// In a line.
    pub title: String,
    /// The text, drafted from the template and then edited by the desk.
    pub text: String,
    /// Organisations asked to sign (letters); only those who agreed appear under it.
    pub signatories: Vec<Signatory>,
    /// Signatures gathered (petitions).
    pub signatures: u32,
    /// The file of signatures a petition's tally was counted from; while it is set, the tally
    /// is that count, not a number typed.
    #[serde(default)]
    pub tally: Option<SignatureTally>,
    /// By when.
    pub deadline: Option<NaiveDate>,
    /// Who at the desk is responsible.
    pub owner: String,
    /// Where it stands.
    pub status: ActionStatus,
    /// When it was started.
    pub created_on: NaiveDate,
    /// When it was sent, published or submitted.
    pub sent_on: Option<NaiveDate>,
}

/// Where a petition's tally came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SignatureTally {
    /// The file's name (not its folder: it may name a person's computer).
    pub file: String,
    /// When it was counted.
    pub counted_on: NaiveDate,
    /// Different people who signed.
    pub signatures: u32,
    /// Rows left out as repeating someone.
    pub duplicates: u32,
}

impl DeskAction {
    /// The organisations that agreed to sign, in the order they were asked.
    pub fn signed_by(&self) -> Vec<&str> {
        self.signatories.iter().filter(|s| s.consented).map(|s| s.organisation.as_str()).collect()
    }
}

/// What changed for the people at risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    /// Released from detention.
    Release,
    /// Charges dropped.
    ChargesDropped,
    /// A trial opened or a hearing held.
    Trial,
    /// A new attack or threat.
    NewAttack,
    /// Relocated to safety.
    Relocation,
    /// Protection measures granted (national, UN or regional).
    ProtectionGranted,
    /// Anything else worth recording.
    Other,
}

impl OutcomeKind {
    /// Every kind, in the order the desk is offered them.
    pub const ALL: [OutcomeKind; 7] = [
        OutcomeKind::Release,
        OutcomeKind::ChargesDropped,
        OutcomeKind::Trial,
        OutcomeKind::NewAttack,
        OutcomeKind::Relocation,
        OutcomeKind::ProtectionGranted,
        OutcomeKind::Other,
    ];
}

/// An outcome on a case's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseOutcome {
    /// Its id.
    pub id: OutcomeId,
    /// When it happened.
    pub on: NaiveDate,
    /// What happened.
    pub kind: OutcomeKind,
    /// In the desk's words.
    pub note: String,
}

/// One package of the case received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReceivedVersion {
    /// The community's version number.
    pub version: u32,
    /// When the community sealed it.
    pub made_at: DateTime<Utc>,
    /// When the desk imported it.
    pub received_at: DateTime<Utc>,
}

/// A status report sent back to the community.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Acknowledgement {
    /// When it was sealed.
    pub at: DateTime<Utc>,
    /// The message.
    pub message: String,
}

/// A case a desk received, with everything the desk did about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReceivedCase {
    /// Its id at the desk.
    pub id: ReceivedCaseId,
    /// The community's id for the case: a new package of it updates this row.
    pub case_id: CaseId,
    /// Who sent it (minisign public key).
    pub sender_key: String,
    /// The latest package's content.
    pub content: CaseContent,
    /// Every package received, oldest first.
    pub versions: Vec<ReceivedVersion>,
    /// The desk's urgency (starts as the community's).
    pub urgency: Urgency,
    /// Threat categories (start as the incidents').
    pub categories: Vec<String>,
    /// Where it happened: an ISO 3166 code, a country (`GT`) or a subdivision (`GT-06`); an
    /// older vault's free text is kept as typed (see `escalation::regions`).
    pub region: String,
    /// The thematic working group following it.
    pub working_group: String,
    /// Who its defenders are (ids of the defender profiles), for the trends.
    #[serde(default)]
    pub profiles: Vec<String>,
    /// No longer followed.
    #[serde(deserialize_with = "flag")]
    pub closed: bool,
    /// Letters, petitions, briefs, submissions.
    pub actions: Vec<DeskAction>,
    /// What changed, oldest first.
    pub outcomes: Vec<CaseOutcome>,
    /// Status reports sent back.
    pub acknowledged: Vec<Acknowledgement>,
    /// The files the latest package carried, sealed in this vault.
    pub attachments: Vec<crate::risk::Attachment>,
}

impl ReceivedCase {
    /// A new row for a first package.
    pub(crate) fn first(content: CaseContent, sender_key: String, now: DateTime<Utc>) -> Self {
        ReceivedCase {
            id: ReceivedCaseId::new(),
            case_id: content.case,
            sender_key,
            versions: vec![ReceivedVersion { version: content.version, made_at: content.made_at, received_at: now }],
            urgency: content.urgency,
            categories: content.categories.clone(),
            region: content.region.clone(),
            working_group: content.working_group.clone(),
            profiles: Vec::new(),
            closed: false,
            actions: Vec::new(),
            outcomes: Vec::new(),
            acknowledged: Vec::new(),
            attachments: Vec::new(),
            content,
        }
    }

    /// When it first arrived.
    pub fn received_at(&self) -> Option<DateTime<Utc>> {
        self.versions.first().map(|v| v.received_at)
    }

    /// What the community asked for.
    pub fn requests(&self) -> &[Request] {
        &self.content.requests
    }

    /// The actions whose title or text names someone beyond what they agreed to for the
    /// action's audience (after the desk edited it, or since a consent update narrowed it):
    /// none of these may be printed or exported until the text is fixed.
    pub fn findings(&self) -> Vec<ActionFindings> {
        self.actions
            .iter()
            .filter_map(|a| {
                let findings = self.check_words(a.kind, a.addressee, &a.title, &a.text);
                (!findings.is_empty()).then_some(ActionFindings { action: a.id, public: a.kind.is_public(a.addressee), findings })
            })
            .collect()
    }

    /// The names in an action's `title` and `text` that go beyond what each person agreed to
    /// for its audience: what [`Self::findings`] checks on save, and the editor while the desk
    /// types.
    pub fn check_words(&self, kind: ActionKind, addressee: Addressee, title: &str, text: &str) -> Vec<super::NameFinding> {
        let public = kind.is_public(addressee);
        let mut findings = super::check_text(&self.content, title, public);
        for f in super::check_text(&self.content, text, public) {
            if !findings.contains(&f) {
                findings.push(f);
            }
        }
        findings
    }
}

/// What goes beyond consent in one action's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionFindings {
    /// The action.
    pub action: DeskActionId,
    /// Its text is for the public (else for authorities).
    pub public: bool,
    /// Each name found, whose, and which consent it goes beyond.
    pub findings: Vec<super::NameFinding>,
}

record! {
    ReceivedCase in ReceivedCase, json ["content", "versions", "categories", "profiles", "actions", "outcomes", "acknowledged", "attachments"], order "created_at DESC",
    validate(record) {
        record.region = super::regions::normalise(&record.region);
        trim(&mut record.working_group);
        record.categories.iter_mut().for_each(|c| {
            trim(c);
        });
        record.categories.retain(|c| !c.is_empty());
        dedup(&mut record.categories);
        // Only profiles the taxonomy knows: an id it lost would count under no name.
        record.profiles.retain(|p| super::defender_profiles().iter().any(|d| &d.id == p));
        dedup(&mut record.profiles);
        for action in &mut record.actions {
            required(&mut action.title)?;
            trim(&mut action.owner);
            for signatory in &mut action.signatories {
                trim(&mut signatory.organisation);
                if !signatory.consented {
                    signatory.consented_on = None;
                }
            }
            action.signatories.retain(|s| !s.organisation.is_empty());
            if let Some(tally) = &action.tally {
                action.signatures = tally.signatures;
            }
            // A letter goes out only over the names of organisations that agreed to sign it.
            if action.kind == ActionKind::Letter && action.status != ActionStatus::Draft && action.signed_by().is_empty() {
                return Err(EditError::NoConsentingSignatory);
            }
            if action.status == ActionStatus::Draft {
                action.sent_on = None;
            }
        }
        for outcome in &mut record.outcomes {
            trim(&mut outcome.note);
            // The screen adds an outcome without an id; it gets a time-ordered one here.
            if outcome.id.0.is_nil() {
                outcome.id = OutcomeId::new();
            }
        }
        record.outcomes.sort_by_key(|o| o.on);
        Ok(())
    }
}

/// What a desk sends back to the community: what it did and what changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StatusContent {
    /// The shape of this document.
    pub format: u32,
    /// The community's case.
    pub case: CaseId,
    /// The desk's name.
    pub desk: String,
    /// The desk's message, in its words.
    pub message: String,
    /// The actions taken: kind, where they stand, when sent (no texts, no signatories).
    pub actions: Vec<ActionDone>,
    /// What changed.
    pub outcomes: Vec<CaseOutcome>,
    /// When it was made.
    pub made_at: DateTime<Utc>,
    /// The desk's age recipient: with its name and signing key, what the desk's fingerprint
    /// binds (filled when the report is sealed; empty in reports from earlier builds).
    #[serde(default)]
    pub reply_to: String,
}

/// An action as a status report tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ActionDone {
    /// Letter, petition…
    pub kind: ActionKind,
    /// Its title.
    pub title: String,
    /// Where it stands.
    pub status: ActionStatus,
    /// When it went out.
    pub sent_on: Option<NaiveDate>,
    /// Signatures gathered (petitions).
    pub signatures: u32,
}

impl From<&DeskAction> for ActionDone {
    fn from(a: &DeskAction) -> Self {
        ActionDone { kind: a.kind, title: a.title.clone(), status: a.status, sent_on: a.sent_on, signatures: a.signatures }
    }
}

/// A status report as the community keeps it on its case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CaseUpdate {
    /// The desk that sent it.
    pub desk: String,
    /// When it was received.
    pub received_at: DateTime<Utc>,
    /// What it said.
    pub status: StatusContent,
}

/// What a community sends a desk when a person's consent changed after their case was sent
/// (withdrawn or narrowed, or widened): signed and sealed like a case, opened like a status
/// report. People are told apart only by their opaque key in the case ([`super::person_key`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentUpdate {
    /// The shape of this document ([`super::CONSENT_FORMAT`]: builds before it refuse it as
    /// too new, never misread it).
    pub format: u32,
    /// The community's case.
    pub case: CaseId,
    /// The community sending it.
    pub collective: String,
    /// What each person of the case agrees to now.
    pub people: Vec<ConsentNow>,
    /// When it was made: an older update never overrides a newer one.
    pub made_at: DateTime<Utc>,
    /// The community's age recipient, as in its cases (what its fingerprint binds).
    pub reply_to: String,
}

/// One person's consent as it stands now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentNow {
    /// Their key in the case.
    pub key: String,
    /// Their situation may still be shared with the desk (no: they withdrew).
    pub share_with_desk: bool,
    /// Their name may be given to a government.
    pub name_to_authorities: bool,
    /// Their name may be made public.
    pub name_in_public: bool,
    /// Photos of them may be used.
    pub photos: bool,
}

impl ReceivedCase {
    /// Applies a consent update to the people this desk received: what they agree to now
    /// replaces what they agreed to, and a person who withdrew is marked so (their names are
    /// kept only so the desk's texts can be checked against them). Returns whether anything
    /// changed; an update older than the case's package or than one applied already changes
    /// nothing.
    pub(crate) fn apply_consent(&mut self, update: &ConsentUpdate) -> bool {
        if update.made_at <= self.content.made_at {
            return false;
        }
        let mut changed = false;
        for person in &mut self.content.people {
            let Some(now) = update.people.iter().find(|n| !person.key.is_empty() && n.key == person.key) else { continue };
            if person.consent_changed_at.is_some_and(|at| at >= update.made_at) {
                continue;
            }
            person.withdrawn = !now.share_with_desk;
            person.name_to_authorities = now.share_with_desk && now.name_to_authorities;
            person.name_in_public = now.share_with_desk && now.name_in_public;
            person.photos = now.share_with_desk && now.photos;
            person.consent_changed_at = Some(update.made_at);
            changed = true;
        }
        changed
    }
}

//! Where a case stands on a desk, read from what the desk did with it (there is no stage field
//! to keep in step): new, triaged, an action being written, actions out, something changed,
//! closed. The demo desk holds a case in each, and trainers walk a desk through them in order.

use serde::Serialize;

use super::{ActionStatus, ReceivedCase};

/// A received case's stage, in the order a case usually moves through them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeskStage {
    /// Received; the desk has not triaged it yet.
    New,
    /// Triaged (profiles, urgency, group, categories or region set), no action yet.
    Triaged,
    /// An action is being written or is collecting signatures.
    Drafting,
    /// Every action is sent or answered; nothing has changed for the people yet.
    ActionsOut,
    /// Outcomes are recorded (a release, a trial, a new attack…) and the desk still follows it.
    FollowingUp,
    /// No longer followed.
    Closed,
}

impl DeskStage {
    /// Every stage, in order.
    pub const ALL: [DeskStage; 6] =
        [DeskStage::New, DeskStage::Triaged, DeskStage::Drafting, DeskStage::ActionsOut, DeskStage::FollowingUp, DeskStage::Closed];
}

impl ReceivedCase {
    /// Whether the desk triaged it: anything of its own set over what the package said.
    pub fn triaged(&self) -> bool {
        !self.profiles.is_empty()
            || self.urgency != self.content.urgency
            || self.working_group.trim() != self.content.working_group.trim()
            || self.categories != self.content.categories
            || self.region.trim() != self.content.region.trim()
            || !self.acknowledged.is_empty()
    }

    /// Where it stands now.
    pub fn stage(&self) -> DeskStage {
        if self.closed {
            DeskStage::Closed
        } else if self.actions.iter().any(|a| a.status == ActionStatus::Draft) {
            DeskStage::Drafting
        } else if !self.outcomes.is_empty() {
            DeskStage::FollowingUp
        } else if !self.actions.is_empty() {
            DeskStage::ActionsOut
        } else if self.triaged() {
            DeskStage::Triaged
        } else {
            DeskStage::New
        }
    }
}

//! [`Stamp`]: who writes and when, on every row written and every change logged.

use chrono::{DateTime, Utc};

use crate::ids::{ChangeId, DeviceId};

/// Who writes and when: stamped on every row written and every change logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stamp {
    /// The time of the write.
    pub at: DateTime<Utc>,
    /// The installation that wrote it.
    pub device: DeviceId,
    /// The edit it belongs to: every change of one transaction shares it, so undo takes the
    /// whole edit back at once.
    pub batch: ChangeId,
}

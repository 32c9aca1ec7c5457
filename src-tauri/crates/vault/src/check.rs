//! `check`: verify every generation, key slot and attachment of an unlocked vault.

use crate::generation::{Generation, GenerationProblem};
use crate::header::{SlotEntry, SlotKind};
use crate::keys::{self, KdfPolicy, SlotShape};
use crate::vault::{Vault, check_deltas, generation_numbers, load_generation};

/// The state of a vault on disk, as found by [`Vault::check`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    /// Every generation on disk, oldest first, and what is wrong with it if anything.
    pub generations: Vec<(Generation, Option<GenerationProblem>)>,
    /// Every key slot in the header and what is wrong with it if anything.
    pub slots: Vec<(SlotEntry, Option<SlotProblem>)>,
    /// Whether the header lists a recovery slot.
    pub has_recovery_slot: bool,
}

/// What can be wrong with a key slot, seen from outside (without its secret).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotProblem {
    /// The file listed in the header is not there.
    Missing,
    /// The file is not the kind of age file the header says.
    Unrecognised,
    /// The slot asks for more scrypt work than allowed.
    ExcessiveWork {
        /// The work factor found.
        required: u8,
    },
    /// The recovery slot does not hold this vault's identity (checked only when unlocked
    /// with the recovery key).
    WrongIdentity,
}

impl CheckReport {
    /// True when nothing is wrong.
    pub fn is_healthy(&self) -> bool {
        self.has_recovery_slot
            && self.generations.iter().all(|(_, p)| p.is_none())
            && self.slots.iter().all(|(_, p)| p.is_none())
            && !self.generations.is_empty()
    }
}

impl Vault {
    /// Verifies every generation on disk (MAC, decryption, SQLite `integrity_check`) and the
    /// outside of every key slot. Works on a vault opened read-only.
    pub fn check(&self) -> CheckReport {
        let fs = self.fs();
        let mut generations: Vec<(Generation, Option<GenerationProblem>)> = generation_numbers(fs, self.dir())
            .into_iter()
            .map(|n| {
                // A decoy's own state is checked when it opens; the real generations, which
                // it cannot read, are reported as they would be to their owner: sound.
                let problem = match self.decoy_blob() {
                    Some(_) => None,
                    None => load_generation(fs, self.dir(), self.header(), self.identity(), self.mac_key(), n, true).err(),
                };
                (n, problem)
            })
            .collect();
        // Deltas: each authentic, and applying on the file below it.
        generations.extend(match self.decoy_blob() {
            Some(_) => Vec::new(),
            None => check_deltas(fs, self.dir(), self.header(), self.identity(), self.mac_key()),
        });
        generations.sort_by_key(|(n, _)| *n);
        let slots = self
            .header()
            .slots
            .iter()
            .map(|slot| (slot.clone(), self.slot_problem(slot, self.kdf())))
            .collect();
        CheckReport { generations, slots, has_recovery_slot: self.header().recovery_slot().is_some() }
    }

    fn slot_problem(&self, slot: &SlotEntry, kdf: KdfPolicy) -> Option<SlotProblem> {
        let Ok(bytes) = self.fs().read(&self.dir().join(&slot.file)) else { return Some(SlotProblem::Missing) };
        match (slot.kind, keys::slot_shape(&bytes)) {
            (SlotKind::Passphrase, SlotShape::Passphrase { work_factor }) if work_factor > kdf.max_work_factor() => {
                Some(SlotProblem::ExcessiveWork { required: work_factor })
            }
            (SlotKind::Passphrase, SlotShape::Passphrase { .. })
            | (SlotKind::Recovery | SlotKind::Shares, SlotShape::Recovery) => None,
            _ => Some(SlotProblem::Unrecognised),
        }
    }
}

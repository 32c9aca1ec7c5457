//! Shared support for Tejido's cross-crate tests.
//!
//! [`SimFs`] is a filesystem in memory that knows what a power cut would keep: it separates
//! what a process has written from what has been made durable by `fsync`, and can stop (crash)
//! or fail (disk full) at any numbered operation. The crash tests in `crash/` use it to check
//! every crash point of small workloads, and random ones by the hundred thousand.

pub mod sim_fs;

pub use sim_fs::{CrashView, Rng, SimFs};

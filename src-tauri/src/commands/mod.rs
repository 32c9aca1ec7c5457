//! The app's commands, by area. Each takes the state and plain arguments, makes one call into
//! `tejido_core::App`, and converts the error.

pub mod escalation;
pub mod network;
pub mod people;
pub mod protocol;
pub mod risk;
pub mod settings;
pub mod shares;
pub mod sync;
pub mod vault;
pub mod workshop;

//! The ground floor every domain builds on: the table list ([`Entity`]), who wrote and when
//! ([`Stamp`]), rows as JSON and typed columns, the [`Record`](records::Record) way of storing
//! a domain's structs, the change log with undo and redo, the per-field sync clocks, the
//! schema's migrations, and a [`Session`] that opens a vault, runs an edit in one
//! transaction, saves it and undoes it.
//!
//! Nothing here imports a domain (people, risk, network, protocol, workshop, escalation,
//! desk) nor sync nor the app: they import this.

pub(crate) mod clocks;
mod columns;
mod entity;
mod log;
pub(crate) mod migrations;
pub(crate) mod records;
pub(crate) mod rows;
mod session;
mod stamp;
pub(crate) mod tombstones;
mod undo;

pub use entity::{Action, Entity};
pub use log::Change;
pub(crate) use columns::parse_column;
pub(crate) use log::record_change;
pub(crate) use session::Follower;
pub use session::Session;
pub use stamp::Stamp;
pub(crate) use undo::{can_redo, can_undo};

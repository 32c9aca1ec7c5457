//! Storage helpers shared by every table: migrations, row snapshots for the change log.

pub mod migrations;
pub(crate) mod records;
pub mod rows;

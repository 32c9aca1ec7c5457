//! Storage helpers shared by every table: migrations, row snapshots for the change log.

pub mod migrations;
pub mod rows;

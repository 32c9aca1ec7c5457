//! Fluent messages for Tejido, in English, Spanish and French.
//!
//! One set of `.ftl` files under `assets/locales/<lang>/` serves the Rust errors, the command
//! line and (later) the UI, so a person reads the same words everywhere. The files are embedded
//! at compile time: a release binary never reads message files from disk.
//!
//! Errors implement [`Localized`]: their [`Text`] names a Fluent id (`err-…`), optionally a recovery hint
//! (`rec-…`) and their arguments, and never carry English of their own.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod locale;
mod messages;
pub mod pack;

pub use locale::Locale;
pub use messages::{Arg, COUNT_ARGS, Localized, Text, message, render, render_with_hint};

//! Errors cross IPC as data: `{ code, hint, args }`, where `code` and `hint` are Fluent ids
//! the UI formats in the person's language. The UI branches on `code`, never on text.

use std::collections::BTreeMap;

use serde::Serialize;
use tejido_i18n::{Arg, Localized};

/// What a command returns on failure.
#[derive(Debug, Serialize)]
pub struct CommandError {
    code: &'static str,
    hint: Option<&'static str>,
    /// Counts as numbers, so the UI picks their plural forms.
    args: BTreeMap<&'static str, Arg>,
}

impl<E: Localized> From<E> for CommandError {
    fn from(error: E) -> Self {
        let text = error.text();
        CommandError {
            code: text.id,
            hint: text.hint,
            args: text.args.into_iter().map(|(name, value)| (name, Arg::of(name, &value))).collect(),
        }
    }
}

pub type CommandResult<T> = Result<T, CommandError>;

//! Reading typed values (ids, enums stored as text) out of a row.

use rusqlite::Row;

/// The text column `name` of `row`, parsed; a value that does not parse is a conversion
/// error naming the column, never a panic.
pub(crate) fn parse_column<T: std::str::FromStr>(row: &Row<'_>, name: &str) -> rusqlite::Result<T> {
    let text: String = row.get(name)?;
    text.parse().map_err(|_| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, format!("bad {name}: {text}").into())
    })
}

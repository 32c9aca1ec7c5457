//! The `tejido` command line end to end: real processes, real files, Debian's `age` and
//! `sqlite3` for recovery without Tejido.

mod flows;
mod hardening;
mod interop;
mod kills;
mod leaks;
mod locking;
mod logging;
mod rollback;
mod support;

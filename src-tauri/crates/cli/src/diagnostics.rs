//! Diagnostics for whoever runs `tejido` by hand: `tracing` events on stderr, only when
//! `TEJIDO_LOG` is set (`TEJIDO_LOG=debug`, or any `tracing` filter such as
//! `tejido=trace`); silent otherwise, so a user error stays one line.
//!
//! **The rule: secrets and vault content are never logged.** An event or span field MAY carry
//! a command's name, a duration, an outcome, generation numbers and counts. It MUST NOT carry
//! a passphrase, a recovery key or share, a key, a pseudonym, a real name, a note or any other
//! text from inside the vault, nor a path (a vault folder's name is often the community's),
//! nor an error's `Display` or `Debug` (errors carry paths and names as fields). A log is
//! written to a terminal, a scrollback or a file that nobody encrypts; a laptop may be seized.
//! `tests/cli/logging.rs` runs commands at `trace` and fails if any secret it typed shows up.
//!
//! What is left out on purpose: events from other crates are not shown, even when the filter
//! asks for them (we cannot vouch for what a dependency puts in its fields), and `log` records
//! are not bridged. The vault and core crates emit no events yet; when they do, the same rule
//! holds there.

use std::path::Path;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::Layer;
use tracing_subscriber::filter::filter_fn;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// The variable that turns diagnostics on and holds their filter.
pub const LOG_VAR: &str = "TEJIDO_LOG";

/// Installs the stderr subscriber when `TEJIDO_LOG` is set; does nothing otherwise.
pub fn install() {
    let Some(spec) = std::env::var_os(LOG_VAR) else {
        return;
    };
    // A directive that does not parse is skipped rather than refused: diagnostics must never
    // stop a command.
    let filter = EnvFilter::builder().parse_lossy(spec.to_string_lossy());
    let ours = filter_fn(|meta| meta.target().starts_with("tejido"));
    let _ = tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_filter(ours),
        )
        .with(filter)
        .try_init();
}

/// The vault's generations on disk, read from the image files' names (never their content):
/// how many there are and the newest number. `None` when `dir` holds no vault (yet), or when
/// nothing would print them: a command without `TEJIDO_LOG` reads no folder for diagnostics.
pub fn generations_on_disk(dir: &Path) -> Option<(usize, u64)> {
    if !tracing::enabled!(tracing::Level::DEBUG) {
        return None;
    }
    let entries = std::fs::read_dir(dir.join(tejido_vault::IMAGES_DIR)).ok()?;
    let numbers: Vec<u64> =
        entries.filter_map(|entry| tejido_vault::parse_image_name(entry.ok()?.file_name().to_str()?)).collect();
    Some((numbers.len(), numbers.iter().copied().max()?))
}

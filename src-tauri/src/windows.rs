//! What the app's windows share: how their web views keep nothing on disk, and the projector
//! window every area can send to.

use tauri::{AppHandle, Emitter};
use tejido_core::Projection;

/// Whether the web views run without a data store on disk (WebKit's cache, storage and cookies
/// in memory only): always, but in a build for the WebDriver tests (`--features webdriver`),
/// since WebKitWebDriver cannot start a session in an ephemeral web view. `installers.sh`
/// starts the real thing.
pub(crate) const INCOGNITO: bool = !cfg!(feature = "webdriver");

/// The projector window's label; its capability file allows it only to read the projection.
pub(crate) const PROJECTOR: &str = "projector";

/// Sends what the projector shows to its window, if it is open.
pub(crate) fn show_on_projector(handle: &AppHandle, projection: &Projection) {
    // No projector window is not an error: the facilitator may not have opened one. The main
    // window hears it too, for presentation mode on one mirrored screen.
    let _ = handle.emit_to(PROJECTOR, "projection", projection);
    let _ = handle.emit_to("main", "projection", projection);
}

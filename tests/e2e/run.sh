#!/usr/bin/env bash
# Builds the UI and the desktop app, then drives the real app through WebDriver
# (tauri-driver + WebKitWebDriver) in a virtual screen. See app.e2e.mjs for the flows.
set -euo pipefail
cd "$(dirname "$0")/../.."
# The UI with the tests' path hook (`--mode e2e`, see ui/src/lib/ipc/dialog.ts), the app with
# the data store WebKitWebDriver needs (`webdriver`); neither is in a build people use.
npm --prefix ui run build -- --mode e2e
# The built UI is embedded by a macro cargo cannot track: make sure the app crate is rebuilt.
touch src-tauri/src/lib.rs
cargo build --locked -p tejido-app --features custom-protocol,webdriver
# The second laptop of the sync step is the command line.
# (the same features as `cargo test` in .ci/test, so nothing is rebuilt)
cargo build --locked -p tejido --features insecure-test-kdf
export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
export PATH="$HOME/.cargo/bin:$PATH"
# TEJIDO_E2E_SCRIPT: another script on the same build (tests/e2e/map-bench.sh uses it).
dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24" node "${TEJIDO_E2E_SCRIPT:-tests/e2e/app.e2e.mjs}" "$@"

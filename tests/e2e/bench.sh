#!/usr/bin/env bash
# Builds the app and the empty-window baseline the same way, then measures cold start and idle
# memory of both under Xvfb (tests/e2e/bench.mjs). ROUNDS=5 for more rounds.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm --prefix ui run build
touch src-tauri/src/lib.rs
cargo build --locked -p tejido-app --features custom-protocol
cargo build --locked -p tejido-bench-window
export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
export PATH="$HOME/.cargo/bin:$PATH"
dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24" node tests/e2e/bench.mjs 2>&1 | grep -vE 'dbus-daemon|SpiRegistry|Activating service|Successfully activated'

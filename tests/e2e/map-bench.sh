#!/usr/bin/env bash
# Builds the desktop app (as tests/e2e/run.sh does) and the command line that makes the
# 2 000-person vault, then measures the network map in WebKit under Xvfb
# (tests/e2e/map-bench.mjs): the demo against 2 000 people and 10 000 links, in the same run.
# ROUNDS=5 for more rounds of each gesture; PEOPLE=500 LINKS=2500 for another size; `--json`
# for the figures alone. TEJIDO_E2E_PORT moves tauri-driver off 4630.
set -euo pipefail
cd "$(dirname "$0")/../.."
npm --prefix ui run build -- --mode e2e
# The built UI is embedded by a macro cargo cannot track: make sure the app crate is rebuilt.
touch src-tauri/src/lib.rs
cargo build --locked -p tejido-app --features custom-protocol,webdriver
# The same features as `cargo test` in .ci/test and run.sh, so nothing is rebuilt; the
# tests' cheap scrypt makes the large vault in seconds.
cargo build --locked -p tejido --features insecure-test-kdf
export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
export PATH="$HOME/.cargo/bin:$PATH"
dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24" node tests/e2e/map-bench.mjs "$@" 2>&1 | grep -vE 'dbus-daemon|SpiRegistry|Activating service|Successfully activated'

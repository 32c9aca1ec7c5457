#!/usr/bin/env bash
# Builds the app and the empty-window baseline the same way, then measures cold start and idle
# memory of both under Xvfb (tests/e2e/bench.mjs). ROUNDS=5 for more rounds; `--json` for the
# named fields alone (coldStartRatio, unlockMs, idleMemoryRatio...), to compare releases.
# TEJIDO_E2E_PORT moves tauri-driver off 4580 (another run on the same machine). `--release`
# builds and measures both optimised, as people get them (a cold release build takes about
# 15 minutes on 2 cores, so CI measures the debug builds).
set -euo pipefail
cd "$(dirname "$0")/../.."
npm --prefix ui run build
touch src-tauri/src/lib.rs
# One command for both: Tauri is then built with one set of features and shared, instead of a
# second build of it for the window alone (about 8 minutes on CI's 2 cores).
# `webdriver`: the bench drives the app through WebDriver too (see src-tauri/Cargo.toml).
# `--release`: both optimised (target/release), as shipped; bench.mjs is told which to run.
args=() build=debug
for arg in "$@"; do
  if [ "$arg" = --release ]; then build=release; else args+=("$arg"); fi
done
release=()
[ "$build" = debug ] || release=(--release)
export TEJIDO_BENCH_BUILD="$build"
cargo build --locked "${release[@]}" -p tejido-app -p tejido-bench-window --features tejido-app/custom-protocol,tejido-app/webdriver
export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
export PATH="$HOME/.cargo/bin:$PATH"
dbus-run-session -- xvfb-run -a -s "-screen 0 1440x900x24" node tests/e2e/bench.mjs "${args[@]}" 2>&1 | grep -vE 'dbus-daemon|SpiRegistry|Activating service|Successfully activated'

#!/usr/bin/env bash
# Builds the desktop app and the command line as tests/e2e/run.sh does (the command line makes
# the 2 000-person vault with the tests' cheap scrypt, in seconds), then measures the network map
# in WebKit under Xvfb (tests/e2e/map-bench.mjs): the demo against 2 000 people and 10 000 links,
# in the same run. ROUNDS=5 for more rounds of each gesture; PEOPLE=500 LINKS=2500 for another
# size; `--json` for the figures alone. TEJIDO_E2E_PORT moves tauri-driver off 4630.
set -euo pipefail
cd "$(dirname "$0")/../.."
TEJIDO_E2E_SCRIPT=tests/e2e/map-bench.mjs bash tests/e2e/run.sh "$@" 2>&1 | grep -vE 'dbus-daemon|SpiRegistry|Activating service|Successfully activated'

#!/usr/bin/env bash
# One Tejido at a time: a second start (a double click on a slow laptop) brings the running
# window to the front and exits, instead of a second app racing for the same vault. Then, as a
# control, with the first one gone, a new start keeps running (so the exit above was the
# single-instance rule, not a crash). Uses the app built by tests/e2e/run.sh.
# Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/../.."
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
app=$PWD/target/debug/tejido-app
[ -x "$app" ] || { echo "single-instance: build the app first (bash tests/e2e/run.sh)"; echo "0 passed, 1 failed"; exit 1; }

# Everything in one session bus and one virtual screen, as on a desktop.
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  app=$1
  passed=0; failed=0
  ok() { passed=$((passed + 1)); echo "single-instance: ok: $*"; }
  bad() { failed=$((failed + 1)); echo "single-instance: FAILED: $*"; }
  "$app" >/dev/null 2>&1 & first=$!
  # Until the first has opened the demo (its folder appears), at most 60 s.
  for _ in $(seq 120); do [ -n "$(ls "$HOME/.local/share/tejido" 2>/dev/null)" ] && break; sleep 0.5; done
  sleep 2
  timeout 30 "$app" >/dev/null 2>&1; second=$?
  if [ "$second" -eq 0 ] && kill -0 "$first" 2>/dev/null; then
    ok "a second start hands over to the running Tejido and exits (code 0), the first keeps running"
  else
    bad "second start: exit code $second (124: it kept running), first alive: $(kill -0 "$first" 2>/dev/null && echo yes || echo no)"
  fi
  kill "$first" 2>/dev/null; wait "$first" 2>/dev/null
  timeout 10 "$app" >/dev/null 2>&1; third=$?
  if [ "$third" -eq 124 ]; then
    ok "with no Tejido running, a start keeps running"
  else
    bad "with no Tejido running, a start ended by itself (exit code $third)"
  fi
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
' _ "$app" 2>&1 | grep -vE "dbus-daemon|SpiRegistry|Activating service|Successfully activated"

#!/usr/bin/env bash
# Proves Tejido opens no network socket: the desktop app (first launch: the demo community
# opens, WebKit starts) and the CLI's flows run under strace, and any socket other than
# AF_UNIX (D-Bus, X11, WebKit's own processes) and AF_NETLINK (GLib watching the network
# state, read-only, local) fails the run. Exports to a network target do not exist yet; when
# they do, this is where their one allowed socket gets checked.
set -euo pipefail
cd "$(dirname "$0")/../.."
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache"
export WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1
log="$home/sockets.log"

# The app, for long enough to open the demo and render it.
timeout 25 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  strace -f -qq -e trace=socket -o "$log.app" target/debug/tejido-app >/dev/null 2>&1 || true
[ -n "$(ls "$home/.local/share/tejido" 2>/dev/null)" ] || { echo "no-network: the app did not open the demo"; exit 1; }

# The CLI: a vault, people, the analyses, exports.
cli=target/debug/tejido
export TEJIDO_INSECURE_SCRYPT_WORK_FACTOR=2
pass=$'a long enough passphrase\na long enough passphrase\n'
run() { printf '%s' "$pass" | strace -f -qq -e trace=socket -o "$log.cli.$1" "$cli" "${@:2}" >/dev/null 2>&1; }
run 1 demo "$home/v"
run 2 person add "$home/v" --pseudonym Tecolote2
run 3 network "$home/v"
run 4 risk export "$home/v" --format csv --out "$home/r.csv"
run 5 protocol "$home/v"
run 6 check "$home/v"

cat "$log".* > "$log"
calls=$(grep -c 'socket(' "$log" || true)
outside=$(grep -E 'socket\(' "$log" | grep -vE 'socket\((AF_UNIX|AF_NETLINK),' || true)
if [ -n "$outside" ]; then
  echo "no-network: sockets other than local ones were opened:"
  echo "$outside"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "no-network: $calls socket calls by the app and six CLI flows, all AF_UNIX or AF_NETLINK"
echo "1 passed, 0 failed"

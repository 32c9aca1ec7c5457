#!/usr/bin/env bash
# Builds the .deb and .rpm offline (the app + the `tejido` CLI for recovery), checks what
# they hold, then installs the .deb on this machine, starts the installed app in a virtual
# screen with a throwaway home (it must open the demo community) and runs the installed CLI,
# and removes the package again. Needs root or sudo for the install step.
#   bash tests/e2e/installers.sh            # release packages: build, inspect, install, start, remove
#   bash tests/e2e/installers.sh --build    # only build and inspect the release packages
#   bash tests/e2e/installers.sh --debug    # the same with debug builds: the quick version CI runs,
#                                           # reusing the app the end-to-end tests built
#   bash tests/e2e/installers.sh --debug --build   # only build and inspect the debug packages
set -euo pipefail
cd "$(dirname "$0")/../.."
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
profile=release
[ "${1:-}" = "--debug" ] && profile=debug

npm --prefix ui run build
# The end-to-end tests' path hook must not be in a UI people install.
if grep -rq __tejidoNextPath ui/dist; then echo "installers: the e2e path hook is in ui/dist"; exit 1; fi
# The built UI is embedded by a macro cargo cannot track: make sure the app is rebuilt.
touch src-tauri/src/lib.rs
if [ "$profile" = debug ]; then
  cargo build --locked -p tejido
  # The packaging config names the release CLI; point it at the debug one.
  cli='{"files":{"/usr/bin/tejido":"../target/debug/tejido"}}'
  (cd src-tauri && ../ui/node_modules/.bin/tauri build --debug --bundles deb,rpm \
    --config "{\"bundle\":{\"linux\":{\"deb\":$cli,\"rpm\":$cli}}}")
else
  cargo build --release --locked -p tejido
  (cd src-tauri && ../ui/node_modules/.bin/tauri build --bundles deb,rpm)
fi

deb=$(ls target/$profile/bundle/deb/*.deb)
rpm=$(ls target/$profile/bundle/rpm/*.rpm)
listing=$(dpkg-deb -c "$deb")
for f in usr/bin/tejido-app usr/bin/tejido usr/share/applications/Tejido.desktop; do
  grep -qE " (\./)?$f\$" <<<"$listing" || { echo "installers: $f missing from $deb"; exit 1; }
done
if command -v rpm >/dev/null 2>&1; then
  rpm -qlp "$rpm" | grep -qx /usr/bin/tejido || { echo "installers: /usr/bin/tejido missing from $rpm"; exit 1; }
fi
echo "installers: built $(basename "$deb") ($(du -h "$deb" | cut -f1)) and $(basename "$rpm") ($(du -h "$rpm" | cut -f1))"
# --build alone, or after --debug (src-tauri/release.sh --debug): build and inspect only.
[[ " $* " == *" --build "* ]] && exit 0

# Installing needs root (or sudo without a password). Without either, the packaged files are
# extracted and run from there instead, and the run says so.
if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
  $SUDO apt-get install -y -qq "./$deb" >/dev/null
  trap '$SUDO apt-get remove -y -qq tejido >/dev/null' EXIT
  prefix="" how="installed"
else
  prefix=$(mktemp -d)
  dpkg-deb -x "$deb" "$prefix"
  trap 'rm -rf "$prefix"' EXIT
  how="packaged (no root here to install it: run from the extracted .deb)"
fi
home=$(mktemp -d)
HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
  WEBKIT_DISABLE_COMPOSITING_MODE=1 WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=1 \
  timeout 25 dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$prefix/usr/bin/tejido-app" >/dev/null 2>&1 || true
[ -n "$(ls "$home/.local/share/tejido" 2>/dev/null)" ] || { echo "installers: the $how app did not start and open the demo"; exit 1; }
printf 'a long enough passphrase\na long enough passphrase\n' | "$prefix/usr/bin/tejido" demo "$home/cli-demo" >/dev/null
echo "installers: the $how app started and opened the demo; its CLI made a vault"
echo "1 passed, 0 failed"

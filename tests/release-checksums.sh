#!/usr/bin/env bash
# The release folder's checksum step (src-tauri/release.sh --checksums DIR) on fake installers,
# without building anything: SHA256SUMS names each installer once and `sha256sum -c` accepts it;
# a changed installer is caught; a missing installer, a second one of a kind (a stale version left
# in the folder) or an empty one stops the release instead of publishing sums for the wrong files.
# Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0; failed=0
ok() { passed=$((passed + 1)); echo "release-checksums: ok: $*"; }
bad() { failed=$((failed + 1)); echo "release-checksums: FAILED: $*"; }
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
fresh() {
  rm -rf "$dir"/*
  echo deb >"$dir/Tejido_0.1.0_amd64.deb"; echo rpm >"$dir/Tejido-0.1.0-1.x86_64.rpm"
  echo exe >"$dir/Tejido_0.1.0_x64-setup.exe"
}
sums() { bash src-tauri/release.sh --checksums "$dir" >/dev/null 2>&1; }

fresh
if sums && [ "$(wc -l <"$dir/SHA256SUMS")" -eq 3 ] && (cd "$dir" && sha256sum --quiet -c SHA256SUMS); then
  ok "SHA256SUMS lists the three installers and sha256sum -c accepts it"
else bad "SHA256SUMS not written or not accepted: $(cat "$dir/SHA256SUMS" 2>/dev/null)"; fi
grep -q '^[0-9a-f]\{64\}  Tejido_0.1.0_x64-setup.exe$' "$dir/SHA256SUMS" 2>/dev/null \
  && [ "$(cut -d' ' -f1 "$dir/Tejido_0.1.0_x64-setup.exe.sha256" 2>/dev/null)" = "$(sha256sum "$dir/Tejido_0.1.0_x64-setup.exe" | cut -d' ' -f1)" ] \
  && ok "names without a folder in them, and a .sha256 beside the setup.exe for Get-FileHash" \
  || bad "the setup.exe's line or its .sha256"
echo changed >>"$dir/Tejido_0.1.0_amd64.deb"
(cd "$dir" && ! sha256sum --quiet -c SHA256SUMS >/dev/null 2>&1) && ok "a changed .deb fails sha256sum -c" || bad "a changed .deb passed"

fresh; rm "$dir/Tejido_0.1.0_x64-setup.exe"
sums && bad "sums written without the setup.exe" || ok "a missing setup.exe stops it"
fresh; echo old >"$dir/Tejido_0.0.9_amd64.deb"
sums && bad "sums written with two .deb" || ok "two .deb (a stale version) stop it"
fresh; : >"$dir/Tejido-0.1.0-1.x86_64.rpm"
sums && bad "sums written for an empty .rpm" || ok "an empty .rpm stops it"
[ ! -e "$dir/SHA256SUMS" ] && ok "no SHA256SUMS left behind when it stops" || bad "a SHA256SUMS was left behind"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

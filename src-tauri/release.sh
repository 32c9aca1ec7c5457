#!/usr/bin/env bash
# The release installers in one folder with their checksums, offline:
#   bash src-tauri/release.sh            release .deb, .rpm and Windows setup.exe into
#                                        target/installers/<version>/ with SHA256SUMS
#   bash src-tauri/release.sh --debug    the same from debug builds (quick; to try the script)
#   bash src-tauri/release.sh --checksums DIR   only the last step: SHA256SUMS for the installers
#                                        already in DIR (tests/release-checksums.sh runs it)
# The .deb and .rpm come from tests/e2e/installers.sh (built and inspected), the setup.exe from
# tests/windows/installer.sh (cross-built, then installed, used and removed under Wine): what is
# published is what those checks passed. Cargo runs offline: `bash .ci/setup` fetched everything.
set -euo pipefail
cd "$(dirname "$0")/.."

# SHA256SUMS for exactly one .deb, one .rpm and one setup.exe in $1, plus a .sha256 beside the
# setup.exe (what Windows users compare Get-FileHash with). Anything missing, doubled (a stale
# version left in the folder) or empty stops here, so no sums are published for the wrong files.
checksums() {
  local dir=$1 kind found files=()
  rm -f "$dir/SHA256SUMS"
  for kind in '*.deb' '*.rpm' '*-setup.exe'; do
    found=$(cd "$dir" && find . -maxdepth 1 -type f -name "$kind" -printf '%f\n' | sort)
    [ "$(grep -c . <<<"$found")" -eq 1 ] || { echo "release: want exactly one $kind in $dir, found: ${found:-none}" >&2; return 1; }
    [ -s "$dir/$found" ] || { echo "release: $found is empty" >&2; return 1; }
    files+=("$found")
  done
  (cd "$dir" && sha256sum "${files[@]}" >SHA256SUMS.part && sha256sum --quiet -c SHA256SUMS.part && mv SHA256SUMS.part SHA256SUMS)
  (cd "$dir" && grep -- '-setup\.exe$' SHA256SUMS >"${files[2]}.sha256")
  cat "$dir/SHA256SUMS"
}

if [ "${1:-}" = --checksums ]; then
  [ -d "${2:-}" ] || { echo "usage: bash src-tauri/release.sh --checksums DIR" >&2; exit 2; }
  checksums "$2"; exit
fi
profile=release; linux=(--build); windows=(--release)
[ "${1:-}" = --debug ] && { profile=debug; linux=(--debug --build); windows=(); }
export CARGO_NET_OFFLINE=true
start=$SECONDS
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
target_dir=$(cargo metadata --offline --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
out="$target_dir/installers/$version"
[ "$profile" = debug ] && out="$out-debug"

# A previous build's packages of another version would be picked up too: clear them first.
rm -f "$target_dir/$profile/bundle/deb/"*.deb "$target_dir/$profile/bundle/rpm/"*.rpm
bash tests/e2e/installers.sh "${linux[@]}"
bash tests/windows/installer.sh "${windows[@]}" | tee /dev/stderr | tail -1 | grep -q ' 0 failed$' \
  || { echo "release: the Windows installer's checks failed" >&2; exit 1; }

rm -rf "$out"; mkdir -p "$out"
cp "$target_dir/$profile/bundle/deb/"*.deb "$target_dir/$profile/bundle/rpm/"*.rpm \
  "$target_dir/x86_64-pc-windows-gnu/$profile/bundle/nsis/Tejido_${version}_x64-setup.exe" "$out/"
checksums "$out"
echo "release: $out ($(du -sh "$out" | cut -f1)) in $((SECONDS - start)) s; publish SHA256SUMS where people can check it (a signed message, read aloud)"

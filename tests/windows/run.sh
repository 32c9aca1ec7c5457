#!/usr/bin/env bash
# Tejido on Windows, proven from Linux: cross-built for x86_64-pc-windows-gnu with Debian's
# mingw-w64 and run under Debian's Wine (there is no Windows machine here).
#
#   bash tests/windows/run.sh --quick   what .ci/test runs: the vault crate's tests under Wine
#                                       (durable replace, sharing violations, locks between two
#                                       processes, accents and long paths, crash-dump settings),
#                                       and a vault passed between tejido.exe and the Linux tejido
#   bash tests/windows/run.sh           all of it: also the core, CLI and cross-crate tests under
#                                       Wine, the app Tejido.exe and the installer (tests/windows/
#                                       installer.sh: silent install, vault made, uninstall, vault kept)
#
# Wine 8 lacks ProcessPrng, which every Rust program needs: a test-only stand-in is built from
# tests/windows/processprng.c and put on Wine's PATH for this run. It is never shipped.
# Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
quick=0
[ "${1:-}" = --quick ] && quick=1
export CARGO_TERM_COLOR=never NO_COLOR=1 WINEDEBUG=-all TEJIDO_LANG=en
target_dir=$(cargo metadata --format-version 1 --no-deps 2>/dev/null | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
target_dir=${target_dir:-$root/target}
win=x86_64-pc-windows-gnu
fixture="$target_dir/windows-test-fixture"
# A Wine prefix of its own, so a person's ~/.wine is never touched (created on first use, ~15 s).
export WINEPREFIX="${TEJIDO_WINEPREFIX:-$target_dir/wine-prefix}"
passed=0
failed=0
log=$(mktemp)
work=$(mktemp -d)
trap 'rm -rf "$log" "$work"' EXIT

ok() { passed=$((passed + 1)); echo "windows: ok: $*"; }
bad() { failed=$((failed + 1)); echo "windows: FAILED: $*"; }

# The test-only ProcessPrng, then Wine's PATH pointing at it (Z: is Linux's /).
mkdir -p "$fixture"
x86_64-w64-mingw32-gcc -O2 -shared -Wl,--kill-at -o "$fixture/bcryptprimitives.dll" \
  tests/windows/processprng.c tests/windows/processprng.def -ladvapi32
export WINEPATH="Z:${fixture//\//\\}"
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=wine
wineboot -i >/dev/null 2>&1 || true

# Sums the libtest result lines of a cargo test run.
count_tests() {
  local p f
  p=$(grep -E '^test result: ' "$log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  f=$(grep -E '^test result: ' "$log" | grep -oE '[0-9]+ failed' | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p)); failed=$((failed + f))
  echo "windows: $1: $p passed, $f failed under Wine"
}

# Doc tests are left to the Linux run (their examples are platform-independent).
start=$SECONDS
cargo test --locked --target $win -p tejido-vault --lib --tests 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || grep -qE '^test result: .* [1-9][0-9]* failed' "$log" || bad "the vault tests did not build or run"
count_tests "vault crate"
echo "windows: vault tests took $((SECONDS - start)) s"

if [ $quick -eq 0 ]; then
  start=$SECONDS
  # Skipped, as README (Windows) lists: tests that start Linux programs (Syncthing: Debian has no
  # syncthing.exe; bash, tar, minisign and age on the Linux side: the checks below do that
  # interop for vaults made by tejido.exe). The CLI's output snapshots are Linux's (the same
  # Fluent messages; trycmd's sandbox and path redactions are not tried under Wine): the flows
  # behind them run here in tests/cli.
  # The two long random runs are cut here to a fifth and a quarter: the crash simulation runs on a
  # simulated disk (its 100 000 points run natively above, the same code), and the random sync
  # merges spend 6 s a seed in Wine's file calls; a few seeds try Windows' paths and renames as
  # well as sixteen do. Together this saves some four minutes of CI.
  TEJIDO_CRASH_POINTS=20000 TEJIDO_SYNC_SEEDS=4 cargo test --locked --no-fail-fast --target $win --features tejido/insecure-test-kdf -p tejido-i18n -p tejido-core -p tejido -p tejido-tests --lib --tests \
    -- --skip an_edit_reaches_the_other_laptop_through_syncthing_on_loopback --skip interop:: --skip cli_output_in_every_language \
    --skip a_package_unpacks_with_tar_verifies_with_minisign_and_opens_with_age 2>&1 | tee "$log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || grep -qE '^test result: .* [1-9][0-9]* failed' "$log" || bad "the core, CLI and cross-crate tests did not build or run"
  count_tests "i18n, core, CLI and cross-crate tests"
  echo "windows: core, CLI and cross-crate tests took $((SECONDS - start)) s"
fi

# --- The same vault on both systems ---------------------------------------------------------
start=$SECONDS
cargo build --locked -q --target $win -p tejido || bad "tejido.exe did not build"
# Always built (a no-op when current), with .ci/test's features so nothing builds twice: a stale
# Linux tejido once failed this run for a change it did not have.
cargo build --locked -q -p tejido --features insecure-test-kdf || bad "the Linux tejido did not build"
echo "windows: CLI builds took $((SECONDS - start)) s"
exe="$target_dir/$win/debug/tejido.exe"
linux="$target_dir/debug/tejido"
pass='a long enough passphrase for both systems'
# Secrets are piped with Windows line ends (CRLF), as Notepad or a PowerShell pipe gives them.
crlf() { printf '%s\r\n' "$@"; }
windows() { wine "$exe" "$@"; }

shared="$work/Win José María/Comunidad Ñandú.tejido"
mkdir -p "$(dirname "$shared")"
if crlf "$pass" "$pass" | windows init "$shared" --name "Cooperativa" >"$work/init.txt" 2>&1; then
  ok "tejido.exe made a vault in a folder with accents and spaces, passphrase piped with CRLF"
else
  bad "tejido.exe init: $(cat "$work/init.txt")"
fi
crlf "$pass" | windows person add "$shared" --pseudonym Garza --name "Rosa Quej" >/dev/null 2>&1 \
  && crlf "$pass" | windows person list "$shared" 2>&1 | grep Garza >/dev/null \
  && ok "tejido.exe added and listed a person" || bad "tejido.exe person add/list"
if printf '%s\n' "$pass" | "$linux" person list "$shared" 2>&1 | grep Garza >/dev/null \
  && printf '%s\n' "$pass" | "$linux" person add "$shared" --pseudonym Colibri >/dev/null 2>&1 \
  && crlf "$pass" | windows person list "$shared" 2>&1 | grep Colibri >/dev/null; then
  ok "the Windows vault opens with the Linux tejido, and its change opens on Windows"
else
  bad "a vault made on Windows did not open on Linux, or back"
fi
crlf "$pass" | windows check "$shared" >/dev/null 2>&1 && ok "tejido.exe checks the shared vault healthy" \
  || bad "tejido.exe check of the shared vault"

# Recovery without Tejido: the paper key printed by tejido.exe, Debian's age, then sqlite3.
key=$(grep -oE 'AGE-SECRET-KEY-1[0-9A-Z]+' "$work/init.txt" | head -1)
if [ -n "$key" ]; then
  printf '%s\n' "$key" >"$work/paper.txt"
  # The newest whole image, then the saves after it (`gen-….sql.age`: plain SQL), as the README says.
  newest=$(ls "$shared/images/"gen-*[0-9].age | sort | tail -1)
  replay() {
    for delta in $(ls "$shared/images/" | sed -n "/^$(basename "$newest")\$/,\$p" | grep '\.sql\.age$'); do
      age -d -i "$work/identity.txt" "$shared/images/$delta" | sqlite3 -bail "$work/plain.sqlite" || return 1
    done
  }
  if age -d -i "$work/paper.txt" -o "$work/identity.txt" "$shared/keys/recovery.age" \
    && age -d -i "$work/identity.txt" -o "$work/plain.sqlite" "$newest" \
    && replay \
    && [ "$(sqlite3 "$work/plain.sqlite" "SELECT real_name FROM person WHERE pseudonym = 'Garza';")" = "Rosa Quej" ]; then
    ok "a vault made on Windows is recovered on Linux with the paper key, age and sqlite3"
  else
    bad "age + sqlite3 recovery of the Windows vault"
  fi
else
  bad "tejido.exe init printed no recovery key: $(cat "$work/init.txt")"
fi

linux_vault="$work/made on linux.tejido"
printf '%s\n%s\n' "$pass" "$pass" | "$linux" init "$linux_vault" --name "Linux" >/dev/null 2>&1 \
  && printf '%s\n' "$pass" | "$linux" person add "$linux_vault" --pseudonym Tucan >/dev/null 2>&1 \
  && crlf "$pass" | windows person list "$linux_vault" 2>&1 | grep Tucan >/dev/null \
  && ok "a vault made on Linux opens with tejido.exe" || bad "a Linux vault did not open with tejido.exe"

# A path typed the Windows way, with backslashes and a drive letter.
backslashed="Z:${linux_vault//\//\\}"
crlf "$pass" | windows person list "$backslashed" 2>&1 | grep Tucan >/dev/null \
  && ok "tejido.exe takes a drive-letter path with backslashes" || bad "a backslashed path: $backslashed"

# Sync files across systems: a group started with the Linux tejido, a laptop joined with
# tejido.exe from its invitation, and changes carried both ways on a stick (here a folder).
group="$work/grupo en linux.tejido"
field="$work/Win José María/Portátil de campo.tejido"
stick="$work/USB (E)"
mkdir -p "$stick" "$(dirname "$field")"
printf '%s\n%s\n' "$pass" "$pass" | "$linux" init "$group" --name "Grupo" >/dev/null 2>&1
printf '%s\n' "$pass" | "$linux" sync start "$group" --name "Oficina" >/dev/null 2>&1
invite=$(printf '%s\n' "$pass" | "$linux" sync invite "$group" --name "Portátil" --out "$work/invitación.tejido-invite" 2>&1)
code=$(printf '%s\n' "$invite" | sed -n 's/.*Code to read aloud: \([^ ]*\).*/\1/p' | head -1)
if [ -n "$code" ] && crlf "$code" "$pass" "$pass" | windows sync join "$field" --invitation "$work/invitación.tejido-invite" >"$work/join.txt" 2>&1; then
  ok "tejido.exe joined a group started on Linux, from its invitation and code"
else
  bad "tejido.exe sync join: code '$code', $(cat "$work/join.txt" 2>/dev/null) $invite"
fi
# The new laptop's own code (it made its own keys), typed on the Linux one once its first
# files arrived: only then does the group apply anything of it.
joincode=$(sed -n 's/.*(tejido sync confirm): *\([A-Za-z0-9 ]*\).*/\1/p' "$work/join.txt" | tr -d '\r' | head -1)
crlf "$pass" | windows person add "$field" --pseudonym Jaguar >/dev/null 2>&1
crlf "$pass" | windows sync stick "$field" "$stick" >/dev/null 2>&1
printf '%s\n' "$pass" | "$linux" sync stick "$group" "$stick" >/dev/null 2>&1
if [ -n "$joincode" ] && printf '%s\n' "$pass" | "$linux" sync confirm "$group" --code "$joincode" >"$work/confirm.txt" 2>&1 \
  && printf '%s\n' "$pass" | "$linux" person list "$group" 2>&1 | grep Jaguar >/dev/null; then
  ok "sync files written by tejido.exe are applied by the Linux tejido"
else
  bad "sync files from Windows were not applied on Linux (join code '$joincode': $(cat "$work/confirm.txt" 2>/dev/null))"
fi
printf '%s\n' "$pass" | "$linux" person add "$group" --pseudonym Armadillo >/dev/null 2>&1
printf '%s\n' "$pass" | "$linux" sync stick "$group" "$stick" >/dev/null 2>&1
if crlf "$pass" | windows sync stick "$field" "$stick" 2>&1 | grep "change files applied" >/dev/null \
  && crlf "$pass" | windows person list "$field" 2>&1 | grep Armadillo >/dev/null; then
  ok "sync files written by the Linux tejido are applied by tejido.exe"
else
  bad "sync files from Linux were not applied on Windows"
fi

# A case package across systems: the community on Windows (the vault above, folder with
# accents), the network desk on Linux, the fingerprints typed as read aloud, and the desk's
# status report carried back.
desk="$work/Red en Linux.tejido"
printf '%s\n%s\n' "$pass" "$pass" | "$linux" init "$desk" --name "Red de Solidaridad" >/dev/null 2>&1
card="$work/Win José María/contacto de la red.json"
deskprint=$(printf '%s\n' "$pass" | "$linux" contact save "$desk" --role desk --out "$card" 2>&1 | sed -n 's/.*aloud[^:]*: *//p' | tr -d '\r' | head -1)
package="$work/Win José María/caso de Garza.tejido-case"
if [ -n "$deskprint" ] \
  && crlf "$pass" | windows contact add "$shared" "$card" --fingerprint "$deskprint" >/dev/null 2>&1 \
  && crlf "$pass" | windows case new "$shared" --title "Caso de Garza" --person "Garza=desk,state" >/dev/null 2>&1 \
  && crlf "$pass" | windows case send "$shared" "Caso de Garza" --to "Red de Solidaridad" --out "$package" >/dev/null 2>&1; then
  ok "tejido.exe accepted a desk's contact file made on Linux and sealed a case to it"
else
  bad "tejido.exe contact add / case new / case send (desk fingerprint '$deskprint')"
fi
senderprint=$(printf '%s\n' "$pass" | "$linux" case open "$desk" "$package" 2>&1 | sed -n 's/.*--accept "\([^"]*\)".*/\1/p' | head -1)
if [ -n "$senderprint" ] && printf '%s\n' "$pass" | "$linux" case open "$desk" "$package" --accept "$senderprint" 2>&1 | grep "Caso de Garza" >/dev/null; then
  ok "a case package made by tejido.exe opens at a desk on Linux"
else
  bad "the Linux desk did not open the package from Windows (sender fingerprint '$senderprint')"
fi
report="$work/informe para Cooperativa.tejido-status"
if printf '%s\n' "$pass" | "$linux" case reply "$desk" "Caso de Garza" --message "Carta enviada al Ministerio Público" --out "$report" >/dev/null 2>&1 \
  && crlf "$pass" | windows case open "$shared" "$report" 2>&1 | grep "Carta enviada" >/dev/null; then
  ok "the desk's status report made on Linux opens with tejido.exe"
else
  bad "the status report from Linux did not open on Windows"
fi

echo "windows: cross-platform checks took $((SECONDS - start)) s"

if [ $quick -eq 0 ]; then
  bash tests/windows/installer.sh 2>&1 | tee "$log"
  p=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | grep -oE '^[0-9]+' | tail -1)
  f=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$log" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' | tail -1)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-1}))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

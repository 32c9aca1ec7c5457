#!/usr/bin/env bash
# The Windows installer: Tejido.exe (the app) and tejido.exe (the CLI) cross-built with mingw-w64,
# packed by Debian's makensis from src-tauri/windows/installer.nsi, then under Wine: installed
# silently (/S, per user, no administrator), the installed CLI makes and opens a vault, the
# uninstaller runs, and the vaults (one saved inside the program folder on purpose) are still there.
# Tejido.exe itself cannot start under Wine (Wine has no WebView2): it is built and inspected, not run.
#   bash tests/windows/installer.sh            debug builds (what tests/windows/run.sh runs)
#   bash tests/windows/installer.sh --release  the installer people download
# Ends with one "N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export CARGO_TERM_COLOR=never NO_COLOR=1 WINEDEBUG=-all TEJIDO_LANG=en
win=x86_64-pc-windows-gnu
profile=debug; flag=()
[ "${1:-}" = --release ] && { profile=release; flag=(--release); }
target_dir=$(cargo metadata --format-version 1 --no-deps 2>/dev/null | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
target_dir=${target_dir:-$root/target}
export WINEPREFIX="${TEJIDO_WINEPREFIX:-$target_dir/wine-prefix}"
fixture="$target_dir/windows-test-fixture"
passed=0; failed=0
ok() { passed=$((passed + 1)); echo "installer: ok: $*"; }
bad() { failed=$((failed + 1)); echo "installer: FAILED: $*"; }
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

start=$SECONDS
[ -d ui/node_modules ] || npm --prefix ui ci --no-audit --no-fund
npm --prefix ui run build >/dev/null || { bad "the UI did not build"; finish; }
# The built UI is embedded by a macro cargo cannot track: make sure the app is rebuilt.
touch src-tauri/src/lib.rs
cargo build --locked "${flag[@]}" --target $win -p tejido-app --features custom-protocol || { bad "Tejido.exe did not build"; finish; }
cargo build --locked "${flag[@]}" --target $win -p tejido || { bad "tejido.exe did not build"; finish; }
echo "installer: Windows app and CLI built in $((SECONDS - start)) s"
out="$target_dir/$win/$profile"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
# The app imports WebView2Loader.dll rather than linking it in: it must ship beside the app.
x86_64-w64-mingw32-objdump -p "$out/tejido-app.exe" | grep "DLL Name: WebView2Loader.dll" >/dev/null \
  && [ -f "$out/WebView2Loader.dll" ] && ok "Tejido.exe built; it imports WebView2Loader.dll, which the build left beside it" \
  || bad "Tejido.exe or WebView2Loader.dll missing"
setup="$out/bundle/nsis/Tejido_${version}_x64-setup.exe"
mkdir -p "$(dirname "$setup")"
start=$SECONDS
# What ships carries no debug information (a debug tejido.exe is ~170 MB with it).
# makensis matches file names without regard to case, so Tejido.exe and tejido.exe would match
# each other: each is staged in a folder of its own.
stage="$out/bundle/nsis/stage"
mkdir -p "$stage/app" "$stage/cli"
x86_64-w64-mingw32-strip -o "$stage/app/Tejido.exe" "$out/tejido-app.exe"
x86_64-w64-mingw32-strip -o "$stage/cli/tejido.exe" "$out/tejido.exe"
fast=(); [ "$profile" = debug ] && fast=(-DFAST_COMPRESSION)
makensis -V2 "${fast[@]}" -DVERSION="$version" -DAPP="$stage/app/Tejido.exe" -DCLI="$stage/cli/tejido.exe" \
  -DLOADER="$out/WebView2Loader.dll" -DOUTFILE="$setup" src-tauri/windows/installer.nsi \
  && ok "makensis built $(basename "$setup") in $((SECONDS - start)) s ($(du -h "$setup" | cut -f1))" \
  || { bad "makensis failed"; finish; }
(cd "$(dirname "$setup")" && sha256sum "$(basename "$setup")" >"$(basename "$setup").sha256")
cat "$setup.sha256"
[ -f "$fixture/bcryptprimitives.dll" ] || { mkdir -p "$fixture"; x86_64-w64-mingw32-gcc -O2 -shared -Wl,--kill-at \
  -o "$fixture/bcryptprimitives.dll" tests/windows/processprng.c tests/windows/processprng.def -ladvapi32; }
export WINEPATH="Z:${fixture//\//\\}"
wineboot -i >/dev/null 2>&1 || true
user_dir=$(winepath -u 'C:\users' 2>/dev/null)/$(wine cmd /c 'echo %USERNAME%' 2>/dev/null | tr -d '\r')
installed="$user_dir/AppData/Local/Programs/Tejido"
menu="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
# A clean start: a previous run's install is removed first.
[ -x "$installed/uninstall.exe" ] && { wine "$installed/uninstall.exe" /S; wineserver -w; sleep 2; }

wine "$setup" /S; wineserver -w
if [ -f "$installed/Tejido.exe" ] && [ -f "$installed/WebView2Loader.dll" ] && [ -f "$installed/cli/tejido.exe" ] \
  && [ -f "$installed/uninstall.exe" ] && [ -f "$menu/Tejido.lnk" ]; then
  ok "silent per-user install: Tejido.exe, WebView2Loader.dll, cli\\tejido.exe, the uninstaller, a Start-menu entry"
else
  bad "the silent install left: $(find "$installed" "$menu" -maxdepth 2 2>/dev/null | tr '\n' ' ')"
fi
[ ! -e "$installed/bcryptprimitives.dll" ] || bad "the test-only DLL was installed"

pass='a long enough passphrase on windows'
# Not Documents: Wine links that to the real home folder.
mkdir -p "$user_dir/Pruebas Tejido"
vault_win='C:\users\'"$(basename "$user_dir")"'\Pruebas Tejido\Bóveda de la comunidad.tejido'
inside_win="${installed//\//\\}"; inside_win="Z:${inside_win}\\vault inside the program folder.tejido"
cli=("$installed/cli/tejido.exe")
if printf '%s\r\n%s\r\n' "$pass" "$pass" | wine "${cli[@]}" init "$vault_win" --name "Installed" >/dev/null 2>&1 \
  && printf '%s\r\n' "$pass" | wine "${cli[@]}" person add "$vault_win" --pseudonym Quetzal >/dev/null 2>&1 \
  && printf '%s\r\n' "$pass" | wine "${cli[@]}" person list "$vault_win" 2>&1 | grep Quetzal >/dev/null \
  && printf '%s\r\n%s\r\n' "$pass" "$pass" | wine "${cli[@]}" init "$inside_win" --name "Inside" >/dev/null 2>&1; then
  ok "the installed tejido.exe made a vault in its user folder (and one inside the program folder) and opened it"
else
  bad "the installed tejido.exe could not make or open a vault"
fi

wine "$installed/uninstall.exe" /S; wineserver -w
# The NSIS uninstaller runs from a copy in %TEMP%: wait for it to finish.
for _ in $(seq 1 30); do [ -e "$installed/Tejido.exe" ] || [ -e "$installed/uninstall.exe" ] || break; sleep 1; done
if [ ! -e "$installed/Tejido.exe" ] && [ ! -e "$installed/cli/tejido.exe" ] && [ ! -e "$menu/Tejido.lnk" ]; then
  ok "the uninstaller removed the program and its Start-menu entry"
else
  bad "the uninstaller left: $(find "$installed" "$menu" -maxdepth 2 2>/dev/null | tr '\n' ' ')"
fi
linux_cli="$target_dir/debug/tejido"
# Always built (a no-op when current), with .ci/test's features, never a stale one.
cargo build --locked -q -p tejido --features insecure-test-kdf || bad "the Linux tejido did not build"
vault_unix=$(winepath -u "$vault_win" 2>/dev/null)
inside_unix="$installed/vault inside the program folder.tejido"
if [ -d "$vault_unix" ] && [ -d "$inside_unix" ] \
  && printf '%s\n' "$pass" | "$linux_cli" person list "$vault_unix" 2>&1 | grep Quetzal >/dev/null \
  && printf '%s\n' "$pass" | "$linux_cli" check "$inside_unix" >/dev/null 2>&1; then
  ok "after uninstalling, both vaults are still there and open (checked with the Linux tejido)"
else
  bad "a vault was touched by the uninstaller"
fi
rm -rf "$user_dir/Pruebas Tejido" "$inside_unix"; rmdir "$installed" 2>/dev/null || true
echo "installer: Tejido.exe is not started under Wine: Wine has no WebView2 (see README, Windows)"
finish

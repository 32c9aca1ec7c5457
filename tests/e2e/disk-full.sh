#!/usr/bin/env bash
# A real full disk: a vault on a 2 MiB tmpfs, people added with the CLI until a save fails.
# The failure must be a clean, plain-words refusal (exit 1), every person acknowledged before it
# must still be there, the vault must check healthy, and no temp file may be left behind.
# Mounting needs root, or an unprivileged user and mount namespace (`unshare -rm`).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "${TEJIDO_IN_NAMESPACE:-}" != 1 ] && [ "$(id -u)" -ne 0 ]; then
  exec unshare -rm env TEJIDO_IN_NAMESPACE=1 bash "$0" "$@"
fi
cli="$PWD/target/debug/tejido"
[ -x "$cli" ] || cargo build --locked -q -p tejido
mnt=$(mktemp -d)
mount -t tmpfs -o size=2m tmpfs "$mnt"
trap 'umount "$mnt"; rmdir "$mnt"' EXIT
export TEJIDO_INSECURE_SCRYPT_WORK_FACTOR=2 TEJIDO_LANG=en
pass='a long enough passphrase'
vault="$mnt/community.tejido"
printf '%s\n%s\n' "$pass" "$pass" | "$cli" init "$vault" --name "Small disk" >/dev/null

added=()
failure=""
for i in $(seq 1 500); do
  role=$(head -c 6000 /dev/urandom | od -An -tx1 | tr -d ' \n')
  if out=$(printf '%s\n' "$pass" | "$cli" person add "$vault" --pseudonym "P$i" --role "$role" 2>&1); then
    added+=("P$i")
  else
    code=$?
    failure="$out (exit $code)"
    break
  fi
done
[ -n "$failure" ] || { echo "disk-full: the disk never filled"; exit 1; }
grep -q "no space left" <<<"$failure" || { echo "disk-full: not a plain refusal: $failure"; exit 1; }
grep -q "exit 1)" <<<"$failure" || { echo "disk-full: a full disk is a problem the person can act on (exit 1): $failure"; exit 1; }
listed=$(printf '%s\n' "$pass" | "$cli" person list "$vault" --json)
for p in "${added[@]}"; do
  grep -q "\"$p\"" <<<"$listed" || { echo "disk-full: $p was acknowledged and is gone"; exit 1; }
done
leftovers=$(find "$vault" -name '*.tmp' | wc -l)
[ "$leftovers" -eq 0 ] || { echo "disk-full: $leftovers temp files left behind"; exit 1; }
printf '%s\n' "$pass" | "$cli" check "$vault" >/dev/null || { echo "disk-full: the vault does not check healthy"; exit 1; }
echo "disk-full: ${#added[@]} people saved before the 2 MiB disk filled; the failed save was refused cleanly and all ${#added[@]} are there"
echo "1 passed, 0 failed"

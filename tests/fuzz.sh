#!/usr/bin/env bash
# Fuzzes every parser of outside input for SECONDS each (default 60), starting from the
# committed corpus: the vault's header, key slots, generations and images
# (src-tauri/crates/vault/fuzz) and the files other people hand over, contact files and case
# packages (src-tauri/crates/core/fuzz). Needs cargo-fuzz (`cargo install cargo-fuzz`); runs on
# stable Rust without sanitizers. A crash is saved under <crate>/fuzz/artifacts/ and fails the run.
# Prints, per target, the executions and the coverage reached (libFuzzer's edges "cov" and
# features "ft").
#   bash tests/fuzz.sh 600            # ten minutes per target, finds stay in a scratch folder
#   bash tests/fuzz.sh 3600 --keep    # an hour per target, kept: see below
#   bash tests/fuzz.sh 1800 --keep --fork 2   # the same on two cores (libFuzzer's fork mode)
#   bash tests/fuzz.sh 600 --keep generation image   # only these targets
#   bash tests/fuzz.sh --report       # CPU time spent so far per target, from the ledgers
# With --keep the run accumulates: what it found that reaches new code is merged into the
# committed corpus, which is then minimised (libFuzzer's set-cover merge keeps the fewest inputs
# that reach everything the old corpus and the new finds reached), and the CPU time it spent is added to the crate's ledger (fuzz/ledger.tsv), so the
# next run, on any machine, starts where this one ended. Commit both afterwards.
set -euo pipefail
seconds=60 keep=0 report=0 fork=1 only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --keep) keep=1 ;;
    --report) report=1 ;;
    --fork) fork="$2"; shift ;;
    *[!0-9]*) only+=("$1") ;;
    *) seconds="$1" ;;
  esac
  shift
done
# With --fork N, libFuzzer fuzzes in N child processes at once (its -fork mode) and merges what
# they find; the ledger is credited with the CPU of all of them, so SECONDS stays wall time.
fork_flag=()
[ "$fork" -le 1 ] || fork_flag=(-fork="$fork")
export PATH="$HOME/.cargo/bin:$PATH"
root="$(cd "$(dirname "$0")/.." && pwd)"

if [ "$report" = 1 ]; then
  # Ledger columns: date, target, CPU seconds, executions, cov, ft, corpus files after the run.
  printf '%-14s %10s %14s %8s %8s\n' target cpu-hours executions cov ft
  cat "$root"/src-tauri/crates/{vault,core}/fuzz/ledger.tsv 2>/dev/null | grep -v '^#' | awk -F'\t' '
    { cpu[$2] += $3; ex[$2] += $4; cov[$2] = $5; ft[$2] = $6 }
    END { for (t in cpu) printf "%-14s %10.2f %14d %8d %8d\n", t, cpu[t] / 3600, ex[t], cov[t], ft[t] }' | sort
  exit 0
fi

TIMEFORMAT='%U %S'
host=$(rustc -vV | sed -n 's/^host: //p')
for crate in vault core; do
  cd "$root/src-tauri/crates/$crate"
  targets=$(cargo fuzz list)
  if [ "${#only[@]}" -gt 0 ]; then
    # Only the targets named (a crate with none of them is not even built).
    targets=$(printf '%s\n' $targets | grep -Fx -f <(printf '%s\n' "${only[@]}") || true)
    [ -n "$targets" ] || continue
  fi
  cargo fuzz build --sanitizer none -O
  for target in $targets; do
    corpus="fuzz/corpus/$target"
    # New finds go to a scratch folder first: the committed corpus changes only with --keep.
    work="fuzz/target/corpus/$target"
    mkdir -p "$work" "$corpus"
    log="fuzz/target/$target.log"
    echo "fuzz: $target for ${seconds}s"
    # `time` counts the fuzzer's CPU (user + system), not the wall clock: a run at low priority
    # on a busy machine is credited with what it really spent.
    cpu=$( { time cargo fuzz run --sanitizer none -O "$target" "$work" "$corpus" -- \
      -max_total_time="$seconds" "${fork_flag[@]}" -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || true; } 2>&1 | tail -1)
    grep -E "^(==[0-9]+== ERROR|SUMMARY)" "$log" || true
    # A crash, a timeout, running out of memory: the run fails. A "slow unit" (one input over
    # 10 s) is only reported: a run paused and resumed (a laptop asleep, SIGSTOP) makes them
    # from ordinary inputs, so each is rerun once here and kept only if it is slow again.
    for slow in fuzz/artifacts/"$target"/slow-unit-*; do
      [ -e "$slow" ] || continue
      if timeout 10 "fuzz/target/$host/release/$target" "$slow" >/dev/null 2>&1; then rm -f "$slow"
      else echo "fuzz: $target: a slow input, kept in src-tauri/crates/$crate/$slow"; fi
    done
    [ -z "$(ls -A fuzz/artifacts/"$target" 2>/dev/null | grep -v '^slow-unit-')" ] || { echo "fuzz: $target crashed, see src-tauri/crates/$crate/fuzz/artifacts/$target"; exit 1; }
    # A single process prints its total at exit; fork mode only its running count ("#N: cov: ...").
    execs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' ||
      grep -oE '^#[0-9]+: cov:' "$log" | tail -1 | grep -oE '[0-9]+' || echo 0)
    last=$(grep -E ' cov: [0-9]+' "$log" | tail -1)
    cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo 0)
    ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo 0)
    cpu_seconds=$(awk '{ printf "%d", $1 + $2 }' <<<"$cpu")
    echo "fuzz: $target: ${execs} executions, cov ${cov}, ft ${ft}, ${cpu_seconds} s of CPU"
    if [ "$keep" = 1 ]; then
      before=$(ls "$corpus" | wc -l)
      # The kept corpus is the smallest set of inputs (old and new) that covers every feature
      # either reached: a set-cover merge into a fresh folder keeps about 60% of the files a
      # plain -merge would for the same coverage (measured on the header target).
      merged="fuzz/target/merged/$target"
      rm -rf "$merged" && mkdir -p "$merged"
      cargo fuzz run --sanitizer none -O "$target" "$merged" "$corpus" "$work" -- -set_cover_merge=1 >"$log.merge" 2>&1
      # The named seeds (files of a real vault, a contact file, a case package: a test and the
      # seed generator refer to them by name) stay, and their copies under a hash name go.
      for seed in $(find "$corpus" -type f ! -regex '.*/[0-9a-f]\{40\}$'); do
        rm -f "$merged/$(sha1sum "$seed" | cut -c1-40)"
        cp "$seed" "$merged/"
      done
      rm -rf "$corpus" "$work" && mv "$merged" "$corpus"
      after=$(ls "$corpus" | wc -l)
      [ -f fuzz/ledger.tsv ] || printf '# date\ttarget\tcpu_seconds\texecutions\tcov\tft\tcorpus_files\n' > fuzz/ledger.tsv
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%F)" "$target" "$cpu_seconds" "$execs" "$cov" "$ft" "$after" >> fuzz/ledger.tsv
      echo "fuzz: $target: corpus $before -> $after files (kept)"
    fi
  done
done

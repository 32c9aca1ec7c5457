#!/usr/bin/env bash
# Fuzzes every parser of outside input for SECONDS each (default 60), starting from the
# committed seeds: the vault's header, key slots, generations and images
# (src-tauri/crates/vault/fuzz) and the files other people hand over, contact files and case
# packages (src-tauri/crates/core/fuzz). Needs cargo-fuzz (`cargo install cargo-fuzz`); runs on
# stable Rust without sanitizers. A crash is saved under <crate>/fuzz/artifacts/ and fails the run.
#   bash tests/fuzz.sh 600     # ten minutes per target
set -euo pipefail
seconds="${1:-60}"
export PATH="$HOME/.cargo/bin:$PATH"
root="$(cd "$(dirname "$0")/.." && pwd)"
for crate in vault core; do
  cd "$root/src-tauri/crates/$crate"
  cargo fuzz build --sanitizer none -O
  for target in $(cargo fuzz list); do
    # A scratch copy: the committed seeds stay as they are, new finds stay out of git.
    work="fuzz/target/corpus/$target"
    mkdir -p "$work"
    cp -n fuzz/corpus/"$target"/* "$work"/ 2>/dev/null || true
    echo "fuzz: $target for ${seconds}s"
    cargo fuzz run --sanitizer none -O "$target" "$work" -- -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
      | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+== ERROR|SUMMARY)" || true
    [ -z "$(ls -A fuzz/artifacts/"$target" 2>/dev/null)" ] || { echo "fuzz: $target crashed, see src-tauri/crates/$crate/fuzz/artifacts/$target"; exit 1; }
  done
done

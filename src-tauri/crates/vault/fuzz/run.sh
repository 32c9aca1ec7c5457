#!/usr/bin/env bash
# Fuzzes every parser of outside input in the vault for SECONDS each (default 60), starting
# from the committed seeds in corpus/. Needs cargo-fuzz (`cargo install cargo-fuzz`); runs on
# stable Rust without sanitizers. A crash is saved under artifacts/ and fails the run.
#   bash src-tauri/crates/vault/fuzz/run.sh 600     # ten minutes per target
set -euo pipefail
seconds="${1:-60}"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$(dirname "$0")/.."
cargo fuzz build --sanitizer none -O
for target in header key_slot generation image; do
  # A scratch copy: the committed seeds stay as they are, new finds stay out of git.
  work="fuzz/target/corpus/$target"
  mkdir -p "$work"
  cp -n fuzz/corpus/"$target"/* "$work"/ 2>/dev/null || true
  echo "fuzz: $target for ${seconds}s"
  cargo fuzz run --sanitizer none -O "$target" "$work" -- -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 2>&1 \
    | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+ +DONE|==[0-9]+== ERROR|SUMMARY)" || true
  [ -z "$(ls -A fuzz/artifacts/"$target" 2>/dev/null)" ] || { echo "fuzz: $target crashed, see fuzz/artifacts/$target"; exit 1; }
done

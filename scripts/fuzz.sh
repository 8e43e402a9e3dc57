#!/usr/bin/env bash
# Fuzzes the loader and the engine with cargo-fuzz (libFuzzer) for a while.
#
#   scripts/fuzz.sh            # one hour
#   scripts/fuzz.sh 600        # ten minutes
#
# Needs a nightly toolchain (`rustup toolchain install nightly`) and cargo-fuzz
# (`cargo install cargo-fuzz`). Seeds: the bundled sample, the test fixtures and
# the format fixtures, each with a leading byte that picks the file format.
# Crashes land in fuzz/artifacts/load_and_analyze/; the corpus grows in
# fuzz/corpus/load_and_analyze/ (both ignored by git).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-3600}"
seeds=fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds" fuzz/corpus/load_and_analyze
i=0
for f in assets/*.txt tests/fixtures/*.txt tests/fixtures/formats/*; do
  [[ -f "$f" ]] || continue
  case "$f" in
    *.md) pick='\x01' ;; *.html | *.htm) pick='\x02' ;; *.docx) pick='\x03' ;; *) pick='\x00' ;;
  esac
  { printf "$pick"; head -c 65536 "$f"; } > "$seeds/seed-$i"
  i=$((i + 1))
done
exec cargo +nightly fuzz run load_and_analyze fuzz/corpus/load_and_analyze "$seeds" -- \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1

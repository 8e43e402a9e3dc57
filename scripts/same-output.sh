#!/usr/bin/env bash
# Saves or checks the engine's JSON output on every shared corpus article, the samples and
# long concatenations, so a speed change can prove it changes no output byte.
#
#   scripts/same-output.sh save  DIR [BINARY] [EXTRA.txt ...]   # write DIR/<parent>-<name>.json
#   scripts/same-output.sh check DIR [BINARY] [EXTRA.txt ...]   # regenerate and diff against DIR
#
# BINARY defaults to target/release/counterpoint; EXTRA files (e.g. /tmp/1mb.txt made as in
# scripts/bench.sh) are analysed too. Exits non-zero when any output differs.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?usage: same-output.sh save|check DIR [BINARY] [EXTRA.txt ...]}
dir=${2:?usage: same-output.sh save|check DIR [BINARY] [EXTRA.txt ...]}
bin=${3:-${CARGO_TARGET_DIR:-target}/release/counterpoint}
shift $(( $# < 3 ? $# : 3 ))
out=$dir
if [[ $mode == check ]]; then
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
mkdir -p "$out"
for f in ../shared/corpus/*/*.txt ../shared/samples/*.txt assets/*.txt "$@"; do
  [[ -f $f ]] || continue
  name="$(basename "$(dirname "$f")")-$(basename "$f").json"
  "$bin" analyze "$f" --json > "$out/$name"
done
if [[ $mode == check ]]; then
  diff -r "$dir" "$out" && echo "same-output: identical ($(ls "$out" | wc -l) files)"
fi

#!/usr/bin/env bash
# Times `counterpoint analyze` on the sample and on 1 MB and 10 MB articles made by
# concatenating the shared corpus (measured in place, never copied into the repo), and
# reports wall time, throughput and peak resident memory (GNU time).
#
#   scripts/bench.sh            # needs ../shared/corpus and /usr/bin/time (Debian package `time`)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus
[[ -d $corpus ]] || { echo "bench: $corpus not found" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "bench: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }
cargo build --release --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "$work" <<'PY'
import glob, sys
corpus, work = sys.argv[1], sys.argv[2]
body = "\n\n".join(open(f, encoding="utf-8").read() for f in sorted(glob.glob(corpus + "/*/*.txt")))
for name, size in (("1mb", 1_000_000), ("10mb", 10_000_000)):
    out = "A long benchmark article\n\n"
    while len(out.encode()) < size:
        out += body + "\n\n"
    open(f"{work}/{name}.txt", "w", encoding="utf-8").write(out)
PY
printf '%-10s %10s %10s %12s %14s\n' article bytes seconds "MB/s" "peak RSS (MB)"
for f in assets/venezuela.txt "$work/1mb.txt" "$work/10mb.txt"; do
  bytes=$(stat -c %s "$f")
  /usr/bin/time -f '%e %M' -o "$work/time" target/release/counterpoint analyze "$f" --json > /dev/null
  read -r secs kb < "$work/time"
  python3 -c "import sys; b,s,k=int(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'{sys.argv[1]:<10} {b:>10} {s:>10.2f} {b/1e6/max(s,0.01):>12.1f} {k/1024:>14.1f}')" "$(basename "$f")" "$bytes" "$secs" "$kb"
done

#!/usr/bin/env bash
# Installs what the window needs and opens Counterpoint on the bundled sample article.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
cargo run --release -- assets/venezuela.txt

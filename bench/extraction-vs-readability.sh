#!/usr/bin/env bash
# Pages per second per core of Dossier's HTML article extraction and of Readability.js (jsdom), in the same run,
# on the ScrapingHub pages. Usage: bench/extraction-vs-readability.sh [BENCHMARK_DIR] [ROUNDS]
# npm packages go to a temporary folder (override with READABILITY_DIR); nothing is installed in the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-$root/../shared/data/extraction/scrapinghub}"
rounds="${2:-3}"
peer="${READABILITY_DIR:-${TMPDIR:-/tmp}/dossier-bench-readability}"
mkdir -p "$peer"
cp "$root/bench/peers/readability/package.json" "$root/bench/peers/readability/run.mjs" "$peer/"
[ -d "$peer/node_modules/@mozilla/readability" ] || (cd "$peer" && npm install --no-audit --no-fund --silent)

dotnet build -c Release "$root/bench/Dossier.Bench" -v quiet -nologo > /dev/null
ours=$(taskset -c 0 dotnet "$root/bench/Dossier.Bench/bin/Release/net10.0/Dossier.Bench.dll" extraction "$dir" "$rounds")
theirs=$(cd "$peer" && taskset -c 0 node run.mjs "$dir" "$rounds")
echo "$ours"
echo "$theirs"
a=$(echo "$ours" | awk '/pages_per_second/ {print $2}')
b=$(echo "$theirs" | awk '/pages_per_second/ {print $2}')
echo "dossier $a pages/s/core, readability.js $b pages/s/core, ratio $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a / b}')x"

#!/usr/bin/env bash
# Dossier's name and date recognisers beside compromise (people/places/organisations) and chrono-node
# (dates), on the same texts, in one run; prints each figure and Dossier's ratio to its peer.
# Usage: bench/peers/compare-recognizers.sh [SECONDS]   (needs node and npm; the peers install into
# their own folders' node_modules, which git ignores)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-5}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
for peer in compromise chrono; do
  (cd "bench/peers/$peer" && npm install --no-audit --no-fund --silent >/dev/null && node bench.js "$seconds") | tee -a "$out"
done
dotnet run -c Release --project bench/Dossier.Bench -- recognizers --seconds "$seconds" | tee -a "$out"
# Lines: "<who> <task words> <corpus> ... cpu_words_per_s N"; the peer's task is names (compromise) or dates (chrono-node).
awk '
  { for (i = 1; i < NF; i++) if ($i == "cpu_words_per_s") rate = $(i + 1)
    if ($1 == "compromise") peer["names " $3] = rate
    else if ($1 == "chrono-node") peer["dates " $3] = rate
    else if ($1 == "dossier") ours[$2 " " $3] = rate }
  END { print "task corpus dossier_cpu_words_per_s peer_cpu_words_per_s ratio"
        for (k in ours) if (k in peer) printf "%s %d %d %.2f\n", k, ours[k], peer[k], ours[k] / peer[k] }' "$out"

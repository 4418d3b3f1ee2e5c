#!/usr/bin/env bash
# Dossier's part-of-speech + entity models beside wink-nlp's (with its English lite model), on the
# same texts, one thread each, in one run.
# Usage: bench/peers/compare-ner.sh   (needs node and npm for the wink side)
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "== load: $(uptime) =="
echo "== wink-nlp (node $(node --version)) =="
(cd bench/peers/wink && npm install --no-audit --no-fund --silent && node bench-ner.js)
echo "== Dossier =="
dotnet run -c Release --project bench/Dossier.Bench -- tagging
echo "== load: $(uptime) =="

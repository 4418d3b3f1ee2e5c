#!/usr/bin/env bash
# Dossier's tokenizer and sentence splitter beside wink-nlp's, on the same texts, in one run.
# Usage: bench/peers/compare-text.sh   (needs node and npm for the wink side)
set -euo pipefail
cd "$(dirname "$0")/../.."
echo "== wink-nlp (node $(node --version)) =="
(cd bench/peers/wink && npm install --no-audit --no-fund --silent && node bench.js)
echo "== Dossier (BenchmarkDotNet) =="
dotnet run -c Release --project bench/Dossier.Bench -- --filter '*TextBenchmarks*' --inProcess

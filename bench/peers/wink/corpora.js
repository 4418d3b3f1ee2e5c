// The texts the wink-nlp timings read (the same as Dossier's TextCorpora) and the timing loop.
'use strict';
const fs = require('fs');
const path = require('path');

function repositoryRoot() {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'Dossier.slnx'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Dossier.slnx not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

function sharedDataFile(root, relative) {
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'shared', 'data', relative);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}

function corpora() {
  const root = repositoryRoot();
  const samplesDir = path.join(root, 'samples', 'summit-2019');
  const samples = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => fs.readFileSync(path.join(samplesDir, f), 'utf8'));
  const result = [['samples', samples]];
  const truth = sharedDataFile(root, 'extraction/scrapinghub/ground-truth.json');
  if (truth) {
    const json = JSON.parse(fs.readFileSync(truth, 'utf8'));
    result.push(['scrapinghub', Object.keys(json).sort().map((k) => json[k].articleBody || '')]);
  }
  return result;
}

// Three warm-up passes, then at least five passes and minSeconds; the median rate of the passes.
function time(pass, minSeconds) {
  for (let i = 0; i < 3; i++) pass();
  const rates = [];
  const deadline = process.hrtime.bigint() + BigInt(Math.round(minSeconds * 1e9));
  let tokens = 0;
  while (rates.length < 5 || process.hrtime.bigint() < deadline) {
    const start = process.hrtime.bigint();
    tokens = pass();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(tokens / seconds);
  }
  rates.sort((a, b) => a - b);
  return { tokens, median: rates[Math.floor(rates.length / 2)], passes: rates.length };
}

module.exports = { corpora, time };

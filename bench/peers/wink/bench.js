// Times wink-nlp's tokenizer (and tokenizer + sentence boundaries) on the texts Dossier's
// TextBenchmarks read: samples/summit-2019/*.txt and, when present, the ScrapingHub article bodies.
// Usage: npm install && node bench.js   (prints one line per corpus and pipeline)
'use strict';
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

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

function pass(nlp, texts) {
  let tokens = 0;
  for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
  return tokens;
}

function time(nlp, texts, minSeconds) {
  for (let i = 0; i < 3; i++) pass(nlp, texts);
  const rates = [];
  const deadline = process.hrtime.bigint() + BigInt(Math.round(minSeconds * 1e9));
  let tokens = 0;
  while (rates.length < 5 || process.hrtime.bigint() < deadline) {
    const start = process.hrtime.bigint();
    tokens = pass(nlp, texts);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(tokens / seconds);
  }
  rates.sort((a, b) => a - b);
  return { tokens, median: rates[Math.floor(rates.length / 2)], passes: rates.length };
}

const pipelines = [['tokenize', []], ['tokenize+sbd', ['sbd']]];
for (const [corpus, texts] of corpora()) {
  for (const [name, pipe] of pipelines) {
    const nlp = winkNLP(model, pipe);
    const r = time(nlp, texts, 3);
    console.log(`wink-nlp ${name.padEnd(13)} ${corpus.padEnd(12)} tokens ${String(r.tokens).padStart(8)}  ` +
      `median ${Math.round(r.median).toLocaleString('en-US').padStart(11)} tokens/s over ${r.passes} passes`);
  }
}

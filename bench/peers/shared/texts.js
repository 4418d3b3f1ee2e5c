// The texts Dossier's RecognizerThroughput and TextBenchmarks read: samples/summit-2019/*.txt and, when
// ../shared/data has them, the ScrapingHub article bodies (in id order), and a timer that reports the
// median pass by process CPU time, as the Dossier side does.
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
    const bodies = Object.keys(json).sort().map((k) => json[k].articleBody || '').filter((t) => t.length > 0);
    result.push(['scrapinghub', bodies]);
  }
  return result;
}

const countWords = (texts) => texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

// pass(texts) returns how many things it found; the median pass by CPU time is reported.
function time(label, corpus, texts, pass, minSeconds) {
  // Warm-up as on the Dossier side: at least 3 passes and 3 seconds of processor time, so the JIT has optimised the code.
  const warmFrom = process.cpuUsage();
  const warmCpu = () => { const u = process.cpuUsage(warmFrom); return (u.user + u.system) / 1e6; };
  for (let i = 0; i < 3 || warmCpu() < 3; i++) pass(texts);
  const runs = [];
  const deadline = process.hrtime.bigint() + BigInt(Math.round(minSeconds * 1e9));
  let found = 0;
  while (runs.length < 5 || process.hrtime.bigint() < deadline) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    found = pass(texts);
    const wall = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    runs.push({ wall, cpu: (used.user + used.system) / 1e6 });
  }
  runs.sort((a, b) => a.cpu - b.cpu);
  const median = runs[Math.floor(runs.length / 2)];
  const words = countWords(texts);
  console.log(`${label} ${corpus} texts ${texts.length} words ${words} found ${found} passes ${runs.length} ` +
    `wall_words_per_s ${Math.round(words / median.wall)} cpu_words_per_s ${Math.round(words / median.cpu)}`);
}

module.exports = { corpora, time };

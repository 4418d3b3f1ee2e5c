// The texts the wink-nlp timings read (the same as Dossier's TextCorpora) and the timing loop.
'use strict';
// The texts come from ../shared/texts.js, the same the compromise and chrono-node scripts time.
const { corpora } = require('../shared/texts.js');

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

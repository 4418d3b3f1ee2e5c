// Times chrono-node's date parser on the texts Dossier's `bench -- recognizers` reads, with a fixed
// reference date (Dossier anchors each text to its own publication date, or the latest date it states).
// Usage: npm install && node bench.js [SECONDS]
'use strict';
const chrono = require('chrono-node');
const { corpora, time } = require('../shared/texts.js');

const seconds = Number(process.argv[2] ?? 5);
const reference = new Date('2019-04-24T12:00:00Z');
function pass(texts) {
  let found = 0;
  for (const text of texts) found += chrono.parse(text, reference).length;
  return found;
}

for (const [corpus, texts] of corpora()) time('chrono-node dates', corpus, texts, pass, seconds);

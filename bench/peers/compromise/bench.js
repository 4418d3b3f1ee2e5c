// Times compromise's people, places and organisations on the texts Dossier's `bench -- recognizers`
// reads. Usage: npm install && node bench.js [SECONDS]
'use strict';
const nlp = require('compromise');
const { corpora, time } = require('../shared/texts.js');

const seconds = Number(process.argv[2] ?? 5);
function pass(texts) {
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  return found;
}

for (const [corpus, texts] of corpora()) time('compromise names', corpus, texts, pass, seconds);

// Times wink-nlp's tokenizer (and tokenizer + sentence boundaries) on the texts Dossier's
// TextBenchmarks read: samples/summit-2019/*.txt and, when present, the ScrapingHub article bodies.
// Usage: npm install && node bench.js   (prints one line per corpus and pipeline)
'use strict';
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const { corpora, time } = require('./corpora');

function pass(nlp, texts) {
  let tokens = 0;
  for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
  return tokens;
}

const pipelines = [['tokenize', []], ['tokenize+sbd', ['sbd']]];
for (const [corpus, texts] of corpora()) {
  for (const [name, pipe] of pipelines) {
    const nlp = winkNLP(model, pipe);
    const r = time(() => pass(nlp, texts), 3);
    console.log(`wink-nlp ${name.padEnd(13)} ${corpus.padEnd(12)} tokens ${String(r.tokens).padStart(8)}  ` +
      `median ${Math.round(r.median).toLocaleString('en-US').padStart(11)} tokens/s over ${r.passes} passes`);
  }
}

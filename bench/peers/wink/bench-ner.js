// Times wink-nlp's part-of-speech tagging and named-entity recognition (with its tokenizer and
// sentence boundaries, which they need) on the texts Dossier's `bench -- tagging` mode reads:
// samples/summit-2019/*.txt and, when present, the ScrapingHub article bodies.
// Usage: npm install && node bench-ner.js   (one line per corpus, single-threaded)
'use strict';
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const { corpora, time } = require('./corpora');

for (const [corpus, texts] of corpora()) {
  const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
  const pass = () => {
    let tokens = 0;
    for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
    return tokens;
  };
  const r = time(pass, 3);
  console.log(`wink-nlp pos+ner      ${corpus.padEnd(12)} tokens ${String(r.tokens).padStart(8)}  ` +
    `median ${Math.round(r.median).toLocaleString('en-US').padStart(11)} tokens/s over ${r.passes} passes`);
}

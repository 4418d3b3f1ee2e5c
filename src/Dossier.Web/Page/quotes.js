// The quote board: one card per speaker, most quoted first, each quote linking to its place in the article.
import { h, link } from './dom.js';
import { list } from './model.js';

const SHOWN = 3;

function quoteItem(model, q) {
  return h('li', { class: `quote ${q.kind ?? ''}` },
    link(`#/doc/${encodeURIComponent(q.doc)}/q${q.start}-${q.end}`, { class: 'quote-link', 'data-doc': q.doc }, h('q', null, q.text)),
    h('span', { class: 'muted via' }, ` ${q.cue ?? ''} · ${q.kind ?? ''} · ${model.documentLabel(q.doc)}`));
}

function speakerKey(quote) {
  return quote.speaker?.entity ?? quote.speaker?.name ?? '';
}

export function quoteBoard(model) {
  const bySpeaker = new Map();
  for (const quote of list(model.dossier.quotes)) {
    const key = speakerKey(quote);
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key).push(quote);
  }
  if (bySpeaker.size === 0) return null;
  const speakers = [...bySpeaker.entries()].sort((a, b) =>
    (a[0] === '') - (b[0] === '') || b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return h('div', { class: 'quote-board' }, speakers.map(([key, quotes]) => {
    const speaker = quotes[0].speaker;
    const name = key === '' ? 'Unattributed' : model.entities.get(speaker?.entity)?.name ?? speaker?.name ?? key;
    const description = speaker?.description ?? model.entities.get(speaker?.entity)?.description;
    return h('article', { class: 'speaker', 'data-speaker': key },
      h('h3', null, name, ' ', h('span', { class: 'count muted' }, `${quotes.length}`)),
      description ? h('p', { class: 'muted role' }, description) : null,
      h('ul', null, quotes.slice(0, SHOWN).map((q) => quoteItem(model, q))),
      quotes.length > SHOWN
        ? h('details', null, h('summary', null, `${quotes.length - SHOWN} more`), h('ul', null, quotes.slice(SHOWN).map((q) => quoteItem(model, q))))
        : null);
  }));
}

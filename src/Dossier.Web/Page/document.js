// The document view: metadata, the clean text sentence by sentence with quotes and framing marked
// (and the cited sentence or span in focus), then every block the cleaner removed and why.
import { h, externalLink, section } from './dom.js';
import { list, shortDate } from './model.js';

/** Marks within [0, length): {start, end, class, title}, clipped and without empty ones. */
function clip(marks, length) {
  return marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start < m.end);
}

/**
 * Splits text at every sentence and mark boundary and returns the pieces as nodes: a span per
 * sentence holding text nodes and <mark>s. Text between sentences stays plain text.
 */
export function markedText(text, sentences, marks) {
  const spans = list(sentences).filter((s) => s.start < s.end && s.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const clipped = clip(marks, text.length);
  for (const m of clipped) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  let sentenceIndex = 0;
  let current = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (sentenceIndex < spans.length && spans[sentenceIndex].end <= start) sentenceIndex++;
    const inSentence = sentenceIndex < spans.length && spans[sentenceIndex].start <= start;
    if (inSentence && current?.index !== sentenceIndex) {
      current = { index: sentenceIndex, node: h('span', { class: 'sentence', id: `s-${sentenceIndex}`, 'data-sentence': sentenceIndex }) };
      nodes.push(current.node);
    } else if (!inSentence) {
      current = null;
    }
    const covering = clipped.filter((m) => m.start <= start && end <= m.end);
    const piece = text.slice(start, end);
    const node = covering.length === 0
      ? document.createTextNode(piece)
      : h('mark', { class: covering.map((m) => m.class), title: covering.map((m) => m.title).filter(Boolean).join(' · ') || null }, piece);
    (current ? current.node : { append: (n) => nodes.push(n) }).append(node);
  }
  return nodes;
}

function metadata(doc) {
  const rows = [
    ['outlet', doc.outlet], ['published', doc.published], ['authors', list(doc.authors).join(', ')],
    ['re-posted from', doc.originalOutlet], ['section', doc.section], ['language', doc.language], ['source', doc.source],
  ].filter(([, value]) => value);
  return h('dl', { class: 'doc-meta' },
    rows.map(([name, value]) => [h('dt', null, name), h('dd', null, value)]),
    doc.url ? [h('dt', null, 'url'), h('dd', null, externalLink(doc.url))] : null);
}

function removedBlocks(doc) {
  const removed = list(doc.removed);
  if (removed.length === 0) return null;
  return h('ul', { class: 'removed' }, removed.map((block) => h('li', { 'data-kind': block.kind ?? '' },
    h('span', { class: 'kind' }, block.kind ?? 'other'),
    block.rule ? h('span', { class: 'muted rule' }, ` ${block.rule}`) : null,
    h('div', { class: 'removed-text' }, block.text ?? ''))));
}

/**
 * focus: {sentence: n} or {start, end}; context: the story model, when the document is part of
 * the story being read, for its quotes and framing.
 */
export function documentPage(doc, focus, context) {
  const text = doc.text ?? '';
  const quotes = list(context?.dossier.quotes).filter((q) => q.doc === doc.id)
    .map((q) => ({ start: q.start, end: q.end, class: 'quote', title: q.speaker?.name ? `${q.speaker.name} ${q.cue ?? ''}`.trim() : null }));
  const framing = list(context?.story.framing).filter((f) => f.doc === doc.id)
    .map((f) => ({ start: f.start, end: f.end, class: 'framing', title: [f.kind, f.note].filter(Boolean).join(': ') }));
  const sentences = list(doc.sentences);
  const focusMark = focus && Number.isInteger(focus.start)
    ? [{ start: focus.start, end: focus.end, class: 'focus' }]
    : [];
  const body = h('div', { class: 'article-text', lang: doc.language ?? null }, markedText(text, sentences, [...quotes, ...framing, ...focusMark]));
  if (focus && Number.isInteger(focus.sentence)) {
    body.querySelector(`#s-${focus.sentence}`)?.classList.add('focus');
  }
  const warnings = list(doc.warnings);
  return h('article', { class: 'document', 'data-doc': doc.id },
    h('h1', null, doc.title ?? doc.id),
    h('p', { class: 'muted' }, [doc.outlet, shortDate(doc.published)].filter(Boolean).join(' · ')),
    metadata(doc),
    warnings.length ? h('ul', { class: 'warnings' }, warnings.map((w) => h('li', null, w))) : null,
    (quotes.length || framing.length) ? h('p', { class: 'legend muted' },
      quotes.length ? h('mark', { class: 'quote' }, 'quoted words') : null, ' ',
      framing.length ? h('mark', { class: 'framing' }, 'framing') : null) : null,
    section('text', 'Text', body, 'This document has no text.'),
    section('removed', 'Removed by the cleaner', removedBlocks(doc), 'Nothing was removed.'));
}

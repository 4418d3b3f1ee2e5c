// The story page: sources, cited summary, agreements and exclusives, conflicts, timeline, actor
// network, quote board, events and framing, each saying so when it has nothing yet.
import { h, link, externalLink, section } from './dom.js';
import { list, shortDate } from './model.js';
import { citation, citedStatement } from './cite.js';
import { timelineChart } from './timeline.js';
import { actorNetwork } from './network.js';
import { quoteBoard } from './quotes.js';
import { eventsTable } from './events.js';

function copiesOf(model) {
  // story.copies: groups of ids of one article; the first of each group is the one kept.
  const original = new Map();
  for (const group of list(model.story.copies)) {
    const ids = list(group);
    for (const id of ids.slice(1)) original.set(id, ids[0]);
  }
  return original;
}

function sources(model) {
  const ids = list(model.story.documents);
  if (ids.length === 0) return null;
  const copies = copiesOf(model);
  return h('ol', { class: 'sources' }, ids.map((id) => {
    const doc = model.document(id);
    const copyOf = copies.get(id);
    return h('li', { class: 'source', 'data-doc': id },
      link(`#/doc/${encodeURIComponent(id)}`, { class: 'source-title' }, doc?.title ?? id),
      h('div', { class: 'meta' },
        h('span', { class: 'outlet' }, doc?.outlet ?? 'unknown outlet'),
        doc?.published ? [' · ', h('time', { datetime: doc.published }, shortDate(doc.published))] : ' · undated',
        list(doc?.authors).length ? ` · ${list(doc.authors).join(', ')}` : null,
        doc?.originalOutlet ? h('span', { class: 'repost' }, ` · re-posted from ${doc.originalOutlet}`) : null,
        copyOf ? h('span', { class: 'repost' }, ' · copy of ', link(`#/doc/${encodeURIComponent(copyOf)}`, null, model.documentLabel(copyOf))) : null,
        doc?.url ? [' · ', externalLink(doc.url, 'original')] : null));
  }));
}

function statements(model, items) {
  const all = list(items);
  return all.length ? h('ol', { class: 'statements' }, all.map((s) => citedStatement(model, s))) : null;
}

function conflicts(model) {
  const all = list(model.story.conflicts);
  if (all.length === 0) return null;
  return h('div', { class: 'conflicts' }, all.map((conflict) => h('article', { class: 'conflict-item' },
    h('h3', null, conflict.about ?? ''),
    h('ul', null, list(conflict.claims).map((claim, i) => h('li', null,
      h('strong', null, claim.value ?? ''), ` — ${model.documentLabel(claim.doc)} `, citation(model, claim, i + 1)))))));
}

/** The framing's sentence with the framing words marked. */
function framingInContext(model, framing) {
  const doc = model.document(framing.doc);
  const sentence = list(doc?.sentences).find((s) => s.start <= framing.start && framing.start < s.end);
  if (!doc || !sentence || framing.end > doc.text.length) return h('mark', { class: 'framing' }, framing.text ?? '');
  const end = Math.min(framing.end, sentence.end);
  return h('span', null,
    doc.text.slice(sentence.start, framing.start),
    h('mark', { class: 'framing', title: framing.note ?? framing.kind ?? '' }, doc.text.slice(framing.start, end)),
    doc.text.slice(end, sentence.end));
}

function framing(model) {
  const all = list(model.story.framing);
  if (all.length === 0) return null;
  return h('ul', { class: 'framing-list' }, all.map((f) => h('li', null,
    h('span', { class: 'kind' }, f.kind ?? 'framing'), ' ',
    framingInContext(model, f), ' ',
    link(`#/doc/${encodeURIComponent(f.doc)}/r${f.start}-${f.end}`, { class: 'muted' }, model.documentLabel(f.doc)),
    f.note ? h('p', { class: 'muted note' }, f.note) : null)));
}

export function storyPage(model) {
  const story = model.story;
  const outlets = [...new Set(list(story.documents).map((id) => model.document(id)?.outlet).filter(Boolean))];
  const contents = [
    ['sources', 'Sources'], ['summary', 'Summary'], ['agreements', 'Agreements'], ['exclusives', 'Exclusives'],
    ['conflicts', 'Conflicts'], ['timeline', 'Timeline'], ['network', 'Actors'], ['quotes', 'Quotes'],
    ['events', 'Events'], ['framing', 'Framing'],
  ];
  return h('article', { class: 'story', 'data-story': story.id ?? '' },
    h('h1', null, story.title ?? story.id ?? 'Story'),
    h('p', { class: 'muted' }, `${list(story.documents).length} sources`, outlets.length ? ` · ${outlets.join(', ')}` : ''),
    h('nav', { class: 'contents', 'aria-label': 'Sections' }, contents.map(([id, title]) =>
      link(`#/story/${encodeURIComponent(story.id ?? '')}`, {
        onclick: (event) => { event.preventDefault(); document.getElementById(id)?.scrollIntoView(); },
      }, title))),
    h('div', { class: 'columns' },
      section('summary', 'Summary', statements(model, story.summary), 'No summary yet.'),
      section('sources', 'Sources', sources(model), 'No sources.')),
    h('div', { class: 'columns' },
      section('agreements', 'Reported by several outlets', statements(model, story.agreements), 'No statement is reported by two or more outlets yet.'),
      section('exclusives', 'Reported by one outlet only', statements(model, story.exclusives), 'No exclusives found yet.')),
    section('conflicts', 'Conflicts', conflicts(model), 'The sources do not contradict each other on anything found so far.'),
    section('timeline', 'Timeline', timelineChart(model), 'No dated statements.'),
    section('network', 'Actors', actorNetwork(model), 'Too few connected actors to draw.'),
    section('quotes', 'Quotes by speaker', quoteBoard(model), 'No quotes found.'),
    section('events', 'Events', eventsTable(model), 'No events coded for this story yet.'),
    section('framing', 'Framing', framing(model), 'No framing found yet.'));
}

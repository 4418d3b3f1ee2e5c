// The events table: who did what to whom, when and where, as coded from the sentences cited.
import { h } from './dom.js';
import { list } from './model.js';
import { citation } from './cite.js';
import { rootVerb, relationTone } from './cameo.js';

function actor(model, actor) {
  if (!actor) return '—';
  const name = model.entityName(actor);
  return actor.actorCode ? [name, ' ', h('code', null, actor.actorCode)] : name;
}

export function eventsTable(model) {
  const events = list(model.dossier.events);
  if (events.length === 0) return null;
  return h('div', { class: 'scroll' }, h('table', { class: 'events' },
    h('thead', null, h('tr', null, ['date', 'who', 'did', 'to whom', 'where', 'mode', 'Goldstein', 'sources'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', null, events.map((e) => h('tr', { class: relationTone(e.quadClass, e.rootCode) },
      h('td', null, e.date ?? '—'),
      h('td', null, actor(model, e.source)),
      h('td', null, rootVerb(e.rootCode), h('br'), h('small', { class: 'muted' }, [`CAMEO ${e.cameo ?? ''}`, e.plover].filter(Boolean).join(' · '))),
      h('td', null, actor(model, e.target)),
      h('td', null, e.location ? [e.location.name, e.location.country ? ` (${e.location.country})` : ''] : '—'),
      h('td', null, [e.mode, e.ploverMode].filter(Boolean).join(' · ') || '—'),
      h('td', { class: 'number' }, typeof e.goldstein === 'number' ? e.goldstein.toFixed(1) : '—'),
      h('td', null, list(e.evidence).map((c, i) => citation(model, c, i + 1))))))));
}

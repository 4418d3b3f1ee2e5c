// Search results from /api/search, each leading to where it was found.
import { h, link, section } from './dom.js';
import { list } from './model.js';

function target(hit) {
  switch (hit.kind) {
    case 'story': return `#/story/${encodeURIComponent(hit.ref)}`;
    case 'document': return `#/doc/${encodeURIComponent(hit.ref)}`;
    case 'quote': {
      const offset = Number(String(hit.ref).split('#').pop());
      return `#/doc/${encodeURIComponent(hit.doc)}` + (Number.isInteger(offset) ? `/o${offset}` : '');
    }
    default: return hit.doc ? `#/doc/${encodeURIComponent(hit.doc)}` : null;
  }
}

export function searchPage(query, results) {
  const hits = list(results.items);
  return h('div', null,
    h('h1', null, 'Search: ', h('q', null, query)),
    section('results', `${hits.length} results`,
      hits.length ? h('ol', { class: 'results' }, hits.map((hit) => {
        const route = target(hit);
        const title = hit.title || hit.ref;
        return h('li', { class: `hit ${hit.kind}` },
          h('span', { class: 'kind' }, hit.kind), ' ',
          route ? link(route, { class: 'hit-link' }, title) : h('strong', null, title),
          h('p', { class: 'snippet' }, hit.snippet ?? ''));
      })) : null,
      'Nothing found.'));
}

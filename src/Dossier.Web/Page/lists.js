// The home page (stories) and the documents list.
import { h, link, section } from './dom.js';
import { list, shortDate } from './model.js';

const PAGE = 50;

function pager(route, page) {
  const previous = page.offset > 0 ? link(`${route}/${Math.max(0, page.offset - page.limit)}`, { class: 'button' }, '← previous') : null;
  const next = page.offset + page.limit < page.total ? link(`${route}/${page.offset + page.limit}`, { class: 'button' }, 'next →') : null;
  return previous || next ? h('p', { class: 'pager' }, previous, ' ', next) : null;
}

export function storyList(page) {
  const items = list(page.items);
  return h('div', null,
    h('h1', null, 'Stories'),
    section('stories', `${page.total} ${page.total === 1 ? 'story' : 'stories'}`,
      items.length ? h('ul', { class: 'story-list' }, items.map((s) => h('li', null,
        link(`#/story/${encodeURIComponent(s.id)}`, { class: 'story-link' }, s.title || s.id),
        h('span', { class: 'muted' }, ` · ${s.documentCount} sources`)))) : null,
      'No stories yet: add articles with "Add an article" or `dossier ingest`.'),
    pager('#/stories', page));
}

export function documentList(page) {
  const items = list(page.items);
  return h('div', null,
    h('h1', null, 'Documents'),
    section('documents', `${page.total} documents`,
      items.length ? h('div', { class: 'scroll' }, h('table', { class: 'documents' },
        h('thead', null, h('tr', null, ['title', 'outlet', 'published', 're-posted from'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', null, items.map((d) => h('tr', null,
          h('td', null, link(`#/doc/${encodeURIComponent(d.id)}`, null, d.title || d.id)),
          h('td', null, d.outlet ?? '—'),
          h('td', null, shortDate(d.published) ?? '—'),
          h('td', null, d.originalOutlet ?? '—')))))) : null,
      'No documents yet.'),
    pager('#/documents', { ...page, limit: page.limit ?? PAGE }));
}

export { PAGE };

// The upload form: one article as text or HTML (typed or read from a local file), posted as JSON.
import { h, link } from './dom.js';
import { api } from './api.js';
import { list } from './model.js';

const FIELDS = [
  ['title', 'Title', 'text'], ['outlet', 'Outlet', 'text'], ['published', 'Published (ISO date)', 'text'], ['url', 'URL', 'url'],
];

export function uploadPage() {
  const status = h('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const text = h('textarea', { id: 'upload-text', name: 'text', rows: 14, required: true, maxlength: 2000000 });
  const isHtml = h('input', { id: 'upload-html', type: 'checkbox', name: 'html' });
  const file = h('input', { id: 'upload-file', type: 'file', accept: '.txt,.html,.htm,text/plain,text/html' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    text.value = await chosen.text();
    isHtml.checked = /\.html?$/i.test(chosen.name) || chosen.type === 'text/html';
  });
  const inputs = FIELDS.map(([name, label, type]) => [name, label, h('input', { id: `upload-${name}`, name, type, maxlength: 2000 })]);
  const form = h('form', { class: 'upload', id: 'upload-form' },
    inputs.map(([name, label, input]) => h('p', null, h('label', { for: `upload-${name}` }, label), input)),
    h('p', null, h('label', { for: 'upload-file' }, 'Read from a file'), file),
    h('p', null, h('label', { for: 'upload-text' }, 'Article'), text),
    h('p', { class: 'inline' }, isHtml, h('label', { for: 'upload-html' }, 'the article is HTML')),
    h('p', null, h('button', { type: 'submit' }, 'Analyse and add')),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const article = Object.fromEntries(inputs.map(([name, , input]) => [name, input.value.trim() || null]));
    article[isHtml.checked ? 'html' : 'text'] = text.value;
    status.replaceChildren(h('p', { class: 'muted' }, 'Analysing…'));
    try {
      const outcome = await api.upload(article);
      const added = list(outcome.added);
      status.replaceChildren(added.length
        ? h('p', { class: 'ok' }, 'Added as ', link(`#/doc/${encodeURIComponent(added[0])}`, null, added[0]), `. The store now holds ${outcome.documentsStored} documents.`)
        : h('p', { class: 'ok' }, 'This article is already stored', list(outcome.alreadyStored).length ? [' as ', link(`#/doc/${encodeURIComponent(outcome.alreadyStored[0])}`, null, outcome.alreadyStored[0])] : null, '.'));
    } catch (error) {
      status.replaceChildren(h('p', { class: 'error' }, `Not added: ${error.message}`));
    }
  });
  return h('div', null, h('h1', null, 'Add an article'),
    h('p', { class: 'muted' }, 'The article is analysed on this server and added to the store; the stories are recomputed.'),
    form);
}

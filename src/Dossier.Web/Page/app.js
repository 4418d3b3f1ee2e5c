// The page's router: routes live in the URL fragment (#/story/ID, #/doc/ID/s3, #/search/WORDS…),
// each view is built from the API's JSON with DOM calls only.
import { h, link, clear } from './dom.js';
import { api } from './api.js';
import { StoryModel } from './model.js';
import { hideTooltip } from './cite.js';
import { storyPage } from './story.js';
import { documentPage } from './document.js';
import { storyList, documentList, PAGE } from './lists.js';
import { searchPage } from './search.js';
import { uploadPage } from './upload.js';

let storyModel = null;

async function storyModelFor(id) {
  if (storyModel?.story.id !== id) storyModel = new StoryModel(await api.storyDossier(id));
  return storyModel;
}

/** '#/doc/ID/s3' → {sentence: 3}; '/r10-20' → {start: 10, end: 20}; '/o10' → the sentence holding offset 10. */
function parseFocus(part, doc) {
  let match = /^s(\d+)$/.exec(part ?? '');
  if (match) return { sentence: Number(match[1]) };
  match = /^[rq](\d+)-(\d+)$/.exec(part ?? '');
  if (match) return { start: Number(match[1]), end: Number(match[2]) };
  match = /^o(\d+)$/.exec(part ?? '');
  if (match) {
    const offset = Number(match[1]);
    const index = (doc.sentences ?? []).findIndex((s) => s.start <= offset && offset < s.end);
    return index >= 0 ? { sentence: index } : null;
  }
  return null;
}

async function documentView(id, focusPart) {
  const context = storyModel?.document(id) ? storyModel : null;
  const doc = context ? context.document(id) : await api.document(id);
  const page = documentPage(doc, parseFocus(focusPart, doc), context);
  const back = context ? link(`#/story/${encodeURIComponent(context.story.id)}`, { class: 'back' }, `← ${context.story.title ?? 'story'}`) : null;
  return [back, page];
}

const routes = [
  [/^$/, () => api.stories(0, PAGE).then(storyList)],
  [/^stories\/(\d+)$/, (offset) => api.stories(Number(offset), PAGE).then(storyList)],
  [/^story\/([^/]+)$/, async (id) => storyPage(await storyModelFor(id))],
  [/^doc\/([^/]+)(?:\/([a-z]\d+(?:-\d+)?))?$/, documentView],
  [/^documents$/, () => api.documents(0, PAGE).then(documentList)],
  [/^documents\/(\d+)$/, (offset) => api.documents(Number(offset), PAGE).then(documentList)],
  [/^search\/(.+)$/, async (q) => searchPage(q, await api.search(q))],
  [/^upload$/, async () => uploadPage()],
];

function decodePart(part) {
  try {
    return part === undefined ? undefined : decodeURIComponent(part);
  } catch {
    return part;
  }
}

async function render() {
  const main = document.getElementById('main');
  const route = location.hash.replace(/^#\/?/, '');
  hideTooltip();
  main.removeAttribute('data-rendered');
  for (const [pattern, view] of routes) {
    const match = pattern.exec(route);
    if (!match) continue;
    main.setAttribute('aria-busy', 'true');
    try {
      const content = await view(...match.slice(1).map(decodePart));
      if (location.hash.replace(/^#\/?/, '') !== route) return;
      clear(main).append(...[content].flat().filter(Boolean));
      document.title = `${main.querySelector('h1')?.textContent ?? 'Dossier'} · Dossier`;
      const focused = main.querySelector('.focus');
      if (focused) focused.scrollIntoView({ block: 'center' }); else window.scrollTo(0, 0);
    } catch (error) {
      clear(main).append(h('h1', null, 'Something went wrong'), h('p', { class: 'error' }, error.message));
    } finally {
      main.removeAttribute('aria-busy');
      // Tests and tools wait for this: the view of this route is complete.
      if (location.hash.replace(/^#\/?/, '') === route) main.setAttribute('data-rendered', route);
    }
    return;
  }
  clear(main).append(h('h1', null, 'Not found'), h('p', null, link('#/', null, 'Back to the stories')));
  main.setAttribute('data-rendered', route);
}

function start() {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-input');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim();
    if (q) location.hash = `#/search/${encodeURIComponent(q)}`;
  });
  window.addEventListener('hashchange', render);
  render();
}

start();

// Building the page. Everything that comes from an article is untrusted: it goes into the page
// only as text nodes and attribute values, never as markup, and only http(s) URLs become links.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

function setAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      node.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
    } else if (name === 'href') {
      throw new Error('use link() or safeLink() for links');
    } else if (name.startsWith('on') || name === 'style' || name === 'srcdoc') {
      throw new Error(`attribute ${name} is not allowed`);
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return node;
}

/** An HTML element: h('p', {class: 'x'}, 'text', child…). Text children become text nodes. */
export function h(tag, attributes, ...children) {
  return append(setAttributes(document.createElement(tag), attributes), children);
}

/** An SVG element, with the same rules as h(). */
export function svg(tag, attributes, ...children) {
  return append(setAttributes(document.createElementNS(SVG_NS, tag), attributes), children);
}

/** A link inside this page: a route such as '#/story/x'. */
export function link(route, attributes, ...children) {
  const a = h('a', attributes, ...children);
  a.setAttribute('href', route.startsWith('#') ? route : '#' + route);
  return a;
}

/** The URL if it is an absolute http or https URL, else null. */
export function safeUrl(text) {
  if (typeof text !== 'string') return null;
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A link out of the page for an http(s) URL; any other URL (javascript:, data:…) is shown as text. */
export function externalLink(url, ...children) {
  const safe = safeUrl(url);
  if (safe === null) return h('span', { class: 'url' }, ...(children.length ? children : [url ?? '']));
  const a = h('a', { rel: 'noopener noreferrer nofollow', target: '_blank', class: 'external' }, ...(children.length ? children : [safe]));
  a.setAttribute('href', safe);
  return a;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** A titled section; when it has nothing to show it says so instead of disappearing. */
export function section(id, title, content, emptyText) {
  const empty = content === null || content === undefined || (Array.isArray(content) && content.length === 0);
  return h('section', { id, class: 'panel' },
    h('h2', null, title),
    empty ? h('p', { class: 'empty muted' }, emptyText) : content);
}

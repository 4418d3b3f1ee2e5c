// Citations: a numbered button per cited sentence. Hovering or focusing it shows the sentence in
// the shared tooltip; activating it opens the document at that sentence.
import { h } from './dom.js';
import { list } from './model.js';

let tooltipFor = null;

function tooltip() {
  return document.getElementById('tooltip');
}

function showTooltip(target, heading, text) {
  const tip = tooltip();
  tip.replaceChildren(h('strong', null, heading), h('span', null, text));
  tip.hidden = false;
  tooltipFor = target;
  const box = target.getBoundingClientRect();
  const width = Math.min(420, window.innerWidth - 16);
  tip.style.width = `${width}px`;
  tip.style.left = `${Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + window.innerWidth - width - 8))}px`;
  tip.style.top = `${window.scrollY + box.bottom + 6}px`;
}

export function hideTooltip() {
  const tip = tooltip();
  if (tip) tip.hidden = true;
  tooltipFor = null;
}

/** Makes `target` show `heading` and `text` in the tooltip on hover and focus. */
export function withTooltip(target, heading, text) {
  target.setAttribute('aria-describedby', 'tooltip');
  const show = () => showTooltip(target, heading, text);
  const hide = () => { if (tooltipFor === target) hideTooltip(); };
  target.addEventListener('mouseenter', show);
  target.addEventListener('focus', show);
  target.addEventListener('mouseleave', hide);
  target.addEventListener('blur', hide);
  return target;
}

/** One citation button for {doc, sentence}. */
export function citation(model, cite, number) {
  const sentence = model.sentence(cite.doc, cite.sentence);
  const button = h('button', {
    type: 'button',
    class: 'cite',
    'data-doc': cite.doc,
    'data-sentence': cite.sentence,
    'aria-label': `source ${number}: ${model.documentLabel(cite.doc)}`,
    onclick: () => { location.hash = `#/doc/${encodeURIComponent(cite.doc)}/s${cite.sentence}`; },
  }, String(number));
  return withTooltip(button, model.documentLabel(cite.doc), sentence ?? `sentence ${cite.sentence} (document not loaded)`);
}

/** A statement followed by its citation buttons, numbered from `first`. */
export function citedStatement(model, statement, tag = 'li') {
  return h(tag, { class: 'statement' },
    h('span', { class: 'text' }, statement.text ?? ''),
    ' ',
    h('span', { class: 'cites' }, list(statement.citations).map((c, i) => citation(model, c, i + 1))));
}

// The timeline chart: one column per date, in date order (evenly spaced, so a story's busy week is
// not squeezed beside a war seventy years earlier), one dot per dated statement.
import { h, svg } from './dom.js';
import { dateValue } from './model.js';
import { withTooltip } from './cite.js';

const COLUMN = 56;
const DOT = 7;
const TOP = 16;

function byDate(items) {
  const groups = new Map();
  for (const item of items) {
    if (dateValue(item.date) === null) continue;
    if (!groups.has(item.date)) groups.set(item.date, []);
    groups.get(item.date).push(item);
  }
  return [...groups.entries()].sort((a, b) => dateValue(a[0]) - dateValue(b[0]) || a[0].localeCompare(b[0]));
}

function openSentence(item) {
  location.hash = `#/doc/${encodeURIComponent(item.doc)}/s${item.sentence}`;
}

export function timelineChart(model) {
  const groups = byDate(model.timeline());
  if (groups.length === 0) return null;
  const tallest = Math.max(...groups.map(([, items]) => items.length));
  const rows = Math.min(tallest, 8);
  const height = TOP + rows * (DOT * 2 + 4) + 70;
  const width = Math.max(320, groups.length * COLUMN + 80);
  const axis = height - 62;
  const chart = svg('svg', {
    class: 'timeline-chart', viewBox: `0 0 ${width} ${height}`, width, height,
    role: 'img', 'aria-label': `Timeline: ${groups.length} dates`,
  });
  chart.append(svg('line', { x1: 8, y1: axis, x2: width - 8, y2: axis, class: 'axis' }));
  groups.forEach(([date, items], column) => {
    const x = 20 + column * COLUMN + COLUMN / 2;
    chart.append(svg('text', { x, y: axis + 14, class: 'tick', transform: `rotate(35 ${x} ${axis + 14})` }, date));
    items.slice(0, rows).forEach((item, row) => {
      const y = axis - 6 - DOT - row * (DOT * 2 + 4);
      const more = row === rows - 1 && items.length > rows ? items.length - rows : 0;
      const dot = svg('g', {
        class: 'dot', tabindex: 0, role: 'button', 'data-date': date,
        'aria-label': `${date}: ${item.text}`,
        onclick: () => openSentence(item),
        onkeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); openSentence(item); } },
      },
      svg('circle', { cx: x, cy: y, r: DOT }),
      more ? svg('text', { x: x + DOT + 2, y: y + 4, class: 'more' }, `+${more}`) : null);
      withTooltip(dot, `${date} · ${model.documentLabel(item.doc)}`, item.text);
      chart.append(dot);
    });
  });
  const list = h('ol', { class: 'timeline-list' }, groups.map(([date, items]) => h('li', null,
    h('time', { datetime: date }, date),
    h('ul', null, items.map((item) => h('li', null,
      h('span', null, item.text), ' ',
      h('button', { type: 'button', class: 'cite', onclick: () => openSentence(item) }, model.documentLabel(item.doc))))))));
  return [
    h('div', { class: 'scroll' }, chart),
    h('details', { class: 'timeline-details' }, h('summary', null, `All ${groups.reduce((n, [, items]) => n + items.length, 0)} dated statements`), list),
  ];
}

// The actor network: the story's most mentioned people, organisations and countries as nodes;
// an arrow for each coded event between two of them (who met, criticised, aided whom), and a thin
// line for actors named together in one sentence, thicker the more sentences do.
import { h, svg } from './dom.js';
import { list } from './model.js';
import { withTooltip, hideTooltip } from './cite.js';
import { rootVerb, relationTone, quadClassName } from './cameo.js';

const WIDTH = 720;
const HEIGHT = 440;
const MAX_NODES = 16;
const MAX_COMENTION_EDGES = 36;
const ACTOR_TYPES = new Set(['person', 'organization', 'country']);

function sentenceOf(doc, offset) {
  const sentences = list(doc?.sentences);
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (offset < sentences[mid].start) high = mid - 1;
    else if (offset >= sentences[mid].end) low = mid + 1;
    else return mid;
  }
  return -1;
}

function coMentions(model) {
  const bySentence = new Map();
  for (const entity of model.entities.values()) {
    if (!ACTOR_TYPES.has(entity.type)) continue;
    for (const mention of list(entity.mentions)) {
      const index = sentenceOf(model.document(mention.doc), mention.start);
      if (index < 0) continue;
      const key = `${mention.doc}\u0000${index}`;
      if (!bySentence.has(key)) bySentence.set(key, new Set());
      bySentence.get(key).add(entity.id);
    }
  }
  const pairs = new Map();
  for (const ids of bySentence.values()) {
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return [...pairs.entries()].map(([key, weight]) => {
    const [a, b] = key.split('\u0000');
    return { a, b, weight };
  });
}

function eventEdges(model) {
  return list(model.dossier.events)
    .filter((e) => e.source?.entity && e.target?.entity && e.source.entity !== e.target.entity)
    .map((e) => ({ a: e.source.entity, b: e.target.entity, event: e }));
}

/** The network's nodes and edges, or null when fewer than two actors are connected. */
export function buildNetwork(model) {
  const mentionCount = (id) => list(model.entities.get(id)?.mentions).length;
  const events = eventEdges(model).filter((e) => model.entities.has(e.a) && model.entities.has(e.b));
  const chosen = new Set(events.flatMap((e) => [e.a, e.b]));
  const ranked = [...model.entities.values()]
    .filter((e) => ACTOR_TYPES.has(e.type))
    .sort((x, y) => list(y.mentions).length - list(x.mentions).length || x.id.localeCompare(y.id));
  for (const entity of ranked) {
    if (chosen.size >= MAX_NODES) break;
    chosen.add(entity.id);
  }
  const together = coMentions(model)
    .filter((p) => chosen.has(p.a) && chosen.has(p.b))
    .sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
    .slice(0, MAX_COMENTION_EDGES);
  const connected = new Set([...events, ...together].flatMap((e) => [e.a, e.b]));
  const nodes = [...chosen].filter((id) => connected.has(id))
    .map((id) => ({ id, name: model.entities.get(id).name, entity: model.entities.get(id), mentions: mentionCount(id) }));
  if (nodes.length < 2) return null;
  return { nodes, events, together };
}

/** Force-directed placement, deterministic: starts from a circle in a fixed order. */
function layout(nodes, edges) {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const k = Math.sqrt((WIDTH * HEIGHT) / nodes.length) * 0.75;
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = WIDTH / 2 + (WIDTH / 3) * Math.cos(angle);
    n.y = HEIGHT / 2 + (HEIGHT / 3) * Math.sin(angle);
  });
  let temperature = WIDTH / 8;
  for (let step = 0; step < 300; step++) {
    const moves = nodes.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const dx = nodes[i].x - nodes[j].x || 0.01;
        const dy = nodes[i].y - nodes[j].y || 0.01;
        const distance = Math.max(1, Math.hypot(dx, dy));
        const push = (k * k) / distance;
        moves[i].x += (dx / distance) * push; moves[i].y += (dy / distance) * push;
        moves[j].x -= (dx / distance) * push; moves[j].y -= (dy / distance) * push;
      }
    }
    for (const edge of edges) {
      const i = index.get(edge.a);
      const j = index.get(edge.b);
      const dx = nodes[i].x - nodes[j].x;
      const dy = nodes[i].y - nodes[j].y;
      const distance = Math.max(1, Math.hypot(dx, dy));
      const pull = ((distance * distance) / k) * Math.min(1, 0.3 + 0.1 * (edge.weight ?? 3));
      moves[i].x -= (dx / distance) * pull; moves[i].y -= (dy / distance) * pull;
      moves[j].x += (dx / distance) * pull; moves[j].y += (dy / distance) * pull;
    }
    nodes.forEach((n, i) => {
      moves[i].x += (WIDTH / 2 - n.x) * 0.05 * k / 50;
      moves[i].y += (HEIGHT / 2 - n.y) * 0.05 * k / 50;
      const length = Math.max(1, Math.hypot(moves[i].x, moves[i].y));
      n.x = Math.min(WIDTH - 60, Math.max(60, n.x + (moves[i].x / length) * Math.min(length, temperature)));
      n.y = Math.min(HEIGHT - 30, Math.max(24, n.y + (moves[i].y / length) * Math.min(length, temperature)));
    });
    temperature *= 0.985;
  }
}

function radius(node) {
  return 6 + Math.min(16, Math.sqrt(node.mentions) * 2);
}

function select(chart, id) {
  const already = chart.getAttribute('data-selected') === id;
  chart.setAttribute('data-selected', already ? '' : id);
  for (const element of chart.querySelectorAll('[data-ends]')) {
    const ends = element.getAttribute('data-ends').split(' ');
    element.classList.toggle('lit', !already && ends.includes(id));
    element.classList.toggle('dim', !already && !ends.includes(id));
  }
}

export function actorNetwork(model) {
  const network = buildNetwork(model);
  if (network === null) return null;
  const { nodes, events, together } = network;
  layout(nodes, [...together, ...events.map((e) => ({ ...e, weight: 4 }))]);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const chart = svg('svg', { class: 'network-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': `Actor network: ${nodes.length} actors` },
    svg('defs', null,
      ['coop', 'conflict', 'neutral'].map((tone) => svg('marker', {
        id: `arrow-${tone}`, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse', class: `arrowhead ${tone}`,
      }, svg('path', { d: 'M0,0 L10,5 L0,10 z' })))));
  for (const edge of together) {
    const a = at.get(edge.a);
    const b = at.get(edge.b);
    const line = svg('line', {
      x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'comention', 'stroke-width': Math.min(6, 0.6 + edge.weight * 0.5), 'data-ends': `${edge.a} ${edge.b}`,
    });
    chart.append(withTooltip(line, `${a.name} and ${b.name}`, `named together in ${edge.weight} sentence${edge.weight === 1 ? '' : 's'}`));
  }
  events.forEach((edge, i) => {
    const a = at.get(edge.a);
    const b = at.get(edge.b);
    const tone = relationTone(edge.event.quadClass, edge.event.rootCode);
    // Curve each arrow a little, alternately, so two events between one pair stay apart.
    const bend = (i % 2 === 0 ? 1 : -1) * (18 + (i % 5) * 6);
    const mx = (a.x + b.x) / 2 - ((b.y - a.y) / Math.max(1, Math.hypot(b.x - a.x, b.y - a.y))) * bend;
    const my = (a.y + b.y) / 2 + ((b.x - a.x) / Math.max(1, Math.hypot(b.x - a.x, b.y - a.y))) * bend;
    const end = shorten(mx, my, b.x, b.y, radius(b) + 2);
    const path = svg('path', {
      d: `M${a.x},${a.y} Q${mx},${my} ${end.x},${end.y}`, class: `event ${tone}`, 'marker-end': `url(#arrow-${tone})`, 'data-ends': `${edge.a} ${edge.b}`,
    });
    const verb = rootVerb(edge.event.rootCode);
    chart.append(withTooltip(path, `${a.name} ${verb} ${b.name}`,
      [edge.event.date, `CAMEO ${edge.event.cameo}`, quadClassName(edge.event.quadClass), edge.event.mode].filter(Boolean).join(' · ')));
  });
  for (const node of nodes) {
    const group = svg('g', {
      class: `node ${node.entity.type}`, tabindex: 0, role: 'button', 'data-entity': node.id, 'aria-label': node.name,
      onclick: () => select(chart, node.id),
      onkeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(chart, node.id); } },
      onblur: hideTooltip,
    },
    svg('circle', { cx: node.x, cy: node.y, r: radius(node) }),
    svg('text', { x: node.x, y: node.y + radius(node) + 12, 'text-anchor': 'middle' }, node.name));
    chart.append(withTooltip(group, node.name,
      [node.entity.type, node.entity.actorCode, node.entity.description, `${node.mentions} mentions`].filter(Boolean).join(' · ')));
  }
  const legend = h('p', { class: 'legend muted' },
    h('span', { class: 'key coop' }, 'cooperation'), ' ', h('span', { class: 'key conflict' }, 'conflict'), ' ',
    h('span', { class: 'key comention' }, 'named in one sentence'),
    events.length === 0 ? ' · no coded events between these actors yet' : ` · ${events.length} coded events`,
    ' · select an actor to show its links');
  return [h('div', { class: 'scroll' }, chart), legend];
}

function shorten(fromX, fromY, toX, toY, by) {
  const length = Math.max(1, Math.hypot(toX - fromX, toY - fromY));
  return { x: toX - ((toX - fromX) / length) * by, y: toY - ((toY - fromY) / length) * by };
}

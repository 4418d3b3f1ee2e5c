// Times Readability.js (jsdom parse + Readability.parse) on every page of the ScrapingHub benchmark, on one core.
// Usage: node run.mjs BENCHMARK_DIR [ROUNDS]   (prints "pages_per_second N")
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const dir = process.argv[2];
const rounds = Number(process.argv[3] ?? 1);
const htmlDir = join(dir, 'html');
const pages = readdirSync(htmlDir).filter(f => f.endsWith('.html.gz'))
  .map(f => gunzipSync(readFileSync(join(htmlDir, f))).toString('utf8'));
const quiet = new VirtualConsole();

function extract(html) {
  const dom = new JSDOM(html, { virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article?.textContent ?? '';
}

for (const html of pages.slice(0, 10)) extract(html); // warm-up
let chars = 0;
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const html of pages) chars += extract(html).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`readability_js pages ${pages.length * rounds} seconds ${seconds.toFixed(2)} chars ${chars}`);
console.log(`pages_per_second ${(pages.length * rounds / seconds).toFixed(2)}`);

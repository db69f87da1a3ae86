// Size budgets and search speed, measured on the built site (run `npm run build` first).
//   node scripts/budget.mjs            sizes only: fails when a budget is exceeded (part of npm test)
//   node scripts/budget.mjs --speed    also times search in Chromium (over http and from disk) and
//                                      writes every number to its section of docs/benchmarks.md
// Sizes are gzip -9 bytes, except the first search, which is what Chromium receives from the test
// server (nginx, gzip on): its requests and bytes, with no service worker, from a page that has not
// searched yet. Speed is never asserted by a test: it is measured here, written down.
import { build } from 'esbuild';
import { SAXParser } from 'parse5-sax-parser';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { machine, writeSection } from './benchmarkSection.mjs';

const DIST = resolve('dist');
const gz = (text) => gzipSync(typeof text === 'string' ? Buffer.from(text) : text, { level: 9 }).length;
const files = readdirSync(DIST, { recursive: true })
  .map(String)
  .filter((f) => statSync(join(DIST, f)).isFile());
const pages = files.filter((f) => f.endsWith('.html'));

/** Budgets in gzip bytes; each is checked against its measure below. */
const BUDGETS = {
  'copy script (per page)': 2048,
  'search dialog code (in assets/page.*.js)': 3072,
  'search/engine.js code (without the section rows)': 6144,
  // Theme, menu, search dialog, copy, placeholders, scroll-spy, scroll regions, diagram zoom,
  // service worker registration: 5.5 KB in December 2026 (issue 13 added the menu, scroll-spy,
  // regions and zoom). The page's script (assets/page.*.js) and what a note page still inlines
  // (the theme before paint, the contents' state).
  'all JS of a note page: assets/page.*.js + inline': 6144,
  'stylesheet: assets/site.*.css': 9000,
  'largest note page (HTML)': 32000,
};

/** The text of every `<tag>` without attributes (inline scripts, styles), read with an HTML parser. */
function inlineText(html, tag) {
  const found = [];
  let open;
  const parser = new SAXParser();
  parser.on('startTag', (t) => {
    if (t.tagName === tag && t.attrs.length === 0) open = [];
  });
  parser.on('text', ({ text }) => open?.push(text));
  parser.on('endTag', (t) => {
    if (t.tagName === tag && open) found.push(open.join(''));
    if (t.tagName === tag) open = undefined;
  });
  parser.end(html);
  return found;
}

async function bundle(contents) {
  const r = await build({
    stdin: { contents, resolveDir: resolve('src/scripts'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    alias: { '~': resolve('src') },
    logLevel: 'error',
  });
  return r.outputFiles[0].text;
}

const page = readFileSync(join(DIST, 'docker/container-lifecycle.html'), 'utf8');
// The shell every page links (src/build/shellAssets.ts): one stylesheet and one script.
const shellFile = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one ${re} in dist/, found ${found.length}`);
  return readFileSync(join(DIST, found[0]));
};
const shellCss = shellFile(/^assets\/site\.[0-9a-f]{10}\.css$/);
const shellJs = shellFile(/^assets\/page\.[0-9a-f]{10}\.js$/);
const inlineJs = inlineText(page, 'script').join('\n');
const withSearch = gz(await bundle(readFileSync('src/scripts/page.ts', 'utf8')));
const withoutSearch = gz(await bundle(readFileSync('src/scripts/page.ts', 'utf8').replace(/^.*initSearch.*$/gm, '')));
const engineFile = readFileSync(join(DIST, 'search/engine.js'), 'utf8');
const engine = gz(engineFile);
// The build writes the section rows as the first statement of the file (src/build/pipeline/searchIndex.ts).
const engineCode = gz(engineFile.slice(engineFile.indexOf(';\n') + 2));
const copy = gz(await bundle("import { initCopyButtons } from './copy'; initCopyButtons();"));
const notePages = pages.filter((p) => /^(docker|compose|delivery|kubernetes)\//.test(p));
const largest = Math.max(...notePages.map((p) => gz(readFileSync(join(DIST, p)))));
const pagefindCore = ['pagefind/pagefind.js', ...files.filter((f) => /^pagefind\/wasm\./.test(f))].map((f) =>
  gz(readFileSync(join(DIST, f))),
);

// A first visit of a note page downloads the page, its shell (the stylesheet and the script it
// links) and the service worker, nothing else (the worker precaches nothing:
// tests/e2e/offline-first-visit.spec.ts checks it in Chromium). The budget is 1.3× the page's own
// bytes (its HTML and shell), for the smallest note page, where the worker weighs most.
const worker = gz(readFileSync(join(DIST, 'sw.js')));
const shell = gz(shellCss) + gz(shellJs);
const smallestNote = Math.min(...notePages.map((p) => gz(readFileSync(join(DIST, p))))) + shell;
BUDGETS['first visit of the smallest note page: page + shell + sw.js'] = Math.floor(1.3 * smallestNote);
// A note page's HTML, raw: the "under 60 KB" (60,000 bytes) for the median note page. It
// does not grow with the number of notes (npm run bench measures it at 40× the content).
// The notes themselves, as npm run bench counts them (not the topics' index pages); the upper of
// the two middle sizes.
const rawSizes = notePages
  .filter((p) => !p.endsWith('/index.html'))
  .map((p) => statSync(join(DIST, p)).size)
  .sort((a, b) => a - b);
BUDGETS['typical (median) note page, HTML, raw bytes'] = 60000;
// The print view is every note on one page, so it grows with the notes: its budget is 2× the
// notes' own sources (gzip, content/**/*.mdx; the view is 1.85× today). It catches markup that
// bloats every note, not a note that was written (a fixed 160 000 failed when the notes grew 30%).
const noteSources = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => readFileSync(join('content', f), 'utf8'))
  .join('\n');
BUDGETS['print view (all notes, HTML)'] = 2 * gz(noteSources);
const offlineManifest = JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8'));

const measures = {
  'first visit of the smallest note page: page + shell + sw.js': smallestNote + worker,
  'typical (median) note page, HTML, raw bytes': rawSizes[Math.floor(rawSizes.length / 2)],
  'copy script (per page)': copy,
  'search dialog code (in assets/page.*.js)': withSearch - withoutSearch,
  'search/engine.js code (without the section rows)': engineCode,
  'all JS of a note page: assets/page.*.js + inline': gz(Buffer.concat([shellJs, Buffer.from(inlineJs)])),
  'stylesheet: assets/site.*.css': gz(shellCss),
  'largest note page (HTML)': largest,
  'print view (all notes, HTML)': gz(readFileSync(join(DIST, 'print.html'))),
};
const info = {
  'search/engine.js: section rows + engine (on intent)': engine,
  'search/words.js: vocabulary (only for a word that matches nothing)': gz(readFileSync(join(DIST, 'search/words.js'))),
  'pagefind engine: pagefind.js + wasm (on intent)': pagefindCore.reduce((a, b) => a + b, 0),
  'pagefind index chunks (files, largest)': `${files.filter((f) => f.startsWith('pagefind/index/')).length} files, ${Math.max(...files.filter((f) => f.startsWith('pagefind/index/')).map((f) => statSync(join(DIST, f)).size))} B`,
  'offline index: search/offline.js (file:// only)': gz(readFileSync(join(DIST, 'search/offline.js'))),
  'service worker sw.js (first visit)': worker,
  'save for offline: download (gzip, files)': `${offlineManifest.transfer} (${offlineManifest.files.length} files)`,
  'save for offline: stored on the device': offlineManifest.bytes,
  "the notes' sources (content/**/*.mdx, gzip)": gz(noteSources),
  'offline zip (bytes on disk)': statSync(join(DIST, 'docker-k8s-notes.zip')).size,
  'whole build (bytes on disk)': files.reduce((a, f) => a + statSync(join(DIST, f)).size, 0),
  pages: pages.length,
};

// The first search of a page, over http with no service worker: every request the dialog makes,
// and the bytes it receives. One query per kind; a typo also loads the vocabulary (search/words.js).
const FIRST_SEARCH = { command: 'docker logs', question: 'how do I see logs of a pod', typo: 'kubctl aply' };
const firstSearch = await measureFirstSearch(Object.values(FIRST_SEARCH));
const worst = (kinds) => firstSearch.filter((f) => kinds.includes(f.q));
const plain = worst([FIRST_SEARCH.command, FIRST_SEARCH.question]);
BUDGETS['first search, no service worker: requests'] = 10;
BUDGETS['first search, no service worker: bytes received'] = 100 * 1024;
measures['first search, no service worker: requests'] = Math.max(...plain.map((f) => f.requests));
measures['first search, no service worker: bytes received'] = Math.max(...plain.map((f) => f.bytes));
for (const f of firstSearch) info[`first search "${f.q}": requests, bytes received`] = `${f.requests}, ${f.bytes}`;

const rows = Object.entries(BUDGETS).map(([name, budget]) => ({
  name,
  value: measures[name],
  budget,
  ok: measures[name] <= budget,
}));
console.log('Budgets (gzip -9 bytes, unless a name says otherwise):');
for (const r of rows) console.log(`  ${r.ok ? 'ok  ' : 'OVER'} ${r.name}: ${r.value} / ${r.budget}`);
console.log('Other sizes:');
for (const [k, v] of Object.entries(info)) console.log(`  ${k}: ${v}`);

let speed;
if (process.argv.includes('--speed')) speed = await measureSpeed();

if (speed) {
  const lines = [
    '## Sizes and search speed',
    '',
    `Measured by \`node scripts/budget.mjs --speed\` on ${new Date().toISOString().slice(0, 10)}, on the built site: ${speed.machine}.`,
    '',
    '### Size budgets (gzip -9 bytes, unless a name says otherwise)',
    '',
    '| what | measured | budget |',
    '| --- | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.budget} |`),
    '',
    '### Other sizes',
    '',
    '| what | bytes |',
    '| --- | ---: |',
    ...Object.entries(info).map(([k, v]) => `| ${k} | ${v} |`),
    '',
    '### Search speed: last keystroke to results drawn (ms)',
    '',
    '| where | queries | median | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...speed.rows.map((s) => `| ${s.where} | ${s.n} | ${s.median} | ${s.p95} | ${s.max} |`),
  ];
  await writeSection('sizes-and-search-speed', lines.join('\n'));
}
if (rows.some((r) => !r.ok)) {
  console.error('A size budget is exceeded.');
  process.exit(1);
}

/** Starts the test server (tests/e2e/serve.mjs) on a free port; resolves once it answers. */
async function startServer() {
  const { spawn } = await import('node:child_process');
  const { e2ePort } = await import('./e2ePort.mjs');
  const port = e2ePort({ PORT: process.env.BUDGET_PORT });
  const server = spawn(process.execPath, ['tests/e2e/serve.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/index.html`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, stop: () => server.kill('SIGTERM') };
}

/** Requests and bytes of each query's first search, each in a fresh browser with no service worker. */
async function measureFirstSearch(queries) {
  const { chromium } = await import('@playwright/test');
  const { launchOptions } = await import('./chromium.mjs');
  const server = await startServer();
  const browser = await chromium.launch(launchOptions);
  const out = [];
  try {
    for (const q of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const tab = await context.newPage();
      await tab.goto(`http://127.0.0.1:${server.port}/docker/container-lifecycle.html`);
      await tab.waitForLoadState('networkidle');
      const done = [];
      tab.on('requestfinished', (r) => done.push(r));
      await tab.keyboard.press('Control+k');
      await tab.locator('[data-search-input]').fill(q);
      await tab.waitForFunction(
        (q) => document.querySelector('[data-search-status]').textContent.includes(`“${q}”`),
        q,
      );
      await tab.waitForLoadState('networkidle');
      let bytes = 0;
      for (const r of done) bytes += (await r.sizes()).responseBodySize;
      out.push({ q, requests: done.length, bytes, files: done.map((r) => new URL(r.url()).pathname) });
      await context.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  return out;
}

/** Times each query of tests/search/tuning.json from the input event to the results being drawn. */
async function measureSpeed() {
  const { chromium } = await import('@playwright/test');
  const { serveBuild } = await import('./serveBuild.mjs');
  const queries = JSON.parse(readFileSync('tests/search/tuning.json', 'utf8'));
  const server = await serveBuild();
  const { launchOptions } = await import('./chromium.mjs');
  const browser = await chromium.launch(launchOptions);
  const where = machine(`Chromium ${browser.version()}`);
  const out = [];
  try {
    for (const [where, url] of [
      ['http (pagefind)', `${server.url}index.html`],
      ['file:// (fallback index)', pathToFileURL(join(DIST, 'index.html')).href],
    ]) {
      const tab = await browser.newPage();
      await tab.goto(url);
      await tab.keyboard.press('Control+k');
      // Warm up: the engine loads on intent, before the first keystroke.
      await tab.locator('[data-search-input]').fill('docker');
      await tab.waitForFunction(() => document.querySelector('[data-search-status]').textContent.includes('docker'));
      const times = [];
      for (const { q } of queries) {
        const ms = await tab.evaluate(async (q) => {
          const input = document.querySelector('[data-search-input]');
          const status = document.querySelector('[data-search-status]');
          return new Promise((resolve) => {
            const start = performance.now();
            new MutationObserver((_, obs) => {
              if (status.textContent.includes(`“${q}”`)) {
                obs.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
              }
            }).observe(status, { childList: true, characterData: true, subtree: true });
            input.value = q;
            input.dispatchEvent(new Event('input'));
          });
        }, q);
        times.push(ms);
      }
      times.sort((a, b) => a - b);
      const at = (p) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]);
      out.push({ where, n: times.length, median: at(0.5), p95: at(0.95), max: Math.round(times.at(-1)) });
      console.log(`  ${where}: median ${at(0.5)} ms, p95 ${at(0.95)} ms over ${times.length} queries`);
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return { rows: out, machine: where };
}

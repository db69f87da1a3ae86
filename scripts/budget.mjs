// Size budgets and search speed, measured on the built site (run `npm run build` first).
//   node scripts/budget.mjs            sizes only: fails when a budget is exceeded (part of npm test)
//   node scripts/budget.mjs --speed    also times search in Chromium (over http and from disk) and
//                                      writes every number to docs/benchmarks.md
// Sizes are gzip -9 bytes. Speed is never asserted by a test: it is measured here, written down.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const DIST = resolve('dist');
const gz = (text) => gzipSync(typeof text === 'string' ? Buffer.from(text) : text, { level: 9 }).length;
const files = readdirSync(DIST, { recursive: true })
  .map(String)
  .filter((f) => statSync(join(DIST, f)).isFile());
const pages = files.filter((f) => f.endsWith('.html'));

/** Budgets in gzip bytes; each is checked against its measure below. */
const BUDGETS = {
  'copy script (per page)': 2048,
  'search UI: dialog code + search/engine.js': 3072,
  'all inline JS of a note page': 4096,
  'inline CSS of a note page': 9000,
  'largest note page (HTML, all inline)': 40000,
  'print view (all notes, HTML)': 160000,
};

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
const inlineJs = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
const inlineCss = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
const withSearch = gz(await bundle(readFileSync('src/scripts/page.ts', 'utf8')));
const withoutSearch = gz(await bundle(readFileSync('src/scripts/page.ts', 'utf8').replace(/^.*initSearch.*$/gm, '')));
const engine = gz(readFileSync(join(DIST, 'search/engine.js')));
const copy = gz(await bundle("import { initCopyButtons } from './copy'; initCopyButtons();"));
const notePages = pages.filter((p) => /^(docker|compose|delivery|kubernetes)\//.test(p));
const largest = Math.max(...notePages.map((p) => gz(readFileSync(join(DIST, p)))));
const pagefindCore = ['pagefind/pagefind.js', ...files.filter((f) => /^pagefind\/wasm\./.test(f))].map((f) =>
  gz(readFileSync(join(DIST, f))),
);

const measures = {
  'copy script (per page)': copy,
  'search UI: dialog code + search/engine.js': withSearch - withoutSearch + engine,
  'all inline JS of a note page': gz(inlineJs),
  'inline CSS of a note page': gz(inlineCss),
  'largest note page (HTML, all inline)': largest,
  'print view (all notes, HTML)': gz(readFileSync(join(DIST, 'print.html'))),
};
const info = {
  'search dialog code (inline, per page)': withSearch - withoutSearch,
  'search/engine.js (on intent)': engine,
  'search/commands.js (on intent)': gz(readFileSync(join(DIST, 'search/commands.js'))),
  'search/dictionary.js (on intent)': gz(readFileSync(join(DIST, 'search/dictionary.js'))),
  'pagefind engine: pagefind.js + wasm (on intent)': pagefindCore.reduce((a, b) => a + b, 0),
  'offline index: search/sections.js + fallback.js (file:// only)':
    gz(readFileSync(join(DIST, 'search/sections.js'))) + gz(readFileSync(join(DIST, 'search/fallback.js'))),
  'offline zip (bytes on disk)': statSync(join(DIST, 'docker-k8s-notes.zip')).size,
  'whole build (bytes on disk)': files.reduce((a, f) => a + statSync(join(DIST, f)).size, 0),
  pages: pages.length,
};

const rows = Object.entries(BUDGETS).map(([name, budget]) => ({
  name,
  value: measures[name],
  budget,
  ok: measures[name] <= budget,
}));
console.log('Budgets (gzip -9 bytes):');
for (const r of rows) console.log(`  ${r.ok ? 'ok  ' : 'OVER'} ${r.name}: ${r.value} / ${r.budget}`);
console.log('Other sizes:');
for (const [k, v] of Object.entries(info)) console.log(`  ${k}: ${v}`);

let speed;
if (process.argv.includes('--speed')) speed = await measureSpeed();

if (speed) {
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`node scripts/budget.mjs --speed\` on ${new Date().toISOString().slice(0, 10)} (2-core machine, Chromium, built site).`,
    '',
    '## Size budgets (gzip -9 bytes)',
    '',
    '| what | measured | budget |',
    '| --- | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.budget} |`),
    '',
    '## Other sizes',
    '',
    '| what | bytes |',
    '| --- | ---: |',
    ...Object.entries(info).map(([k, v]) => `| ${k} | ${v} |`),
    '',
    '## Search speed: last keystroke to results drawn (ms)',
    '',
    '| where | queries | median | p95 | max |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...speed.map((s) => `| ${s.where} | ${s.n} | ${s.median} | ${s.p95} | ${s.max} |`),
    '',
  ];
  writeFileSync('docs/benchmarks.md', lines.join('\n'));
  console.log('Wrote docs/benchmarks.md');
}
if (rows.some((r) => !r.ok)) {
  console.error('A size budget is exceeded.');
  process.exit(1);
}

/** Times each query of tests/search/queries.json from the input event to the results being drawn. */
async function measureSpeed() {
  const { chromium } = await import('@playwright/test');
  const { spawn } = await import('node:child_process');
  const queries = JSON.parse(readFileSync('tests/search/queries.json', 'utf8'));
  const port = 4399;
  const server = spawn(process.execPath, ['tests/e2e/serve.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 1500));
  const { launchOptions } = await import('./chromium.mjs');
  const browser = await chromium.launch(launchOptions);
  const out = [];
  try {
    for (const [where, url] of [
      ['http (pagefind)', `http://127.0.0.1:${port}/index.html`],
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
    server.kill('SIGTERM');
  }
  return out;
}

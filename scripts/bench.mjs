// `npm run bench`: how the build and the first search scale with the content. Not part of
// `npm test` (it takes minutes); writes the "scale" section of docs/benchmarks.md.
//
// For each factor (1×, 10×, 40× the notes) it generates a copy of the project in tests/.tmp/bench/
// whose content/ holds every note `factor` times (copies get their own slug and title and stay in
// their topic, so every topic grows alike and every link still resolves), builds it cold and records:
// - wall time and peak memory of the build (resident memory of the build's whole process tree,
//   sampled every 100 ms from /proc);
// - the build's size on disk, its pages, and the size of a typical (median) note page;
// - the first search: a fresh browser with no service worker opens the home page, then opens the
//   search and types a query; every request from that moment on is counted, with its transferred
//   bytes (headers and encoded body, as nginx sends them with gzip).
//   FACTORS=1,5 node scripts/bench.mjs   other factors
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'yaml';
import { machine, table, writeSection } from './benchmarkSection.mjs';
import { launchOptions } from './chromium.mjs';
import { serveBuild } from './serveBuild.mjs';

const FACTORS = (process.env.FACTORS ?? '1,10,40').split(',').map(Number);
const QUERY = 'docker logs';
const ROOT = resolve('.');
const WORK = join(ROOT, 'tests/.tmp/bench');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
/** What a build needs besides content/ (node_modules is found by walking up from tests/.tmp). */
const PROJECT_FILES = ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];

const files = (dir) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (bytes) => Number((bytes / 2 ** 20).toFixed(1));
const kib = (bytes) => Number((bytes / 1024).toFixed(1));

/** A project whose content/ holds every note `factor` times. Returns its folder and note count. */
function generate(factor) {
  const dir = join(WORK, `${factor}x`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const f of PROJECT_FILES) if (existsSync(f)) cpSync(f, join(dir, f), { recursive: true });
  let notes = 0;
  for (const file of files('content')) {
    const target = join(dir, 'content', file);
    mkdirSync(join(target, '..'), { recursive: true });
    const source = readFileSync(join('content', file), 'utf8');
    if (!file.endsWith('.mdx')) {
      writeFileSync(target, source);
      continue;
    }
    writeFileSync(target, source);
    notes++;
    const [, frontmatter, body] = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/) ?? [];
    if (frontmatter === undefined) throw new Error(`${file}: no frontmatter`);
    for (let k = 1; k < factor; k++) {
      const doc = parseDocument(frontmatter);
      doc.set('title', `${doc.get('title')} (copy ${k})`);
      doc.set('order', Number(doc.get('order')) + 1000 * k);
      writeFileSync(target.replace(/\.mdx$/, `-copy-${k}.mdx`), `---\n${doc.toString()}---\n${body}`);
      notes++;
    }
  }
  return { dir, notes };
}

/** Resident memory (bytes) of a process and all its descendants, from /proc; 0 when unknown. */
function treeRss(rootPid) {
  if (!existsSync('/proc')) return 0;
  const children = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
      if (kb) total += Number(kb[1]) * 1024;
    } catch {
      // Ended.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `astro build` in `dir`; resolves with its wall time and peak memory, or rejects with its output. */
function build(dir) {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [ASTRO, 'build'], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      const seconds = (performance.now() - started) / 1000;
      if (code === 0) ok({ seconds, peak });
      else fail(new Error(`the build in ${dir} failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
}

/** Requests and transferred bytes of the first search, from opening the dialog to the results. */
async function firstSearch(browser, dist) {
  const server = await serveBuild(dist);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}index.html`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    const requests = [];
    let pending = 0;
    page.on('request', () => pending++);
    page.on('requestfailed', () => pending--);
    page.on('requestfinished', (r) => {
      pending--;
      requests.push(r.sizes().then((s) => ({ url: r.url(), bytes: s.responseHeadersSize + s.responseBodySize })));
    });
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.type(QUERY);
    await page.waitForFunction(
      (q) => document.querySelector('[data-search-status]')?.textContent?.includes(`“${q}”`),
      QUERY,
    );
    // Wait until the network has been quiet for half a second.
    for (let quiet = 0; quiet < 5;) {
      await page.waitForTimeout(100);
      quiet = pending === 0 ? quiet + 1 : 0;
    }
    const done = await Promise.all(requests);
    return { requests: done.length, bytes: done.reduce((a, r) => a + r.bytes, 0) };
  } finally {
    await context.close();
    await server.stop();
  }
}

const browser = await chromium.launch(launchOptions);
const where = machine(`Chromium ${browser.version()}`);
const rows = [];
try {
  for (const factor of FACTORS) {
    const { dir, notes } = generate(factor);
    console.log(`${factor}×: ${notes} notes, building…`);
    const { seconds, peak } = await build(dir);
    const dist = join(dir, 'dist');
    const all = files(dist);
    const notePages = all.filter((f) => /^(docker|compose|delivery|kubernetes)\/(?!index\.html$)[^/]+\.html$/.test(f));
    const sizes = notePages.map((f) => readFileSync(join(dist, f)));
    const typical = median(sizes.map((b) => b.length));
    const typicalGz = median(sizes.map((b) => gzipSync(b, { level: 9 }).length));
    const search = await firstSearch(browser, dist);
    const row = [
      `${factor}×`,
      notes,
      all.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/')).length,
      Number(seconds.toFixed(1)),
      peak ? mib(peak) : 'n/a',
      mib(all.reduce((a, f) => a + statSync(join(dist, f)).size, 0)),
      kib(typical),
      kib(typicalGz),
      search.requests,
      kib(search.bytes),
    ];
    rows.push(row);
    console.log(`  ${row.join(' | ')}`);
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}

await writeSection(
  'scale',
  [
    '## Scale: builds at 1×, 10× and 40× the content',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${where}.`,
    'Each build is cold, of a generated copy of the project whose notes are repeated (new slugs and',
    'titles, in their own topic). Peak memory is the resident memory of the whole build process tree.',
    `The first search opens the home page with no service worker, opens the search and types “${QUERY}”;`,
    'it counts every request from then on and the bytes transferred (headers and gzip-encoded bodies).',
    '',
    table(
      [
        'content',
        'notes',
        'pages',
        'build (s)',
        'peak memory (MiB)',
        'dist (MiB)',
        'typical note page (KiB)',
        'same, gzip (KiB)',
        'first search: requests',
        'first search: KiB',
      ],
      rows,
    ),
  ].join('\n'),
);

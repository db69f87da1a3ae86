// `npm run lighthouse`: mobile Lighthouse (its default: a mid-range phone on a throttled 4G link,
// simulated) of four pages of the built site, three runs each, served by the project's own server
// on a free port. The median run of each page (Lighthouse's computeMedianRun: by first contentful
// paint and time to interactive) goes into the "lighthouse" section of docs/benchmarks.md.
//   npm run lighthouse                 build, then measure
//   RUNS=5 node scripts/lighthouse.mjs measure the current dist/ with five runs a page
// Chromium: CHROME_PATH, else the one scripts/chromium.mjs picks, with the same flags.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { machine, table, writeSection } from './benchmarkSection.mjs';
import { launchOptions } from './chromium.mjs';
import { serveBuild } from './serveBuild.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The longest note: the largest note page of the build. */
function longestNote() {
  const notes = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) =>
    /^(docker|compose|delivery|kubernetes)\/(?!index\.html$)[^/]+\.html$/.test(f),
  );
  if (!notes.length) throw new Error('No note pages in dist/: run `npm run build` first.');
  return notes.sort((a, b) => statSync(join('dist', b)).size - statSync(join('dist', a)).size)[0];
}

const PAGES = [
  ['home page', 'index.html'],
  ['topic page', 'kubernetes/index.html'],
  [`longest note`, longestNote()],
  ['Commands page', 'commands.html'],
];

const chromePath = process.env.CHROME_PATH ?? launchOptions.executablePath;
const server = await serveBuild();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...launchOptions.args],
});
const rows = [];
let version = '';
try {
  for (const [name, path] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      if (result.lhr.runtimeError) throw new Error(`${path}: ${result.lhr.runtimeError.message}`);
      runs.push(result.lhr);
      version = result.lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? version;
      console.log(`  ${path} run ${i + 1}: performance ${Math.round(result.lhr.categories.performance.score * 100)}`);
    }
    const median = computeMedianRun(runs);
    const score = (c) => Math.round(median.categories[c].score * 100);
    const ms = (id) => Math.round(median.audits[id].numericValue);
    rows.push([
      `${name} (\`${path}\`)`,
      ...CATEGORIES.map(score),
      ms('first-contentful-paint'),
      ms('largest-contentful-paint'),
      ms('total-blocking-time'),
      Number(median.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
      Math.round(median.audits['total-byte-weight'].numericValue / 1024),
    ]);
    console.log(`${path}: ${CATEGORIES.map((c) => `${c} ${score(c)}`).join(', ')}`);
  }
} finally {
  await chrome.kill();
  await server.stop();
}

await writeSection(
  'lighthouse',
  [
    '## Lighthouse, mobile (median of ' + RUNS + ' runs)',
    '',
    `Measured by \`npm run lighthouse\` on ${new Date().toISOString().slice(0, 10)} with Lighthouse's default mobile`,
    'settings (emulated phone, simulated slow 4G and 4× CPU slowdown), served by nginx with gzip:',
    `${machine(`Chromium ${version}`)}.`,
    '',
    table(
      [
        'page',
        'performance',
        'accessibility',
        'best practices',
        'SEO',
        'FCP (ms)',
        'LCP (ms)',
        'TBT (ms)',
        'CLS',
        'transferred (KiB)',
      ],
      rows,
    ),
  ].join('\n'),
);

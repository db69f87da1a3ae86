import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { OfflineManifest } from '../../src/lib/offline/manifest';
import { planUpdate } from '../../src/lib/offline/planUpdate';
import { PROJECT } from './nginx.mjs';
import { cachedPaths, offlineMenu, waitForWorker } from './offline';
import { plainHost } from './plainHost';
import { DIST, shellPaths } from './site';
import { openSearchWithKeyboard, searchDialog } from './utils';

/**
 * A redeploy on a host that sends Last-Modified and no Cache-Control: build A, 30 days old, is
 * visited; build B, with a word that only it has, replaces it; the returning reader must get B.
 * Build B is a real build of a copy of the project with one sentence added to a note and one rule
 * added to the stylesheet (so its shell, assets/site.*.css, has another name).
 */
const WORK = join(PROJECT, 'tests/.tmp/redeploy');
const WORD = 'quokkafication';
const NOTE = '/docker/introduction.html';
let buildB = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const copy = join(WORK, 'project');
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  for (const f of ['astro.config.ts', 'package.json', 'tsconfig.json', 'src', 'public', 'content']) {
    cpSync(join(PROJECT, f), join(copy, f), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(copy, 'node_modules'));
  appendFileSync(
    join(copy, 'content/docker/introduction.mdx'),
    `\nA new paragraph of build B: the word ${WORD} is in no other build.\n`,
  );
  appendFileSync(join(copy, 'src/styles/global.css'), '\n.build-b-only {\n  outline: 1px solid;\n}\n');
  const built = spawnSync('npx', ['astro', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env.PATH}` },
  });
  if (built.status !== 0) throw new Error(`build B failed:\n${built.stdout}\n${built.stderr}`);
  buildB = join(copy, 'dist');
});

/** Deploys a build into the served folder; `daysOld` sets every file's time that far back. */
function deploy(site: string, build: string, daysOld = 0) {
  rmSync(site, { recursive: true, force: true });
  cpSync(build, site, { recursive: true });
  const when = new Date(Date.now() - daysOld * 86_400_000);
  for (const f of readdirSync(site, { recursive: true, encoding: 'utf8' })) utimesSync(join(site, f), when, when);
}

const manifestOf = (build: string) =>
  JSON.parse(readFileSync(join(build, 'offline-manifest.json'), 'utf8')) as OfflineManifest;

async function searchFinds(page: Page, query: string) {
  await openSearchWithKeyboard(page);
  await page.keyboard.type(query);
  await expect(searchDialog(page).locator('[data-result-link]').first()).toHaveAttribute(
    'href',
    new RegExp(`${NOTE.replace('.', '\\.')}`),
  );
  await page.keyboard.press('Escape');
}

test('a returning reader gets the new build on their next page, search included', async ({ page }) => {
  test.setTimeout(90_000);
  const site = join(WORK, 'site-1');
  deploy(site, DIST, 30);
  const host = await plainHost(site);
  try {
    await page.goto(`${host.origin}${NOTE}`);
    await waitForWorker(page);
    await page.goto(`${host.origin}/index.html`);
    await searchFinds(page, 'docker introduction');
    await expect(page.getByText(WORD)).toHaveCount(0);

    deploy(site, buildB);
    await page.goto(`${host.origin}${NOTE}`);
    await expect(page.getByText(WORD)).toBeVisible();
    await page.goto(`${host.origin}/index.html`);
    await searchFinds(page, WORD);
  } finally {
    await host.stop();
  }
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test("a browser that kept the old build's search rows still finds the new build's words, however fast the reader types", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const site = join(WORK, 'site-0');
    deploy(site, DIST, 30);
    // The new rows come slowly: every search typed meanwhile must wait for them.
    const host = await plainHost(site, { paths: /\/search\/engine\.js$/, ms: 1500 });
    try {
      await page.goto(`${host.origin}/index.html`);
      await searchFinds(page, 'docker introduction');
      deploy(site, buildB);
      await page.goto(`${host.origin}/index.html`);
      // 30 days old, search/engine.js is fresh for days by the browser's guess: it is not asked for.
      host.slowed.length = 0;
      await searchFinds(page, WORD);
      expect(host.slowed, 'the rows of the new index were fetched once').toEqual(['/search/engine.js']);
    } finally {
      await host.stop();
    }
  });
});

test('a saved copy updates in the background, fetching only what changed, and offers a reload', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const site = join(WORK, 'site-2');
  deploy(site, DIST, 30);
  const host = await plainHost(site);
  try {
    await page.goto(`${host.origin}${NOTE}`);
    await waitForWorker(page);
    await offlineMenu(page).toggle.click();
    await offlineMenu(page).panel.getByRole('button', { name: 'Save for offline' }).click();
    await expect(offlineMenu(page).panel).toContainText('Saved on this device');

    deploy(site, buildB);
    host.log.length = 0;
    // The browser looks for a new worker on navigations and from time to time; ask now.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    const notice = page.locator('.update-notice');
    await expect(notice).toContainText('Updated notes available.');

    const a = manifestOf(DIST);
    const b = manifestOf(buildB);
    const changed = planUpdate(a, b).fetch.map((f) => `/${f.path}`);
    expect(changed).toContain(NOTE);
    expect(changed.length).toBeLessThan(b.files.length / 2);
    const downloaded = host.log.filter((r) => r.status === 200).map((r) => r.path);
    expect(downloaded.filter((p) => p !== '/sw.js' && p !== '/offline-manifest.json').sort()).toEqual(changed.sort());
    // The old build's copy is gone, the new one is complete.
    expect(Object.keys(await cachedPaths(page)).sort()).toEqual([`notes-offline-${b.version}`, 'notes-runtime']);

    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByText(WORD)).toBeVisible();
    await context.setOffline(true);
    await page.goto(`${host.origin}/compose/index.html`);
    await searchFinds(page, WORD);
    await context.setOffline(false);
  } finally {
    await host.stop();
  }
});

test("offline, a page kept from an older build is drawn with the current build's stylesheet and script", async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const shellOf = (build: string) =>
    readdirSync(join(build, 'assets'))
      .map((f) => `/assets/${f}`)
      .sort();
  const [oldShell, newShell] = [shellPaths, shellOf(buildB)];
  expect(newShell).toHaveLength(2);
  expect(
    newShell.filter((p) => oldShell.includes(p)),
    'build B has a stylesheet of its own',
  ).toHaveLength(1);
  const site = join(WORK, 'site-3');
  const OLD_PAGE = '/kubernetes/secrets.html';
  deploy(site, DIST, 30);
  const host = await plainHost(site);
  try {
    await page.goto(`${host.origin}${OLD_PAGE}`);
    await waitForWorker(page);
    await expect.poll(async () => (await cachedPaths(page))['notes-runtime']).toEqual([...oldShell, OLD_PAGE].sort());

    deploy(site, buildB);
    await page.goto(`${host.origin}${NOTE}`);
    await expect(page.getByText(WORD)).toBeVisible();
    // Build B's worker took over: it keeps B's shell and dropped A's stylesheet.
    const oldStylesheet = oldShell.find((p) => !newShell.includes(p))!;
    await expect
      .poll(async () => {
        const kept = (await cachedPaths(page))['notes-runtime']!;
        return {
          missing: [...newShell, NOTE, OLD_PAGE].filter((p) => !kept.includes(p)),
          old: kept.includes(oldStylesheet),
        };
      })
      .toEqual({ missing: [], old: false });

    // The browser's HTTP cache may still hold A's files for a while (the host sends no
    // Cache-Control); it may also have dropped them. Only the worker's cache is certain.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await context.setOffline(true);
    await page.goto(`${host.origin}${OLD_PAGE}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A's page, linking A's stylesheet, styled by B's: the sticky header is the stylesheet's, the
    // copy buttons the script's.
    await expect(page.locator('.site-header')).toHaveCSS('position', 'sticky');
    await expect(page.getByRole('button', { name: /^Copy/ }).first()).toBeVisible();
    await context.setOffline(false);
  } finally {
    await host.stop();
  }
});

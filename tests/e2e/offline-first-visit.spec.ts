import { expect, test } from '@playwright/test';
import { openSearchWithKeyboard, searchDialog } from './utils';
import { cachedPaths, ownNginx, waitForWorker } from './offline';
import { DIST, notePages, readPage, shellPaths } from './site';
import { gzipSync } from 'node:zlib';

// The smallest note page: there the worker weighs most against the page.
const NOTE = `/${[...notePages].sort((a, b) => gzipSync(readPage(a)).length - gzipSync(readPage(b)).length)[0]}`;

test('a first visit downloads the page, its shell and the worker, nothing more (at most 1.3× the page)', async ({
  page,
}) => {
  expect(shellPaths).toHaveLength(2);
  // Bytes as the server sent them, headers included, from a server of this test alone.
  const server = await ownNginx('first-visit', DIST);
  try {
    await page.goto(`${server.origin}${NOTE}`);
    await waitForWorker(page);
    // The worker's own work after taking control (keeping the open page and its shell) is part of the visit.
    const kept = [NOTE, ...shellPaths].sort();
    await expect.poll(async () => (await cachedPaths(page))['notes-runtime']).toEqual(kept);
    await page.waitForTimeout(300);
    const sent = server.log();
    // The page's own bytes: its HTML and the stylesheet and script it links.
    const own = sent.filter((r) => r.uri === NOTE || shellPaths.includes(r.uri)).reduce((n, r) => n + r.bytes, 0);
    const total = sent.reduce((n, r) => n + r.bytes, 0);
    console.log(
      `first visit of ${NOTE}: page and shell ${own} B, everything ${total} B (${(total / own).toFixed(2)}×): ` +
        sent.map((r) => `${r.uri} ${r.status} ${r.bytes} B`).join(', '),
    );
    expect(sent.map((r) => `${r.method} ${r.uri} ${r.status}`).sort()).toEqual(
      [`GET ${NOTE} 200`, ...shellPaths.map((p) => `GET ${p} 200`), 'GET /sw.js 200'].sort(),
    );
    expect(total).toBeLessThanOrEqual(1.3 * own);
    // Nothing but the page it was registered from, and its shell, is cached.
    expect(await cachedPaths(page)).toEqual({ 'notes-runtime': kept });

    // The next page costs its HTML alone: the shell comes from a cache (the worker's, which keeps
    // it as checked above, or the browser's, since the server marks it immutable).
    const before = server.log().length;
    const next = `/${notePages.find((p) => `/${p}` !== NOTE)!}`;
    await page.goto(`${server.origin}${next}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Styled: the stylesheet applied (the header is sticky, a rule of the shell's stylesheet).
    await expect(page.locator('.site-header')).toHaveCSS('position', 'sticky');
    expect(
      server
        .log()
        .slice(before)
        .map((r) => r.uri),
    ).toEqual([next]);
  } finally {
    await server.stop();
  }
});

test('the worker keeps each page a reader opens, and the search files once search is used', async ({ page }) => {
  await page.goto('/index.html');
  await waitForWorker(page);
  await page.getByRole('link', { name: 'Docker', exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(async () => (await cachedPaths(page))['notes-runtime'])
    .toEqual([...shellPaths, '/docker/index.html', '/index.html'].sort());

  await openSearchWithKeyboard(page);
  await page.keyboard.type('docker logs');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toBeVisible();
  // The worker answers first and stores the copy after (event.waitUntil): the last index chunk
  // can be stored a moment after the results are drawn.
  const searchFiles = async () => {
    const runtime = (await cachedPaths(page))['notes-runtime']!;
    return {
      files: ['/search/engine.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'].filter((p) =>
        runtime.includes(p),
      ),
      indexChunks: runtime.some((p) => p.startsWith('/pagefind/index/')),
      // Search over http never loads the index meant for pages opened from disk.
      offlineIndex: runtime.includes('/search/offline.js'),
    };
  };
  await expect.poll(searchFiles).toEqual({
    files: ['/search/engine.js', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json'],
    indexChunks: true,
    offlineIndex: false,
  });
});

test('a page never saved, opened offline, says so and links the pages this device has', async ({ page, context }) => {
  await page.goto('/docker/container-lifecycle.html');
  await waitForWorker(page);
  await context.setOffline(true);
  const response = await page.goto('/kubernetes/secrets.html');
  expect(response!.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await page.getByRole('link', { name: /Container lifecycle/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Container lifecycle/);
  await context.setOffline(false);
});

test('the worker is registered only after the page has loaded', async ({ page }) => {
  // Record the page's state at the moment the site registers its worker.
  await page.addInitScript(() => {
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      (window as unknown as { registeredWhen: string }).registeredWhen = document.readyState;
      return register(...args);
    };
  });
  await page.goto('/docker/container-lifecycle.html');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { registeredWhen?: string }).registeredWhen))
    .toBe('complete');
});

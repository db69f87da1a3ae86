import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes } from '../../src/lib/formatBytes';
import type { OfflineManifest } from '../../src/lib/offline/manifest';
import { cachedPaths, offlineMenu, waitForWorker } from './offline';
import { sweep } from './a11ySweep';
import { plainHost } from './plainHost';
import { DIST } from './site';
import { openSearchWithKeyboard, searchDialog } from './utils';

const manifest = JSON.parse(readFileSync(join(DIST, 'offline-manifest.json'), 'utf8')) as OfflineManifest;
const pages = manifest.files.filter((f) => f.path.endsWith('.html')).length;

/** Records what the control shows while it saves: every change of its bar and its text. */
async function recordProgress(page: Page) {
  await page.evaluate(() => {
    const seen: { shown: boolean; value: number; max: number; text: string }[] = [];
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    const box = document.querySelector<HTMLElement>('[data-save-offline="menu"] [data-offline-progress]')!;
    new MutationObserver(() => {
      const bar = box.querySelector('progress')!;
      seen.push({ shown: !box.hidden, value: bar.value, max: bar.max, text: box.textContent ?? '' });
    }).observe(box, { attributes: true, subtree: true, childList: true, characterData: true });
  });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { progressSeen: { shown: boolean; value: number; max: number; text: string }[] })
          .progressSeen,
    );
}

test('save for offline: size first, a progress bar, then every page and search work with no network', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/docker/container-lifecycle.html');
  await waitForWorker(page);
  const { toggle, panel } = offlineMenu(page);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // The size, from the build manifest, before anything is downloaded.
  await expect(panel).toContainText(`Download size: ${formatBytes(manifest.transfer)}, ${pages} pages`);
  await expect(panel.getByRole('link', { name: 'download the zip' })).toBeVisible();
  expect(Object.keys(await cachedPaths(page))).toEqual(['notes-runtime']);

  const progress = await recordProgress(page);
  await panel.getByRole('button', { name: 'Save for offline' }).click();
  await expect(panel).toContainText('Saved on this device: every page and search work with no network.');
  await expect(panel).toContainText(/Uses \d+(\.\d)? (KB|MB) of storage on this device/);
  await expect(panel.getByRole('button', { name: 'Remove offline copy' })).toBeVisible();
  // Once saved, the download size is no news: the storage used takes its place.
  await expect(panel.getByText('Download size:')).toBeHidden();
  await expect(panel.getByRole('status')).toHaveText('Saved: every page and search now work offline.');
  await expect(page.locator('[data-save-offline="menu"]')).toHaveAttribute('data-state', 'saved');

  // The bar was shown and filled up as files arrived, with the count in words.
  const seen = (await progress()).filter((s) => s.shown);
  expect(seen.length).toBeGreaterThan(3);
  expect(seen.at(-1)!.text).toMatch(new RegExp(`${manifest.files.length} of ${manifest.files.length} files`));
  expect(seen.at(-1)!.value).toBe(seen.at(-1)!.max);
  expect(seen.map((s) => s.value)).toEqual([...seen.map((s) => s.value)].sort((a, b) => a - b));

  // The copy holds the whole build and its manifest, stored last.
  const copy = (await cachedPaths(page))[`notes-offline-${manifest.version}`]!;
  expect(copy).toEqual(['/offline-manifest.json', ...manifest.files.map((f) => `/${f.path}`)].sort());

  await context.setOffline(true);
  // Pages never visited, by file and by folder.
  await page.goto('/kubernetes/secrets.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Secrets/);
  await page.goto('/compose/');
  await expect(page.getByRole('heading', { level: 1, name: 'Docker Compose' })).toBeVisible();
  await page.goto('/print.html');
  await expect(page.locator('article.print-note').first()).toBeVisible();
  // Search: pagefind's engine and its whole index come from the copy.
  await page.goto('/delivery/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('persistent volume claim');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toHaveAttribute('href', /kubernetes\/storage/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/kubernetes\/storage\.html/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A page that does not exist gets the site's 404 page, with its status.
  const missing = await page.goto('/no/such/page.html');
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // Offline, the control says the copy is there.
  await page.goto('/index.html');
  await offlineMenu(page).toggle.click();
  await expect(offlineMenu(page).panel).toContainText('Saved on this device');
  await context.setOffline(false);

  // Remove: the copy and the cached pages are gone, and saving is offered again.
  await offlineMenu(page).panel.getByRole('button', { name: 'Remove offline copy' }).click();
  await expect(offlineMenu(page).panel.getByRole('status')).toHaveText('Offline copy removed.');
  await expect(offlineMenu(page).panel.getByRole('button', { name: 'Save for offline' })).toBeFocused();
  expect(await cachedPaths(page)).toEqual({});
});

test('saving can be cancelled: nothing of the copy is kept', async ({ page }) => {
  // A slow line: each note page and search file, nearly all of the copy's files, takes 150 ms
  // (the whole copy about 4 s, four at a time), so the download is still running when Cancel is
  // pressed. On the server: Playwright's routes do not see the service worker's fetches.
  const host = await plainHost(DIST, { paths: /^\/(docker|compose|delivery|kubernetes|pagefind|search)\//, ms: 150 });
  try {
    await page.goto(`${host.origin}/index.html`);
    await waitForWorker(page);
    const { toggle, panel } = offlineMenu(page);
    await toggle.click();
    await panel.getByRole('button', { name: 'Save for offline' }).click();
    await expect(panel.getByRole('progressbar')).toBeVisible();
    await expect(panel).toContainText(/\d+ of \d+ files/);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.getByRole('status')).toHaveText('Saving cancelled.');
    await expect(panel.getByRole('button', { name: 'Save for offline' })).toBeVisible();
    await expect(panel.getByRole('progressbar')).toBeHidden();
    await expect.poll(async () => Object.keys(await cachedPaths(page))).toEqual(['notes-runtime']);
    expect(host.slowed.length, 'the copy went through the slow line').toBeGreaterThan(0);
  } finally {
    await host.stop();
  }
});

test('the control works from the keyboard, in both themes and at phone width', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/docker/index.html');
  await waitForWorker(page);
  const { toggle, panel } = offlineMenu(page);
  await toggle.focus();
  await expect(toggle).toHaveAccessibleName('Offline reading');
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText(/Download size: \d/);
  // The panel fits the phone's screen.
  const box = (await panel.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  // Tab reaches the panel's buttons with a visible focus ring; Escape closes it and returns focus.
  await page.keyboard.press('Tab');
  const save = panel.getByRole('button', { name: 'Save for offline' });
  await expect(save).toBeFocused();
  expect(await save.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  // axe, in both themes, on the page with the panel open.
  const report = await sweep(page, '/docker/index.html', {
    viewport: { width: 360, height: 740 },
    state: async (p) => {
      await waitForWorker(p);
      await offlineMenu(p).toggle.click();
      await expect(offlineMenu(p).panel).toBeVisible();
    },
  });
  expect(report.violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('the home page offers the same control, with the size stated', async ({ page }) => {
  await page.goto('/index.html');
  const section = page.getByRole('region', { name: 'Read offline' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('heading', { level: 2, name: 'Read offline' })).toBeVisible();
  await expect(section).toContainText(`Download size: ${formatBytes(manifest.transfer)}`);
  await expect(section.getByRole('button', { name: 'Save for offline' })).toBeEnabled();
});

for (const width of [320, 1280]) {
  test(`at ${width} px the home page does not move when the offline panel fills in its sizes`, async ({ page }) => {
    // A reader who scrolls to the footer and taps a link while the panel fills in must hit that link.
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/index.html');
    const link = page.getByRole('link', { name: 'All notes on one page, for print' });
    const top = () => link.evaluate((a) => Math.round(a.getBoundingClientRect().top + scrollY));
    const before = await top();
    await link.scrollIntoViewIfNeeded();
    const section = page.getByRole('region', { name: 'Read offline' });
    await expect(section).toContainText(`Download size: ${formatBytes(manifest.transfer)}`);
    await expect(section).toContainText(/download the zip \(\d/);
    expect(await top()).toBe(before);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
  });
}

test('the export opened from disk shows neither the control nor the zip link', async ({ page }) => {
  await page.goto(`file://${join(DIST, 'docker/index.html')}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-save-offline]')).toBeHidden();
  await expect(page.getByRole('link', { name: /Download for offline reading/ })).toBeHidden();
  // On the web the zip link is there.
  await page.goto('/docker/index.html');
  await expect(page.getByRole('link', { name: /Download for offline reading/ })).toBeVisible();
});

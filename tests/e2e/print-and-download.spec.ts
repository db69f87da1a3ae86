import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { notePages } from './site';

test('the download link offers the zip of the export, with its real size', async ({ page }) => {
  await page.goto('/index.html');
  const link = page.getByRole('link', { name: /Download for offline reading/ });
  const label = (await link.textContent())!;
  const href = (await link.getAttribute('href'))!;
  const response = await page.request.get(`/${href}`);
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  const shown = label.match(/\((\d+(?:\.\d)?) (KB|MB)/)!;
  const kb = Number(shown[1]) * (shown[2] === 'MB' ? 1000 : 1);
  expect(Math.abs(bytes.length / 1000 - kb)).toBeLessThanOrEqual(shown[2] === 'MB' ? 50 : 1);

  const files = Object.keys(unzipSync(new Uint8Array(bytes)));
  expect(files).toContain('docker-k8s-notes/index.html');
  expect(files).toContain('docker-k8s-notes/docker/container-lifecycle.html');
  expect(files).toContain('docker-k8s-notes/search/fallback.js');
  expect(files.filter((f) => f.includes('/pagefind/'))).toEqual([]);
  expect(files.length).toBeGreaterThan(notePages.length);
});

test('the print view holds every note in order, with print styles', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('link', { name: 'All notes on one page, for print' }).click();
  await expect(page).toHaveURL(/\/print\.html$/);
  const titles = await page.locator('article.print-note > h3').allTextContents();
  expect(titles).toHaveLength(notePages.length);
  // Headings in order, ids unique.
  const report = await page.evaluate(() => {
    const levels = [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')].map((h) =>
      Number(h.tagName[1]),
    );
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return {
      skips: levels.filter((l, i) => i > 0 && l > levels[i - 1]! + 1).length,
      duplicates: ids.filter((id, i) => ids.indexOf(id) !== i),
    };
  });
  expect(report).toEqual({ skips: 0, duplicates: [] });
  // A link from one note to another now points inside the page.
  await expect(page.locator('article.print-note a[href^="#docker--ports-and-volumes"]').first()).toBeAttached();

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  expect(
    await page
      .locator('.print-topic')
      .nth(1)
      .evaluate((el) => getComputedStyle(el).breakBefore),
  ).toBe('page');
  const after = await page
    .locator('article.print-note .prose a[href^="https://docs.docker.com"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toMatch(/^" \(" attr\(href\) "\)"$|https:\/\/docs\.docker\.com/);
});

test('a note page prints without navigation chrome', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  await page.emulateMedia({ media: 'print' });
  for (const chrome of [
    '.site-header',
    '.sidebar',
    '.toc-aside',
    '.prev-next',
    '.site-footer',
    '.edit-link',
    '.placeholder-form',
  ]) {
    await expect(page.locator(chrome).first()).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

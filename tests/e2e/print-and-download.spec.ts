import { expect, test } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { DIST, distFiles, publishedNotes } from './site';
import { TOPICS } from '../../src/lib/topics';
import { MANIFEST_PATH } from '../../src/lib/offline/manifest';

/** The text of a PDF, page by page, read back with PDF.js (unpdf), with runs of white space as one space. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, ' ').trim());
}

test('the download link offers the zip of the export; the offline panel states its real size', async ({ page }) => {
  await page.goto('/index.html');
  const link = page.getByRole('link', { name: /Download for offline reading/ });
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  const response = await page.request.get(`/${href}`);
  expect(response.status()).toBe(200);
  const bytes = await response.body();
  // The pages inside the zip cannot state its size: the save-for-offline panel does, from the manifest.
  await page.locator('[data-offline-toggle]').click();
  const zipText = page.locator('[data-save-offline="menu"] [data-offline-zip]');
  // The size comes from offline-manifest.json, fetched when the panel opens.
  await expect(zipText).toHaveText(/\(\d+(?:\.\d)? (KB|MB)\)/);
  const shown = (await zipText.textContent())!.match(/\((\d+(?:\.\d)?) (KB|MB)\)/)!;
  const kb = Number(shown[1]) * (shown[2] === 'MB' ? 1000 : 1);
  expect(Math.abs(bytes.length / 1000 - kb)).toBeLessThanOrEqual(shown[2] === 'MB' ? 50 : 1);

  // The zip is the export: every file of the build in one folder, byte for byte, except what only
  // a web server can use (pagefind, the service worker and its manifest, which states the zip's
  // size and so cannot be inside it) and the zip itself.
  const entries = unzipSync(new Uint8Array(bytes));
  const webOnly = new Set(['sw.js', MANIFEST_PATH, href]);
  const expected = distFiles.filter((f) => !f.startsWith('pagefind/') && !webOnly.has(f));
  expect(Object.keys(entries).sort()).toEqual(expected.map((f) => `docker-k8s-notes/${f}`).sort());
  const changed = expected.filter(
    (f) => !Buffer.from(entries[`docker-k8s-notes/${f}`]!).equals(readFileSync(join(DIST, f))),
  );
  expect(changed, 'files that differ from the build').toEqual([]);
});

test('the print view holds every note in order, with print styles', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('link', { name: 'All notes on one page, for print' }).click();
  await expect(page).toHaveURL(/\/print\.html$/);
  // The page is large: wait until every note is parsed (allTextContents does not wait).
  await expect(page.locator('article.print-note > h3')).toHaveCount(publishedNotes.length);
  const titles = await page.locator('article.print-note > h3').allTextContents();
  expect(titles.map((t) => t.trim()).sort()).toEqual(publishedNotes.map((n) => n.title).sort());
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
    '.toc',
    '.prev-next',
    '.site-footer',
    '.edit-link',
    '.placeholder-form',
  ]) {
    await expect(page.locator(chrome).first()).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The PDF holds the note, every section of it, and none of the site's navigation.
  const sections = await page.locator('article.note .heading-wrapper > h2').allTextContents();
  expect(sections.length).toBeGreaterThan(2);
  const text = (await pdfPages(await page.pdf({ format: 'A4' }))).join(' ');
  const title = publishedNotes.find((n) => n.path === 'docker/container-lifecycle.html')!.title;
  expect(text).toContain(title);
  expect(sections.map((h) => h.trim()).filter((h) => !text.includes(h))).toEqual([]);
  for (const chrome of ['Skip to content', 'Download for offline reading', 'On this page']) {
    expect(text).not.toContain(chrome);
  }
});

test('the print view as a PDF: every note, each topic starting a new page', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/print.html');
  const pages = await pdfPages(await page.pdf({ format: 'A4' }));
  const text = pages.join(' ');
  expect(
    publishedNotes.map((n) => n.title).filter((t) => !text.includes(t)),
    'note titles not in the PDF',
  ).toEqual([]);
  // Each topic after the first begins a page (break-before: page), with its title first.
  const starts = TOPICS.slice(1).map((t) => ({ topic: t.title, page: pages.findIndex((p) => p.startsWith(t.title)) }));
  expect(
    starts.filter((s) => s.page < 0).map((s) => s.topic),
    'topics that do not start a page',
  ).toEqual([]);
  expect(starts.map((s) => s.page)).toEqual([...starts.map((s) => s.page)].sort((a, b) => a - b));
  // The page count follows from the content: more pages than topics, and about one per 3,000
  // characters of text (A4, the print styles' font size); a layout that drops or crams content fails.
  const perPage = text.length / pages.length;
  expect(pages.length).toBeGreaterThan(TOPICS.length);
  expect(perPage).toBeGreaterThan(1_500);
  expect(perPage).toBeLessThan(6_000);
});

import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ownNginx } from './offline';
import { DIST } from './site';
import { openSearchWithKeyboard, searchDialog } from './utils';
import { PROJECT } from './nginx.mjs';

/**
 * The 404 page answers URLs at any depth, from a server at the site root or under a sub-path, and
 * opens from disk: its links and its search must lead into the site wherever it is shown.
 */
async function expectLinksInto(page: Page, root: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  // Every link of the page (header, topics, footer) points inside the site root.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('a[href]')]
          .map((a) => (a as HTMLAnchorElement).href)
          .filter((h) => !h.includes('#main') && !/^https:\/\/(github\.com)/.test(h)),
      ),
    )
    .toEqual(expect.arrayContaining([`${root}docker/index.html`, `${root}index.html`]));
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll('main a[href], .site-header a[href]')].map((a) => (a as HTMLAnchorElement).href),
  );
  for (const href of hrefs) expect(href.startsWith(root), `${href} is inside ${root}`).toBe(true);
  await page.getByRole('main').getByRole('link', { name: 'Kubernetes' }).click();
  await expect(page).toHaveURL(`${root}kubernetes/index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await openSearchWithKeyboard(page);
  await page.keyboard.type('docker logs');
  const first = searchDialog(page).locator('[data-result-link]').first();
  await expect(first).toHaveAttribute(
    'href',
    new RegExp(`^${root.replace(/[.?]/g, '\\$&')}docker/.*#view-container-logs$`),
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'View container logs' })).toBeInViewport();
}

test('at the site root, at any depth: status 404, the site’s page, links and search into the site', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('/no/such/deep/page.html');
  expect(response!.status()).toBe(404);
  expect(await page.locator('base').count()).toBe(0);
  await expectLinksInto(page, `${baseURL}/`);
});

test('under a sub-path (/notes/): links and search stay under it', async ({ page }) => {
  const parent = join(PROJECT, 'tests/.tmp/subpath-site');
  rmSync(parent, { recursive: true, force: true });
  mkdirSync(parent, { recursive: true });
  symlinkSync(DIST, join(parent, 'notes'));
  const server = await ownNginx('subpath', parent, { prefix: '/notes/' });
  try {
    const response = await page.goto(`${server.origin}/notes/no/such/deep/page.html`);
    expect(response!.status()).toBe(404);
    await expectLinksInto(page, `${server.origin}/notes/`);
  } finally {
    await server.stop();
  }
});

test('opened from disk: links and search work', async ({ page }) => {
  const root = `${pathToFileURL(DIST).href}/`;
  await page.goto(`${root}404.html`);
  await expectLinksInto(page, root);
});

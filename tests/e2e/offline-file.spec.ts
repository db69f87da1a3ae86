import { expect, test } from '@playwright/test';
import { openSearchWithKeyboard, searchDialog } from './utils';

/** The export opened from disk (project "file": baseURL is file:///…/dist/). */
test('from disk: navigate, search, copy and switch theme with no failed or outside request', async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(baseURL!) && !r.url().startsWith('data:')) problems.push(`outside the folder: ${r.url()}`);
  });

  await page.goto('index.html');
  expect(page.url()).toMatch(/^file:\/\/.*\/dist\/index\.html$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Docker & Kubernetes notes' })).toBeVisible();
  // Styles are there: the header is laid out, not unstyled text.
  await expect(page.locator('.site-header')).toHaveCSS('position', 'sticky');

  // Three levels: home → topic → note → another topic's note, and back.
  await page.getByRole('main').getByRole('link', { name: 'Kubernetes', exact: true }).click();
  await expect(page).toHaveURL(/\/kubernetes\/index\.html$/);
  await page
    .getByRole('main')
    .getByRole('link', { name: /Kubernetes objects/ })
    .click();
  await expect(page).toHaveURL(/\/kubernetes\/objects-and-manifests\.html$/);
  // The sidebar folds by topic: open Docker's group first.
  const sidebar = page.getByRole('navigation', { name: 'All notes' });
  await sidebar.locator('summary', { hasText: /^Docker \(/ }).click();
  await sidebar.getByRole('link', { name: /Container lifecycle/ }).click();
  await expect(page).toHaveURL(/\/docker\/container-lifecycle\.html$/);
  await expect(page.locator('figure.diagram svg').first()).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\/kubernetes\/index\.html$/);
  await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/dist\/index\.html$/);

  // Search works from disk (the classic-script fallback index) and lands on the section.
  await openSearchWithKeyboard(page);
  await page.keyboard.type('docker logs');
  const first = searchDialog(page).locator('[data-result-link]').first();
  await expect(first).toHaveAttribute('href', /container-lifecycle\.html\?hl=docker\+logs#view-container-logs$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'View container logs' })).toBeInViewport();

  // Copy a command.
  const frame = page
    .locator('figure.code-frame')
    .filter({ has: page.locator('.line[data-command="docker ps"]') })
    .first();
  await frame.getByRole('button', { name: 'Copy all commands' }).click();
  await expect(frame.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('docker ps\ndocker ps --all');

  // The theme switches from disk too: system → light → dark. That the choice is remembered on the
  // next page is tested over http (theme.spec.ts), not here: from disk it is up to the browser.
  // Firefox makes each file its own origin, and Chromium, under load, now and then gives a file://
  // page reached after a process swap a storage that does not have the previous page's writes
  // (seen here in 1 run of 20 on a loaded 2-core machine: a counter kept in localStorage restarted
  // at 1 on the page search opened).
  const toggle = page.locator('[data-theme-toggle]');
  await expect(toggle).toHaveAccessibleName(/^Theme: system/);
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Theme: dark' })).toBeVisible();
  // The dark colours are painted (--bg is #0f1419 in the dark theme).
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 20, 25)');
  await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Docker' }).click();
  await expect(page).toHaveURL(/\/docker\/index\.html$/);

  expect(problems).toEqual([]);
});

test('from disk: no link leads to a folder listing', async ({ page }) => {
  for (const path of ['index.html', 'docker/index.html', 'docker/container-lifecycle.html', 'commands.html']) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const local = hrefs.filter((h) => h.startsWith('file:'));
    expect(
      local.filter((h) => !/\.html(\?[^#]*)?(#.*)?$/.test(h) && !/\.zip$/.test(h)),
      `folder links on ${path}`,
    ).toEqual([]);
  }
});

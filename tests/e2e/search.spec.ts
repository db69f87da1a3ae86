import { expect, test } from '@playwright/test';
import { openSearchWithKeyboard, searchDialog, searchInput } from './utils';

test('keyboard only: Ctrl/⌘+K, type "docker logs", Enter lands on the logs section', async ({ page }) => {
  await page.goto('/');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('docker logs');
  const first = searchDialog(page).locator('[data-result-link]').first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', /container-lifecycle\.html\?hl=docker\+logs#view-container-logs$/);
  // Arrow keys move through the results and back up to the field.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(searchDialog(page).locator('[data-result-link]').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docker\/container-lifecycle\.html\?hl=docker\+logs#view-container-logs$/);
  await expect(page.getByRole('heading', { level: 2, name: 'View container logs' })).toBeInViewport();
});

test('Enter in the field opens the first result; Esc closes and gives focus back', async ({ page }) => {
  await page.goto('/kubernetes/index.html');
  const trigger = page.getByRole('button', { name: /Search/ }).first();
  await trigger.click();
  await expect(searchInput(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();

  await openSearchWithKeyboard(page);
  await page.keyboard.type('kubectl apply');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kubernetes\/objects-and-manifests\.html/);
});

test('the query is kept in the URL and restored on reload', async ({ page }) => {
  await page.goto('/');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('minikube ip');
  await expect(page).toHaveURL(/\?q=minikube\+ip$/);
  await page.reload();
  await expect(searchInput(page)).toHaveValue('minikube ip');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toBeVisible();
});

test('the search engine is not loaded until a reader shows intent', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && loaded.push(r.url()));
  await page.goto('/docker/container-lifecycle.html');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page
    .getByRole('button', { name: /Search/ })
    .first()
    .hover();
  await expect.poll(() => loaded.some((u) => u.endsWith('pagefind.js'))).toBe(true);
});

test('the tool filter narrows results to pages using that tool', async ({ page }) => {
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('logs');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toBeVisible();
  await searchDialog(page).getByRole('button', { name: 'kubectl', exact: true }).click();
  await expect(searchDialog(page).getByRole('button', { name: 'kubectl', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('[data-search-status]')).toContainText('“logs”');
  const hrefs = await searchDialog(page)
    .locator('[data-result-link]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.every((h) => h.includes('/kubernetes/'))).toBe(true);
});

test('a result shows its command, and the command copies from the result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('kubectl set image');
  const command = searchDialog(page).locator('.search-hit-command').first();
  await expect(command.locator('code')).toHaveText(/^kubectl set image deployment\//);
  await command.getByRole('button', { name: /^Copy command: kubectl set image/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^kubectl set image deployment\//);
});

test('typos and aliases still find the right notes', async ({ page }) => {
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('kubctl');
  await expect(page.locator('[data-search-status]')).toContainText('Showing “kubectl”');
  await searchInput(page).fill('k8s');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toHaveAttribute('href', /\/kubernetes\//);
  await searchInput(page).fill('pvc');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toHaveAttribute(
    'href',
    /\/kubernetes\/storage\.html\?hl=persistentvolumeclaim#/,
  );
});

test('the page a result opens marks the search terms', async ({ page }) => {
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('docker logs');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/hl=docker\+logs/);
  const marked = await page.evaluate(() => {
    const h = CSS.highlights.get('search-terms');
    return h ? [...h].slice(0, 50).map((r) => r.toString().toLowerCase()) : [];
  });
  expect(marked).toContain('logs');
  expect(marked).toContain('docker');
});

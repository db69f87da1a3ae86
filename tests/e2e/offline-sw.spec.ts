import { expect, test } from '@playwright/test';
import { openSearchWithKeyboard, searchDialog } from './utils';

test('after one visit the whole site works offline, search included', async ({ page, context }) => {
  await page.goto('/index.html');
  // The worker installs once every file of the build is cached.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  // A page never visited, by its link.
  await page.goto('/kubernetes/secrets.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Secrets/);
  // A folder URL maps to its index page.
  await page.goto('/compose/');
  await expect(page.getByRole('heading', { level: 1, name: 'Docker Compose' })).toBeVisible();
  // Search: pagefind's engine and index come from the cache.
  await openSearchWithKeyboard(page);
  await page.keyboard.type('docker logs');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toHaveAttribute(
    'href',
    /#view-container-logs$/,
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'View container logs' })).toBeInViewport();
  // A page that does not exist gets the 404 page, not the browser's offline error.
  await page.goto('/no/such/page.html');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await context.setOffline(false);
});

test('the worker is versioned by build and drops the caches of older builds', async ({ page }) => {
  await page.goto('/index.html');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const sw = await (await page.request.get('/sw.js')).text();
  const version = sw.match(/"version":"([0-9a-f]+)"/)![1];
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`notes-${version}`]);
  // An older build's cache, left behind, is deleted when a worker activates.
  await page.evaluate(() => caches.open('notes-oldbuild').then(() => undefined));
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg!.unregister();
  });
  await page.reload();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`notes-${version}`]);
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

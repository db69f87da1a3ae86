import { expect, test } from '@playwright/test';

test.use({ colorScheme: 'light' });

test('the theme toggle is remembered across a reload, without a flash of the other theme', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const bgBefore = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(bgBefore);

  // Record the background at the very first paint of the reloaded page: it must already be dark.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.body) {
        (window as unknown as { firstBg: string }).firstBg = getComputedStyle(document.body).backgroundColor;
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { firstBg: string }).firstBg)).toBe(dark);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  // And back to light, remembered too.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.reload();
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(bgBefore);
});

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' });
  test('the system theme applies when nothing was chosen', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });
});

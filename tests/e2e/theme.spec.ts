import { expect, test, type Page } from '@playwright/test';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const WHITE = 'rgb(255, 255, 255)';
const DARK = 'rgb(15, 20, 25)';

/**
 * Records, on the next load, the theme in effect when the body starts (before any script of the
 * body runs) and the body's background at the first rendering update, which comes before the first
 * paint and after the stylesheet, which blocks rendering, has loaded.
 */
async function recordFirstPaint(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { firstTheme?: string; firstBg?: string };
    new MutationObserver((_, obs) => {
      if (document.body) {
        w.firstTheme = document.documentElement.dataset.theme ?? 'none';
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
    const frame = () => {
      if (document.body) w.firstBg = getComputedStyle(document.body).backgroundColor;
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
/**
 * Waits until the page has been through two rendering updates, the step where a browser evaluates
 * media queries and fires their change events: by then theme.ts has seen an emulated change.
 */
const renderingUpdates = (page: Page) =>
  page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
const firstPaint = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { firstTheme?: string; firstBg?: string };
    return `${w.firstTheme} ${w.firstBg}`;
  });

test.describe('with a light system setting', () => {
  test.use({ colorScheme: 'light' });

  test('the theme goes system → light → dark → system, each remembered with no flash', async ({ page }) => {
    await recordFirstPaint(page);
    await page.goto('/docker/container-lifecycle.html');
    const button = page.locator('[data-theme-toggle]');
    await expect(button).toHaveAccessibleName('Theme: system (light now)');
    expect(await background(page)).toBe(WHITE);

    await button.click();
    await expect(button).toHaveAccessibleName('Theme: light');
    await button.click();
    await expect(button).toHaveAccessibleName('Theme: dark');
    expect(await background(page)).toBe(DARK);
    // Reloaded, the very first paint is already dark, and the choice is still dark.
    await page.reload();
    expect(await firstPaint(page)).toBe(`dark ${DARK}`);
    await expect(button).toHaveAccessibleName('Theme: dark');

    // Back to system: nothing stored, the system's light applies again, also after a reload.
    await button.click();
    await expect(button).toHaveAccessibleName('Theme: system (light now)');
    expect(await background(page)).toBe(WHITE);
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await page.reload();
    expect(await firstPaint(page)).toBe(`light ${WHITE}`);
  });

  test('a light choice stays light when the system turns dark', async ({ page }) => {
    await page.goto('/');
    const button = page.locator('[data-theme-toggle]');
    await button.click();
    await expect(button).toHaveAccessibleName('Theme: light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await renderingUpdates(page);
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await background(page)).toBe(WHITE);
  });
});

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' });
  test('"system" follows the device: dark, and light as soon as the device turns light', async ({ page }) => {
    await page.goto('/');
    const button = page.locator('[data-theme-toggle]');
    await expect(button).toHaveAccessibleName('Theme: system (dark now)');
    expect(await background(page)).toBe(DARK);
    // The page follows on the media query's change event, which fires at its next rendering update.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => background(page)).toBe(WHITE);
    await expect(button).toHaveAccessibleName('Theme: system (light now)');
  });
});

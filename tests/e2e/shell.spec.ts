import { expect, test, type Page } from '@playwright/test';
import { allPages } from './site';

/** The page a reader sees scrolled down: is the header still at the top of the window? */
async function headerTop(page: Page) {
  return page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().top);
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('the header stays at the top, one row, with search in reach', async ({ page }) => {
    await page.goto('/kubernetes/storage.html');
    const header = page.locator('.site-header');
    expect((await header.boundingBox())!.height).toBeLessThanOrEqual(60);
    await page.mouse.wheel(0, 3000);
    await page.evaluate(() => window.scrollTo(0, 3000));
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(2000);
    expect(await headerTop(page)).toBe(0);
    const search = page.getByRole('button', { name: 'Search', exact: true });
    await expect(search).toBeInViewport();
    // Touch-sized, and no keyboard hint on a touch screen.
    expect((await search.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expect(search.locator('kbd')).toBeHidden();
    await search.tap();
    // Full-screen search, no keyboard hints, a close button a finger can hit.
    const dialog = page.locator('[data-search-dialog]');
    await expect(dialog).toBeVisible();
    const box = (await dialog.boundingBox())!;
    expect([box.x, box.y, box.width, box.height]).toEqual([0, 0, 390, 844]);
    await expect(dialog.locator('.search-help')).toBeHidden();
    await expect(dialog.locator('kbd:visible')).toHaveCount(0);
    const close = dialog.getByRole('button', { name: 'Cancel search' });
    expect((await close.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.getByRole('searchbox').fill('pvc');
    await expect(dialog.locator('[data-result-link]').first()).toBeVisible();
    await close.tap();
    await expect(dialog).toBeHidden();
  });

  test('diagrams fit the width and open at full size, named', async ({ page }) => {
    await page.goto('/delivery/aws-elastic-beanstalk.html');
    const figure = page.locator('figure.diagram').first();
    await figure.scrollIntoViewIfNeeded();
    const fits = await figure.evaluate((f) => {
      const frame = f.querySelector('.diagram-frame')!;
      const svg = f.querySelector('svg')!.getBoundingClientRect();
      return svg.right <= frame.getBoundingClientRect().right && frame.scrollWidth <= frame.clientWidth;
    });
    expect(fits).toBe(true);
    const title = (await figure.locator('svg title').textContent())!;
    const open = figure.getByRole('button', { name: `Open “${title}” at full size` });
    await open.tap();
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog).toBeVisible();
    const copy = dialog.getByRole('img');
    await expect(copy).toHaveAccessibleName(new RegExp(`^${title}\\. `));
    expect((await copy.boundingBox())!.width).toBeGreaterThan(390); // drawn at its own size, scrolls
    await expect(dialog.getByRole('region', { name: 'The diagram at full size' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).tap();
    await expect(dialog).toBeHidden();
  });

  test('a wide table scrolls inside a focusable, named region; the page does not', async ({ page }) => {
    await page.goto('/kubernetes/storage.html');
    const region = page.getByRole('region', { name: /^Table: Aspect/ });
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  });

  test('each command of a wide terminal block has its copy button in view', async ({ page }) => {
    await page.goto('/docker/introduction.html');
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll('pre .line-copy button')].flatMap((b) => {
        const pre = b.closest('pre')!.getBoundingClientRect();
        const r = b.getBoundingClientRect();
        return r.left >= pre.left && r.right <= pre.right ? [] : [b.getAttribute('aria-label')];
      }),
    );
    expect(await page.locator('pre .line-copy button').count()).toBeGreaterThan(3);
    expect(clipped).toEqual([]);
  });
});

test('no page scrolls sideways at 320 px', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of [...allPages, 'no/such/page.html']) {
    await page.goto(`/${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    if (overflow > 0) wide.push(`${path}: ${overflow} px`);
  }
  expect(wide).toEqual([]);
});

test.describe('on a 1280 px laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the ToC is beside the text and marks the section being read', async ({ page }) => {
    await page.goto('/docker/container-lifecycle.html');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    const tocBox = (await toc.boundingBox())!;
    const text = (await page.locator('.prose').boundingBox())!;
    expect(tocBox.x).toBeGreaterThanOrEqual(text.x + text.width); // beside, not above
    expect(tocBox.y).toBeLessThan(400); // at the top of the page

    const marked = toc.locator('a[aria-current="true"]');
    await page.getByRole('heading', { level: 2, name: 'View container logs' }).evaluate((h) => {
      window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 100);
    });
    await expect(marked).toHaveText('View container logs');
    await expect(marked).toHaveCount(1);
    await page.getByRole('heading', { level: 2, name: 'Stop vs kill' }).evaluate((h) => {
      window.scrollTo(0, h.getBoundingClientRect().top + scrollY - 100);
    });
    await expect(marked).toHaveText('Stop vs kill');
    // Scrolled back up past the first section: no section is marked.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(marked).toHaveCount(0);
    // The header stays.
    await page.evaluate(() => window.scrollTo(0, 2500));
    expect(await headerTop(page)).toBe(0);
  });

  test('the sidebar folds by topic, the current topic open', async ({ page }) => {
    await page.goto('/kubernetes/secrets.html');
    const sidebar = page.getByRole('navigation', { name: 'All notes' });
    await expect(sidebar).toBeVisible();
    await expect(sidebar.getByRole('link', { name: 'Secrets' })).toHaveAttribute('aria-current', 'page');
    await expect(sidebar.getByRole('link', { name: /^Container lifecycle/ })).toBeHidden();
    await sidebar.locator('summary', { hasText: /^Docker \(/ }).click();
    await expect(sidebar.getByRole('link', { name: /^Container lifecycle/ })).toBeVisible();
    await sidebar.locator('summary', { hasText: /^Kubernetes/ }).click();
    await expect(sidebar.getByRole('link', { name: 'Secrets' })).toBeHidden();
  });

  test('no edit link is guessed: the site names no repository', async ({ page }) => {
    await page.goto('/docker/container-lifecycle.html');
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
    await expect(page.getByText('Source: content/docker/container-lifecycle.mdx')).toBeVisible();
  });
});

test('below 1200 px the ToC is a folded box under the title', async ({ page }) => {
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto('/docker/container-lifecycle.html');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc).toBeHidden();
  await page.locator('summary', { hasText: 'On this page' }).click();
  await expect(toc.getByRole('link', { name: 'View container logs' })).toBeVisible();
  const width = (await page.locator('details.toc').boundingBox())!.width;
  expect(width).toBeLessThanOrEqual((await page.locator('.prose').boundingBox())!.width + 1);
});

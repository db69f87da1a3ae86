import { expect, test } from '@playwright/test';
import { watchPage } from './utils';

test('home → topic → note → next note, with no failed or off-site request', async ({ page, baseURL }) => {
  const problems = watchPage(page, baseURL!);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Docker & Kubernetes notes' })).toBeVisible();
  for (const topic of ['Docker', 'Docker Compose', 'Delivery: CI/CD and AWS', 'Kubernetes']) {
    await expect(page.getByRole('heading', { level: 2, name: topic, exact: true })).toBeVisible();
  }

  await page.getByRole('main').getByRole('link', { name: 'Docker', exact: true }).click();
  await expect(page).toHaveURL(/\/docker\/index\.html$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Docker' })).toBeVisible();

  await page
    .getByRole('main')
    .getByRole('link', { name: /^Container lifecycle/ })
    .click();
  await expect(page).toHaveURL(/\/docker\/container-lifecycle\.html$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Container lifecycle/);
  // The sidebar marks the current page; breadcrumbs lead back; the ToC lists the sections.
  await expect(page.getByRole('navigation', { name: 'All notes' }).locator('[aria-current="page"]')).toHaveText(
    /Container lifecycle/,
  );
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: 'Docker' }),
  ).toBeVisible();
  // At 1280 px the ToC is beside the text, not folded.
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'View container logs' }),
  ).toHaveAttribute('href', '#view-container-logs');
  await expect(page.getByText(/Last updated/)).toBeVisible();
  // Code is highlighted by Shiki in a terminal frame.
  await expect(page.locator('figure.code-frame.is-terminal pre.astro-code').first()).toBeVisible();

  const next = page.getByRole('navigation', { name: 'Previous and next notes' }).getByRole('link', { name: /Next/ });
  const nextTitle = (await next.locator('.prev-next-title').textContent())!;
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
  expect(problems).toEqual([]);
});

test('the last note of a topic leads to the first note of the next topic', async ({ page }) => {
  await page.goto('/docker/index.html');
  const notes = page.getByRole('main').locator('.card h2 a');
  await notes.last().click();
  const next = page.getByRole('link', { name: /Next · Compose/ });
  await expect(next).toBeVisible();
  await next.click();
  await expect(page).toHaveURL(/\/compose\//);
});

test('a heading shows its anchor link on hover and on keyboard focus, and the link leads to it', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  const heading = page.getByRole('heading', { level: 2, name: 'View container logs' });
  const anchor = page.getByRole('link', { name: 'Section titled “View container logs”' });
  await expect(anchor).toHaveAttribute('href', '#view-container-logs');
  // Hidden until wanted: toBeVisible() would pass at opacity 0, so the opacity is what is checked.
  await expect(anchor).toHaveCSS('opacity', '0');
  await heading.hover();
  await expect(anchor).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await expect(anchor).toHaveCSS('opacity', '0');
  // A keyboard reader: Tab from the control before it reaches the anchor, which then shows.
  await anchor.evaluate((a) => {
    const stops = [
      ...document.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex]:not([tabindex="-1"])'),
    ].filter((el) => el.checkVisibility());
    stops[stops.indexOf(a as HTMLElement) - 1]!.focus();
  });
  await page.keyboard.press('Tab');
  await expect(anchor).toBeFocused();
  await expect(anchor).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#view-container-logs$/);
  await expect(heading).toBeInViewport();
});

test('the 404 page offers a way home and the search', async ({ page }) => {
  const response = await page.goto('/no/such/page.html');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Docker & Kubernetes notes' })).toBeVisible();
  await page.goto('/no/such/page.html');
  await page.getByRole('main').getByRole('button', { name: 'Search the notes' }).click();
  await expect(page.getByRole('searchbox')).toBeFocused();
});

test('a phone-width reader opens the menu to reach every note, and closes it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/docker/container-lifecycle.html');
  const menu = page.getByRole('navigation', { name: 'All notes' });
  await expect(menu).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Topics' })).toBeHidden(); // topics are in the menu
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(menu).toBeVisible();
  // The current topic is open with its page marked and focused; the others fold.
  await expect(menu.locator('[aria-current="page"]')).toBeFocused();
  await expect(menu.getByRole('link', { name: /^Container lifecycle/ })).toHaveAttribute('aria-current', 'page');
  await expect(menu.getByRole('link', { name: 'What is Kubernetes' })).toBeHidden();
  await menu.locator('summary', { hasText: /^Kubernetes/ }).click();
  await expect(menu.getByRole('link', { name: 'What is Kubernetes' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await page.getByRole('button', { name: 'Menu' }).click();
  await menu.getByRole('button', { name: 'Close the menu' }).click();
  await expect(menu).toBeHidden();
  // Nothing is wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the Content-Security-Policy refuses a script the build did not write', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/.test(m.text()) && refused.push(m.text()));
  await page.goto('/docker/container-lifecycle.html');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected ?? false;
  });
  expect(ran).toBe(false);
  await expect.poll(() => refused.length).toBeGreaterThan(0);
});

test('keyboard only: the skip link comes first, and every focused control shows a focus ring', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.goto('/docker/container-lifecycle.html');
  // Walk the first 25 stops of the tab order: each one must draw a visible outline.
  const missing: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const own = getComputedStyle(el);
      const within = el.closest('.search-field') ? getComputedStyle(el.closest('.search-field')!) : null;
      const visible = (s: CSSStyleDeclaration | null) =>
        !!s && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
      return {
        ok: visible(own) || visible(within),
        name: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      };
    });
    if (!ring.ok) missing.push(ring.name);
  }
  expect(missing).toEqual([]);
});

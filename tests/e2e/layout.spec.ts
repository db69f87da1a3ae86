import { expect, test, type Page } from '@playwright/test';

/**
 * The screens of docs/screenshots/ (scripts/screenshots.mjs), checked by the browser: no sideways
 * scroll, nothing cut off at the edges of the window, and no two controls of the header on top of
 * each other. Geometry does not change with the theme, so one theme is enough here; axe checks
 * both (a11y.spec.ts).
 */
const STATES: { name: string; path: string; act?: (page: Page) => Promise<void>; phoneOnly?: boolean }[] = [
  { name: 'home', path: '/index.html' },
  { name: 'topic', path: '/kubernetes/index.html' },
  { name: 'note', path: '/docker/container-lifecycle.html' },
  { name: 'commands', path: '/commands.html' },
  { name: 'print', path: '/print.html' },
  { name: '404', path: '/no/such/page.html' },
  {
    name: 'search open',
    path: '/docker/container-lifecycle.html',
    act: async (page) => {
      await page.keyboard.press('ControlOrMeta+k');
      await page.getByRole('searchbox').fill('how do I see logs of a stopped container');
      await expect(page.locator('[data-result-link]').first()).toBeVisible();
    },
  },
  {
    name: 'menu open',
    path: '/kubernetes/storage.html',
    phoneOnly: true,
    act: async (page) => {
      await page.getByRole('button', { name: 'Menu' }).click();
      await expect(page.locator('#site-menu')).toBeVisible();
    },
  },
];

/** What is wrong with the screen as drawn: overflow, clipped controls, overlapping header items. */
function problems(): string[] {
  const out: string[] = [];
  const W = innerWidth;
  if (document.documentElement.scrollWidth > W)
    out.push(`scrolls sideways by ${document.documentElement.scrollWidth - W} px`);
  const scrolls = (el: Element) => {
    for (let a = el.parentElement; a; a = a.parentElement) {
      const o = getComputedStyle(a).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
    return false;
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && r.bottom > 0 && r.top < innerHeight;
  };
  const layer = document.querySelector('dialog[open], [popover]:popover-open') ?? document;
  for (const el of layer.querySelectorAll('a, button, summary, input, select, h1, h2, h3, kbd, code')) {
    if (!visible(el) || scrolls(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.left < -0.5 || r.right > W + 0.5)
      out.push(
        `cut off: ${el.tagName.toLowerCase()} "${el.textContent!.trim().slice(0, 30)}" (${Math.round(r.left)}–${Math.round(r.right)})`,
      );
  }
  const items = [...document.querySelectorAll('.site-header > *, .header-actions > *')].filter(
    (el) => !el.classList.contains('header-actions') && visible(el),
  );
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]!.getBoundingClientRect();
      const b = items[j]!.getBoundingClientRect();
      if (
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5
      )
        out.push(
          `header: ${items[i]!.className || items[i]!.tagName} overlaps ${items[j]!.className || items[j]!.tagName}`,
        );
    }
  }
  return out;
}

for (const width of [390, 1280, 1440]) {
  const phone = width < 600;
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: phone ? 844 : 800 }, isMobile: phone, hasTouch: phone });
    test('every page type: no sideways scroll, nothing cut off, no overlap in the header', async ({ page }) => {
      test.setTimeout(90_000);
      const found: string[] = [];
      for (const state of STATES) {
        if (state.phoneOnly && !phone) continue;
        await page.goto(state.path);
        if (state.act) await state.act(page);
        found.push(...(await page.evaluate(problems)).map((p) => `${state.name}: ${p}`));
      }
      expect(found).toEqual([]);
    });
  });
}

/**
 * The page's script (assets/page.*.js) may run after the first paint: on a slow phone, or when
 * its file arrives late. Nothing it does may move the text a reader has started to read: what it
 * shows (the placeholder form, copy buttons, diagram zoom) has its place in the first layout.
 * Here the script is held back 800 ms, so every change it makes comes after the first paint.
 */
for (const width of [390, 1280]) {
  test(`at ${width} px a note does not move when its script arrives late`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const shifts: string[] = [];
      (window as unknown as { shifts: string[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; sources: { node?: Node }[] }[])
          shifts.push(
            `${e.value.toFixed(4)} ${e.sources.map((s) => (s.node as Element | undefined)?.className).join(', ')}`,
          );
      }).observe({ type: 'layout-shift', buffered: true });
    });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/page\.[0-9a-f]{10}\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/docker/container-lifecycle.html', { waitUntil: 'commit' });
    // Painted with the stylesheet, before the script: the placeholder form is already in place.
    const form = page.getByText(/^Fill in placeholders/);
    await expect(form).toBeVisible();
    await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
    await page.waitForTimeout(800);
    release();
    await expect(page.getByRole('button', { name: /^Copy/ }).first()).toBeVisible();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
  });
}

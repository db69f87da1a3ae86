import { expect, test, type Page } from '@playwright/test';
import { sweep } from './a11ySweep';
import { allPages } from './site';

/**
 * Every page of the build swept by axe (WCAG 2.2 AA rules and axe's best practices), in both
 * themes, one page load each, on a 1280 px laptop and on a 360 px phone (phones get another
 * layout: the compact header, the menu, the ToC folded in the text); and the states that draw
 * more, at both widths: the menu open, and search open with results. tests/e2e/a11ySweep.ts says
 * how a sweep is sized.
 */
// Its sweeps are independent (a fresh page each), and together they are the suite's longest file:
// run them on every worker instead of one, or the file alone sets the e2e stage's duration.
test.describe.configure({ mode: 'parallel' });

const LAPTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

for (const [name, viewport] of [
  ['a laptop', LAPTOP],
  ['a phone', PHONE],
] as const) {
  for (const path of allPages) {
    test(`${path} has no accessibility violations on ${name}, light and dark`, async ({ page }) => {
      const report = await sweep(page, path, { viewport });
      expect(report.violations).toEqual([]);
    });
  }
}

/** The menu holds the sidebar of the page's topic, or the topics: one page of each type. */
const openMenu = async (page: Page) => {
  await page.getByRole('button', { name: 'Menu' }).click();
  await expect(page.locator('#site-menu:popover-open')).toBeVisible();
};
for (const path of ['index.html', 'kubernetes/index.html', 'kubernetes/storage.html', 'commands.html']) {
  test(`${path} with the menu open on a phone has no accessibility violations, light and dark`, async ({ page }) => {
    const report = await sweep(page, path, { viewport: PHONE, state: openMenu });
    expect(report.violations).toEqual([]);
  });
}

/** Search open, with results that have commands, a copy button and marked words. */
for (const [name, viewport] of [
  ['a laptop', LAPTOP],
  ['a phone', PHONE],
] as const) {
  test(`search open with results on ${name} has no accessibility violations, light and dark`, async ({ page }) => {
    const report = await sweep(page, 'docker/container-lifecycle.html', {
      viewport,
      state: async (p) => {
        if (viewport === PHONE) await p.getByRole('button', { name: 'Search' }).first().click();
        else await p.keyboard.press('ControlOrMeta+k');
        await p.getByRole('searchbox').fill('docker run -p');
        await expect(p.locator('[data-result-link]').first()).toBeVisible();
      },
    });
    expect(report.violations).toEqual([]);
  });
}

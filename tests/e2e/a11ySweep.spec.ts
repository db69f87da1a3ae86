import { expect, test, type Page } from '@playwright/test';
import { sweep } from './a11ySweep';

/**
 * The sweep itself must be able to fail: a page made for the test (served by a route, never
 * built) with one fault of each kind the sweep's shortcuts could miss.
 */
const FIXTURE = '/a11y-sweep-fixture.html';

/** A page that follows the system theme as the site does (data-theme on <html>, live). */
function fixture(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title>
<style>
  html[data-theme='light'] { background: #fff; color: #111; }
  html[data-theme='dark'] { background: #111; color: #eee; }
  html[data-theme='dark'] .dark-only-faint { color: #333; }
  html[data-theme='light'] .light-only-faint { color: #ddd; }
</style>
<script>
  const m = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => (document.documentElement.dataset.theme = m.matches ? 'dark' : 'light');
  apply();
  m.addEventListener('change', apply);
</script></head><body><main><h1>Fixture</h1>${body}</main></body></html>`;
}

async function serve(page: Page, body: string) {
  await page.route(`**${FIXTURE}`, (route) => route.fulfill({ contentType: 'text/html', body: fixture(body) }));
}

test('a contrast fault of one theme only is reported for that theme', async ({ page }) => {
  await serve(page, '<p>Readable.</p><p id="faint" class="dark-only-faint">Hard to read in the dark.</p>');
  const report = await sweep(page, FIXTURE);
  expect(report.violations).toHaveLength(1);
  expect(report.violations[0]).toMatch(/^\[dark\] color-contrast: .* e\.g\. #faint$/);
});

test('a contrast fault of the first theme is found by the run that checks every rule', async ({ page }) => {
  await serve(page, '<p>Readable.</p><p id="pale" class="light-only-faint">Hard to read in the light.</p>');
  const report = await sweep(page, FIXTURE);
  expect(report.violations).toHaveLength(1);
  expect(report.violations[0]).toMatch(/^\[light\] color-contrast: .* e\.g\. #pale$/);
});

test('rules about the whole page and about structure still run', async ({ page }) => {
  await serve(page, '<h3>Skips a level</h3><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
  const report = await sweep(page, FIXTURE);
  expect(report.violations.map((v) => v.split(':')[0])).toEqual(['[light] heading-order', '[light] image-alt']);
});

test('the state callback runs before the checks', async ({ page }) => {
  await serve(page, '<div id="panel" hidden><input id="unlabelled"></div>');
  const report = await sweep(page, FIXTURE, {
    state: async (p) => {
      await p.locator('#panel').evaluate((el) => el.removeAttribute('hidden'));
    },
  });
  expect(report.violations.map((v) => v.split(':')[0])).toEqual(['[light] label']);
});

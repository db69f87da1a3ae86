// Screenshots of every page type of the built site, in both themes, on a phone (390 px, touch)
// and at 1280 and 1440 px: home, topic, note, Commands, print, 404, search open, menu open.
// For looking at the pages and for review; tests/e2e/layout.spec.ts checks the same screens.
//   npm run screenshots                 all of them, into docs/screenshots/ (needs a server on PORT)
//   npm run screenshots -- note search  only those states
// Env: PORT (default 4322), WIDTHS=390,1280,1440, THEMES=light,dark, OUT=docs/screenshots.
// PNGs are squeezed with pngquant when it is installed (apt-get install pngquant).
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { launchOptions } from './chromium.mjs';

const base = `http://127.0.0.1:${process.env.PORT ?? 4322}/`;
const out = process.env.OUT ?? 'docs/screenshots';
const widths = (process.env.WIDTHS ?? '390,1280,1440').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',');

/** Each state: the page, and what to do on it before the picture. */
const STATES = {
  home: { path: 'index.html' },
  topic: { path: 'kubernetes/index.html' },
  note: { path: 'docker/container-lifecycle.html' },
  commands: { path: 'commands.html' },
  print: { path: 'print.html' },
  404: { path: 'no/such/page.html' },
  search: {
    path: 'docker/container-lifecycle.html',
    async act(page) {
      await page.keyboard.press('Control+k');
      await page.locator('[data-search-input]').fill('how do I see logs of a stopped container');
      await page.locator('[data-result-link]').first().waitFor();
    },
  },
  menu: {
    path: 'kubernetes/storage.html',
    phoneOnly: true,
    async act(page) {
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.locator('#site-menu:popover-open').waitFor();
    },
  },
};
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(STATES);
const squeeze = ['/usr/bin/pngquant', '/usr/local/bin/pngquant', '/opt/homebrew/bin/pngquant'].find(existsSync);
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(launchOptions);
try {
  for (const theme of themes) {
    for (const width of widths) {
      const phone = width < 600;
      const context = await browser.newContext({
        viewport: { width, height: phone ? 844 : 800 },
        colorScheme: theme,
        isMobile: phone,
        hasTouch: phone,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      for (const name of wanted) {
        const state = STATES[name];
        if (!state) throw new Error(`unknown state "${name}": one of ${Object.keys(STATES).join(', ')}`);
        if (state.phoneOnly && !phone) continue;
        await page.goto(base + state.path);
        await page.evaluate(() => document.fonts.ready);
        if (state.act) await state.act(page);
        const file = `${out}/${name}-${theme}-${width}.png`;
        await page.screenshot({ path: file });
        if (squeeze) execFileSync(squeeze, ['--force', '--skip-if-larger', '--quality=70-95', '--output', file, file]);
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}

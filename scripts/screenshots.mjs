// Screenshots of pages of the built site in both themes, at phone and desktop widths, for looking
// at the pages (not a test). Usage: npm run screenshots -- [page ...]   (needs a server on PORT)
// Output: test-results/screenshots/<page>-<theme>-<width>.png
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { launchOptions } from './chromium.mjs';

const base = `http://127.0.0.1:${process.env.PORT ?? 4322}/`;
const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['index.html', 'docker/index.html', 'docker/container-lifecycle.html', '404-missing'];
const widths = (process.env.WIDTHS ?? '1440,360').split(',').map(Number);
const themes = (process.env.THEMES ?? 'light,dark').split(',');
const out = 'test-results/screenshots';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch(launchOptions);
for (const theme of themes) {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    for (const p of pages) {
      await page.goto(base + p);
      const file = `${out}/${p.replace(/[/#?]/g, '_')}-${theme}-${width}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();

import { expect, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, PROJECT, readAccessLog, startNginx } from './nginx.mjs';

/** Page-object helpers for the service worker and the save-for-offline control. */

/** Waits until the site's worker is active and controls the page. */
export async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The URLs in each of the site's caches, as paths relative to the origin. */
export function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
    }
    return out;
  });
}

/** The header's save-for-offline button and panel. */
export const offlineMenu = (page: Page) => ({
  toggle: page.locator('[data-save-offline="menu"] [data-offline-toggle]'),
  panel: page.locator('[data-save-offline="menu"] [data-offline-panel]'),
});

/**
 * An nginx of the test's own (deploy/nginx.conf, tests/e2e/nginx.mjs), serving `root`: its access
 * log counts the bytes of one test alone, whatever the other tests do meanwhile.
 */
export async function ownNginx(name: string, root: string, options: { prefix?: string } = {}) {
  const port = await freePort();
  const tmp = join(PROJECT, 'tests/.tmp', `${name}-${port}`);
  rmSync(tmp, { recursive: true, force: true });
  const child = await startNginx({ port, root, tmp, ...options });
  return {
    origin: `http://127.0.0.1:${port}`,
    log: () => readAccessLog(tmp) as { method: string; uri: string; status: number; bytes: number }[],
    stop: () =>
      new Promise<void>((done) =>
        child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGQUIT')),
      ),
  };
}

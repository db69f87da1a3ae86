import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IMMUTABLE_CACHE_CONTROL, SECURITY_HEADERS } from '../../src/lib/securityHeaders';
import { DIST } from './site';

/**
 * What deploy/nginx.conf sends, asked of the suite's own server, which runs that very file
 * (tests/e2e/serve.mjs): headers, cache rules, types, compression and the 404 page.
 */
const first = (dir: string) => readdirSync(join(DIST, dir))[0]!;

test('every response carries the security headers, the CSP with frame-ancestors', async ({ request }) => {
  for (const path of ['/index.html', '/docker/container-lifecycle.html', '/search/engine.js', '/no/such/page']) {
    const response = await request.get(path);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(response.headers()[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }
  }
});

test('the header policy and the page policy together still run the page: search works, nothing blocked', async ({
  page,
}) => {
  const blocked: string[] = [];
  page.on('console', (m) => m.type() === 'error' && blocked.push(m.text()));
  await page.goto('/docker/container-lifecycle.html');
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('docker logs');
  await expect(page.locator('[data-result-link]').first()).toBeVisible();
  expect(blocked).toEqual([]);
});

test('cache rules: pages, the worker and the search data revalidate; hashed pagefind files are immutable', async ({
  request,
}) => {
  for (const path of [
    '/index.html',
    '/docker/',
    '/sw.js',
    '/offline-manifest.json',
    '/search/engine.js',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-entry.json',
  ]) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
  }
  for (const path of [
    `/pagefind/fragment/${first('pagefind/fragment')}`,
    `/pagefind/index/${first('pagefind/index')}`,
  ]) {
    expect((await request.get(path)).headers()['cache-control'], path).toBe(IMMUTABLE_CACHE_CONTROL);
  }
  // Revalidation is cheap: an unchanged page answers 304 with no body.
  const page = await request.get('/docker/index.html');
  const again = await request.get('/docker/index.html', { headers: { 'If-None-Match': page.headers()['etag']! } });
  expect(again.status()).toBe(304);
});

test('types: pages, scripts, JSON, wasm and pagefind’s binary files', async ({ request }) => {
  const types: [string, RegExp][] = [
    ['/index.html', /^text\/html; charset=utf-8$/],
    ['/sw.js', /^application\/javascript; charset=utf-8$/],
    ['/offline-manifest.json', /^application\/json; charset=utf-8$/],
    ['/pagefind/pagefind-entry.json', /^application\/json/],
    ['/pagefind/wasm.en.pagefind', /^application\/octet-stream$/],
    [`/pagefind/fragment/${first('pagefind/fragment')}`, /^application\/octet-stream$/],
  ];
  for (const [path, type] of types) expect((await request.get(path)).headers()['content-type'], path).toMatch(type);
  // pagefind's files are already compressed: never gzipped again. Text is.
  const wasm = await request.get('/pagefind/wasm.en.pagefind', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(wasm.headers()['content-encoding']).toBeUndefined();
  const html = await request.get('/index.html', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(html.headers()['content-encoding']).toBe('gzip');
});

test('a page is found by its file, its name without .html and its folder', async ({ request }) => {
  for (const path of ['/docker/container-lifecycle.html', '/docker/container-lifecycle', '/docker/', '/docker']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

test('a missing URL gets the site’s 404 page with status 404; _headers is not served', async ({ page, request }) => {
  const response = await page.goto('/docker/no-such-note.html');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect((await request.get('/_headers')).status()).toBe(404);
  expect((await request.get('/healthz')).status()).toBe(200);
});

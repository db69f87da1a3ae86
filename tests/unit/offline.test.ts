import { describe, expect, it } from 'vitest';
import { buildManifest } from '~/lib/offline/buildManifest';
import { cacheKeys } from '~/lib/offline/cacheKey';
import { cachesToDelete, offlineCacheName, offlineCacheVersion, RUNTIME_CACHE } from '~/lib/offline/cacheNames';
import { isImmutable } from '~/lib/offline/immutablePaths';
import { parseManifest } from '~/lib/offline/manifest';
import { isOfflineFile } from '~/lib/offline/offlineFiles';
import { offlinePage } from '~/lib/offline/offlinePage';
import { readPageVersion, stampPage } from '~/lib/offline/pageStamp';
import { planUpdate } from '~/lib/offline/planUpdate';
import { headerContentSecurityPolicy } from '~/lib/securityHeaders';
import { siteRootCandidates } from '~/lib/siteRootCandidates';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en" data-root="../"><head></head><body>${body}</body></html>`;
const file = (path: string, text: string) => ({ path, content: Buffer.from(text) });

describe('stampPage', () => {
  it('writes the page’s own version into <html>, a hash of the page without it', () => {
    const stamped = stampPage(page('a'));
    expect(stamped).toMatch(/^<!DOCTYPE html><html data-page-version="[0-9a-f]{16}" lang="en"/);
    expect(readPageVersion(stamped)).toBe(readPageVersion(stampPage(page('a'))));
    expect(readPageVersion(stamped)).not.toBe(readPageVersion(stampPage(page('b'))));
  });
  it('refuses a page without <html> or already stamped', () => {
    expect(() => stampPage('<p>x</p>')).toThrow('no <html> start tag');
    expect(() => stampPage(stampPage(page('a')))).toThrow('already has a version');
  });
  it('reads no version from a page that has none, or from an attribute outside <html>', () => {
    expect(readPageVersion(page('<div data-page-version="abc123"></div>'))).toBeUndefined();
  });
});

describe('buildManifest', () => {
  const a = [file('index.html', stampPage(page('home'))), file('search/engine.js', 'x'.repeat(5000))];
  const manifest = buildManifest(a, { path: 'notes.zip', bytes: 1234 });
  it('lists each file with its size, wire size and hash; pages by their version', () => {
    expect(manifest.files.map((f) => f.path)).toEqual(['index.html', 'search/engine.js']);
    expect(manifest.files[0]!.hash).toBe(readPageVersion(a[0]!.content.toString()));
    expect(manifest.files[1]).toMatchObject({ bytes: 5000 });
    expect(manifest.files[1]!.transfer).toBeLessThan(100);
    expect(manifest.bytes).toBe(a[0]!.content.length + 5000);
    expect(manifest.zip).toEqual({ path: 'notes.zip', bytes: 1234 });
    expect(parseManifest(JSON.parse(JSON.stringify(manifest)))).toEqual(manifest);
  });
  it('changes version when any file changes, and only then', () => {
    expect(buildManifest(a).version).toBe(manifest.version);
    expect(buildManifest([a[0]!, file('search/engine.js', 'y')]).version).not.toBe(manifest.version);
  });
  it('fails on a page that carries no version', () => {
    expect(() => buildManifest([file('x.html', page('x'))])).toThrow('x.html carries no page version');
  });
  it('parseManifest says what is wrong with something else', () => {
    expect(() => parseManifest({ files: [] })).toThrow('not a build manifest');
    expect(() => parseManifest({ version: 'v', files: [{ path: 'a' }] })).toThrow('lacks its path, hash or size');
  });
});

describe('planUpdate', () => {
  const m = (files: [string, string][]) => ({
    version: 'v',
    bytes: 0,
    transfer: 0,
    files: files.map(([path, hash]) => ({ path, hash, bytes: 1, transfer: 1 })),
  });
  it('copies unchanged files and fetches new or changed ones', () => {
    const plan = planUpdate(
      m([
        ['a', '1'],
        ['b', '2'],
        ['gone', '3'],
      ]),
      m([
        ['a', '1'],
        ['b', '9'],
        ['c', '4'],
      ]),
    );
    expect(plan.copy.map((f) => f.path)).toEqual(['a']);
    expect(plan.fetch.map((f) => f.path)).toEqual(['b', 'c']);
  });
  it('fetches everything with no saved copy', () => {
    expect(planUpdate(undefined, m([['a', '1']])).fetch.map((f) => f.path)).toEqual(['a']);
  });
});

describe('cacheKeys', () => {
  it.each([
    ['https://x.org/notes/compose/', ['https://x.org/notes/compose/index.html']],
    ['https://x.org/docker/a.html?q=logs#s', ['https://x.org/docker/a.html']],
    [
      'https://x.org/docker/a',
      ['https://x.org/docker/a', 'https://x.org/docker/a.html', 'https://x.org/docker/a/index.html'],
    ],
  ])('%s', (url, keys) => expect(cacheKeys(new URL(url))).toEqual(keys));
});

describe('cache names', () => {
  it('keeps the runtime cache and the copy in use, drops the rest of ours only', () => {
    const keep = offlineCacheName('b2');
    expect(offlineCacheVersion(keep)).toBe('b2');
    expect(offlineCacheVersion(RUNTIME_CACHE)).toBeUndefined();
    expect(
      cachesToDelete([RUNTIME_CACHE, keep, offlineCacheName('a1'), 'notes-a52082b2b131', 'other-app'], keep),
    ).toEqual([offlineCacheName('a1'), 'notes-a52082b2b131']);
  });
});

describe('what the offline copy holds', () => {
  it.each([
    ['index.html', true],
    ['pagefind/pagefind.js', true],
    ['offline/save.js', true],
    ['search/engine.js', true],
    ['search/words.js', true],
    ['pagefind/index/en_836c317.pf_index', true],
    ['search/offline.js', false],
    ['pagefind/fragment/en_0b486cd.pf_fragment', false],
    ['sw.js', false],
    ['offline-manifest.json', false],
    ['notes.zip', false],
    ['_headers', false],
    ['index.html.gz', false],
  ])('%s: %s', (path, kept) => expect(isOfflineFile(path, 'notes.zip')).toBe(kept));
  it.each([
    ['pagefind/fragment/en_0b486cd.pf_fragment', true],
    ['pagefind/pagefind.en_1543d02ef7.pf_meta', true],
    ['pagefind/pagefind-entry.json', false],
    ['pagefind/wasm.en.pagefind', false],
  ])('%s immutable: %s', (path, immutable) => expect(isImmutable(path)).toBe(immutable));
});

describe('siteRootCandidates', () => {
  it.each([
    ['/missing.html', ['/']],
    ['/notes/no/such/page.html', ['/notes/no/such/', '/notes/no/', '/notes/', '/']],
    ['/docker/', ['/docker/', '/']],
  ])('%s', (path, roots) => expect(siteRootCandidates(path)).toEqual(roots));
});

describe('offlinePage', () => {
  it('links the saved pages, escaped', () => {
    const html = offlinePage([{ href: '/a.html', title: 'A <b> & "c"' }]);
    expect(html).toContain('<a href="/a.html">A &#60;b&#62; &#38; &#34;c&#34;</a>');
    expect(offlinePage([])).toContain('No page of the notes is saved on this device yet.');
  });
});

describe('headerContentSecurityPolicy', () => {
  it('is the page policy without script-src and default-src, every fetch directive named, frame-ancestors added', () => {
    expect(headerContentSecurityPolicy()).toBe(
      "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'; font-src 'self'; media-src 'self'; manifest-src 'self'; frame-src 'self'; frame-ancestors 'none'",
    );
  });
});

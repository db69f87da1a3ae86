import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE_CACHE_CONTROL, REVALIDATE_CACHE_CONTROL, SECURITY_HEADERS } from '~/lib/securityHeaders';
import { isImmutable } from '~/lib/offline/immutablePaths';
import { nginxConfig, NGINX } from '../e2e/nginx.mjs';

/**
 * The server side of the deploy: deploy/nginx.conf passes `nginx -t` as the image runs it and as
 * the tests run it, and it and public/_headers send the headers and cache rules the site means
 * (src/lib/securityHeaders.ts, src/lib/offline/immutablePaths.ts).
 */
const conf = readFileSync('deploy/nginx.conf', 'utf8');
const headersFile = readFileSync('public/_headers', 'utf8');

/**
 * `nginx -t -c file`, its output in files: the config logs to /dev/stdout and /dev/stderr, which
 * nginx opens by name, and cannot open when they are sockets (as Node's pipes are).
 */
function nginxTest(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'notes-nginx-out-'));
  const [out, err] = [join(dir, 'out'), join(dir, 'err')];
  const { status } = spawnSync(NGINX!, ['-t', '-c', file], {
    stdio: ['ignore', openSync(out, 'w'), openSync(err, 'w')],
  });
  return { status, stderr: readFileSync(err, 'utf8') + readFileSync(out, 'utf8') };
}

describe('nginx -t', () => {
  // CI installs nginx (.ci/run); only a laptop without it skips, and says so.
  it.skipIf(!NGINX && !process.env.CI)('accepts deploy/nginx.conf as the image runs it', () => {
    const result = nginxTest(join(process.cwd(), 'deploy/nginx.conf'));
    expect(result.stderr).toContain('syntax is ok');
    expect(result.status, result.stderr).toBe(0);
  });

  it.skipIf(!NGINX && !process.env.CI)('accepts the test server’s config derived from it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'notes-nginx-'));
    const file = join(tmp, 'nginx.conf');
    writeFileSync(file, nginxConfig({ port: 18080, root: join(process.cwd(), 'dist'), tmp, prefix: '/notes/' }));
    const result = nginxTest(file);
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('error_page 404 /notes/404.html;');
  });

  it.skipIf(!NGINX && !process.env.CI)('fails on a config with a mistake, naming the line', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'notes-nginx-'));
    const file = join(tmp, 'nginx.conf');
    const broken = conf.replace('gzip_static on;', 'gzip_statik on;');
    writeFileSync(file, broken);
    const result = nginxTest(file);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/unknown directive "gzip_statik".*nginx\.conf:\d+/);
  });

  it('refuses to derive a test config when a "# test:" line is missing', () => {
    const source = conf.replace(/ # test: root$/m, '');
    expect(() => nginxConfig({ port: 1, root: '/x', tmp: '/y', source })).toThrow(
      'deploy/nginx.conf: no "# test:" line for root',
    );
  });
});

describe('security headers', () => {
  const nginxHeaders = Object.fromEntries(
    [...conf.matchAll(/^\s*add_header ([\w-]+) "([^"]*)" always;/gm)].map((m) => [m[1]!, m[2]!]),
  );
  const siteWide = headersFile.split(/\n(?=\/)/).find((block) => block.startsWith('/*\n'))!;
  const hostHeaders = Object.fromEntries([...siteWide.matchAll(/^ {2}([\w-]+): (.*)$/gm)].map((m) => [m[1]!, m[2]!]));

  it.each(Object.entries(SECURITY_HEADERS))('%s is sent by nginx and by static hosts', (name, value) => {
    expect(nginxHeaders[name]).toBe(value);
    expect(hostHeaders[name]).toBe(value);
  });

  it('the header policy adds frame-ancestors and leaves script-src to each page', () => {
    const csp = SECURITY_HEADERS['Content-Security-Policy']!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src|default-src/);
    expect(csp).toContain("connect-src 'self'");
  });
});

describe('cache rules', () => {
  // The regexes of deploy/nginx.conf's map, run as JavaScript regexes (the same syntax here).
  const immutableRules = [...conf.matchAll(/^\s*"~([^"]+)" "([^"]+)";/gm)].map((m) => ({
    pattern: new RegExp(m[1]!),
    value: m[2]!,
  }));
  const nginxCacheControl = (uri: string) =>
    immutableRules.find((r) => r.pattern.test(uri))?.value ?? conf.match(/default "([^"]+)";/)![1];

  it.each([
    ['/pagefind/fragment/en_0b486cd.pf_fragment', true],
    ['/pagefind/index/en_836c317.pf_index', true],
    ['/pagefind/filter/en_0bcba77.pf_filter', true],
    ['/pagefind/pagefind.en_1543d02ef7.pf_meta', true],
    ['/notes/pagefind/fragment/en_0b486cd.pf_fragment', true],
    ['/assets/site.3f9c2a1b7e.css', true],
    ['/notes/assets/page.0a1b2c3d4e.js', true],
    ['/assets/site.css', false],
    ['/pagefind/pagefind.js', false],
    ['/pagefind/pagefind-entry.json', false],
    ['/pagefind/wasm.en.pagefind', false],
    ['/search/engine.js', false],
    ['/docker/container-lifecycle.html', false],
    ['/sw.js', false],
    ['/offline-manifest.json', false],
  ])('%s: immutable %s, for nginx and the worker alike', (uri, immutable) => {
    expect(nginxCacheControl(uri)).toBe(immutable ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL);
    expect(isImmutable(uri)).toBe(immutable);
  });

  it('static hosts keep the hashed chunks a year, and nothing else', () => {
    const rules = [...headersFile.matchAll(/^(\/\S+)\n {2}Cache-Control: (.*)$/gm)].map((m) => [m[1], m[2]]);
    expect(rules).toEqual(
      ['assets', 'pagefind/fragment', 'pagefind/index', 'pagefind/filter'].map((d) => [
        `/${d}/*`,
        IMMUTABLE_CACHE_CONTROL,
      ]),
    );
  });
});

// A bounded load check of the production server config: nginx with deploy/nginx.conf (as the
// tests run it, tests/e2e/nginx.mjs) serving the built site on 127.0.0.1, loaded by autocannon for
// 10 s per variant, and the numbers written to docs/benchmarks.md (its "loadtest" section only).
//   npm run build && node scripts/loadtest.mjs
// Two variants: dist/ as built (nginx gzips each response, level 6), and a copy with the .gz
// twins the Dockerfile writes (deploy/precompress.mjs: gzip_static serves them as they are).
// Loopback only, bounded in time; not part of npm test (a number, not a pass/fail).
import autocannon from 'autocannon';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { writeSection } from './benchmarkSection.mjs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { precompress } from '../deploy/precompress.mjs';
import { spawnSync } from 'node:child_process';
import { freePort, NGINX, startNginx } from '../tests/e2e/nginx.mjs';

const DIST = resolve('dist');
const TMP = resolve('tests/.tmp/loadtest');
const SECONDS = 10;
const nginxVersion = spawnSync(NGINX ?? 'nginx', ['-v'], { encoding: 'utf8' })
  .stderr.trim()
  .replace('nginx version: ', '');
const CONNECTIONS = 32;
if (!existsSync(join(DIST, 'offline-manifest.json'))) throw new Error('no build: run `npm run build` first');

// What readers ask for: pages, the search data and pagefind's chunks, as a browser asks (gzip).
const chunk = readdirSync(join(DIST, 'pagefind/index'))[0];
const PATHS = [
  '/index.html',
  '/docker/container-lifecycle.html',
  '/kubernetes/services-and-networking.html',
  '/search/engine.js',
  `/pagefind/index/${chunk}`,
  '/no/such/page.html',
];
const expected = (path) => (path.startsWith('/no/') ? 404 : 200);

async function run(name, slug, root) {
  const port = await freePort();
  const server = await startNginx({ port, root, tmp: join(TMP, `nginx-${slug}`), accessLog: false, stdio: 'ignore' });
  try {
    let unexpected = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { 'accept-encoding': 'gzip' },
      requests: PATHS.map((path) => ({
        path,
        onResponse: (status) => {
          if (status !== expected(path)) unexpected++;
        },
      })),
    });
    const row = {
      name,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      mbps: (result.throughput.average / 1e6).toFixed(1),
      requests: result.requests.total,
      errors: result.errors + result.timeouts + unexpected,
    };
    console.log(`  ${name}: ${row.rps} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, ${row.errors} errors`);
    return row;
  } finally {
    server.kill('SIGQUIT');
  }
}

const load = loadavg()[0].toFixed(1);
rmSync(TMP, { recursive: true, force: true });
const precompressed = join(TMP, 'site-gz');
cpSync(DIST, precompressed, { recursive: true });
const twins = precompress(precompressed);
// Bytes: the level-9 twins against what nginx's level 6 sends.
let level6 = 0;
let level9 = 0;
for (const f of readdirSync(precompressed, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.gz'))) {
  level9 += readFileSync(join(precompressed, f)).length;
  level6 += gzipSync(readFileSync(join(precompressed, f.slice(0, -3))), { level: 6 }).length;
}
console.log(`Load check: ${SECONDS} s per variant, ${CONNECTIONS} connections, ${PATHS.length} URLs in turn`);
const rows = [
  await run('gzip on the fly (level 6)', 'gzip', DIST),
  await run(`gzip_static (${twins} .gz files, level 9)`, 'gzip-static', precompressed),
];

const section = [
  '## Serving with nginx: a load check',
  '',
  `Measured by \`node scripts/loadtest.mjs\` on ${new Date().toISOString().slice(0, 10)}: ${nginxVersion} with deploy/nginx.conf on 127.0.0.1, autocannon for ${SECONDS} s with ${CONNECTIONS} connections on the same 2-core machine, whose load average was ${load} when it started (shared with other work: compare the two variants of one run, not runs of different days). Requests rotate over ${PATHS.map((p) => `\`${p.replace(chunk, '…')}\``).join(', ')} (the last is the 404 page, status 404 expected), with \`Accept-Encoding: gzip\`. Errors count connection errors, timeouts and any unexpected status.`,
  '',
  '| variant | requests/s | p50 (ms) | p99 (ms) | MB/s | requests | errors |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.mbps} | ${r.requests} | ${r.errors} |`),
  '',
  `The .gz twins weigh ${level9} bytes against ${level6} at nginx's level 6 (${((1 - level9 / level6) * 100).toFixed(1)}% less): gzip_static pays in CPU, not in bytes, so the Dockerfile writes them.`,
].join('\n');
await writeSection('loadtest', section);
if (rows.some((r) => r.errors > 0)) {
  console.error('The load check saw errors.');
  process.exit(1);
}

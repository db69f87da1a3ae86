// nginx for the tests and the load check, with deploy/nginx.conf ITSELF: only the lines the file
// marks "# test: …" are replaced (where it listens, what it serves, where it writes), so what the
// tests check is what the Docker image runs. Everything nginx writes goes under `tmp`.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEPLOY_CONF = join(PROJECT, 'deploy/nginx.conf');
export const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/opt/homebrew/bin/nginx'].find((p) => existsSync(p));

/**
 * deploy/nginx.conf with the marked lines replaced:
 * - port: listens on 127.0.0.1:<port>;   - root: the folder served (dist/);
 * - prefix: the sub-path the site lives under ('/notes/'), for its 404 page;
 * - tmp: pid, logs and temp paths;
 * - accessLog: false turns the access log off; else tmp/access.log has a line per request:
 *   method, URI, status and the bytes sent (headers included).
 * `source` is the config's text (deploy/nginx.conf). Throws when a marker is missing, so a change to the file cannot silently escape the tests.
 */
export function nginxConfig({
  port,
  root,
  tmp,
  prefix = '/',
  accessLog = true,
  source = readFileSync(DEPLOY_CONF, 'utf8'),
}) {
  const replacements = {
    pid: `pid ${tmp}/nginx.pid;`,
    error_log: `error_log ${tmp}/error.log warn;`,
    // Each request with the bytes nginx sent for it, headers included: what a reader downloaded.
    access_log: accessLog
      ? `log_format notes_test '$request_method $request_uri $status $bytes_sent'; access_log ${tmp}/access.log notes_test;`
      : 'access_log off;',
    temp: (line) => line.replace(/\/tmp\/(\w+)/, `${tmp}/$1`),
    listen: `listen 127.0.0.1:${port};`,
    root: `root ${root};`,
    error_page: `error_page 404 ${prefix}404.html;`,
  };
  const seen = new Set();
  const text = source
    .split('\n')
    .map((line) => {
      const marker = line.match(/#\s*test:\s*(\w+)\s*$/)?.[1];
      if (!marker) return line;
      const replace = replacements[marker];
      if (!replace) throw new Error(`deploy/nginx.conf: unknown test marker "${marker}"`);
      seen.add(marker);
      const indent = line.match(/^\s*/)[0];
      return typeof replace === 'function' ? replace(line) : `${indent}${replace}`;
    })
    .join('\n');
  const missing = Object.keys(replacements).filter((m) => !seen.has(m));
  if (missing.length) throw new Error(`deploy/nginx.conf: no "# test:" line for ${missing.join(', ')}`);
  return text;
}

/** Writes the config under `tmp` and starts nginx in the foreground; resolves once it answers. */
export async function startNginx(options) {
  if (!NGINX) throw new Error('nginx is not installed (Debian: apt-get install nginx-light)');
  mkdirSync(options.tmp, { recursive: true });
  const conf = join(options.tmp, 'nginx.conf');
  writeFileSync(conf, nginxConfig(options));
  const child = spawn(NGINX, ['-c', conf, '-p', options.tmp, '-g', 'daemon off;'], {
    stdio: options.stdio ?? ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${options.port}/healthz`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode} (see ${options.tmp}/error.log)`);
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGQUIT');
  throw new Error(`nginx did not answer on ${url}`);
}

/** A port nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The requests nginx has logged so far (see `accessLog`). */
export function readAccessLog(tmp) {
  const file = join(tmp, 'access.log');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [method, uri, status, bytes] = line.split(' ');
      return { method, uri, status: Number(status), bytes: Number(bytes) };
    });
}

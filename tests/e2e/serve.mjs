// Serves dist/ for the end-to-end tests on 127.0.0.1 with nginx and deploy/nginx.conf itself,
// as the Docker image does (tests/e2e/nginx.mjs), with pid, temp paths and logs inside
// tests/.tmp. Falls back to `astro preview` where nginx is not installed (a laptop without it).
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { NGINX, PROJECT, startNginx } from './nginx.mjs';

const port = Number(process.env.PORT ?? 4322);
// The folder to serve: dist/, or another build (the benchmark serves builds of generated content).
const dist = process.env.SERVE_DIST ? resolve(process.env.SERVE_DIST) : join(PROJECT, 'dist');

if (!NGINX) {
  console.log('nginx not found: serving dist/ with astro preview');
  // astro preview serves <root>/dist of the project it runs in.
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: dirname(dist),
    stdio: 'inherit',
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  // One folder per port, so that two servers (the tests and a benchmark) never share a pid file.
  const child = await startNginx({ port, root: dist, tmp: join(PROJECT, `tests/.tmp/nginx-${port}`) });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill('SIGQUIT'));
  child.on('exit', (code) => process.exit(code ?? 0));
}

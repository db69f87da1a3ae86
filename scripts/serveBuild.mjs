// Serves a built site for the benchmark scripts the way the end-to-end tests do
// (tests/e2e/serve.mjs: nginx with gzip, or astro preview), on a free port of its own, and waits
// until it answers. Never reuses a server it did not start.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A port nothing listens on now (the system picks it). */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/**
 * Starts a server of `dist` (default: the project's dist/) and resolves once /index.html answers.
 * @returns {Promise<{ url: string, port: number, stop: () => Promise<void> }>}
 */
export async function serveBuild(dist = 'dist') {
  const port = await freePort();
  const child = spawn(process.execPath, ['tests/e2e/serve.mjs'], {
    env: { ...process.env, PORT: String(port), SERVE_DIST: resolve(dist) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise((ok) => child.once('exit', ok));
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server of ${dist} exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}index.html`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the server of ${dist} did not answer on port ${port} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

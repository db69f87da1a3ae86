import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.txt': 'text/plain',
};

/**
 * A plain static host, as many are: Last-Modified from the file's time, 304 for If-Modified-Since,
 * and no Cache-Control and no ETag, so a browser guesses freshness from the file's age. Each
 * request is logged with its status.
 *
 * `slow` makes a slow line for some files: each answer to a path it matches waits `ms` first. It
 * acts on the server, so it also slows the service worker's fetches, which Playwright's routes
 * do not see.
 */
export async function plainHost(root: string, slow?: { paths: RegExp; ms: number }) {
  const log: { path: string; status: number }[] = [];
  /** Requests the slow line held back (counted as they arrive). */
  const slowed: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (slow?.paths.test(path)) {
      slowed.push(path);
      await new Promise((r) => setTimeout(r, slow.ms));
    }
    let file = normalize(join(root, path));
    if (file.endsWith('/')) file = join(file, 'index.html');
    const found = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    const served = found ? file : join(root, '404.html');
    const modified = statSync(served).mtime;
    modified.setMilliseconds(0);
    const since = req.headers['if-modified-since'];
    const status = !found ? 404 : since && new Date(since) >= modified ? 304 : 200;
    log.push({ path, status });
    res.writeHead(status, {
      'Content-Type': TYPES[extname(served)] ?? 'application/octet-stream',
      'Last-Modified': modified.toUTCString(),
    });
    if (status === 304 || req.method === 'HEAD') res.end();
    else createReadStream(served).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    slowed,
    stop: () => new Promise<void>((done) => server.close(() => done())),
  };
}

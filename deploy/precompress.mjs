// Writes a gzip -9 twin (`file.gz`) beside every text file of the built site, for nginx's
// gzip_static (deploy/nginx.conf): served as they are, with no compression per request.
// Run by the Dockerfile after the build: `node deploy/precompress.mjs dist`. Not part of the
// build itself, so dist/ (the export, the offline copy) has no .gz files.
// Measured (docs/benchmarks.md, "Serving with nginx"): the bytes barely change (-0.4% against
// nginx's level 6); the gain is the CPU, i.e. requests per second.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What nginx would gzip (gzip_types), above its gzip_min_length. */
const TEXT = /\.(html|js|json|css|svg|txt|xml)$/;
const MIN_LENGTH = 1024;

export function precompress(root) {
  let files = 0;
  for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    const path = join(root, entry);
    if (!TEXT.test(path) || !statSync(path).isFile()) continue;
    const content = readFileSync(path);
    if (content.length < MIN_LENGTH) continue;
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
    // The same time as the file: nginx sends the .gz file's Last-Modified.
    const { atime, mtime } = statSync(path);
    utimesSync(`${path}.gz`, atime, mtime);
    files++;
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? 'dist');
  console.log(`precompress: ${precompress(root)} files of ${root} have a .gz twin`);
}

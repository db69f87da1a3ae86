import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { bundleScript } from '../build/bundleScript';
import { listFiles } from '../build/listFiles';
import { formatBytes } from '../lib/formatBytes';
import { ZIP_NAME, ZIP_SIZE_MARKER } from '../lib/offlineZip';

/**
 * The offline zip: the whole export in one folder, to unzip and open from disk. pagefind is left
 * out (a page opened from disk cannot run it; search there uses the fallback index).
 * Runs before the link check, which then sees the zip that every page links to.
 */
export function offlineZip(): AstroIntegration {
  return {
    name: 'notes:offline-zip',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir).replace(/\/$/, '');
        const files = listFiles(root).filter((f) => f !== ZIP_NAME && !f.startsWith('pagefind/') && f !== 'sw.js');
        const pages = files.filter((f) => f.endsWith('.html'));
        const original = new Map(pages.map((p) => [p, readFileSync(join(root, p), 'utf8')]));
        const zip = (size: string) => {
          const entries: Record<string, Uint8Array> = {};
          for (const f of files) {
            const html = original.get(f);
            entries[`docker-k8s-notes/${f}`] =
              html !== undefined ? Buffer.from(html.replaceAll(ZIP_SIZE_MARKER, size)) : readFileSync(join(root, f));
          }
          return zipSync(entries, { level: 9 });
        };
        // The pages state the zip's size, and the zip holds the pages: size it once, then write
        // the rounded size, which the few changed bytes cannot move.
        const size = formatBytes(zip('0.0 MB').length);
        const bytes = zip(size);
        if (formatBytes(bytes.length) !== size)
          throw new Error(`offline zip: size drifted (${size} → ${formatBytes(bytes.length)})`);
        for (const [p, html] of original) writeFileSync(join(root, p), html.replaceAll(ZIP_SIZE_MARKER, size));
        writeFileSync(join(root, ZIP_NAME), bytes);
        logger.info(`Offline zip: ${files.length} files, ${size}.`);
      },
    },
  };
}

/**
 * sw.js, the service worker (src/scripts/serviceWorker.ts), with the list of every file of the
 * build to precache and a version that changes whenever any file changes. Runs last, after
 * pagefind has written its index.
 */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'notes:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir).replace(/\/$/, '');
        const files = listFiles(root).filter((f) => f !== 'sw.js' && f !== ZIP_NAME);
        const hash = createHash('sha256');
        for (const f of files) hash.update(f).update(readFileSync(join(root, f)));
        const version = hash.digest('hex').slice(0, 12);
        const manifest = `self.__NOTES_BUILD=${JSON.stringify({ version, files })};\n`;
        writeFileSync(join(root, 'sw.js'), manifest + (await bundleScript('serviceWorker.ts')));
        logger.info(`Service worker: build ${version}, ${files.length} files to precache.`);
      },
    },
  };
}

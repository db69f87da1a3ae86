import { strToU8, zipSync } from 'fflate';
import { ZIP_FOLDER, ZIP_NAME } from '../../lib/offlineZip';
import type { BuiltSite } from './site';

/** Files that are not part of the export opened from disk. */
export const notZipped = (path: string) => path.startsWith('pagefind/') || path === ZIP_NAME;

/**
 * The offline zip: the whole export in one folder, to unzip and open from disk. pagefind is left
 * out (a page opened from disk cannot run it; search there uses the fallback index), and so are
 * the service worker and its manifest (made after this step). No page states the zip's size, so
 * the zip is made once and cannot drift: its size is in offline-manifest.json, outside the zip.
 * (fflate's asynchronous zip starts a worker thread per file: slower here than this, on a busy
 * two-core machine.)
 */
export function zipForOffline(site: BuiltSite): { files: number; bytes: number } {
  const entries: Record<string, Uint8Array> = {};
  // What Astro rendered, and what the steps before made (search/engine.js; pagefind is left out).
  for (const [path, content] of [...site.files, ...site.output])
    if (!notZipped(path)) entries[`${ZIP_FOLDER}/${path}`] = typeof content === 'string' ? strToU8(content) : content;
  const bytes = zipSync(entries, { level: 9 });
  site.output.set(ZIP_NAME, bytes);
  return { files: Object.keys(entries).length, bytes: bytes.length };
}

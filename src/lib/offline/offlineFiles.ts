/**
 * Whether a file of the build belongs in the offline copy that "Save for offline" downloads:
 * every page and what search needs over http (pagefind and the search data). Left out: the worker
 * and the manifest themselves, the zip (the export for disk, offered separately), the index that
 * only pages opened from disk use (search/offline.js), pagefind's fragments (search never loads
 * them: its results are drawn from the section rows of search/engine.js, see docs/search.md), and
 * files for hosts or crawlers (robots.txt, _headers) or precompressed twins (`.gz`).
 */
import { MANIFEST_PATH } from './manifest';

const LEFT_OUT = new Set(['sw.js', MANIFEST_PATH, 'robots.txt', '_headers', 'search/offline.js']);

export function isOfflineFile(path: string, zipName: string): boolean {
  return !LEFT_OUT.has(path) && path !== zipName && !path.endsWith('.gz') && !path.startsWith('pagefind/fragment/');
}

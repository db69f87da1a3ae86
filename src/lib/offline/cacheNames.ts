/**
 * The names of the service worker's caches (src/scripts/serviceWorker.ts). All start with
 * `notes-`, so the worker can tell its own caches from any other script's on the origin.
 * - the runtime cache: the last copy of each page and search file a reader has opened;
 * - one offline copy per build, `notes-offline-<version>`: every file of that build, saved by
 *   "Save for offline"; it is complete once the build's manifest is stored in it, last.
 */
export const CACHE_PREFIX = 'notes-';
export const RUNTIME_CACHE = `${CACHE_PREFIX}runtime`;
const OFFLINE_PREFIX = `${CACHE_PREFIX}offline-`;

/** The cache holding the offline copy of one build. */
export function offlineCacheName(version: string): string {
  return `${OFFLINE_PREFIX}${version}`;
}

/** The build version of an offline copy's cache, or undefined for any other cache. */
export function offlineCacheVersion(name: string): string | undefined {
  return name.startsWith(OFFLINE_PREFIX) ? name.slice(OFFLINE_PREFIX.length) : undefined;
}

/**
 * The caches to delete once `keep` (the offline copy in use, if any) is settled: every cache of
 * ours except the runtime cache and the kept copy. This drops older builds' copies, a copy whose
 * saving was cancelled, and the per-build precaches of the worker this one replaced.
 */
export function cachesToDelete(names: readonly string[], keep?: string): string[] {
  return names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== RUNTIME_CACHE && n !== keep);
}

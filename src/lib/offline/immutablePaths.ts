import { shellAssetKind } from './shellAssets';

/**
 * Files whose name changes whenever their content does, so a copy never goes stale: the shell's
 * stylesheet and script (`assets/site.3f9c2a1b7e.css`, src/lib/offline/shellAssets.ts) and
 * pagefind's index chunks, fragments, filters and metadata (`pagefind/fragment/en_0b486cd.pf_fragment`,
 * `pagefind/pagefind.en_1543d02ef7.pf_meta`). The server caches them for a year (deploy/nginx.conf),
 * the worker serves them from its cache first. Everything else keeps its name across builds and is
 * revalidated. `path` may carry a sub-path prefix (`/notes/pagefind/...`).
 */
const HASHED = /(?:^|\/)pagefind\/(?:(?:fragment|index|filter)\/[^/]+|[^/]+\.pf_meta)$/;

export function isImmutable(path: string): boolean {
  return HASHED.test(path) || shellAssetKind(path) !== undefined;
}

/**
 * search/offline.js: the engine used where pagefind cannot run (a page opened from disk), MiniSearch
 * over the sections' text (src/lib/fallbackSearch.ts, src/scripts/fallbackEntry.ts). Each text is
 * keyed by its section's link, which the engine's rows also give (search/engine.js).
 */
import type { APIRoute } from 'astro';
import { bundleScript } from '~/build/bundleScript';
import { globalScript, loadSearchSources } from '~/data/searchData';

export const GET: APIRoute = async () =>
  globalScript(
    '__notesTexts',
    Object.fromEntries((await loadSearchSources()).map((s) => [s.id, s.text])),
    await bundleScript('fallbackEntry.ts'),
  );

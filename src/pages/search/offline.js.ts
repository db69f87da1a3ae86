/**
 * search/offline.js: the engine used where pagefind cannot run (a page opened from disk), MiniSearch
 * over the sections' text and search phrases (src/lib/fallbackSearch.ts, src/scripts/fallbackEntry.ts).
 * Each section's text and phrase words (as its pagefind record starts with them) are keyed by its
 * link, which the engine's rows also give (search/engine.js).
 */
import type { APIRoute } from 'astro';
import { bundleScript } from '~/build/bundleScript';
import { globalScript, loadSearchSources } from '~/data/searchData';
import { phraseWords } from '~/lib/search/buildSearchData';
import { STOPWORDS } from '~/lib/searchDictionary';

export const GET: APIRoute = async () => {
  const stopwords = new Set(STOPWORDS);
  return globalScript(
    '__notesTexts',
    Object.fromEntries((await loadSearchSources()).map((s) => [s.id, [s.text, phraseWords(s, stopwords).join(' ')]])),
    await bundleScript('fallbackEntry.ts'),
  );
};

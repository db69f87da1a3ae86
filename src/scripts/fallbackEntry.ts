/**
 * Entry of search/fallback.js, a classic script (an IIFE bundled at build time by
 * src/integrations/searchData.ts) that a page opened from disk can load, where module scripts,
 * fetch and workers are blocked. It exposes the offline search to src/scripts/search.ts.
 */
import { createFallbackSearch, type IndexedSection } from '~/lib/fallbackSearch';

declare global {
  interface Window {
    __notesSections?: IndexedSection[];
    __notesFallback?: ReturnType<typeof createFallbackSearch>;
  }
}

if (window.__notesSections) window.__notesFallback = createFallbackSearch(window.__notesSections);

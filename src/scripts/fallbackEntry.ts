/**
 * Entry of search/offline.js, a classic script (an IIFE bundled by the endpoint
 * src/pages/search/offline.js.ts) that a page opened from disk can load, where module scripts,
 * fetch and workers are blocked. The endpoint writes the sections' text in front of this code,
 * keyed by each section's link; the headings and commands come from search/engine.js, loaded before.
 */
import { createFallbackSearch } from '~/lib/fallbackSearch';
import { decodeSearchData, sectionHref } from '~/lib/search/searchData';

declare global {
  interface Window {
    /** By section link: its text and its phrase words (src/pages/search/offline.js.ts). */
    __notesTexts?: Record<string, [string, string]>;
  }
}

const data = decodeSearchData(window.__notesSearchData!);
window.__notesFallback = createFallbackSearch(
  data.sections.map((s) => ({
    title: s.title,
    commands: s.commands,
    text: window.__notesTexts![sectionHref(data, s)]?.[0] ?? '',
    phrases: window.__notesTexts![sectionHref(data, s)]?.[1] ?? '',
  })),
);

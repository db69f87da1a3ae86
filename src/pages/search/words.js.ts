/**
 * search/words.js: every word of the notes with the number of sections that use it, commonest
 * first. The engine loads it only when a word of a query matches nothing, to correct a typo.
 */
import type { APIRoute } from 'astro';
import { globalScript, loadSearchSources } from '~/data/searchData';
import { countWords } from '~/lib/search/buildSearchData';

export const GET: APIRoute = async () => globalScript('__notesWords', countWords(await loadSearchSources()));

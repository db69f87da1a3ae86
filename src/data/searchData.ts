import { loadNotes } from './loadNotes';
import { getTopic } from '~/lib/topics';
import { searchSources, type SectionSource } from '~/lib/search/buildSearchData';

/**
 * The sections of every published note for search, from the content model, with their note's
 * tags: the input of the endpoints of src/pages/search/ (the pipeline's search step reads the same
 * models: src/build/pipeline/searchIndex.ts). Memoised.
 */
let cache: Promise<SectionSource[]> | undefined;
export function loadSearchSources(): Promise<SectionSource[]> {
  cache ??= (async () => {
    const sources = searchSources(
      (await loadNotes()).map(({ model, entry }) => ({
        model,
        title: entry.data.title,
        topicLabel: getTopic(model.topic).label,
        tags: entry.data.tags,
        phrases: entry.data.searchPhrases,
      })),
    );
    if (!sources.length) throw new Error('search data: the notes have no sections');
    return sources;
  })();
  return cache;
}

/**
 * A classic script that sets `window[name]`, followed by `code`: pages opened from disk cannot
 * fetch JSON, but can load a `<script src>`.
 */
export function globalScript(name: string, value: unknown, code = ''): Response {
  return new Response(`window.${name}=${JSON.stringify(value)};\n${code}`, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
}

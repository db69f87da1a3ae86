import MiniSearch from 'minisearch';
import { stem } from './search/stem';
import { normalizeText } from './searchQuery';

/** What the offline index holds of a section: the rows' heading and commands, and its text. */
export interface OfflineSection {
  title: string;
  commands: string[];
  text: string;
}

/**
 * The engine used where pagefind cannot run (a page opened from disk: no fetch, no workers, no
 * wasm): MiniSearch over the same sections, looking up one word at a time as pagefind does for
 * the engine (src/scripts/searchEngine.ts). Words match by stem, and by prefix from four letters
 * ("log in" is read as "login", as in the pagefind records);
 * headings and commands weigh more than text. Section `i` of the list is section `i` of the rows.
 */
export function createFallbackSearch(sections: OfflineSection[]): (word: string) => Map<number, number> {
  const index = new MiniSearch<OfflineSection & { id: number }>({
    tokenize: (text) => MiniSearch.getDefault('tokenize')(normalizeText(text)),
    processTerm: (t) => stem(t),
    fields: ['title', 'commands', 'text'],
    extractField: (doc, field) => {
      if (field === 'id') return doc.id;
      const value = doc[field as keyof OfflineSection];
      return Array.isArray(value) ? value.join('\n') : String(value ?? '');
    },
    searchOptions: { boost: { title: 3, commands: 2 }, prefix: (term) => term.length >= 4 },
  });
  index.addAll(sections.map((s, id) => ({ ...s, id })));
  return (word) => new Map(index.search(word).map((r) => [r.id as number, r.score]));
}

import MiniSearch from 'minisearch';
import type { WordHits } from './rankSections';
import { stem } from './search/stem';
import { normalizeText } from './searchQuery';

/** What the offline index holds of a section: the rows' heading and commands, its text and search phrases. */
export interface OfflineSection {
  title: string;
  commands: string[];
  text: string;
  /** The words of its search phrases as its pagefind record starts with them, space-separated. */
  phrases: string;
}

/**
 * The engine used where pagefind cannot run (a page opened from disk: no fetch, no workers, no
 * wasm): MiniSearch over the same sections, looking up one word at a time as pagefind does for
 * the engine (src/scripts/searchEngine.ts). Words match by stem, and by prefix from four letters
 * ("log in" is read as "login", as in the pagefind records);
 * headings and commands weigh more than text. Section `i` of the list is section `i` of the rows.
 * A word found in a section's search phrases marks it `asked`, with its positions among the phrase
 * words, as the pagefind engine reads them from pagefind's results.
 */
export function createFallbackSearch(sections: OfflineSection[]): (word: string) => WordHits {
  const index = new MiniSearch<OfflineSection & { id: number }>({
    tokenize: (text) => MiniSearch.getDefault('tokenize')(normalizeText(text)),
    processTerm: (t) => stem(t),
    fields: ['title', 'commands', 'text', 'phrases'],
    extractField: (doc, field) => {
      if (field === 'id') return doc.id;
      const value = doc[field as keyof OfflineSection];
      return Array.isArray(value) ? value.join('\n') : String(value ?? '');
    },
    // One word is looked up at a time; a word the tokenizer splits (`node_modules`, `docker-env`)
    // needs all its parts, as it is one word of the query.
    searchOptions: { boost: { title: 3, commands: 2 }, prefix: (term) => term.length >= 4, combineWith: 'AND' },
  });
  index.addAll(sections.map((s, id) => ({ ...s, id })));
  // Each phrase word as the index holds it: the positions match the pagefind record's.
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const terms = (text: string): string[] => tokenize(normalizeText(text)).map((t) => stem(t));
  const phraseTerms: string[][][] = sections.map((s) => (s.phrases ? s.phrases.split(' ').map(terms) : []));
  return (word) => {
    const found = index.search(word);
    const hits: WordHits = new Map(found.map((r) => [r.id as number, r.score]));
    const asked = new Map<number, number[]>();
    for (const r of found) {
      const matched = new Set(Object.keys(r.match).filter((t) => r.match[t]!.includes('phrases')));
      if (!matched.size) continue;
      const at = phraseTerms[r.id as number]!.flatMap((parts: string[], p: number) =>
        parts.some((t) => matched.has(t)) ? [p] : [],
      );
      if (at.length) asked.set(r.id as number, at);
    }
    hits.asked = asked;
    return hits;
  };
}

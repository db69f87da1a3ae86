/**
 * search/engine.js: the search engine behind the dialog, loaded on intent (src/scripts/search.ts).
 * It rewrites the query (src/lib/searchQuery.ts), asks pagefind, or from disk the MiniSearch
 * fallback, and ranks the matching sections (src/lib/rankSections.ts).
 *
 * pagefind runs over http(s) only: a file: page may not fetch, start workers or compile wasm
 * (pagefind issues #202, #241). Its module is imported from a URL built at run time: a literal
 * `import('/pagefind/pagefind.js')` in bundled code fails with `__VITE_PRELOAD__ is not defined`.
 */
import { toCandidates, type PagefindData } from '~/lib/searchResults';
import { rankSections, type Candidate, type RankedSection } from '~/lib/rankSections';
import { rewriteQuery, type Dictionary } from '~/lib/searchQuery';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}
type Engine = (words: string[], tool: string) => Promise<Candidate[]>;

export interface SearchAnswer {
  sections: RankedSection[];
  /** The words searched for, after rewriting; `corrected` when typos were fixed. */
  words: string[];
  corrected: boolean;
}

declare global {
  interface Window {
    __notesCommands?: Record<string, string[]>;
    __notesDictionary?: {
      sections: number;
      words: [string, number][];
      aliases: Record<string, string>;
      stopwords: string[];
    };
    __notesFallback?: (words: string[], tool?: string) => Candidate[];
    __notesSearch?: (query: string, tool: string) => Promise<SearchAnswer>;
    /** The page's script loader and site root (src/scripts/search.ts), shared to keep this file small. */
    __notesSite?: { loadScript: (path: string) => Promise<void>; siteRoot: () => URL };
  }
}

const { loadScript, siteRoot } = window.__notesSite!;

async function pagefindEngine(): Promise<Engine> {
  const pf = (await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', siteRoot()).href)) as Pagefind;
  // Section-level ranking happens in rankSections(); pagefind's page ranking only picks which pages'
  // sections to consider, so lean it towards how often the words occur, not page length.
  await pf.options({ excerptLength: 18, ranking: { termFrequency: 0.6, pageLength: 0.6, termSimilarity: 2 } });
  await pf.init();
  return async (words, tool) => {
    const found = await pf.search(words.join(' '), tool ? { filters: { tool } } : {});
    const data = await Promise.all((found?.results ?? []).slice(0, 12).map((r) => r.data()));
    return toCandidates(data, (href) => window.__notesCommands?.[href]);
  };
}

async function fallbackEngine(): Promise<Engine> {
  await loadScript('search/sections.js');
  await loadScript('search/fallback.js');
  return async (words, tool) => window.__notesFallback!(words, tool || undefined);
}

const ready = Promise.all([
  location.protocol === 'file:' ? fallbackEngine() : pagefindEngine(),
  loadScript('search/commands.js'),
  loadScript('search/dictionary.js'),
]).then(([engine]): [typeof engine, Dictionary] => {
  const d = window.__notesDictionary!;
  return [
    engine,
    { words: new Map(d.words), aliases: d.aliases, stopwords: new Set(d.stopwords), sections: d.sections },
  ];
});

window.__notesSearch = async (query, tool) => {
  const [engine, dictionary] = await ready;
  const { words, corrected } = rewriteQuery(query, dictionary);
  const sections = rankSections(await engine(words, tool), words, dictionary);
  return { sections: sections.slice(0, 10), words, corrected };
};

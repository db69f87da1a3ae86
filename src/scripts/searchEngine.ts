/**
 * search/engine.js: the search behind the dialog, loaded on intent (src/scripts/search.ts). The
 * build writes the section rows in front of this code (window.__notesSearchData, see
 * src/lib/search/searchData.ts), so one request brings the code and the data.
 *
 * Each word of the rewritten query (src/lib/searchQuery.ts) is looked up on its own, in pagefind
 * over http or in the MiniSearch index from disk, so a section that has only some of the words is
 * still found; rankSections() then orders the sections. A word no section has is corrected
 * against the notes' vocabulary (search/words.js, loaded only then).
 *
 * pagefind runs over http(s) only: a file: page may not fetch, start workers or compile wasm
 * (pagefind issues #202, #241). Its module is imported from a URL built at run time: a literal
 * `import('/pagefind/pagefind.js')` in bundled code fails with `__VITE_PRELOAD__ is not defined`.
 */
import { keepOnSuccess } from '~/lib/keepOnSuccess';
import { decodeSearchData, rowOfResult, type EncodedSearchData } from '~/lib/search/searchData';
import { STAND_INS_ONLY } from '~/lib/searchDictionary';
import { rankSections, type EngineHits, type RankedSection, type WordHits } from '~/lib/rankSections';
import { rewriteQuery, type Dictionary, type QueryTerm } from '~/lib/searchQuery';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string; score: number; words: number[] }[] } | null>;
}
/** The sections that contain a word, with the engine's text score of each. */
type Engine = (word: string) => Promise<WordHits>;

export interface SearchAnswer {
  sections: RankedSection[];
  /** The words searched for, after rewriting; `corrected` when typos were fixed. */
  words: string[];
  corrected: boolean;
}

declare global {
  interface Window {
    __notesSearchData?: EncodedSearchData;
    __notesWords?: [string, number][];
    __notesFallback?: (word: string) => WordHits;
    __notesSearch?: (query: string, tool: string) => Promise<SearchAnswer>;
    __notesPagefind?: Promise<Pagefind>;
    /** The page's script loader and site root (src/scripts/search.ts), shared to keep this file small. */
    __notesSite?: { loadScript: (path: string) => Promise<void>; siteRoot: () => URL };
  }
}

const { loadScript, siteRoot } = window.__notesSite!;
const data = decodeSearchData(window.__notesSearchData!);
const dictionary: Dictionary = {
  words: new Map(),
  aliases: data.aliases,
  stopwords: new Set(data.stopwords),
  synonyms: data.synonyms,
  flags: data.flags,
};

/** pagefind, loaded and set up once per page (a copy of this engine loaded again shares it). */
async function loadPagefind(): Promise<Pagefind> {
  const pf = (await import(/* @vite-ignore */ new URL('pagefind/pagefind.js', siteRoot()).href)) as Pagefind;
  // No worker: it would be one more script of 12 KB, for an index this small (docs/search.md).
  // The ranking happens in rankSections(); pagefind's score only compares sections for one word,
  // so lean it towards how often the word occurs and away from exact-word bonuses. Results are
  // mapped to sections by id, never by pagefind's URL, so its base URL does not matter here.
  await pf.options({ noWorker: true, ranking: { termFrequency: 0.8, pageLength: 0.5, termSimilarity: 2 } });
  await pf.init();
  return pf;
}

async function pagefindEngine(): Promise<Engine> {
  const pf = await (window.__notesPagefind ??= loadPagefind().catch((error: unknown) => {
    delete window.__notesPagefind; // asked for again by the next search
    throw error;
  }));
  return async (word) => {
    const found = await pf.search(word);
    const scores: WordHits = new Map();
    const asked = new Map<number, number[]>();
    for (const r of found?.results ?? []) {
      const i = rowOfResult(data, r.id);
      if (i === undefined) continue;
      scores.set(i, r.score);
      // A record starts with its section's search phrases: a match among its first words is one.
      const inPhrases = r.words.filter((at) => at < data.sections[i]!.phraseWords);
      if (inPhrases.length) asked.set(i, inPhrases);
    }
    scores.asked = asked;
    return scores;
  };
}

async function fallbackEngine(): Promise<Engine> {
  await loadScript('search/offline.js');
  return async (word) => window.__notesFallback!(word);
}

// A failed load or lookup is not kept, and neither is a word found nowhere: pagefind answers a
// dropped index chunk with no results, so the next search asks again (src/lib/keepOnSuccess.ts).
const engine = keepOnSuccess(() => (location.protocol === 'file:' ? fallbackEngine() : pagefindEngine()));
// Loaded on intent (a hover, a focus): the engine starts loading now, before the first keystroke.
engine(0).catch(() => 0);
const lookUp = keepOnSuccess(
  (word: string) => engine(0).then((e) => e(word)),
  (hits) => hits.size > 0,
);

async function hitsOf(words: string[]): Promise<EngineHits> {
  return new Map(await Promise.all(words.map(async (w) => [w, await lookUp(w)] as const)));
}
/**
 * The words the engine looks up: the query's own (after aliases), not the task words' stand-ins,
 * which are command and heading words that rankSections() finds in the rows: each word looked up
 * costs an index chunk. A task word itself is looked up like any other ("show", "view"): a word
 * not looked up has no text hits, so it looks rare and can outweigh the words that were. Except
 * "see" (STAND_INS_ONLY), the notes' cross-reference word.
 */
const looksUp = (t: QueryTerm) => t.weight === 1 && !t.flag && t.word.length >= 2 && !STAND_INS_ONLY.has(t.word);
const engineWords = (q: ReturnType<typeof rewriteQuery>) => [
  ...new Set(q.groups.flatMap((g) => g.terms.filter(looksUp).map((t) => t.word))),
];

/**
 * Whether these rows belong to an older index than the one pagefind loaded (the name of its
 * metadata file, which pagefind fetches fresh, says which): a host that sends no Cache-Control
 * lets a browser keep search/engine.js for days, while pagefind's entry file is always asked for
 * anew. The rows of another index would map its results to the wrong sections.
 */
const staleRows = () => {
  if (!data.index || location.protocol === 'file:') return undefined;
  const meta = performance
    .getEntriesByType('resource')
    .map((e) => /pagefind\.([\w-]+)\.pf_meta/.exec(e.name)?.[1])
    .findLast(Boolean);
  return meta && meta !== data.index ? meta : undefined;
};

const search: NonNullable<Window['__notesSearch']> = async (query, tool) => {
  let q = rewriteQuery(query, dictionary);
  let hits = await hitsOf(engineWords(q));
  const newer = staleRows();
  if (newer) {
    // This file's URL with the index's hash is a new URL for every cache: the current rows, which
    // replace this engine (pagefind, loaded once, is shared). Every search typed meanwhile waits
    // for the same file, then asks the new engine: none is ranked with the old rows.
    await loadScript(`search/engine.js?index=${newer}`).catch(() => undefined);
    if (window.__notesSearch !== search) return window.__notesSearch!(query, tool);
  }
  // A word no section has may be a typo: load the vocabulary once, correct, look up again.
  const unknown = q.groups.some((g) => looksUp(g.terms[0]!) && g.word.length >= 4 && !hits.get(g.word)?.size);
  if (unknown && !dictionary.words.size) {
    await loadScript('search/words.js');
    dictionary.words = new Map(window.__notesWords);
  }
  if (unknown) {
    q = rewriteQuery(query, dictionary);
    hits = await hitsOf(engineWords(q));
  }
  return { sections: rankSections(data, q, hits, tool, 10), words: q.words, corrected: q.corrected };
};
window.__notesSearch = search;

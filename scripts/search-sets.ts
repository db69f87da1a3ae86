/**
 * Ranks query sets from disk the way the fallback engine does in a browser (file://), against a
 * built site, and prints how many land first and in the top three: the quick loop for tuning
 * the ranking (a few seconds a set, where the end-to-end spec takes minutes). It runs the built
 * search/engine.js rows, search/offline.js (MiniSearch) and search/words.js in a VM, then the
 * same steps as src/scripts/searchEngine.ts: rewrite the query, look its words up, load the
 * vocabulary once a word matches nothing (kept for the later queries, as in one browser tab), and
 * rank with src/lib/rankSections.ts. Over http the engine is pagefind: the figures differ by a
 * query or a few (tests/e2e/searchQuality.spec.ts measures both).
 *
 *   npm run build && npm run search:sets -- tests/search/tuning.json tests/search/blind/blind-1.json
 *   MISSES=1 npm run search:sets -- <set.json>   (also lists each miss and what came first)
 *   EXPLAIN="pod logs" npm run search:sets           (the query's terms, and the first five's signals)
 *   W='{"lead":1.5}' npm run search:sets -- <set.json>   (the sets ranked with other weights: WEIGHTS)
 *
 * It refuses the held-out sets (tests/search/held-out*.json): they must stay unseen by whoever
 * tunes the ranking (docs/search.md).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import vm from 'node:vm';
import { WEIGHTS, rankSections, type EngineHits, type WordHits } from '~/lib/rankSections';
import { decodeSearchData } from '~/lib/search/searchData';
import { STAND_INS_ONLY } from '~/lib/searchDictionary';
import { rewriteQuery, type Dictionary, type QueryTerm } from '~/lib/searchQuery';

interface Query {
  q: string;
  expect: string;
}

const dist = process.env.DIST ?? 'dist';
if (process.env.W) Object.assign(WEIGHTS, JSON.parse(process.env.W));
const context: Record<string, unknown> = {};
context.window = context;
vm.createContext(context);
const engine = readFileSync(`${dist}/search/engine.js`, 'utf8');
// The rows are engine.js's first statement (window.__notesSearchData = …;), the engine's code follows.
vm.runInContext(engine.slice(0, engine.indexOf(';\n') + 1), context);
vm.runInContext(readFileSync(`${dist}/search/offline.js`, 'utf8'), context);
vm.runInContext(readFileSync(`${dist}/search/words.js`, 'utf8'), context);
const data = decodeSearchData(context.__notesSearchData as Parameters<typeof decodeSearchData>[0]);
const fallback = context.__notesFallback as (word: string) => WordHits;
const dictionary: Dictionary = {
  words: new Map(),
  aliases: data.aliases,
  stopwords: new Set(data.stopwords),
  synonyms: data.synonyms,
  flags: data.flags,
};

const looksUp = (t: QueryTerm) => t.weight === 1 && !t.flag && t.word.length >= 2 && !STAND_INS_ONLY.has(t.word);
const hitsOf = (q: ReturnType<typeof rewriteQuery>): EngineHits =>
  new Map(
    [...new Set(q.groups.flatMap((g) => g.terms.filter(looksUp).map((t) => t.word)))].map((w) => [w, fallback(w)]),
  );

function ranked(query: string) {
  let q = rewriteQuery(query, dictionary);
  let hits = hitsOf(q);
  const unknown = q.groups.some((g) => looksUp(g.terms[0]!) && g.word.length >= 4 && !hits.get(g.word)?.size);
  if (unknown && !dictionary.words.size) dictionary.words = new Map(context.__notesWords as [string, number][]);
  if (unknown) {
    q = rewriteQuery(query, dictionary);
    hits = hitsOf(q);
  }
  return { q, hits, results: rankSections(data, q, hits, '', 10) };
}
const search = (query: string) => ranked(query).results.map((s) => s.href);

// EXPLAIN="a query" prints how the query was rewritten and why its first five results rank so.
if (process.env.EXPLAIN) {
  const { q, hits, results } = ranked(process.env.EXPLAIN);
  for (const g of q.groups)
    console.log(`  ${g.word}: ${g.terms.map((t) => `${t.word}${t.weight === 1 ? '' : `×${t.weight}`}`).join(' ')}`);
  for (const r of results.slice(0, 5)) {
    const signals = Object.entries(r.signals).filter(([, v]) => v);
    console.log(
      `${r.score.toFixed(2)}  ${r.href}\n      ${signals.map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`,
    );
    // Where the engine found each looked-up word in this section: text score, and "asked" for a phrase word.
    const found = [...hits].flatMap(([w, m]) =>
      m.has(r.section) ? [`${w} ${m.get(r.section)!.toFixed(2)}${m.asked?.has(r.section) ? ' asked' : ''}`] : [],
    );
    console.log(`      text: ${found.join(', ')}`);
  }
  process.exit(0);
}

const files = process.argv.slice(2);
if (!files.length) throw new Error('Give one or more query sets: npm run search:sets -- tests/search/tuning.json');
for (const file of files) {
  if (/^held-out/.test(basename(file)))
    throw new Error(`${file} is a held-out set: it must stay unseen by whoever tunes (docs/search.md).`);
  const set = JSON.parse(readFileSync(file, 'utf8')) as Query[];
  let first = 0;
  let top3 = 0;
  for (const { q, expect } of set) {
    const got = search(q);
    const rank = got.indexOf(expect) + 1;
    if (rank === 1) first++;
    if (rank >= 1 && rank <= 3) top3++;
    if (rank !== 1 && process.env.MISSES)
      console.log(`  ${rank || '-'}  ${q}  → ${got[0] ?? 'nothing'} (want ${expect})`);
  }
  const pct = (n: number) => `${Math.round((100 * n) / set.length)} %`;
  console.log(`${file}: first ${first}/${set.length} (${pct(first)}), top 3 ${top3}/${set.length} (${pct(top3)})`);
}

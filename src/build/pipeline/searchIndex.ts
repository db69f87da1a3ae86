import { transform } from 'esbuild';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { NoteModel } from '../../lib/model/types';
import { noteSchema } from '../../lib/noteSchema';
import { getTopic } from '../../lib/topics';
import { ALIASES, STOPWORDS, SYNONYMS, usableSynonyms } from '../../lib/searchDictionary';
import {
  buildSearchData,
  countWords,
  flagEquivalents,
  searchSources,
  sectionRecord,
  type SearchSourceNote,
  type SectionSource,
} from '../../lib/search/buildSearchData';
import { encodeSearchData } from '../../lib/search/searchData';
import { bundleScript } from '../bundleScript';
import type { BuiltSite } from './site';

/**
 * pagefind.js as pagefind ships it keeps its long names and spaces (47 KB, 13.2 KB gzip): minified,
 * 32 KB and 11.4 KB gzip, the first search's largest saving left (docs/search.md, "What it costs").
 * Its behaviour is pagefind's own: esbuild renames and removes nothing it exports.
 */
async function minified(code: Uint8Array): Promise<Buffer> {
  const { code: out } = await transform(Buffer.from(code).toString('utf8'), {
    minify: true,
    loader: 'js',
    format: 'esm',
  });
  return Buffer.from(out);
}

/** pagefind's files that the site never loads: it draws its own results (src/scripts/search.ts). */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\.|^wasm\.unknown\./;

/** The published notes as search reads them: the model, with the frontmatter's title, tags and search phrases. */
export function searchNotes(published: NoteModel[]): SearchSourceNote[] {
  return published.map((model) => {
    const data = noteSchema.parse(model.frontmatter);
    return {
      model,
      title: data.title,
      topicLabel: getTopic(model.topic).label,
      tags: data.tags,
      phrases: data.searchPhrases,
    };
  });
}

/** The words of the notes' sections (for typo correction) and the query tables built from them. */
export function searchTables(sources: SectionSource[]) {
  const vocabulary = countWords(sources);
  return {
    vocabulary,
    tables: {
      stopwords: STOPWORDS,
      aliases: ALIASES,
      synonyms: usableSynonyms(
        SYNONYMS,
        new Set(vocabulary.map(([w]) => w)),
        sources.flatMap((s) => s.commands),
      ),
      flags: flagEquivalents(sources.map((s) => s.text)),
    },
  };
}

/**
 * The search index, from the content model, never from the built pages: one pagefind custom
 * record per section (src/lib/search/buildSearchData.ts `sectionRecord`), so that pagefind's
 * results are sections and a result needs no fragment; then search/engine.js, the section rows in
 * front of the engine's code (src/scripts/searchEngine.ts). The rows are made here, not by an
 * endpoint, because they carry the id pagefind gives each record (the hash of its fragment), which
 * exists only once pagefind has indexed: the engine maps pagefind's results to rows with it.
 * Everything stays in memory (site.output) for the zip, the service worker's list and the last
 * write. The vocabulary and the offline index read the same sections (src/pages/search/).
 * https://pagefind.app/docs/node-api/
 */
export async function indexForSearch(site: BuiltSite, notes: SearchSourceNote[]): Promise<number> {
  const fail = (step: string, errors: string[]): never => {
    throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
  };
  const sources = searchSources(notes);
  if (!sources.length) fail('addCustomRecord', ['the notes have no sections to index']);
  const { tables } = searchTables(sources);
  const stop = new Set(STOPWORDS);
  const records = sources.map((s) => sectionRecord(s, stop));
  // Small index chunks: a query loads the chunk of each of its words, so a smaller chunk is
  // fewer bytes per search (about 1 KB instead of 27 KB), for more files and a larger metadata
  // file. 500 against 1000 (December 2026, 204 sections): 107 chunks instead of 57, the metadata
  // 2.9 KB instead of 2.3 KB, and "docker logs" 7 requests and 99.6 KB instead of 8 and 101.8 KB.
  // The variable is pagefind's own (pagefind/src/options.rs); without it the default chunks work.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= '500';
  const ids = new Map<string, string>();
  let indexHash: string | undefined;
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index || errors.length) return fail('createIndex', errors);
    // One at a time: pagefind numbers the records in the order they arrive.
    for (const r of records) {
      const added = await index.addCustomRecord(r);
      if (added.errors.length) fail(`addCustomRecord (${r.url})`, added.errors);
    }
    const { files, errors: getErrors } = await index.getFiles();
    if (getErrors.length) fail('getFiles', getErrors);
    for (const f of files) {
      const fragment = /^fragment\/(.+)\.pf_fragment$/.exec(f.path);
      if (fragment) {
        const json = gunzipSync(f.content)
          .toString('utf8')
          .replace(/^pagefind_dcd/, '');
        ids.set((JSON.parse(json) as { url: string }).url, fragment[1]!);
      }
      indexHash ??= /^pagefind\.(.+)\.pf_meta$/.exec(f.path)?.[1];
      if (UNUSED.test(f.path)) continue;
      site.output.set(`pagefind/${f.path}`, f.path === 'pagefind.js' ? await minified(f.content) : f.content);
    }
  } finally {
    await pagefind.close();
  }
  if (ids.size !== records.length) fail('getFiles', [`${records.length} records but ${ids.size} fragments`]);
  const rowOf = Object.fromEntries(sources.map((s, i) => [ids.get(`/${s.id}`)!, i]));
  const data = { ...buildSearchData(sources, tables, rowOf), ...(indexHash ? { index: indexHash } : {}) };
  site.output.set(
    'search/engine.js',
    `window.__notesSearchData=${JSON.stringify(encodeSearchData(data))};\n${await bundleScript('searchEngine.ts')}`,
  );
  return records.length;
}

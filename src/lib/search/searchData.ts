/**
 * What the search ships to the browser besides pagefind's own index: one row per section (its
 * page, anchor, heading, a one-line summary, its commands and their tools), the pagefind record id
 * of each section, and the query rewriting tables. The build encodes it compactly into
 * search/engine.js (src/integrations/searchData.ts); the engine decodes it (src/scripts/searchEngine.ts).
 *
 * Why the browser holds a row per section instead of loading pagefind's fragment of each result:
 * ranking needs every candidate's heading and commands, and a fragment is one request per result.
 * The rows of all sections cost less than three fragments (see docs/search.md).
 */

export interface SearchPage {
  /** Site path of the note: `docker/container-lifecycle.html`. */
  path: string;
  title: string;
  /** The topic's short name: `Docker`. */
  topic: string;
}

export interface SearchSection {
  /** Index into `pages`. */
  page: number;
  /** The heading's anchor, or `''` for the page's introduction (before its first heading). */
  anchor: string;
  /** The heading; for the introduction, the page title. */
  title: string;
  /** The section's first words, shown under the heading in results. */
  summary: string;
  /** Its commands, as a reader pastes them. */
  commands: string[];
  /** The tools of those commands (`docker`, `compose`, `kubectl`…). */
  tools: string[];
  /**
   * How many words of its search phrases its pagefind record starts with: a word found at an
   * earlier position is one readers ask for the section with (src/lib/search/buildSearchData.ts).
   */
  phraseWords: number;
}

export interface SearchTables {
  stopwords: string[];
  /** Abbreviations → the words of the notes. */
  aliases: Record<string, string>;
  /** Task words → the words of the notes that do the task (weaker than the word itself). */
  synonyms: Record<string, string[]>;
  /** A flag → the flags the notes say are the same (`-a` and `--all`). */
  flags: Record<string, string[]>;
}

export interface SearchData extends SearchTables {
  pages: SearchPage[];
  sections: SearchSection[];
  /** pagefind result id (its fragment's hash) → index into `sections`. */
  ids: Record<string, number>;
  /**
   * Decoded data only: the ids are cut to this many characters after their `en_` (the fewest that
   * keep them apart), and a result's id is cut alike before it is looked up (`rowOfResult`).
   */
  idLength?: number;
  /**
   * The pagefind index the ids belong to: the hash in the name of its metadata file
   * (`pagefind.en_2b292a5a3a.pf_meta` → `en_2b292a5a3a`). A copy of the rows older than the index
   * (kept by a browser's cache) is found by it, and loaded again.
   */
  index?: string;
}

/**
 * The encoded form: arrays instead of objects, tools by index, lists of words as one string of
 * words (the tables cost half as much).
 */
export interface EncodedSearchData {
  p: [string, string, string][];
  /**
   * Rows: page, anchor (`null`: the heading's slug), heading (`''`: the page's title), summary,
   * commands, tools.
   */
  s: [number, string | null, string, string, string[], number[]][];
  t: string[];
  /** pagefind ids in section order, without their `en_` prefix, cut to the fewest characters (at
   * least 4) that keep them apart: the hashes are random, so every character costs. */
  i: string[];
  /** Stop words, space-separated. */
  w: string;
  a: Record<string, string>;
  /** Task words → their targets, space-separated. */
  y: Record<string, string>;
  /** Flags → their other forms, space-separated. */
  f: Record<string, string>;
  /** The pagefind index of the ids (`SearchData.index`), if known. */
  x?: string;
  /** Each section's `phraseWords`, in section order (a list of small numbers packs well). */
  k: number[];
}

const join = (r: Record<string, string[]>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.join(' ')]));
const split = (r: Record<string, string>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.split(' ')]));

/**
 * The anchor a heading gets (github-slugger's rule, which Astro uses): lower case, punctuation
 * dropped, spaces to hyphens. Rows leave such anchors out; a repeated heading's `-1` is kept.
 */
export const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');

/** The site path and `#anchor` of a section, relative to the site root. */
export const sectionHref = (data: Pick<SearchData, 'pages'>, s: SearchSection) =>
  `${data.pages[s.page]!.path}${s.anchor ? `#${s.anchor}` : ''}`;

export function encodeSearchData(data: SearchData): EncodedSearchData {
  const tools = [...new Set(data.sections.flatMap((s) => s.tools))].sort();
  const ids: string[] = Array.from({ length: data.sections.length }, () => '');
  for (const [id, i] of Object.entries(data.ids)) ids[i] = id.replace(/^en_/, '');
  const given = ids.filter(Boolean);
  let length = 4;
  while (
    length < Math.max(0, ...given.map((id) => id.length)) &&
    new Set(given.map((id) => id.slice(0, length))).size < given.length
  )
    length++;
  return {
    p: data.pages.map((p) => [p.path, p.title, p.topic]),
    s: data.sections.map((s) => [
      s.page,
      s.anchor && s.anchor === slug(s.title) ? null : s.anchor,
      // A page's introduction is headed by the page's title: not repeated.
      !s.anchor && s.title === data.pages[s.page]!.title ? '' : s.title,
      s.summary,
      s.commands,
      s.tools.map((t) => tools.indexOf(t)),
    ]),
    t: tools,
    i: ids.map((id) => id.slice(0, length)),
    w: data.stopwords.join(' '),
    a: data.aliases,
    y: join(data.synonyms),
    f: join(data.flags),
    ...(data.index ? { x: data.index } : {}),
    k: data.sections.map((s) => s.phraseWords),
  };
}

export function decodeSearchData(e: EncodedSearchData): SearchData {
  const ids: Record<string, number> = {};
  e.i.forEach((id, i) => id && (ids[`en_${id}`] = i));
  const idLength = e.i.find(Boolean)?.length;
  return {
    pages: e.p.map(([path, title, topic]) => ({ path, title, topic })),
    sections: e.s.map(([page, anchor, title, summary, commands, tools], i) => ({
      page,
      anchor: anchor ?? slug(title),
      title: title || e.p[page]![1],
      summary,
      commands,
      tools: tools.map((t) => e.t[t]!),
      phraseWords: e.k[i] ?? 0,
    })),
    ids,
    ...(idLength ? { idLength } : {}),
    stopwords: e.w.split(' '),
    aliases: e.a,
    synonyms: split(e.y),
    flags: split(e.f),
    ...(e.x ? { index: e.x } : {}),
  };
}

/** The section of a pagefind result, by its id: `en_3118e0b` → a row index, or undefined. */
export const rowOfResult = (data: Pick<SearchData, 'ids' | 'idLength'>, id: string): number | undefined =>
  data.ids[data.idLength ? id.slice(0, id.indexOf('_') + 1 + data.idLength) : id];

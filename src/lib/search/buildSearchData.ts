import { describeCommand } from '../model/describeCommand';
import { searchSections, type SearchNote, type SectionDoc } from '../searchSections';
import { ALIASES } from '../searchDictionary';
import { normalizeText, ownEntry, queryWords } from '../searchQuery';
import type { SearchData, SearchPage, SearchSection, SearchTables } from './searchData';
import { INTRO_PHRASES } from '../noteSchema';

/** A section of a note with what the page around it says about itself. */
export interface SectionSource extends SectionDoc {
  /** The note's tags (frontmatter `tags`): search keywords of the whole page. */
  keywords: string[];
  /** How readers ask for this section (frontmatter `searchPhrases`): hidden words of its record. */
  phrases: string[];
}

/** A published note as search reads it: its model, title, topic label and tags. */
export interface SearchSourceNote extends SearchNote {
  /** The frontmatter's `tags`: words a reader may search the note by. */
  tags: string[];
  /** The frontmatter's `searchPhrases`: by section anchor, the phrases readers ask for it with. */
  phrases?: Record<string, string[]>;
}

/**
 * The sections search indexes, from the content model (src/lib/searchSections.ts), each with the
 * tags of its note and its own search phrases. The one input of every search file: pagefind's records and the rows
 * (src/build/pipeline/searchIndex.ts), the vocabulary and the offline index (src/pages/search/).
 */
export const searchSources = (notes: SearchSourceNote[]): SectionSource[] =>
  notes.flatMap((n) =>
    searchSections([n]).map((s) => ({
      ...s,
      keywords: n.tags,
      phrases: n.phrases?.[anchorOf(s.id) || INTRO_PHRASES] ?? [],
    })),
  );

/** The anchor of a section id (`docker/x.html#view-container-logs`), '' for a page's introduction. */
const anchorOf = (id: string) => (id.includes('#') ? id.slice(id.indexOf('#') + 1) : '');

/** A section's text and its search phrases: every word it is found by (the vocabulary counts them). */
export const searchText = (s: Pick<SectionSource, 'text' | 'phrases'>) =>
  s.phrases.length ? `${s.text} \n ${s.phrases.join(' \n ')}` : s.text;

/** The words of a text as a pagefind record holds them: "log in" as "login", no stop words. */
const recordWords = (text: string, stopwords: ReadonlySet<string>) =>
  normalizeText(text)
    .split(/\s+/)
    .filter((w) => w && !queryWords(w).every((x) => stopwords.has(x)));

/**
 * The words of a section's search phrases, which its pagefind record starts with: the engine
 * tells a word found in them from one found in the text by its position (pagefind gives each
 * result's word positions), so the rows carry only their number. Each is a word with a letter or
 * digit, so that pagefind counts the positions as this list does. An abbreviation is written as
 * the words a query's is rewritten to (ALIASES: "pvc" as "persistentvolumeclaim"), since a query
 * never looks up the abbreviation itself.
 */
export const phraseWords = (s: Pick<SectionSource, 'phrases'>, stopwords: ReadonlySet<string>) =>
  recordWords(s.phrases.join(' ').replace(/[^\p{L}\p{N}_.'’-]+/gu, ' '), stopwords)
    .flatMap((w) => ownEntry(ALIASES, w.toLowerCase())?.split(' ') ?? [w])
    .filter((w) => /[\p{L}\p{N}]/u.test(w));

/**
 * The tools a section's commands use (`docker compose up` → `compose`), as the content model
 * names them (src/lib/model/describeCommand.ts); plain utilities (`echo`) have none.
 */
export const toolsOf = (commands: string[]) => [
  ...new Set(commands.map((c) => describeCommand(c).tool).filter(Boolean)),
];

/**
 * The first sentence of a section's prose, cut at a word near `max` characters: what a result
 * shows under its heading (the heading itself is shown already). The section's commands are left
 * out: the result shows its best command on its own line. Those it starts with are skipped, and
 * the summary ends where a later one starts ("starts the whole project:" before the block of
 * `docker compose up`).
 */
export function summarize(text: string, commands: string[] = [], max = 60): string {
  let t = text.replace(/\s+/g, ' ').trim();
  const flat = commands.map((c) => c.replace(/\s+/g, ' ').trim()).filter(Boolean);
  for (let again = true; again;) {
    again = false;
    for (const one of flat) if (t.startsWith(one)) [t, again] = [t.slice(one.length).trim(), true];
  }
  // A section that opens with a shell session's comment: the comment, without its "#".
  t = t.replace(/^#\s*/, '');
  // A command inside the first words is part of the sentence ("Run docker ps to list them").
  const next = Math.min(...flat.map((one) => t.indexOf(one, 16)).filter((i) => i > 0));
  if (next <= max) t = t.slice(0, next).trim();
  const end = t.slice(20).search(/[.!?](\s|$)/);
  if (end >= 0 && end + 21 <= max) return t.slice(0, end + 21);
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return `${t.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:(–—-]+$/, '')}…`;
}

/** The rows of the search data, one per section, pages in the order of the sections. */
export function buildSearchData(
  sources: SectionSource[],
  tables: SearchTables,
  ids: Record<string, number> = {},
): SearchData {
  const stopwords = new Set(tables.stopwords);
  const pages: SearchPage[] = [];
  const pageIndex = new Map<string, number>();
  const sections: SearchSection[] = sources.map((s) => {
    if (!pageIndex.has(s.page)) {
      pageIndex.set(s.page, pages.length);
      pages.push({
        path: s.page,
        title: s.pageTitle,
        topic: s.topic,
      });
    }
    const anchor = anchorOf(s.id);
    return {
      page: pageIndex.get(s.page)!,
      anchor,
      title: s.title,
      summary: summarize(s.text, s.commands),
      // A command shown twice in a section (before and with its output) is one row's command.
      commands: [...new Set(s.commands)],
      tools: toolsOf(s.commands),
      phraseWords: phraseWords(s, stopwords).length,
    };
  });
  return { pages, sections, ids, ...tables };
}

/** A pagefind custom record (pagefind's Node API `addCustomRecord`). */
export interface SectionRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

/**
 * One pagefind record per section, so pagefind's results are sections and its scores compare
 * sections. The content is the section's search phrases (`phraseWords`), then the heading, the
 * commands and the text, without stop words (no query
 * searches for them: src/lib/searchQuery.ts drops them), which keeps the index small; the
 * introduction of a page also carries the page's tags; "log in" is written "login", so that "logs"
 * (which pagefind stems to "log") does not find it. The heading is the record's title, which
 * pagefind weighs above the text.
 */
export function sectionRecord(s: SectionSource, stopwords: ReadonlySet<string>): SectionRecord {
  const intro = !s.id.includes('#');
  const words = [
    ...phraseWords(s, stopwords),
    ...recordWords([s.title, ...s.commands, s.text, ...(intro ? s.keywords : [])].join(' \n '), stopwords),
  ];
  return { url: `/${s.id}`, content: words.join(' '), language: 'en', meta: { title: s.title } };
}

/**
 * Every word of the notes with the number of sections that use it, commonest first: typo
 * correction picks the commonest close word (search/words.js, loaded only when a query word
 * matches nothing).
 */
export function countWords(sources: SectionSource[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of sources) {
    const text = `${s.pageTitle} ${s.title} ${searchText(s)} ${s.commands.join(' ')} ${s.keywords.join(' ')}`;
    for (const w of new Set(queryWords(text))) {
      if (w.length >= 2 && /^[a-z][a-z0-9-]*$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Flags the notes give in both forms, as in "`-d` (`--detach`)" or "`--force` (`-f`)": a query
 * with one finds commands written with the other. Both directions.
 */
export function flagEquivalents(texts: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const add = (a: string, b: string) => {
    const list = (out[a] ??= []);
    if (!list.includes(b)) list.push(b);
  };
  for (const text of texts) {
    for (const m of text.matchAll(/(?<![\w-])(--?[a-zA-Z][\w-]*)\s*\(\s*(--?[a-zA-Z][\w-]*)\s*\)/g)) {
      const [a, b] = [m[1]!, m[2]!];
      // One short and one long form: "-d (--detach)", not "--all (everything)".
      if (a.startsWith('--') !== b.startsWith('--')) {
        add(a, b);
        add(b, a);
      }
    }
  }
  return out;
}

import { queryTokens, queryWords, type QueryGroup, type QueryTerm, type RewrittenQuery } from './searchQuery';
import { stem } from './search/stem';
import { sectionHref, type SearchData } from './search/searchData';
import { escapeHtml } from './escapeHtml';

/**
 * Ranks the sections of the notes for a query, so the first result is the section a reader wants.
 * The engine (pagefind over http, MiniSearch from disk) looks up each word on its own and reports
 * which sections contain it, with its text score; every other signal comes from the section rows
 * (src/lib/search/searchData.ts). A section needs only one of the words to be a result: sections
 * with more of the query, and with its rarer words, come first (see docs/search.md).
 * The weights were tuned on tests/search/tuning.json.
 */

/**
 * The sections that contain a word, with the engine's text score of each; `asked`: those of them
 * whose search phrases (frontmatter `searchPhrases`) have the word, with its positions among the
 * phrases' words (words of one phrase are close together).
 */
export type WordHits = Map<number, number> & { asked?: ReadonlyMap<number, readonly number[]> };
/** For each looked-up word, the sections that contain it. */
export type EngineHits = Map<string, WordHits>;

export interface RankedSection {
  section: number;
  /** Site-root-relative link: `docker/x.html#section` (the page for its introduction). */
  href: string;
  title: string;
  pageTitle: string;
  topic: string;
  /** The section's summary as HTML, with the query words in <mark>. */
  excerpt: string;
  /** The command of the section that best matches the query. */
  command?: string | undefined;
  score: number;
  /** The signals the score adds up (for tuning: see docs/search.md). */
  signals: Record<string, number>;
}

export const WEIGHTS = {
  /** The share of the query (rare words weigh more) the section has, anywhere. */
  coverage: 3,
  /** …in its heading. */
  heading: 1.2,
  /** …in its search phrases: the words readers ask for it with (frontmatter `searchPhrases`). */
  asked: 1.5,
  /** …in one of its search phrases: the words close together, as a reader asked for it. */
  together: 1,
  /** The share of the heading's words the query has. */
  precision: 0.75,
  /** The share of the query in the section's first sentence, which says what the section does. */
  lead: 1,
  /** A command of the section that matches the query. */
  command: 2,
  /** …when the query is one word: usually a concept, so a command only breaks ties. */
  conceptCommand: 0.3,
  /** How well a command with a long flag the query names matches, at least (a share of `command`). */
  flagCommand: 0.25,
  /** The share of the query in the page title and tags. */
  page: 0.4,
  /** The engine's text score, relative to the best. */
  engine: 0.6,
  /** A word found only in the page title or tags counts this much of a word in the section. */
  pageOnly: 0.6,
  /** The query's words point at one tool (`pod` → kubectl): its commands count more, others less. */
  toolContext: 0.5,
  /** The query names a topic ("docker", "compose", "kubernetes"): that topic's sections count more. */
  topic: 0.3,
  /** How much a word found only in a section's text counts at least, against one in its heading. */
  bodyFloor: 0.5,
};

/**
 * Whether query word `w` matches text word `x`: the same word or the same stem ("pods" and "pod";
 * "logs" is not "login"), or, for the word still being typed, the start of `x` ("roll" → "rollout").
 */
export function same(w: string, x: string, prefix = false): boolean {
  return w === x || stem(w) === stem(x) || (prefix && w.length >= 3 && x.startsWith(w));
}

/**
 * How well a command matches the query's words, each given as its alternatives (the word, its
 * task words, its equivalent flags): 1 when they appear in order, side by side (a one-word query
 * must be the tool or a sub-command: `logs` in `docker logs`, not `--namespace` in a flag); 0.5
 * when they all appear somewhere; 0.25 when one of them is the command's sub-command ("see *logs*
 * of a stopped container" and `docker logs`). Placeholders are not words of the command:
 * `<container>` does not match "container".
 */
export function commandMatch(words: (string | string[])[], command: string): number {
  return matchWords(
    words.map((w) => (Array.isArray(w) ? w : [w])),
    commandWords(command),
  );
}

/** The words of a command that query words are matched against: placeholders left out. */
const commandWords = (command: string) => queryWords(command.replace(/<[a-z][a-z0-9-]*>/g, ' '));

/** commandMatch() on a command already split into words. */
function matchWords(alts: string[][], c: string[]): number {
  const is = (a: string[], x: string | undefined) => x !== undefined && a.some((w) => same(w, x));
  if (alts.length === 1) return c.slice(0, 3).some((x) => is(alts[0]!, x)) ? 1 : 0;
  for (let i = 0; i + alts.length <= c.length; i++) {
    if (alts.every((a, j) => is(a, c[i + j]))) return 1;
  }
  if (alts.every((a) => c.some((x) => is(a, x)))) return 0.5;
  return alts.some((a) => is(a, c[1])) ? 0.25 : 0;
}

/** The words of a command a term can match: flags with their dashes, placeholders left out. */
const commandTokens = (command: string) => queryTokens(command.replace(/<[a-z][a-z0-9-]*>/g, ' '));

/** Whether a term is in a list of words; a flag in a heading by its long name (`--publish`: "Publish a port"). */
function termIn(t: QueryTerm, tokens: string[], prefix: boolean, heading = false): boolean {
  if (t.flag) {
    return tokens.some(
      (x) => x === `-${t.word}` || x === `--${t.word}` || (heading && t.word.length > 2 && same(t.word, x)),
    );
  }
  return tokens.some((x) => same(t.word, x.replace(/^-+/, ''), prefix));
}

/** Marks the words of `text` that match a query term, and its flags that match a flag term (`-d`), escaping the rest. */
export function markTerms(text: string, terms: QueryTerm[]): string {
  return text
    .split(/(\s+)/)
    .map((token) => {
      const w = queryWords(token)[0];
      const flag = queryTokens(token).find((x) => x.startsWith('-'));
      const hit =
        (w && terms.some((t) => !t.flag && same(t.word, w))) ||
        (flag && terms.some((t) => t.flag && (flag === `-${t.word}` || flag === `--${t.word}`)));
      return hit ? `<mark>${escapeHtml(token)}</mark>` : escapeHtml(token);
    })
    .join('');
}

/** The rows' words, looked up by stem, built once per data set (a site of 7000 sections ranks in ms). */
interface RowIndex {
  /** Per section: the heading's words (none for a page's introduction). */
  headings: string[][];
  /** Per section, per command: its words, placeholders left out (for commandMatch). */
  commands: string[][][];
  heading: WordIndex;
  command: WordIndex;
  page: WordIndex;
  /** The words of each section's first sentence (its summary). */
  lead: WordIndex;
  /** Flags as written (`-d`, `--detach`) → the sections whose commands have them. */
  flags: Map<string, number[]>;
  /** Flags as written → the sections whose heading has them ("Run in the background (up -d)"). */
  headingFlags: Map<string, number[]>;
  /** Per section: whether its heading compares two things ("Stop vs kill"). */
  compares: boolean[];
}

/** Words → sections, by stem, and the words as written for the word still being typed. */
interface WordIndex {
  stems: Map<string, number[]>;
  words: Map<string, number[]>;
}

function addTo(map: Map<string, number[]>, key: string, section: number) {
  const list = map.get(key);
  if (!list) map.set(key, [section]);
  else if (list.at(-1) !== section) list.push(section);
}
function wordIndex(wordsOf: (i: number) => string[], n: number): WordIndex {
  const index: WordIndex = { stems: new Map(), words: new Map() };
  for (let i = 0; i < n; i++) {
    for (const w of wordsOf(i)) {
      addTo(index.stems, stem(w), i);
      addTo(index.words, w, i);
    }
  }
  return index;
}

const indexes = new WeakMap<object, RowIndex>();
function rowIndex(data: Pick<SearchData, 'pages' | 'sections'>): RowIndex {
  let index = indexes.get(data.sections);
  if (index) return index;
  const headings = data.sections.map((s) => (s.anchor ? queryWords(s.title) : []));
  // A heading is also found by the parts of its compound names: "ImagePullBackOff" by "pull".
  const headingParts = data.sections.map((s, i) => [...headings[i]!, ...(s.anchor ? compoundParts(s.title) : [])]);
  const commands = data.sections.map((s) => s.commands.map(commandWords));
  const tokens = data.sections.map((s) => s.commands.flatMap(commandTokens));
  const pages = data.pages.map((p) => queryWords(p.title));
  const flags = new Map<string, number[]>();
  tokens.forEach((t, i) => t.forEach((x) => x.startsWith('-') && addTo(flags, x, i)));
  const headingFlags = new Map<string, number[]>();
  data.sections.forEach(
    (s, i) => s.anchor && queryTokens(s.title).forEach((x) => x.startsWith('-') && addTo(headingFlags, x, i)),
  );
  index = {
    headings,
    commands,
    heading: wordIndex((i) => headingParts[i]!, headings.length),
    command: wordIndex((i) => tokens[i]!.filter((x) => !x.startsWith('-')), tokens.length),
    page: wordIndex((i) => pages[data.sections[i]!.page]!, data.sections.length),
    lead: wordIndex((i) => queryWords(data.sections[i]!.summary), data.sections.length),
    flags,
    headingFlags,
    compares: data.sections.map((s) => !!s.anchor && /\b(?:vs|versus)\b/i.test(s.title)),
  };
  indexes.set(data.sections, index);
  return index;
}

/**
 * The parts of the text's compound names written in camel case, lower-cased: "ImagePullBackOff"
 * → image, pull, back, off; "PersistentVolumeClaims" → persistent, volume, claims. Words without
 * an inner capital give nothing (they are words of the text already).
 */
export function compoundParts(text: string): string[] {
  const parts: string[] = [];
  for (const word of text.split(/[^A-Za-z0-9]+/)) {
    if (!/[a-z][A-Z]/.test(word)) continue;
    const own = queryWords(word.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2'));
    // Two parts side by side are a word too: "BackOff" is "backoff", as a reader types it.
    parts.push(...own, ...own.slice(1).map((w, i) => own[i]! + w));
  }
  return parts;
}

/** The sections where `w` (or, while typed, a word it starts) is a word of the index. */
function lookUp(index: WordIndex, w: string, prefix: boolean): Set<number> {
  const out = new Set(index.stems.get(stem(w)) ?? []);
  if (prefix && w.length >= 3)
    for (const [x, list] of index.words) if (x.startsWith(w)) for (const i of list) out.add(i);
  return out;
}

/** Where a term matches: in the engine's text (with its score), the heading, a command, the page. */
interface TermMatch {
  body: Map<number, number>;
  heading: Set<number>;
  command: Set<number>;
  page: Set<number>;
  lead: Set<number>;
  /** The sections whose search phrases have it, with its positions among their words. */
  asked: ReadonlyMap<number, readonly number[]>;
  /** How many sections it is in, anywhere. */
  df: number;
}

function matchTerm(index: RowIndex, t: QueryTerm, prefix: boolean, hits: EngineHits): TermMatch {
  let heading: Set<number>;
  let command: Set<number>;
  let page: Set<number>;
  let lead: Set<number> = new Set();
  if (t.flag) {
    command = new Set([...(index.flags.get(`-${t.word}`) ?? []), ...(index.flags.get(`--${t.word}`) ?? [])]);
    // A long flag in a heading by its name: `--publish` and "Publish a port".
    heading = t.word.length > 2 ? lookUp(index.heading, t.word, false) : new Set();
    for (const x of [`-${t.word}`, `--${t.word}`]) for (const i of index.headingFlags.get(x) ?? []) heading.add(i);
    page = new Set();
  } else {
    heading = lookUp(index.heading, t.word, prefix);
    command = lookUp(index.command, t.word, prefix);
    // A word that is a long flag's name is in the commands that have the flag ("all": `--all`).
    if (t.word.length >= 2) for (const i of index.flags.get(`--${t.word}`) ?? []) command.add(i);
    page = lookUp(index.page, t.word, prefix);
    lead = lookUp(index.lead, t.word, prefix);
  }
  const body: WordHits = t.flag ? new Map() : (hits.get(t.word) ?? new Map());
  const all = new Set([...heading, ...command, ...page, ...body.keys()]);
  return { body, heading, command, page, lead, asked: body.asked ?? new Map(), df: all.size };
}

/**
 * The tool the query's words point at without naming it: a word most of whose sections with
 * commands use one tool ("pod": kubectl). Undefined when no word is that clear, or the query names
 * a tool itself.
 */
function toolContext(data: Pick<SearchData, 'sections'>, groups: QueryGroup[], matches: TermMatch[][]) {
  const tools = new Set(data.sections.flatMap((s) => s.tools));
  if (groups.some((g) => tools.has(g.word))) return undefined;
  for (const m of matches) {
    const first = m[0]!;
    const count = new Map<string, number>();
    let n = 0;
    for (const i of new Set([...first.heading, ...first.command, ...first.page, ...first.body.keys()])) {
      const s = data.sections[i]!;
      if (!s.tools.length) continue;
      n++;
      for (const t of s.tools) count.set(t, (count.get(t) ?? 0) + 1);
    }
    for (const [t, c] of count) if (n >= 5 && c / n >= 0.75) return t;
  }
  return undefined;
}

/** A page's topic, as its folder names it: `docker` for docker/images-and-containers.html. */
const topicOf = (p: { path: string }) => p.path.split('/')[0]!;

/**
 * The topic the query names by its name ("docker", "compose", "kubernetes" or an alias such as
 * "k8s"). Docker is the ground the other topics stand on, so a query that names Docker and another
 * topic ("docker compose logs") is about the other one. Undefined when it names none.
 */
export function namedTopic(data: Pick<SearchData, 'pages'>, groups: QueryGroup[]): string | undefined {
  const topics = new Set(data.pages.map(topicOf));
  // "without compose" names the topic the reader does not want.
  const named = groups
    .filter((g) => !g.negated)
    .map((g) => g.terms[0]!.word)
    .filter((w) => topics.has(w));
  return named.find((t) => t !== 'docker') ?? named[0];
}

/** The topics the query names after "without" or "not": "without compose". */
function unwantedTopics(data: Pick<SearchData, 'pages'>, groups: QueryGroup[]): Set<string> {
  const topics = new Set(data.pages.map(topicOf));
  return new Set(groups.filter((g) => g.negated && topics.has(g.terms[0]!.word)).map((g) => g.terms[0]!.word));
}

/** How far apart two words of one search phrase can be (phrases are short; stop words are left out). */
const PHRASE_SPAN = 6;

/**
 * The weight of the most query words found close together among a section's phrase words (two
 * groups at least: one word alone is the `asked` signal), each group counted once.
 */
function together(spots: [number, number, number][]): number {
  spots.sort((a, b) => a[0] - b[0]);
  let best = 0;
  for (let start = 0; start < spots.length; start++) {
    const groups = new Map<number, number>();
    for (let j = start; j < spots.length && spots[j]![0] - spots[start]![0] < PHRASE_SPAN; j++) {
      const [, g, w] = spots[j]!;
      groups.set(g, Math.max(groups.get(g) ?? 0, w));
    }
    if (groups.size >= 2)
      best = Math.max(
        best,
        [...groups.values()].reduce((a, b) => a + b, 0),
      );
  }
  return best;
}

/**
 * The sections that match at least one word, best first: at most `limit` of them, with their
 * excerpt and best command.
 */
export function rankSections(
  data: Pick<SearchData, 'pages' | 'sections' | 'stopwords'>,
  query: RewrittenQuery,
  hits: EngineHits,
  tool = '',
  limit = Infinity,
): RankedSection[] {
  const { groups } = query;
  if (!groups.length) return [];
  const N = data.sections.length;
  const stop = new Set(data.stopwords);
  const index = rowIndex(data);
  const matches = groups.map((g) => g.terms.map((t) => matchTerm(index, t, !!g.prefix, hits)));
  const unwanted = unwantedTopics(data, groups);
  // Rarer terms weigh more: how many sections a term is in, wherever it matches.
  const weights = groups.map((g, gi) =>
    g.terms.map((t, ti) => {
      const df = matches[gi]![ti]!.df;
      // A topic the reader does not want ("without compose") is no word to look for.
      if (g.negated && unwanted.has(g.terms[0]!.word)) return 0;
      return df ? t.weight * Math.log(1 + N / (1 + df)) : 0;
    }),
  );
  const total = weights.reduce((sum, w) => sum + Math.max(0, ...w), 0);
  if (!total) return [];
  const topBody = new Map([...hits].map(([w, m]) => [w, Math.max(1e-9, ...m.values())]));
  const engineTotal = groups.reduce((sum, g, gi) => sum + g.terms.reduce((s, _t, ti) => s + weights[gi]![ti]!, 0), 0);
  const primary = groups.map((g) => [g.terms[0]!.word]);
  const alternatives = groups.map((g) => g.terms.map((t) => t.word));
  const context = toolContext(data, groups, matches);
  const comparison = query.comparison;
  const topic = namedTopic(data, groups);
  const candidates = new Set<number>();
  for (const m of matches.flat()) {
    for (const set of [m.heading, m.command, m.page]) for (const i of set) candidates.add(i);
    for (const i of m.body.keys()) candidates.add(i);
  }

  const ranked: (RankedSection & { best?: string | undefined })[] = [];
  for (const i of candidates) {
    const s = data.sections[i]!;
    if (tool && !s.tools.includes(tool)) continue;
    const intro = !s.anchor;
    let coverage = 0;
    let heading = 0;
    let page = 0;
    let engine = 0;
    let lead = 0;
    let asked = 0;
    /** Where the query's words are among the section's phrase words: position, group, weight. */
    const spots: [number, number, number][] = [];
    const inSection = groups.map(() => false);
    const inHeading = groups.map(() => false);
    groups.forEach((g, gi) => {
      let best = 0;
      let bestHeading = 0;
      let bestPage = 0;
      let bestLead = 0;
      let bestAsked = 0;
      g.terms.forEach((t, ti) => {
        const m = matches[gi]![ti]!;
        const w = weights[gi]![ti]!;
        const body = m.body.get(i) ?? 0;
        const inHead = !intro && m.heading.has(i);
        const onPage = m.page.has(i);
        const strong = inHead || m.command.has(i) || m.lead.has(i) || m.asked.has(i) || (intro && onPage);
        const here = strong || body > 0;
        if (here) inSection[gi] = true;
        // A word only in the text counts by how much the text is about it (the engine's score,
        // relative to the best section's): a long section that mentions it once counts less.
        const inText =
          body > 0 ? WEIGHTS.bodyFloor + (1 - WEIGHTS.bodyFloor) * Math.sqrt(body / topBody.get(t.word)!) : 0;
        best = Math.max(best, strong ? w : here ? inText * w : onPage ? WEIGHTS.pageOnly * w : 0);
        if (inHead) [bestHeading, inHeading[gi]] = [Math.max(bestHeading, w), true];
        if (onPage) bestPage = Math.max(bestPage, w);
        if (m.lead.has(i)) bestLead = Math.max(bestLead, w);
        if (m.asked.has(i)) bestAsked = Math.max(bestAsked, w);
        for (const at of m.asked.get(i) ?? []) spots.push([at, gi, w]);
        if (body > 0) engine += w * Math.sqrt(body / topBody.get(t.word)!);
      });
      coverage += best;
      heading += bestHeading;
      page += bestPage;
      lead += bestLead;
      asked += bestAsked;
    });
    if (!coverage) continue;
    // The share of the heading's own words that the query matches: short, exact headings win ties.
    const own = index.headings[i]!.filter((w) => !stop.has(w));
    let precision = own.length
      ? own.filter((w) => groups.some((g) => g.terms.some((t) => termIn(t, [w], !!g.prefix, true)))).length / own.length
      : 0;
    let command = 0;
    let best: string | undefined;
    index.commands[i]!.forEach((words, ci) => {
      // Stand-ins (task words, equivalent flags) count three quarters of the words themselves.
      const m = Math.max(matchWords(primary, words), 0.75 * matchWords(alternatives, words));
      if (m > command) [command, best] = [m, s.commands[ci]];
    });
    // A long flag the reader names, dashes or not, points at its command as a sub-command does
    // ("secret with from-literal": `kubectl create secret generic … --from-literal=…`).
    for (const [w] of primary) {
      const flag = `--${w}`;
      if (command < WEIGHTS.flagCommand && index.flags.get(flag)?.includes(i)) {
        command = WEIGHTS.flagCommand;
        best = s.commands.find((c) => commandTokens(c).includes(flag));
      }
    }
    let compared = 0;
    if (comparison) {
      const [a, b] = comparison;
      const both = (where: boolean[]) => a.some((g) => where[g]) && b.some((g) => where[g]);
      if (both(inSection)) compared += 0.5;
      if (both(inHeading)) compared += 1;
      else if ((a.some((g) => inHeading[g]) || b.some((g) => inHeading[g])) && !index.compares[i]) {
        // A heading with one side only is about that side: it answers half the question. Not so
        // a heading that compares ("Volume vs PersistentVolume" for "emptyDir vs persistentvolume"):
        // its other side may be the kind the reader's word is one of.
        [heading, precision, lead] = [0, 0, 0];
        compared -= 0.5;
      }
    }
    let contextual = 0;
    if (context && groups.length > 1 && s.tools.length) contextual = s.tools.includes(context) ? (command ? 1 : 0) : -1;
    const signals = {
      coverage: WEIGHTS.coverage * (coverage / total),
      heading: WEIGHTS.heading * (heading / total),
      precision: WEIGHTS.precision * precision,
      lead: WEIGHTS.lead * (lead / total),
      asked: WEIGHTS.asked * (asked / total),
      together: WEIGHTS.together * (together(spots) / total),
      command: (groups.length === 1 ? WEIGHTS.conceptCommand : WEIGHTS.command) * command,
      page: WEIGHTS.page * (page / total),
      engine: WEIGHTS.engine * (engineTotal ? engine / engineTotal : 0),
      comparison: compared,
      context: WEIGHTS.toolContext * contextual,
      topic:
        topic && topicOf(data.pages[s.page]!) === topic
          ? WEIGHTS.topic
          : unwanted.has(topicOf(data.pages[s.page]!))
            ? -WEIGHTS.topic
            : 0,
    };
    const pageRow = data.pages[s.page]!;
    ranked.push({
      section: i,
      href: sectionHref(data, s),
      title: s.title,
      pageTitle: pageRow.title,
      topic: pageRow.topic,
      excerpt: '',
      command: best ?? s.commands[0],
      score: Object.values(signals).reduce((x, y) => x + y, 0),
      signals,
    });
  }
  const terms = groups.flatMap((g) => g.terms);
  return ranked
    .sort((a, b) => b.score - a.score || a.section - b.section)
    .slice(0, limit)
    .map((r) => ({ ...r, excerpt: markTerms(data.sections[r.section]!.summary, terms) }));
}

import { queryWords, type Dictionary } from './searchQuery';

/** A section that an engine matched, before ranking. */
export interface Candidate {
  /** Site-root-relative link: `docker/x.html#section` (or the page for its intro). */
  href: string;
  title: string;
  pageTitle: string;
  topic?: string | undefined;
  /** Excerpt HTML, with the matches in <mark>. */
  excerpt: string;
  /** The engine's own score for the section; only its size relative to the others matters. */
  engineScore: number;
  /** The commands of the section, if any. */
  commands?: string[] | undefined;
}

export interface RankedSection extends Candidate {
  score: number;
  /** The command of the section that best matches the query. */
  command?: string | undefined;
}

/**
 * Whether query word `w` matches text word `x`: equal, or `w` is the start of `x` (a reader types
 * part of a word: "roll" → "rollout"), or `x` is nearly all of `w` (a plural or other ending:
 * "namespaces" → "namespace", but not "storageclass" → "storage").
 */
const same = (w: string, x: string) =>
  w === x ||
  singular(w) === singular(x) ||
  (w.length >= 3 && x.startsWith(w)) ||
  (x.length >= 3 && w.startsWith(x) && x.length >= 0.8 * w.length);

/** English plurals back to the singular: "policies" → "policy", "patches" → "patch", "pods" → "pod". */
export const singular = (w: string): string =>
  w.length < 4
    ? w
    : w
        .replace(/(..)ies$/, '$1y')
        .replace(/(s|x|ch|sh)es$/, '$1')
        .replace(/([^su])s$/, '$1');
/** The share of a heading's own words that the query matches: short, exact headings win ties. */
function precision(words: string[], text: string, stopwords: Set<string>): number {
  const t = queryWords(text).filter((x) => !stopwords.has(x));
  return t.length ? t.filter((x) => words.some((w) => same(w, x))).length / t.length : 0;
}

/** How much of the query a text covers, each word weighted by how rare it is in the notes. */
function coverage(words: string[], text: string, weight: (w: string) => number): number {
  const t = queryWords(text);
  const total = words.reduce((sum, w) => sum + weight(w), 0);
  return words.filter((w) => t.some((x) => same(w, x))).reduce((sum, w) => sum + weight(w), 0) / total;
}

/**
 * How well a command matches the query: 1 when the query's words appear in order, side by side
 * (a one-word query must be the tool or a sub-command: `logs` in `docker logs`, not `--namespace`
 * in a flag); 0.5 when they all appear somewhere; 0.25 when one of them is the command's
 * sub-command ("see *logs* of a stopped container" and `docker logs`). Placeholders are not words
 * of the command: `<container>` does not match "container".
 */
export function commandMatch(words: string[], command: string): number {
  const c = queryWords(command.replace(/<[a-z][a-z0-9-]*>/g, ' '));
  if (words.length === 1) return c.slice(0, 3).some((x) => same(words[0]!, x)) ? 1 : 0;
  for (let i = 0; i + words.length <= c.length; i++) {
    if (words.every((w, j) => same(w, c[i + j]!))) return 1;
  }
  if (words.every((w) => c.some((x) => same(w, x)))) return 0.5;
  return c[1] && words.some((w) => same(w, c[1]!)) ? 0.25 : 0;
}

/**
 * Orders sections across pages so the first result is the section a reader wants: the engine's
 * text score (relative to the best, compressed), plus the share of the query in the section's
 * heading and in the page title (rare words count more: the dictionary tells how many sections
 * use a word), and a command of the section that matches the query.
 * The weights were tuned on tests/search/queries.json (see docs/search.md).
 */
export function rankSections(
  candidates: Candidate[],
  words: string[],
  dictionary: Pick<Dictionary, 'words' | 'stopwords' | 'sections'>,
): RankedSection[] {
  if (!words.length) return [];
  const weight = (w: string) => Math.log(1 + dictionary.sections / (1 + (dictionary.words.get(w) ?? 1)));
  const top = Math.max(...candidates.map((c) => c.engineScore), 1e-9);
  return candidates
    .map((c) => {
      let best: string | undefined;
      let cmd = 0;
      for (const command of c.commands ?? []) {
        const m = commandMatch(words, command);
        if (m > cmd) [cmd, best] = [m, command];
      }
      // A page's intro (no anchor) has the page title as its title: count that once.
      const isSection = c.href.includes('#');
      const heading = isSection ? coverage(words, c.title, weight) : 0;
      const exact = isSection ? precision(words, c.title, dictionary.stopwords) : 0;
      const score =
        Math.sqrt(c.engineScore / top) +
        1.2 * heading +
        0.5 * exact +
        // A one-word query is usually a concept ("secret"): a command only breaks ties.
        (words.length === 1 ? 0.3 : 2) * cmd +
        0.4 * coverage(words, c.pageTitle, weight);
      return { ...c, score, command: best ?? c.commands?.[0] };
    })
    .sort((a, b) => b.score - a.score); // stable: equal scores keep the engine's order
}

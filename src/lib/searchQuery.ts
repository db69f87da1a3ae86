/**
 * Turns what a reader typed into the terms the search engines look up (see docs/search.md):
 * - question words are dropped ("how do I see logs of a stopped container");
 * - abbreviations expand to the words the notes use ("k8s" → "kubernetes", "pvc" → …);
 * - task words add the words of the notes that do the task, weaker than the word itself
 *   ("remove" also looks up `rm`, `prune` and `delete`; "background" also `-d`);
 * - a flag (`-d`, `--build`) is matched against commands only;
 * - "x vs y" and "difference between x and y" are marked as comparisons;
 * - with a vocabulary, a word the notes never use is replaced by the closest one they do
 *   ("kubctl" → "kubectl", "dokcer" → "docker"): pagefind has no typo tolerance (pagefind #756).
 */

import { editDistance } from './editDistance';
import { stem } from './search/stem';

/** What the rewriting knows about the notes (search/engine.js; src/lib/searchDictionary.ts). */
export interface Dictionary {
  /** Every word of the notes → the number of sections that use it (empty until loaded). */
  words: Map<string, number>;
  /** Abbreviations → the words of the notes. */
  aliases: Record<string, string>;
  stopwords: Set<string>;
  /** Task words → the words of the notes that do the task. */
  synonyms?: Record<string, string[]> | undefined;
  /** A flag → the flags the notes say are the same (`-a` and `--all`). */
  flags?: Record<string, string[]> | undefined;
}

/** One word to look up, with how much a match of it counts (1: the word the reader typed). */
export interface QueryTerm {
  word: string;
  weight: number;
  /** A command flag (`-d`): looked up in commands only. */
  flag?: boolean;
}

/** A word of the query with the terms that stand for it: the word, its alias, its task words. */
export interface QueryGroup {
  /** The word as searched for (after alias and typo correction). */
  word: string;
  terms: QueryTerm[];
  /** The word the reader is still typing (the last, as typed): it also matches longer words. */
  prefix?: boolean;
  /** The word follows "without", "not", "no" or "except": the reader does not want it. */
  negated?: boolean;
}

export interface RewrittenQuery {
  groups: QueryGroup[];
  /** The words searched for, in query order: shown and marked in the results. */
  words: string[];
  /** Whether a typo was corrected: the UI then says which words it searched for. */
  corrected: boolean;
  /** For "x vs y": the indexes of the groups on each side. */
  comparison?: [number[], number[]] | undefined;
}

/** Weight of a task word's stand-ins, relative to the word itself. */
export const SYNONYM_WEIGHT = 0.5;

/** "Log in" and "log out" are one word, as `docker login` spells them: not the logs of a container. */
export const normalizeText = (text: string) => text.replace(/\blog\s+(in|out)\b/gi, 'log$1');

/**
 * A contraction or possessive is one word, as readers also type it without the apostrophe:
 * "doesn't" is "doesnt" (a stop word), "container's" is "containers" (the stem of "container"),
 * not "doesn" and "t", a letter that matched every contraction of the notes.
 */
const joinContractions = (text: string) => text.replace(/(\p{L})['’](\p{L}{1,2})\b/gu, '$1$2');

/** Words of a query, lower-cased, split the way the engines split text. */
export function queryWords(query: string): string[] {
  return joinContractions(normalizeText(query))
    .toLowerCase()
    .replace(/[“”"'`‘’]/g, ' ')
    .split(/[\s,;:!?()[\]{}<>|=]+/)
    .map((w) => w.replace(/^[-./]+|[-./]+$/g, ''))
    .filter(Boolean);
}

/** Like queryWords(), but flags keep their dashes: `docker run -d` → docker, run, -d. */
export function queryTokens(query: string): string[] {
  return joinContractions(normalizeText(query))
    .toLowerCase()
    .replace(/[“”"'`‘’]/g, ' ')
    .split(/[\s,;:!?()[\]{}<>|=]+/)
    .map((w) => (/^--?[a-z]/.test(w) ? w.replace(/[-./]+$/, '') : w.replace(/^[-./]+|[-./]+$/g, '')))
    .filter(Boolean);
}

/**
 * The closest word of the vocabulary (word → how often the notes use it), or the word itself when
 * it is known, too short to correct safely, or has no close match. Ties go to the commoner word.
 * The first letter must be the same: a typo rarely changes it, and an English word the notes do
 * not use would otherwise become another ("night" → "right").
 */
export function correctWord(word: string, vocabulary: Map<string, number>): string {
  if (vocabulary.has(word) || word.length < 4 || /\d/.test(word)) return word;
  const max = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = max + 1;
  let bestCount = 0;
  for (const [candidate, count] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > max || candidate[0] !== word[0]) continue;
    const dist = editDistance(word, candidate, max);
    if (dist < bestDistance || (dist === bestDistance && dist <= max && count > bestCount)) {
      best = candidate;
      bestDistance = dist;
      bestCount = count;
    }
  }
  return bestDistance <= max ? best : word;
}

const AROUND_VS = /^(.+?)\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+(.+)$/;
/** "x vs y", "x versus y", "difference between x and y", "compare x and y", "x compared to y". */
const COMPARISONS = [
  /^(?:.*\b)?differen(?:ce|ces|t)\s+between\s+(.+?)\s+and\s+(.+)$/,
  /^(?:.*\b)?compare\s+(.+?)\s+(?:and|with|to)\s+(.+)$/,
  AROUND_VS,
  /^(?:.*\b)?(?:should\s+i\s+use|choose|pick)\s+(.+?)\s+or\s+(.+)$/,
];

/** How many words the tokens have, a compound (`docker-compose`) counting its parts. */
const parts = (tokens: string[]) => tokens.reduce((n, t) => n + t.split(/[-_.]+/).filter(Boolean).length, 0);
/** The first tokens with at most `n` words, one token at least. */
const keep = (tokens: string[], n: number) => {
  let i = 1;
  while (i < tokens.length && parts(tokens.slice(0, i + 1)) <= n) i++;
  return tokens.slice(0, i);
};

/** The two sides of a comparison question, as query words; undefined for other queries. */
export function comparisonSides(query: string): [string[], string[]] | undefined {
  const q = query.toLowerCase().replace(/[?.!]+$/, '');
  for (const pattern of COMPARISONS) {
    const m = q.match(pattern);
    if (!m) continue;
    const [a, b] = [queryTokens(m[1]!), queryTokens(m[2]!)];
    if (pattern !== AROUND_VS) return [a, b];
    // "x vs y" has no words that mark where its sides end: the words next to "vs" are the sides,
    // as many on each; the rest is what both share ("kubectl create vs apply": create, apply).
    // A compound counts its parts: "docker compose vs docker-compose" compares two words each.
    const n = Math.min(parts(a), parts(b));
    return [keep([...a].reverse(), n).reverse(), keep(b, n)];
  }
  return undefined;
}

/** Two-word verbs as the dictionary's one word (the aliases of two words: "get into" → "enter"). */
function joinPhrases(query: string, aliases: Record<string, string>): string {
  const phrases = Object.keys(aliases).filter((k) => k.includes(' '));
  if (!phrases.length) return query;
  const pattern = new RegExp(`\\b(${phrases.join('|')})\\b`, 'gi');
  return query.replace(pattern, (m) => ownEntry(aliases, m.toLowerCase().replace(/\s+/g, ' ')) ?? m);
}

/**
 * A table's entry for a reader's word, never one the object inherits: "constructor" is a word a
 * reader may type, and `table["constructor"]` is a function.
 */
export const ownEntry = <T>(table: Readonly<Record<string, T>>, word: string): T | undefined =>
  Object.hasOwn(table, word) ? table[word] : undefined;

const byStem = new WeakMap<Record<string, string[]>, Map<string, [string, string[]][]>>();

/**
 * A word's task words: those of the word, or of a shorter word with the same stem ("crashing"
 * has those of "crash"). Never a longer one's: "run" is not "running" (`ps`: which are running).
 */
function synonymsOf(word: string, synonyms: Record<string, string[]> | undefined): string[] {
  if (!synonyms) return [];
  const own = ownEntry(synonyms, word);
  if (own) return own;
  let stems = byStem.get(synonyms);
  if (!stems) {
    stems = new Map();
    for (const [w, targets] of Object.entries(synonyms))
      stems.set(stem(w), [...(stems.get(stem(w)) ?? []), [w, targets]]);
    byStem.set(synonyms, stems);
  }
  return (stems.get(stem(word)) ?? []).find(([w]) => w.length <= word.length)?.[1] ?? [];
}

/** Words that mark what a reader does not want: "without compose", "not kubernetes". */
const NEGATIONS = new Set(['without', 'not', 'no', 'except']);
/** Small words between a negation and what it negates: "not in kubernetes", "without using a registry". */
const NEGATED_AFTER = new Set(['a', 'an', 'the', 'any', 'in', 'on', 'for', 'using', 'use']);
/** The tokens that follow a negation, small words aside: "without a registry" → registry. */
function negatedTokens(tokens: string[]): Set<string> {
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (!NEGATIONS.has(t)) return;
    let j = i + 1;
    while (NEGATED_AFTER.has(tokens[j] ?? '')) j++;
    if (tokens[j]) out.add(tokens[j]!);
  });
  return out;
}

/**
 * Applies stop words, aliases, task words and, when the dictionary has a vocabulary and `correct`
 * is not false, typo correction.
 */
export function rewriteQuery(query: string, dictionary: Dictionary, correct = true): RewrittenQuery {
  const original = queryTokens(joinPhrases(query, dictionary.aliases));
  const negated = negatedTokens(original);
  const kept = original.filter((w) => !dictionary.stopwords.has(w));
  const tokens = kept.length ? kept : original;
  const sides = comparisonSides(query);
  let corrected = false;
  const groups: QueryGroup[] = [];
  const sideOf: (0 | 1 | undefined)[] = [];
  const typing = !/\s$/.test(query);
  tokens.forEach((token, ti) => {
    const flag = token.startsWith('-');
    const alias = flag ? undefined : ownEntry(dictionary.aliases, token);
    const expanded = (alias ?? token).split(' ');
    for (const raw of expanded) {
      const word = correct && !flag && dictionary.words.size ? correctWord(raw, dictionary.words) : raw;
      corrected ||= word !== raw;
      if (groups.some((g) => g.word === word)) continue;
      const terms: QueryTerm[] = [{ word: flag ? word.replace(/^-+/, '') : word, weight: 1, flag }];
      const add = (s: string, weight: number) => {
        if (!terms.some((t) => t.word === s.replace(/^-+/, '')))
          terms.push({ word: s.replace(/^-+/, ''), weight, flag: s.startsWith('-') });
      };
      for (const f of flag && dictionary.flags ? (ownEntry(dictionary.flags, word) ?? []) : []) add(f, 1);
      // An abbreviation the notes also write ("env" of `--from-env-file`) still stands for itself.
      if (alias && raw === expanded[0] && dictionary.words.has(token)) add(token, 1);
      // "=policy": a stand-in as strong as the word ("automatically" restarts are restart policies).
      for (const s of synonymsOf(word, dictionary.synonyms))
        add(s.replace(/^=/, ''), s.startsWith('=') ? 1 : SYNONYM_WEIGHT);
      // A file or identifier name also stands for its parts: "Dockerfile.dev" for "dockerfile",
      // "docker-compose.yml" for "compose" (a heading may name the kind, not the file).
      if (!flag && /[a-z0-9][._-][a-z0-9]/.test(word))
        for (const part of word.split(/[._-]+/))
          if (part.length >= 3 && !dictionary.stopwords.has(part)) add(part, SYNONYM_WEIGHT);
      const prefix = typing && ti === tokens.length - 1 && !alias && word === raw && !flag;
      const group: QueryGroup = prefix ? { word, terms, prefix } : { word, terms };
      if (negated.has(token)) group.negated = true;
      groups.push(group);
      // A word of both sides ("kubectl" in "kubectl run vs kubectl apply") tells them apart from
      // nothing: it is on neither side, or a heading with it and one side would have both.
      const [a, b] = [sides?.[0].includes(token), sides?.[1].includes(token)];
      sideOf.push(a && !b ? 0 : b && !a ? 1 : undefined);
    }
  });
  const side = (n: 0 | 1) => sideOf.flatMap((s, i) => (s === n ? [i] : []));
  const comparison: [number[], number[]] | undefined =
    sides && side(0).length && side(1).length ? [side(0), side(1)] : undefined;
  return { groups, words: groups.map((g) => g.word), corrected, comparison };
}

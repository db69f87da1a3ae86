/**
 * Turns what a reader typed into what the search engines can match. pagefind requires every word
 * to match and has no typo tolerance (pagefind issue #756), so before searching (with the
 * dictionary the build writes, see searchDictionary.ts):
 * - question words are dropped ("how do I see logs of a stopped container");
 * - abbreviations expand to the words the notes use ("k8s" → "kubernetes", "pvc" → …);
 * - with a vocabulary, a word the notes never use is replaced by the closest one they do
 *   ("kubctl" → "kubectl", "dokcer" → "docker").
 */

/** What the rewriting knows about the notes (search/dictionary.js; src/lib/searchDictionary.ts). */
export interface Dictionary {
  /** Every word of the notes → the number of sections that use it. */
  words: Map<string, number>;
  /** Abbreviations → the words of the notes. */
  aliases: Record<string, string>;
  stopwords: Set<string>;
  /** How many sections the notes have (for word rarity). */
  sections: number;
}

/** Words of a query, lower-cased, split the way the engines split text. */
export function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .replace(/[“”"'`]/g, ' ')
    .split(/[\s,;:!?()[\]{}<>|=]+/)
    .map((w) => w.replace(/^[-./]+|[-./]+$/g, ''))
    .filter(Boolean);
}

/** Damerau–Levenshtein distance (with adjacent transpositions), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/**
 * The closest word of the vocabulary (word → how often the notes use it), or the word itself when
 * it is known, too short to correct safely, or has no close match. Ties go to the commoner word.
 */
export function correctWord(word: string, vocabulary: Map<string, number>): string {
  if (vocabulary.has(word) || word.length < 4 || /\d/.test(word)) return word;
  const max = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = max + 1;
  let bestCount = 0;
  for (const [candidate, count] of vocabulary) {
    if (Math.abs(candidate.length - word.length) > max) continue;
    const dist = editDistance(word, candidate, max);
    if (dist < bestDistance || (dist === bestDistance && dist <= max && count > bestCount)) {
      best = candidate;
      bestDistance = dist;
      bestCount = count;
    }
  }
  return bestDistance <= max ? best : word;
}

export interface RewrittenQuery {
  /** The words to search for. */
  words: string[];
  /** Whether a typo was corrected: the UI then says which words it searched for. */
  corrected: boolean;
}

/** Applies stop words, aliases and, unless `correct` is false, typo correction. */
export function rewriteQuery(query: string, dictionary: Dictionary, correct = true): RewrittenQuery {
  const original = queryWords(query);
  const kept = original.filter((w) => !dictionary.stopwords.has(w));
  let corrected = false;
  const words = (kept.length ? kept : original)
    .flatMap((w) => (dictionary.aliases[w] ?? w).split(' '))
    .map((w) => {
      const c = correct ? correctWord(w, dictionary.words) : w;
      corrected ||= c !== w;
      return c;
    });
  return { words: [...new Set(words)], corrected };
}

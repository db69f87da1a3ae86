import { distance } from 'fastest-levenshtein';

/**
 * The candidates closest to a misspelt word by edit distance (Levenshtein), at most `max` of them,
 * and only those close enough to be a plausible typo: by default a third of the word's length, at
 * least 2.
 */
export function didYouMean(
  word: string,
  candidates: Iterable<string>,
  max = 3,
  limit = Math.max(2, Math.ceil(word.length / 3)),
): string[] {
  const scored: { c: string; d: number }[] = [];
  for (const c of new Set(candidates)) {
    const d = distance(word.toLowerCase(), c.toLowerCase());
    // A candidate that starts with the word (a flag or command cut short) is as good as one typo.
    const score = c.startsWith(word) && word.length >= 3 ? Math.min(d, 1) : d;
    if (score <= limit) scored.push({ c, d: score });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((s) => s.c);
}

/** A name or value as code in a message: "`web`". */
export const code = (s: string) => `\`${s}\``;

/** "`a`", "`a` or `b`", "`a`, `b` or `c`". */
export function orList(items: string[]): string {
  const codes = items.map(code);
  return codes.length <= 1 ? (codes[0] ?? '') : `${codes.slice(0, -1).join(', ')} or ${codes.at(-1)}`;
}

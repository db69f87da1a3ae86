/**
 * The candidate most like `wanted`, when one is close enough to be a likely typo: the Dice
 * coefficient of their letter pairs is above `threshold`. Used for "did you mean" hints.
 */
export function closest(wanted: string, candidates: Iterable<string>, threshold = 0.5): string | undefined {
  const pairs = (s: string) => new Set([...s.toLowerCase()].slice(1).map((c, i) => s[i]!.toLowerCase() + c));
  const w = pairs(wanted);
  let best: [string, number] | undefined;
  for (const candidate of candidates) {
    const p = pairs(candidate);
    const shared = [...w].filter((x) => p.has(x)).length;
    const score = (2 * shared) / (w.size + p.size || 1);
    if (score > (best?.[1] ?? threshold)) best = [candidate, score];
  }
  return best?.[0];
}

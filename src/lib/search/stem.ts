/**
 * A light English stemmer, so a query word matches the forms the notes use: "pods" → "pod",
 * "policies" → "policy", "stopped" → "stop", "running" → "run", "stored" and "store" → "stor",
 * "locally" → "local".
 * Query and text go through it alike. Short words (three letters or fewer) are left alone, and so
 * are endings that are not inflections ("status", "access", "aws"). Memoised: ranking asks for the
 * same words many times.
 */
const stems = new Map<string, string>();

export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) stems.set(word, (s = stemOf(word)));
  return s;
}

/** Words of the notes that end in -s without being plurals. */
const NOT_PLURAL = new Set(['kubernetes', 'https', 'always', 'alias', 'canvas']);

function stemOf(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || NOT_PLURAL.has(w)) return w;
  if (/ies$/.test(w) && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|us|is)$/.test(w)) return w;
  else if (/(x|ch|sh|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (/s$/.test(w)) w = w.slice(0, -1);
  // "locally" → "local", "manually" → "manual" (not "really" or "apply": too short).
  if (w.endsWith('ly') && w.length >= 7) return w.slice(0, -2);
  for (const ending of ['ing', 'ed']) {
    if (w.endsWith(ending) && w.length - ending.length >= 3) {
      w = w.slice(0, -ending.length);
      // "stopped" → "stopp" → "stop"; "running" → "runn" → "run".
      if (/([bdgmnpt])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  return w.length > 4 ? w.replace(/e$/, '') : w;
}

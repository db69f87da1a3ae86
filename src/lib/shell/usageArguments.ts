/**
 * The arguments a command needs, read from its reference's usage line (src/data/cli/, `usage`):
 * `[OPTIONS] CONTAINER COMMAND [ARG...]` needs two, `(POD | TYPE/NAME) [-c CONTAINER] -- COMMAND
 * [args...]` one before `--` and one after. What is in `[…]` is optional; `A | B` and `(A | B)` are
 * one argument; a flag written in the usage (`--image=image`, `-c CONTAINER`) is not an argument,
 * and an alternative that is a flag (`(-f FILENAME | TYPE NAME)`) may stand for the argument, so it
 * needs none.
 */
export interface UsageArguments {
  /** The arguments needed before `--` (all of them when the usage has none), by their usage names. */
  before: string[];
  /** The arguments needed after `--`; `--` is needed when there are any. */
  afterDash: string[];
}

/** Removes the optional parts, innermost first: `[LOCAL_PORT:]REMOTE_PORT` → `REMOTE_PORT`. */
function withoutOptional(usage: string): string {
  let text = usage;
  for (let before = ''; before !== text;) {
    before = text;
    text = text.replace(/\[[^[\]]*\]/g, '');
  }
  return text;
}

/**
 * Splits at blanks outside parentheses and quotes, and joins `A | B` into one word. A quoted value
 * is one word with its flag: `--schedule='0/5 * * * ?'` (kubectl create cronjob), not five.
 */
function topLevelWords(text: string): string[] {
  const words: string[] = [];
  let depth = 0;
  let quote = '';
  let word = '';
  for (const c of `${text} `) {
    if (quote) quote = c === quote ? '' : quote;
    else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    if (/\s/.test(c) && depth <= 0 && !quote) {
      if (word) words.push(word);
      word = '';
    } else word += c;
  }
  const joined: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '|' && joined.length && words[i + 1]) joined.push(`${joined.pop()!} | ${words[++i]}`);
    else joined.push(words[i]!);
  }
  return joined;
}

const isFlagWord = (w: string) => /^--?[A-Za-z]/.test(w);

/** The arguments one alternative of a group needs; undefined when a flag may stand for them. */
function alternativeNeeds(alternative: string): string[] | undefined {
  const words = topLevelWords(alternative.trim());
  return words.some(isFlagWord) ? undefined : words.filter((w) => w !== '...');
}

function needs(word: string): string[] {
  if (!word.startsWith('(')) return word.includes(' | ') ? [word.replace(/ \| /g, '|')] : [word];
  const alternatives = word.slice(1, -1).split('|').map(alternativeNeeds);
  if (alternatives.some((a) => a === undefined || a.length === 0)) return [];
  const fewest = Math.min(...alternatives.map((a) => a!.length));
  // `(POD | TYPE/NAME)`: one argument, named by its alternatives.
  const names = alternatives.map((a) => a!.join(' '));
  return fewest === 1 ? [names.join(' or ')] : alternatives.find((a) => a!.length === fewest)!;
}

/** The arguments one usage line needs. */
export function usageLineArguments(usage: string): UsageArguments {
  const result: UsageArguments = { before: [], afterDash: [] };
  let list = result.before;
  const words = topLevelWords(withoutOptional(usage));
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === '--') list = result.afterDash;
    // `KEY_1=VAL_1 ... KEY_N=VAL_N`: one argument or more; the word after `...` is the last of them.
    else if (w === '...') i++;
    else if (/^\.\.\./.test(w)) continue;
    else if (isFlagWord(w)) {
      // `-c CONTAINER`, `--external-name external.name`: a flag of the usage and its value, in
      // capitals or not (no usage line writes a bare boolean flag before an argument).
      const next = words[i + 1];
      if (!w.includes('=') && next && next !== '--' && !isFlagWord(next) && !next.startsWith('(')) i++;
    } else list.push(...needs(w));
  }
  return result;
}

/** The arguments a command needs: those of its usage form that needs the fewest. */
export function usageArguments(usage: string[]): UsageArguments | undefined {
  const forms = usage.map(usageLineArguments);
  if (!forms.length) return undefined;
  return forms.reduce((a, b) => (b.before.length + b.afterDash.length < a.before.length + a.afterDash.length ? b : a));
}

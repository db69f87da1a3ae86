/**
 * A lexer for the shell commands the notes show: words (with quotes removed), control operators,
 * redirections, command substitutions and heredocs, each with its offset in the text.
 *
 * Written by hand rather than taken from a shell parser (bash-parser, mvdan/sh) because the notes
 * are not plain shell: `<container>` is a placeholder, which every real parser reads as a
 * redirection and rejects, and the checks need offsets in the original text. Only the syntax that
 * decides where a command's words are is understood; expansions are kept as text and marked.
 */

export interface Word {
  /** The word as the program receives it: quotes and backslashes removed, expansions left as text. */
  value: string;
  /** Offsets of the word in the lexed text. */
  start: number;
  end: number;
  /** Whether part of it comes from `$VAR`, `${…}`, `$(…)` or backticks: its value is not known. */
  expands: boolean;
  /** The `<placeholder>`s written in it. */
  placeholders: string[];
}

export type Token =
  | ({ type: 'word' } & Word)
  /** `|`, `||`, `&&`, `;`, `&`, `|&`, `(`, `)` and line ends (as `;`). */
  | { type: 'op'; value: string; start: number; end: number }
  /** A redirection operator (`>`, `2>&1`, `<<EOF` …); its target is the next word token. */
  | { type: 'redirect'; value: string; start: number; end: number; heredoc?: boolean };

export interface Substitution {
  /** The text inside `$( … )` or backticks, and where it starts in the lexed text. */
  text: string;
  start: number;
}

export interface Lexed {
  tokens: Token[];
  substitutions: Substitution[];
  /** Syntax the shell itself would refuse (an unclosed quote, an unclosed `$(`). */
  problems: { offset: number; message: string }[];
}

/** A placeholder: `<name>`, lower-case words joined by `-`, `_` or `.` (docs/WRITING.md). */
const PLACEHOLDER = /^<([A-Za-z][\w.-]*)>/;
const OPERATORS = ['&&', '||', '|&', ';;', '|', ';', '&', '(', ')'];
const REDIRECT = /^(?:\d*(?:<<<|<<-|<<|<>|>>|>&|<&|>\||>|<)|&>>|&>)/;

export function lexShell(text: string): Lexed {
  const tokens: Token[] = [];
  const substitutions: Substitution[] = [];
  const problems: Lexed['problems'] = [];
  const pendingHeredocs: { tag: string; stripTabs: boolean }[] = [];
  let i = 0;

  /** Skips a heredoc body that starts after the line end at `i`. */
  const skipHeredocs = () => {
    for (const { tag, stripTabs } of pendingHeredocs.splice(0)) {
      while (i < text.length) {
        const eol = text.indexOf('\n', i);
        const line = text.slice(i, eol === -1 ? text.length : eol);
        i = eol === -1 ? text.length : eol + 1;
        if ((stripTabs ? line.replace(/^\t+/, '') : line) === tag) break;
      }
    }
  };

  /** Reads `$(…)` (nested, quotes respected) from `i` at `$(`; returns the inner text. */
  const readParens = (open: number): string => {
    let depth = 0;
    let j = open;
    for (; j < text.length; j++) {
      const c = text[j];
      if (c === '\\') j++;
      else if (c === "'") j = text.indexOf("'", j + 1) === -1 ? text.length : text.indexOf("'", j + 1);
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    if (j >= text.length) problems.push({ offset: open - 1, message: 'unclosed `$(`: add the closing `)`' });
    i = Math.min(j + 1, text.length);
    return text.slice(open + 1, j);
  };

  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\n') {
      tokens.push({ type: 'op', value: ';', start: i, end: i + 1 });
      i++;
      skipHeredocs();
      continue;
    }
    if (c === '#') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
      continue;
    }
    const rest = text.slice(i);
    const redirect = !PLACEHOLDER.test(rest) && rest.match(REDIRECT);
    if (redirect) {
      const value = redirect[0];
      const heredoc = /<<-?$/.test(value);
      tokens.push({ type: 'redirect', value, start: i, end: i + value.length, ...(heredoc ? { heredoc } : {}) });
      i += value.length;
      if (heredoc) {
        const tag = text.slice(i).match(/^\s*(['"]?)([A-Za-z_][\w-]*)\1/);
        if (tag) pendingHeredocs.push({ tag: tag[2]!, stripTabs: value.endsWith('-') });
      }
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (op) {
      tokens.push({ type: 'op', value: op, start: i, end: i + op.length });
      i += op.length;
      continue;
    }

    // A word: runs until unquoted blank, operator or line end.
    const start = i;
    let value = '';
    let expands = false;
    const placeholders: string[] = [];
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === ' ' || ch === '\t' || ch === '\n') break;
      if (ch === '\\') {
        if (text[i + 1] === '\n') {
          i += 2;
          continue;
        }
        value += text[i + 1] ?? '';
        i += 2;
        continue;
      }
      const placeholder = text.slice(i).match(PLACEHOLDER);
      if (placeholder) {
        placeholders.push(placeholder[0]);
        value += placeholder[0];
        i += placeholder[0].length;
        continue;
      }
      if (OPERATORS.some((o) => text.startsWith(o, i)) || /^[<>]/.test(ch)) break;
      if (ch === "'") {
        const close = text.indexOf("'", i + 1);
        if (close === -1) {
          problems.push({ offset: i, message: "unclosed single quote: add the closing `'`" });
          value += text.slice(i + 1);
          i = text.length;
          break;
        }
        value += text.slice(i + 1, close);
        i = close + 1;
        continue;
      }
      if (ch === '"') {
        const open = i;
        i++;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\' && /["\\$`\n]/.test(text[i + 1] ?? '')) {
            value += text[i + 1] === '\n' ? '' : text[i + 1];
            i += 2;
          } else if (text.startsWith('$(', i)) {
            const from = i;
            substitutions.push({ text: readParens(i + 1), start: i + 2 });
            value += text.slice(from, i);
            expands = true;
          } else {
            const ph = text.slice(i).match(PLACEHOLDER);
            if (ph) placeholders.push(ph[0]);
            if (text[i] === '$' || text[i] === '`') expands = true;
            value += text[i];
            i++;
          }
        }
        if (i >= text.length) problems.push({ offset: open, message: 'unclosed double quote: add the closing `"`' });
        i++;
        continue;
      }
      if (text.startsWith('$(', i) && !text.startsWith('$((', i)) {
        const from = i;
        substitutions.push({ text: readParens(i + 1), start: i + 2 });
        value += text.slice(from, i);
        expands = true;
        continue;
      }
      if (ch === '`') {
        const close = text.indexOf('`', i + 1);
        const end = close === -1 ? text.length : close;
        substitutions.push({ text: text.slice(i + 1, end), start: i + 1 });
        value += text.slice(i, end + 1);
        expands = true;
        i = end + 1;
        continue;
      }
      if (ch === '$') expands = true;
      value += ch;
      i++;
    }
    tokens.push({ type: 'word', value, start, end: i, expands, placeholders });
  }
  return { tokens, substitutions, problems };
}

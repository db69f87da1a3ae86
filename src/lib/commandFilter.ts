import { same } from './rankSections';
import { queryTokens } from './searchQuery';
import { STOPWORDS } from './searchDictionary';

/** A row of the Commands page: the command as pasted, and the task it does (its section's heading). */
export interface FilterableCommand {
  command: string;
  task: string;
}

/** Where the query matched, as [start, end) character ranges of the command and of the task. */
export interface CommandMatch {
  command: [number, number][];
  task: [number, number][];
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their positions; placeholders (`<container>`) are left out of commands. */
function tokens(text: string, skipPlaceholders: boolean): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/<[a-z][a-z0-9-]*>|[^\s,;:!?()[\]{}<>|="'`“”‘’]+/g)) {
    if (m[0].startsWith('<')) {
      if (!skipPlaceholders)
        out.push({ word: m[0].slice(1, -1), start: m.index! + 1, end: m.index! + m[0].length - 1 });
      continue;
    }
    const flag = /^--?[a-z]/i.test(m[0]);
    const word = flag ? m[0].replace(/[-./]+$/, '') : m[0].replace(/^[-./]+|[-./]+$/g, '');
    if (!word) continue;
    const start = m.index! + m[0].indexOf(word);
    const prev = out.at(-1);
    // "Log in" is the login, not logs (as in src/lib/searchQuery.ts).
    if (prev?.word === 'log' && /^(in|out)$/i.test(word) && text.slice(prev.end, start).trim() === '') {
      out[out.length - 1] = { word: `log${word.toLowerCase()}`, start: prev.start, end: start + word.length };
      continue;
    }
    out.push({ word: word.toLowerCase(), start, end: start + word.length });
  }
  return out;
}

/**
 * Whether a row of the Commands page matches what the reader typed: every word must be a word of
 * the command (its program, sub-command, flags or arguments; not a placeholder) or of its task.
 * Words match whole, by stem ("pods" and "pod"; "logs" is not "login"), and a flag only the same
 * flag; the word still being typed may be the start of a longer word. The note's title is not
 * searched: "logs" shows the commands that show logs, not every command of the note about them.
 */
export function matchCommand(query: string, row: FilterableCommand): CommandMatch | undefined {
  const all = queryTokens(query);
  const kept = all.filter((w) => !STOPWORDS.includes(w));
  const words = kept.length ? kept : all;
  if (!words.length) return { command: [], task: [] };
  const inCommand = tokens(row.command, true);
  const inTask = tokens(row.task, false);
  const typing = !/\s$/.test(query);
  const found: CommandMatch = { command: [], task: [] };
  for (const [i, w] of words.entries()) {
    const prefix = typing && i === words.length - 1;
    const is = (t: Token) => (w.startsWith('-') ? t.word === w : !t.word.startsWith('-') && same(w, t.word, prefix));
    const c = inCommand.filter(is);
    const t = inTask.filter(is);
    if (!c.length && !t.length) return undefined;
    found.command.push(...c.map((x): [number, number] => [x.start, x.end]));
    found.task.push(...t.map((x): [number, number] => [x.start, x.end]));
  }
  return found;
}

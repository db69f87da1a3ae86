import { lexShell, type Word } from './lexShell';

/**
 * One simple command of a command line: the words a program receives, after the shell has taken
 * away what is its own (variable assignments, redirections, `sudo`-like wrappers, control words).
 */
export interface SimpleCommand {
  /** The program and its arguments. */
  words: Word[];
  /** Whether it runs inside `$( … )` or backticks (its output is used, e.g. by `eval`). */
  substituted: boolean;
}

export interface SplitResult {
  commands: SimpleCommand[];
  problems: { offset: number; message: string }[];
}

/** Words that start a compound command; what follows them on the same segment is a command again. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);
/** Compound commands whose own segment holds no command (`for x in a b`, `case $x in`). */
const SKIP_SEGMENT = new Set(['for', 'case', 'esac', 'select', 'function']);
/** Programs that run the rest of their words as a command, and how many of their options take a value. */
const WRAPPERS: Record<string, { valueOptions: string[] }> = {
  sudo: { valueOptions: ['-u', '-g', '-p', '-C', '-D', '-h', '-r', '-t', '-U', '-T'] },
  env: { valueOptions: ['-u', '-C', '-S'] },
  nohup: { valueOptions: [] },
  exec: { valueOptions: ['-a'] },
  command: { valueOptions: [] },
  builtin: { valueOptions: [] },
  nice: { valueOptions: ['-n'] },
};
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

/** Strips assignments, wrappers and reserved words from the front of a segment. */
function commandWords(words: Word[]): Word[] | undefined {
  let i = 0;
  for (;;) {
    const w = words[i];
    if (!w) return undefined;
    if (SKIP_SEGMENT.has(w.value)) return undefined;
    if (RESERVED.has(w.value) || ASSIGNMENT.test(w.value)) {
      i++;
      continue;
    }
    const wrapper = WRAPPERS[w.value];
    if (wrapper && words[i + 1]) {
      i++;
      while (words[i] && (words[i]!.value.startsWith('-') || (w.value === 'env' && ASSIGNMENT.test(words[i]!.value)))) {
        if (wrapper.valueOptions.includes(words[i]!.value)) i++;
        i++;
      }
      continue;
    }
    return words.slice(i);
  }
}

/** Splits a command line into its simple commands, those inside `$( … )` included. */
export function simpleCommands(text: string, offset = 0, substituted = false): SplitResult {
  const { tokens, substitutions, problems } = lexShell(text);
  const out: SplitResult = {
    commands: [],
    problems: problems.map((p) => ({ ...p, offset: p.offset + offset })),
  };
  let segment: Word[] = [];
  const flush = () => {
    const words = commandWords(segment);
    if (words?.length) {
      const shifted = words.map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
      out.commands.push({ words: shifted, substituted });
    }
    segment = [];
  };
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (token.type === 'op') flush();
    else if (token.type === 'redirect') {
      if (tokens[t + 1]?.type === 'word') t++;
    } else segment.push(token);
  }
  flush();
  for (const sub of substitutions) {
    const inner = simpleCommands(sub.text, offset + sub.start, true);
    out.commands.push(...inner.commands);
    out.problems.push(...inner.problems);
  }
  return out;
}

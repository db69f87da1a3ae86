import { parseCodeMeta } from './codeMeta';

/**
 * Reads a shell block written as a terminal session: `$ ` marks a command, a trailing `\` continues
 * it, a heredoc (`<<EOF … EOF`) belongs to its command, `# ` lines are comments, other lines are
 * output. The one parser of shell blocks: the Shiki transformer (copy data) and the content model
 * (the Commands page, search) both call {@link sessionOfBlock}, so they cannot disagree.
 */

/**
 * Languages written as terminal sessions (`$ ` prompts): the one list. `shellscript` and
 * `shellsession` are the names Shiki resolves the others to.
 */
export const SHELL_LANGS: ReadonlySet<string> = new Set([
  'shell',
  'sh',
  'bash',
  'zsh',
  'console',
  'shellsession',
  'shellscript',
]);

/** Whether a code block of language `lang` is a shell block. */
export const isShellLang = (lang: string | null | undefined) => !!lang && SHELL_LANGS.has(lang.toLowerCase());

export type LineKind = 'command' | 'continuation' | 'output' | 'comment' | 'blank';

export interface SessionLine {
  kind: LineKind;
  /** The line without its prompt. */
  text: string;
  /** The prompt that was removed (`$ ` or `# `), for command lines. */
  prompt?: string;
  /** For a command's first line: the index of the command in `commands`. */
  command?: number;
}

export interface ShellSession {
  lines: SessionLine[];
  /** Each command as it should be pasted: continuation lines and heredoc bodies included. */
  commands: string[];
  /** Whether the block used prompts at all. A block without prompts is a script: all of it is code. */
  prompted: boolean;
}

export interface ParseOptions {
  /** Treat `# ` as a root prompt instead of a comment (a block marked `prompt="#"`). */
  rootPrompt?: boolean;
}

const HEREDOC = /<<-?\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\1/;

export function parseShellSession(code: string, options: ParseOptions = {}): ShellSession {
  const raw = code.replace(/\r\n?/g, '\n').split('\n');
  const promptRe = options.rootPrompt ? /^([$#]) ?/ : /^(\$) ?/;
  const prompted = raw.some((l) => /^\$( |$)/.test(l) || (options.rootPrompt && /^# /.test(l)));

  const lines: SessionLine[] = [];
  const commands: string[] = [];
  let continuing = false;
  let heredoc: string | undefined;

  for (const line of raw) {
    const last = commands.length - 1;
    if (heredoc !== undefined) {
      lines.push({ kind: 'continuation', text: line });
      commands[last] += `\n${line}`;
      if (line.replace(/^\t+/, '') === heredoc) heredoc = undefined;
      continue;
    }
    if (continuing) {
      lines.push({ kind: 'continuation', text: line });
      commands[last] += `\n${line}`;
      continuing = /\\$/.test(line);
      heredoc = line.match(HEREDOC)?.[2];
      continue;
    }
    if (line.trim() === '') {
      lines.push({ kind: 'blank', text: line });
      continue;
    }
    const isPrompt = (prompted && /^\$( |$)/.test(line)) || (prompted && options.rootPrompt && /^# /.test(line));
    if (isPrompt || !prompted) {
      if (!prompted && /^\s*#/.test(line)) {
        lines.push({ kind: 'comment', text: line });
        continue;
      }
      const m = isPrompt ? line.match(promptRe) : null;
      const text = m ? line.slice(m[0].length) : line;
      if (/^\s*#/.test(text) || text.trim() === '') {
        // `$ # comment` or a bare prompt: nothing to run.
        lines.push({ kind: 'comment', text, ...(m ? { prompt: m[0] } : {}) });
        continue;
      }
      commands.push(text);
      lines.push({ kind: 'command', text, command: commands.length - 1, ...(m ? { prompt: m[0] } : {}) });
      continuing = /\\$/.test(text);
      heredoc = text.match(HEREDOC)?.[2];
      continue;
    }
    if (/^#( |$)/.test(line)) {
      lines.push({ kind: 'comment', text: line });
      continue;
    }
    lines.push({ kind: 'output', text: line });
  }
  return { lines, commands, prompted };
}

/**
 * The session of a code block, or undefined for a block that is not a shell block. A block marked
 * `prompt="#"` uses `# ` as a root prompt.
 */
export function sessionOfBlock(lang: string | null | undefined, meta: string | null | undefined, code: string) {
  if (!isShellLang(lang)) return undefined;
  return parseShellSession(code, { rootPrompt: parseCodeMeta(meta).prompt === '#' });
}

/** The text a copy button puts on the clipboard: the commands, one per line. */
export function copyText(session: ShellSession): string {
  return session.commands.join('\n');
}

import { code } from '../shell/didYouMean';

/** What only a shell reads: pipes, lists, redirections, substitutions, quotes, globs. */
const SHELL_SYNTAX = /[|&;<>()$`'"*?\\]/;
/** A program (a name or a path) and, after a space, something more: a whole command line. */
const COMMAND_LINE = /^(?:\.{0,2}\/)?[\w.+-]+(?:\/[\w.+-]+)*\s+\S/;
/** `sh -c 'echo hi'` in one item: the shell and its script. */
const SHELL_SCRIPT = /^((?:\/bin\/)?(?:ba)?sh)\s+-c\s+(['"])(.*)\2$/s;

/** An argument as a shell word: as it is when it has no special characters, else single-quoted. */
export const shellWord = (arg: string) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);

/**
 * A list's items as one line for a shell to run, meaning what the list meant: the first item as
 * written (a command line of its own, `curl -f x`), each later item one word, quoted as needed
 * (`["sh -c", "echo hi; x"]` is `sh -c 'echo hi; x'`, not `sh -c echo hi; x`).
 */
export const shellLine = ([first, ...rest]: readonly string[]) => [first, ...rest.map(shellWord)].join(' ');

/** A list as the notes write it in YAML and JSON: `["curl", "-f", "http://localhost"]`. */
export const formatList = (items: readonly string[]) => `[${items.map((i) => JSON.stringify(i)).join(', ')}]`;

/** Whether an item is a whole command line (`curl -f http://localhost`), not one program's name. */
export const isCommandLine = (item: unknown): item is string =>
  typeof item === 'string' && COMMAND_LINE.test(item.trim()) && !/<[\w .-]+>/.test(item);

/** Whether a command needs a shell to mean what it says (`a && b`, `$HOME`, quotes). */
export const needsShell = (command: string) => SHELL_SYNTAX.test(command);

/** How a list writes a program with its arguments, and a command line for a shell. */
export interface CommandForms {
  exec: (words: string[]) => string[];
  shell: (line: string) => string[];
}

const PLAIN: CommandForms = { exec: (words) => words, shell: (line) => ['sh', '-c', line] };

/**
 * What is wrong with an exec-form command (a list: a Kubernetes `command` or `exec.command`,
 * Compose's `entrypoint` or healthcheck `CMD`) whose program, its first item, is a whole command
 * line: `["curl -f http://localhost"]`. Nothing splits an item of such a list: the runtime looks for
 * a program named `curl -f http://localhost`, spaces and all, and fails. Says what to write
 * instead: each word its own item (`["curl", "-f", "http://localhost"]`) when no shell is needed,
 * or the line run by a shell (`["sh", "-c", "curl -f http://localhost"]`); `["sh -c 'x'"]` is
 * `["sh", "-c", "x"]`, and `["sh -c 'x'", "a"]` is `["sh", "-c", "x", "a"]` (`a` the script's `$0`).
 * Undefined when the first item is one word (`["sh", "-c", "curl -f x"]`).
 */
export function commandLineProblem(items: readonly unknown[], forms: CommandForms = PLAIN): string | undefined {
  const [first, ...rest] = items;
  if (!isCommandLine(first) || !rest.every((r): r is string => typeof r === 'string')) return undefined;
  const line = first.trim();
  const script = line.match(SHELL_SCRIPT);
  const fixes =
    script && forms === PLAIN
      ? [formatList([script[1]!, '-c', script[3]!, ...rest])]
      : [
          ...(needsShell(line) ? [] : [formatList(forms.exec([...line.split(/\s+/), ...rest]))]),
          formatList(forms.shell(shellLine([line, ...rest]))),
        ];
  return (
    `runs a program named ${code(line)}, which does not exist: nothing splits an item of the list. ` +
    (fixes.length === 2
      ? `Give each argument its own item, ${code(fixes[0]!)}, or let a shell split the line, ${code(fixes[1]!)}.`
      : script && forms === PLAIN
        ? `Give the shell its \`-c\` and the script as items of their own, ${code(fixes[0]!)}.`
        : `Let a shell run the line, ${code(fixes[0]!)}.`)
  );
}

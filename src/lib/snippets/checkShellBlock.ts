import { parseShellSession, type ShellSession } from '../shellSession';
import { checkCommands, type CommandCount } from './checkCommands';
import type { LocalProblem } from './types';

/** Checks every command of a shell block (`$ ` prompts, or a script without them). */
export function checkShellBlock(code: string, rootPrompt: boolean, count: CommandCount): LocalProblem[] {
  const session = parseShellSession(code, { rootPrompt });
  const lost = lostContinuations(session);
  const cutShort = new Set(lost.map((p) => p.command));
  const commands = session.lines.flatMap((l, i) =>
    l.command === undefined
      ? []
      : [{ text: session.commands[l.command]!, line: i + 1, cutShort: cutShort.has(l.command) }],
  );
  return [
    ...gluedPrompts(session, rootPrompt),
    ...lost.map(({ line, message }) => ({ line, message })),
    ...checkCommands(commands, count),
  ];
}

/**
 * A command's next line that starts with an indented flag but is read as its output: the line
 * before lacks its ` \` (`$ docker run --rm` then `  -p 8080:80 nginx`), so the flag is neither
 * checked nor copied and the command runs without it. Output does not start that way, except a
 * help text's flag list (`  -d, --detach`, or anything after a `--help`).
 */
function lostContinuations(session: ShellSession): (LocalProblem & { command: number | undefined })[] {
  let command = '';
  let index: number | undefined;
  return session.lines.flatMap((l, i) => {
    if (l.command !== undefined) {
      command = session.commands[l.command]!;
      index = l.command;
    }
    const before = session.lines[i - 1];
    if (l.kind !== 'output' || (before?.kind !== 'command' && before?.kind !== 'continuation')) return [];
    if (!/^\s+--?[a-z][\w-]*(=|\s|$)/.test(l.text) || /^\s+-\w,\s/.test(l.text)) return [];
    // The output of `--help` is a list of flags (`      --all-namespaces=false: If present…`).
    if (/(^|\s)(--help|-h)(\s|$)/.test(command)) return [];
    return [
      {
        line: i + 1,
        command: index,
        message: `\`${l.text.trim()}\` is read as output, not as part of the command above (not checked, not copied): end the line before with \` \\\` to continue the command.`,
      },
    ];
  });
}

/**
 * `$docker kill <container>`: a prompt without its space. The parser reads it as output (in a block
 * with `$ ` prompts) or as a script line running `$docker` (in a block without), so the command is
 * neither checked nor copied. The rule: a line that is not a continuation and starts with the
 * prompt followed directly by a lowercase letter. Commands are lowercase words; what real output
 * begins with `$` is a variable, which is written in capitals (`$HOME`, `${PATH}`), and the notes
 * have no output line starting with `$` and a letter at all. In a `prompt="#"` block the same goes
 * for `#docker …` (a comment is `# `, with its space).
 */
function gluedPrompts(session: ShellSession, rootPrompt: boolean): LocalProblem[] {
  const glued = rootPrompt ? /^([$#])([a-z][\w.-]*)/ : /^(\$)([a-z][\w.-]*)/;
  return session.lines.flatMap((l, i) => {
    const mistaken = session.prompted ? l.kind === 'output' : l.kind === 'command' && l.prompt === undefined;
    const m = mistaken ? l.text.match(glued) : null;
    if (!m) return [];
    const read = session.prompted ? 'output' : `a script line running \`${m[1]}${m[2]}\``;
    const name = m[1] === '$' ? 'dollar' : 'hash';
    return [
      {
        line: i + 1,
        message: `\`${l.text.trim()}\` is read as ${read}, not as a command (not checked, not copied): write the prompt as \`${m[1]} \` (${name}, space).`,
      },
    ];
  });
}

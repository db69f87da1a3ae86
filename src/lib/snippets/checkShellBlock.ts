import { parseShellSession } from '../shellSession';
import { checkCommands, type CommandCount } from './checkCommands';
import type { LocalProblem } from './types';

/** Checks every command of a shell block (`$ ` prompts, or a script without them). */
export function checkShellBlock(code: string, rootPrompt: boolean, count: CommandCount): LocalProblem[] {
  const session = parseShellSession(code, { rootPrompt });
  const commands = session.lines.flatMap((l, i) =>
    l.command === undefined ? [] : [{ text: session.commands[l.command]!, line: i + 1 }],
  );
  return checkCommands(commands, count);
}

import { analyzeCommand } from '../shell/analyzeCommand';
import type { LocalProblem } from './types';

export interface CommandCount {
  commands: number;
  inGrammar: number;
}

/**
 * Checks command lines (a shell block's commands, a Dockerfile's RUN, a workflow's `run:`) with
 * analyzeCommand. Each command is given with the snippet line it starts on; an offset inside a
 * command that spans lines is turned into the line it is on. A command `cutShort` (its next line
 * is read as output) is not said to lack arguments: the problem is the lost line.
 */
export function checkCommands(
  commands: { text: string; line: number; cutShort?: boolean }[],
  count: CommandCount,
): LocalProblem[] {
  const problems: LocalProblem[] = [];
  for (const { text, line, cutShort } of commands) {
    const analysis = analyzeCommand(text);
    for (const c of analysis.commands) {
      count.commands++;
      if (c.inGrammar) count.inGrammar++;
    }
    // A command whose next line was lost (see checkShellBlock) lacks its arguments for that reason.
    for (const p of analysis.problems.filter((q) => !(cutShort && q.kind === 'arguments'))) {
      const within = text.slice(0, p.offset ?? 0).split('\n').length - 1;
      problems.push({ line: line + within, message: p.message });
    }
  }
  return problems;
}

import { analyzeCommand } from '../shell/analyzeCommand';
import type { LocalProblem } from './types';

export interface CommandCount {
  commands: number;
  inGrammar: number;
}

/**
 * Checks command lines (a shell block's commands, a Dockerfile's RUN, a workflow's `run:`) with
 * analyzeCommand. Each command is given with the snippet line it starts on; an offset inside a
 * command that spans lines is turned into the line it is on.
 */
export function checkCommands(commands: { text: string; line: number }[], count: CommandCount): LocalProblem[] {
  const problems: LocalProblem[] = [];
  for (const { text, line } of commands) {
    const analysis = analyzeCommand(text);
    for (const c of analysis.commands) {
      count.commands++;
      if (c.inGrammar) count.inGrammar++;
    }
    for (const p of analysis.problems) {
      const within = text.slice(0, p.offset ?? 0).split('\n').length - 1;
      problems.push({ line: line + within, message: p.message });
    }
  }
  return problems;
}

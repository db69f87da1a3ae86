import { expect } from 'vitest';
import { analyzeCommand } from '~/lib/shell/analyzeCommand';

/** What the build says about a command line: its problems' messages. */
export const messages = (command: string) => analyzeCommand(command).problems.map((p) => p.message);

/** Each command, written as a writer would, passes the checks (a failure names the command). */
export function expectAccepted(commands: string[]): void {
  for (const command of commands) expect(messages(command), command).toEqual([]);
}

import { analyzeCommand } from '../shell/analyzeCommand';
import type { Command } from './types';

/** What the build knows about one command: the CLI grammar's reading of it, and its tool. */
export type CommandDescription = Pick<Command, 'program' | 'subcommand' | 'flags' | 'placeholders' | 'key' | 'tool'>;

/** The tool of a key: `docker compose …` is Compose, otherwise the key's first word. */
export function toolOf(key: string): string {
  if (key.startsWith('docker compose')) return 'compose';
  return key.split(' ')[0] ?? '';
}

/**
 * Describes one command as pasted (continuation lines and heredoc included) with the CLI grammar
 * (src/lib/shell/analyzeCommand.ts). The one place the model asks about a command. Its problems
 * (a misspelled program or flag) are reported by the snippet checks, which read the same commands.
 */
export function describeCommand(command: string): CommandDescription {
  const analysis = analyzeCommand(command);
  const key = analysis.key ?? '';
  return {
    program: analysis.program,
    subcommand: analysis.subcommand,
    flags: analysis.flags,
    placeholders: [...new Set(analysis.commands.flatMap((c) => c.placeholders))],
    key,
    tool: key ? toolOf(key) : '',
  };
}

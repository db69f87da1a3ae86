import { analyzeCommand } from './shell/analyzeCommand';

/**
 * The "key" of a shell command: the tool and the sub-command words that name what it does, e.g.
 * `docker run -d nginx` → `docker run`, `docker compose up --build` → `docker compose up`,
 * `kubectl create secret generic pg --from-literal=…` → `kubectl create secret generic`.
 *
 * Keys group commands on the Commands page and tie each command to its official reference link: a
 * note must link every key it uses once, as a link whose text is the key in code. They come from
 * the CLI grammar (src/lib/shell/analyzeCommand.ts); these two functions keep the former API until
 * their callers use analyzeCommand() directly.
 */
export function keyOfSimpleCommand(command: string): string | undefined {
  return analyzeCommand(command).key;
}

/** Every key used by one command line (a pipeline may use several). */
export function commandKeys(line: string): string[] {
  return analyzeCommand(line).keys;
}

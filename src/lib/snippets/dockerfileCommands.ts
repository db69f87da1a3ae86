import type { From, Instruction } from 'dockerfile-ast';
import { commandLineProblem, formatList, shellWord } from './execCommand';
import type { LocalProblem } from './types';

/** The instructions whose arguments are a command: shell form (`CMD npm start`) or exec form (`CMD ["npm", "start"]`). */
const COMMAND_INSTRUCTIONS = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK']);

/** Only double-quoted strings, commas and spaces between brackets: meant as JSON. */
const STRINGS_ONLY = /^\[\s*(?:"(?:[^"\\]|\\.)*"\s*,?\s*)*\]$/s;
const STRING = /"(?:[^"\\]|\\.)*"/g;

/**
 * The commands of a Dockerfile's `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` instructions, each with the snippet
 * line it starts on, to be checked as shell commands; an exec-form array is checked as the command
 * its items make (`["npm", "strat"]` is `npm strat`). Docker reads an argument that starts with `[`
 * as exec form only when it is a JSON array of strings, and otherwise runs it as a shell command,
 * silently: `CMD ["npm" "start"]` runs `/bin/sh -c '["npm" "start"]'`. An argument that was meant as
 * JSON (only quoted strings, or `["` at its start) but does not parse is reported; one that is shell
 * (`RUN [ -f /x ] || …`) is checked as shell. A heredoc (`RUN <<EOF`) is not checked. An exec
 * form whose program is a whole command line (`CMD ["npm start"]`) is reported: Docker looks for a
 * program named `npm start`. Not for `CMD` in a stage with an `ENTRYPOINT`, whose items are the
 * entrypoint's arguments.
 */
export function dockerfileCommands(instructions: Instruction[]): {
  commands: { text: string; line: number }[];
  problems: LocalProblem[];
} {
  const commands: { text: string; line: number }[] = [];
  const problems: LocalProblem[] = [];
  const hasEntrypoint = stageEntrypoints(instructions);
  for (const [n, i] of instructions.entries()) {
    const keyword = i.getKeyword();
    const raw = i.getRawArgumentsContent();
    const range = i.getArgumentsRange();
    if (!COMMAND_INSTRUCTIONS.has(keyword) || !raw || !range) continue;
    const line = range.start.line + 1;
    // `--mount=…` and other RUN flags, and HEALTHCHECK's `--interval=…`, come before the command;
    // HEALTHCHECK's command follows `CMD` (`HEALTHCHECK NONE` has none).
    const flagless = keyword === 'RUN' || keyword === 'HEALTHCHECK' ? raw.replace(/^(?:--[\w-]+=\S+\s+)+/, '') : raw;
    const healthCmd = keyword === 'HEALTHCHECK' ? /^CMD\s+([\s\S]+)$/i.exec(flagless) : undefined;
    if (keyword === 'HEALTHCHECK' && !healthCmd) continue;
    const text = healthCmd ? healthCmd[1]! : flagless;
    const label = healthCmd ? 'HEALTHCHECK CMD' : keyword;
    if (text.startsWith('<<')) continue;
    const trimmed = text.trim();
    if (!trimmed.startsWith('[')) {
      commands.push({ text, line });
      continue;
    }
    const items = execForm(trimmed);
    const oneItem = items && !(keyword === 'CMD' && hasEntrypoint[n]) ? commandLineProblem(items) : undefined;
    if (oneItem) problems.push({ line, message: `Dockerfile: \`${label} ${formatList(items!)}\` ${oneItem}` });
    else if (items) commands.push({ text: items.map(shellWord).join(' '), line });
    else if (STRINGS_ONLY.test(trimmed))
      problems.push({
        line,
        message: `Dockerfile: the exec form of \`${label}\` is not valid JSON, so Docker runs it as a shell command: write it as JSON, the items separated by commas: \`${label} [${(trimmed.match(STRING) ?? []).join(', ')}]\`.`,
      });
    else if (trimmed.startsWith('["'))
      problems.push({
        line,
        message: `Dockerfile: the exec form of \`${label}\` is not valid JSON, so Docker runs it as a shell command: write each item as a double-quoted string, the items separated by commas (\`${label} ["npm", "start"]\`).`,
      });
    else commands.push({ text, line });
  }
  return { commands, problems };
}

/**
 * For each instruction, whether its stage has an `ENTRYPOINT`: its own (before or after it), or one
 * it inherits by being built `FROM` an earlier stage. Each `FROM` starts a new image, so a builder
 * stage's `ENTRYPOINT` says nothing of the last stage's `CMD`.
 */
function stageEntrypoints(instructions: Instruction[]): boolean[] {
  const stageOf: number[] = [];
  const stages: { name: string | undefined; base: number | undefined; own: boolean }[] = [];
  for (const i of instructions) {
    if (i.getKeyword() === 'FROM') {
      const from = i as From;
      const image = from.getImageName()?.toLowerCase();
      const base = stages.findLastIndex((s) => s.name !== undefined && s.name === image);
      stages.push({ name: from.getBuildStage()?.toLowerCase(), base: base < 0 ? undefined : base, own: false });
    }
    // Before any FROM (a fragment of a Dockerfile), instructions make up one stage.
    if (!stages.length) stages.push({ name: undefined, base: undefined, own: false });
    if (i.getKeyword() === 'ENTRYPOINT') stages.at(-1)!.own = true;
    stageOf.push(stages.length - 1);
  }
  const has = (s: number): boolean => stages[s]!.own || (stages[s]!.base !== undefined && has(stages[s]!.base!));
  return stageOf.map(has);
}

/** The items of an exec-form argument, or undefined when it is not a JSON array of strings. */
function execForm(text: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

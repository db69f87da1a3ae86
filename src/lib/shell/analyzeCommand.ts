import retired from '../../data/cli/retired.json' with { type: 'json' };
import { type CommandNode, type Flag, findFlag, flagNames, grammarTools, localFlagOwner } from './cliGrammar';
import {
  argumentCountProblem,
  flagAfterImageProblem,
  imageArgumentProblems,
  portForwardProblems,
} from './commandArguments';
import { code, didYouMean, orList } from './didYouMean';
import { flagValueProblem } from './flagValues';
import { kubectlResourceProblems } from './kubectlResources';
import { referenceUrl } from './referenceUrl';
import type { Word } from './lexShell';
import { OTHER_PROGRAMS, SHELL_UTILITIES } from './shellUtilities';
import { simpleCommands, type SimpleCommand } from './simpleCommands';

export interface CommandProblem {
  /** Offset in the command text of the word at fault. */
  offset?: number;
  message: string;
  /** `arguments`: the command lacks an argument its usage needs (not said of a command known to be cut short). */
  kind?: 'arguments';
}

/** What one simple command is, read against the grammar. */
export interface SimpleCommandAnalysis {
  program: string;
  /** The sub-command words, as written (`['compose', 'up']`). */
  subcommand: string[];
  /** The flags used, as written without their values (`--detach`, `-p`). */
  flags: string[];
  /** The `<placeholders>` it contains. */
  placeholders: string[];
  /** Tool and sub-command path (`docker compose up`); undefined for shell utilities (`cd`, `echo`). */
  key: string | undefined;
  /** Whether the program is in the checked-in grammar (src/data/cli/), so its words were checked. */
  inGrammar: boolean;
  /** Offset of the program word in the command text. */
  offset: number;
}

export interface CommandAnalysis extends SimpleCommandAnalysis {
  /** Every key the line uses: a pipeline or list may run several tools. */
  keys: string[];
  /** Each simple command of the line (those inside `$( … )` included). */
  commands: SimpleCommandAnalysis[];
  problems: CommandProblem[];
}

const RETIRED: Record<string, { use: string; why: string; ref: string }> = retired.programs;
/** Tools outside the grammar whose key still takes their first sub-command word, as before. */
const KEY_DEPTH: Record<string, number> = { 'create-react-app': 0 };
const isSubcommandWord = (w: Word) => !w.expands && !w.placeholders.length && /^[a-z][a-z0-9-]*$/.test(w.value);

/** The key of a program the grammar does not cover: the program and its first sub-command word. */
function keyOutsideGrammar(program: string, words: Word[]): string | undefined {
  if (SHELL_UTILITIES.has(program) || !/^[a-z][a-z0-9-]*$/.test(program)) return undefined;
  const depth = KEY_DEPTH[program] ?? 1;
  const next = words[1];
  return depth > 0 && next && isSubcommandWord(next) ? `${program} ${next.value}` : program;
}

/** Reads one simple command against the grammar, adding what is wrong to `problems`. */
function analyzeSimple(command: SimpleCommand, problems: CommandProblem[]): SimpleCommandAnalysis {
  const words = command.words;
  const first = words[0]!;
  const program = first.value.replace(/^.*\//, '');
  const placeholders = words.flatMap((w) => w.placeholders);
  const base = { program, subcommand: [], flags: [], placeholders, offset: first.start };
  const tools = grammarTools();
  const root = tools.get(program);

  if (!root) {
    const typed = words.map((w) => w.value);
    const gone = RETIRED[program];
    if (gone) {
      const sub = words.slice(1).find(isSubcommandWord);
      problems.push({
        offset: first.start,
        message: `${gone.why}: use ${code([gone.use, sub?.value].filter(Boolean).join(' '))} (${gone.ref}).`,
      });
    } else if (!SHELL_UTILITIES.has(program) && !OTHER_PROGRAMS.has(program) && !first.expands && program.length >= 4) {
      const [near] = didYouMean(program, tools.keys(), 1);
      if (near)
        problems.push({
          offset: first.start,
          message: `unknown program ${code(program)}: did you mean ${code([near, ...typed.slice(1, 5)].join(' ') + (typed.length > 5 ? ' …' : ''))}?`,
        });
    }
    return { ...base, key: keyOutsideGrammar(program, words), inGrammar: false };
  }

  let node: CommandNode = root;
  const subcommand: string[] = [];
  const flags: string[] = [];
  const args: Word[] = [];
  const used: Flag[] = [];
  let afterDash: Word[] | undefined;
  let helpAsked = false;
  const problemsBefore = problems.length;
  let argumentSeen = false;
  const where = () => code(node.path.join(' '));

  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.value === '--') {
      afterDash = words.slice(i + 1);
      break;
    }
    if (/^-./.test(w.value) && !/^-\d/.test(w.value) && !w.value.startsWith('-<')) {
      // A flag: `--name`, `--name=value`, `-n`, `-n value`, or short flags run together (`-it`).
      // A flag spelt in full comes first: some tools have multi-letter short flags (`eb create -ip`).
      const long = w.value.startsWith('--') || !!findFlag(node, w.value.split('=')[0]!);
      const [name, inline] = long ? (w.value.split(/=(.*)/s) as [string, string?]) : [w.value.slice(0, 2), undefined];
      const cluster = long ? [name] : [...w.value.slice(1)].map((c) => `-${c}`);
      let takesValue = false;
      for (let c = 0; c < cluster.length; c++) {
        const flagName = cluster[c]!;
        const flag = findFlag(node, flagName);
        const local = flag ? undefined : localFlagOwner(node, flagName);
        if (local) {
          // `docker run --context prod`: a flag of `docker` itself, valid only before the sub-command.
          const written = cluster.length === 1 ? w.value : flagName;
          const separate = local.flag.takesValue && inline === undefined && c === cluster.length - 1;
          const value = separate ? words[i + 1]?.value : undefined;
          const fixed = [...local.owner.path, written, value, ...node.path.slice(local.owner.path.length)];
          problems.push({
            offset: w.start,
            message: `${code(flagName)} is a flag of ${code(local.owner.path.join(' '))} itself: write it before the sub-command, ${code(fixed.filter(Boolean).join(' '))}.`,
          });
          takesValue = separate && value !== undefined;
          break;
        }
        // Every command of these tools prints its help with `--help`, and with `-h` where `-h`
        // is not a flag of its own (`docker run -h` is --hostname): the references list neither.
        if (!flag && (flagName === '--help' || flagName === '-h')) {
          flags.push(flagName);
          helpAsked = true;
          continue;
        }
        if (!flag) {
          if (node.anyFlags) break;
          const candidates = flagNames(node).filter((f) => f.startsWith('--') === flagName.startsWith('--'));
          const near = didYouMean(flagName, candidates);
          const nearest = near.length ? [] : didYouMean(flagName, candidates, 1, Infinity);
          problems.push({
            offset: w.start,
            message:
              `unknown flag ${code(flagName)} for ${where()}: ` +
              (near.length
                ? `did you mean ${orList(near)}?`
                : `it has no such flag (the nearest is ${orList(nearest)}); its flags: ${referenceUrl(node.path)}`),
          });
          break;
        }
        flags.push(flagName);
        used.push(flag);
        if (flag.takesValue) {
          takesValue = !long && c < cluster.length - 1 ? false : inline === undefined;
          // The value: after `=`, the rest of a short cluster (`-ojson`), or the next word.
          const rest = long ? inline : c < cluster.length - 1 ? w.value.slice(c + 2) : undefined;
          const next = rest === undefined ? words[i + 1] : undefined;
          const known = next ? !next.expands && !next.placeholders.length : !w.expands && !w.placeholders.length;
          const value = rest ?? next?.value;
          const wrong = value !== undefined && known ? flagValueProblem(node, flag, name, value) : undefined;
          if (wrong) problems.push({ offset: (next ?? w).start, message: wrong });
          break; // the rest of a short cluster is the value: `-p8080:80`
        }
      }
      if (takesValue) {
        if (i + 1 >= words.length)
          problems.push({ offset: w.start, message: `flag ${code(name)} of ${where()} needs a value.` });
        i++;
      }
      continue;
    }
    // A positional word: a sub-command while the command has them, else an argument.
    if (!argumentSeen && node.children.size) {
      const child = isSubcommandWord(w) ? node.children.get(w.value) : undefined;
      if (child) {
        node = child;
        subcommand.push(w.value);
        continue;
      }
      // `kubectl create service NodePort`: commands are lower case.
      const lower = !isSubcommandWord(w) && node.children.has(w.value.toLowerCase());
      if (node.group && (isSubcommandWord(w) || lower)) {
        const near = didYouMean(w.value, node.childNames);
        problems.push({
          offset: w.start,
          message:
            `unknown command ${code(w.value)} for ${where()}: ` +
            (near.length
              ? `did you mean ${orList(near.map((n) => [...node.path, n].join(' ')))}?`
              : `its commands are ${node.childNames.join(', ')}.`),
        });
        break;
      }
    }
    argumentSeen = true;
    args.push(w);
    if (node.flagsEndAtFirstArg) {
      // `docker run IMAGE CMD…`: the rest is the container's command, its arguments.
      args.push(...words.slice(i + 1));
      break;
    }
  }
  if (program === 'kubectl') problems.push(...kubectlResourceProblems(node, args, flags));
  // The arguments are read only when the words were: an unknown flag or command stops the reading.
  if (problems.length === problemsBefore && !helpAsked && !node.anyFlags) {
    const c = { node, written: [program, ...subcommand], args, flags: used, ...(afterDash ? { afterDash } : {}) };
    const wrongWords = [...imageArgumentProblems(c), ...portForwardProblems(c)];
    problems.push(...wrongWords.map(({ word, message }) => ({ offset: word.start, message })));
    const misplaced = flagAfterImageProblem(c);
    if (misplaced) problems.push({ offset: args[1]!.start, message: misplaced });
    const missing = node.group && !node.runnable ? undefined : argumentCountProblem(c);
    if (missing) problems.push({ offset: first.start, message: missing, kind: 'arguments' });
  }
  if (node.group && !node.runnable && words.length === subcommand.length + 1) {
    const some = node.childNames.slice(0, 12).join(', ');
    problems.push({
      offset: first.start,
      message: `${where()} needs a command: one of ${some}${node.childNames.length > 12 ? ', …' : ''}.`,
    });
  }
  // The key is the words as written: `docker ps` and `docker container ls` are two keys, as the notes link them.
  return { ...base, subcommand, flags, key: [program, ...subcommand].join(' '), inGrammar: true };
}

/**
 * `docker run -p 8080;80 nginx`: the `;` ends the command, and `80 nginx` runs as a command of its
 * own. No command is a number, so a number right after a `;` on the same line is such a mistake.
 */
function semicolonInWord(text: string, commands: SimpleCommandAnalysis[]): CommandProblem[] {
  return commands.flatMap((c) => {
    const before = text.slice(0, c.offset).match(/(\S+)[ \t]*;[ \t]*$/);
    if (!before || !/^\d[\d:]*$/.test(c.program)) return [];
    return [
      {
        offset: c.offset,
        message: `\`${before[1]};${c.program}\`: the \`;\` ends the command there, and \`${c.program}\` runs as a command of its own: a port mapping is written with \`:\`, \`${before[1]}:${c.program}\`.`,
      },
    ];
  });
}

/**
 * Reads a command line as the shell would (pipelines, `&&`, `$( … )`, env prefixes, `sudo`,
 * heredocs) and checks each program in the grammar: its sub-commands and flags. Placeholders
 * (`<container>`, `[<command>]`) and expansions (`"$VAR"`) are arguments, never typos.
 *
 * The first command that has a key is the line's command (`echo "$PW" | docker login …` is
 * `docker login`); `eval $(minikube docker-env)` is the command inside the substitution.
 */
export function analyzeCommand(command: string): CommandAnalysis {
  const split = simpleCommands(command);
  const problems: CommandProblem[] = [...split.problems];
  const commands = split.commands.map((c) => ({ ...analyzeSimple(c, problems), substituted: c.substituted }));
  problems.push(...semicolonInWord(command, commands));
  const top = commands.filter((c) => !c.substituted && c.program !== 'eval');
  const evalInner = commands.some((c) => c.program === 'eval') ? commands.filter((c) => c.substituted) : [];
  const keyed = [...top, ...evalInner].filter((c) => c.key);
  const main = keyed[0] ?? commands[0];
  const empty = {
    program: '',
    subcommand: [],
    flags: [],
    placeholders: [],
    key: undefined,
    inGrammar: false,
    offset: 0,
  };
  const { substituted: _s, ...primary } = main ?? { ...empty, substituted: false };
  return {
    ...primary,
    keys: [...new Set(keyed.map((c) => c.key!))],
    commands: commands.map(({ substituted: _x, ...c }) => c),
    problems,
  };
}

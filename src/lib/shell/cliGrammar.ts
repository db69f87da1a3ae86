/**
 * The checked-in grammar of the command-line tools the notes teach (src/data/cli/*.json): each
 * tool's sub-command tree and the flags of every command, derived from the tool's official
 * reference (see each file's `source`). This module reads the files into lookup tables once.
 */
import aws from '../../data/cli/aws.json' with { type: 'json' };
import docker from '../../data/cli/docker.json' with { type: 'json' };
import eb from '../../data/cli/eb.json' with { type: 'json' };
import gcloud from '../../data/cli/gcloud.json' with { type: 'json' };
import git from '../../data/cli/git.json' with { type: 'json' };
import helm from '../../data/cli/helm.json' with { type: 'json' };
import kubectl from '../../data/cli/kubectl.json' with { type: 'json' };
import minikube from '../../data/cli/minikube.json' with { type: 'json' };
import npm from '../../data/cli/npm.json' with { type: 'json' };

/** A command as stored in the data files. */
export interface CommandData {
  /**
   * Flags, each `-s|--long` with `=` at the end when the flag takes a value (`-e|--env=`), and
   * after it the value's type where the checks use it (`-r|--replicas=int`).
   */
  flags?: string[];
  /** The arguments its reference's usage line gives, after the command's name, one per form (docker, kubectl). */
  usage?: string[];
  /** Sub-commands by name. */
  commands?: Record<string, CommandData>;
  /** Other names of this command (`docker container ls` is also `ps`, `list`). */
  aliases?: string[];
  /** The command only groups sub-commands: a word after it must be one of them. */
  group?: boolean;
  /** A group that also runs on its own (`kubectl cluster-info`). */
  runnable?: boolean;
  /** Its flags end at its first argument: the rest is the command it runs (`docker run IMAGE CMD…`). */
  flagsEndAtFirstArg?: boolean;
  /** It accepts flags that the reference does not list per command (npm's config options). */
  anyFlags?: boolean;
  /** Its flags are its own: its sub-commands do not inherit them (docker's global options). */
  localFlags?: boolean;
}

export interface ToolData extends CommandData {
  program: string;
  source: { from: string; version: string; date: string; generator?: string; urls?: string[] };
}

export interface Flag {
  /** The names it can be written with: `--env`, `-e`. */
  names: string[];
  takesValue: boolean;
  /** The value's type, where the reference gives one the checks use: an integer. */
  type?: 'int';
}

export interface CommandNode {
  name: string;
  /** Program and sub-command words: `['docker', 'container', 'ls']`. */
  path: string[];
  parent?: CommandNode;
  flags: Map<string, Flag>;
  children: Map<string, CommandNode>;
  /** Canonical names of the children (for suggestions). */
  childNames: string[];
  group: boolean;
  runnable: boolean;
  flagsEndAtFirstArg: boolean;
  anyFlags: boolean;
  localFlags: boolean;
  /** Its usage lines without the command's name (`[OPTIONS] CONTAINER COMMAND [ARG...]`); empty when unknown. */
  usage: string[];
}

function parseFlag(spec: string): Flag {
  const [names, type] = spec.split('=') as [string, string?];
  return { names: names.split('|'), takesValue: type !== undefined, ...(type === 'int' ? { type } : {}) };
}

function build(name: string, data: CommandData, parent?: CommandNode): CommandNode {
  const node: CommandNode = {
    name,
    path: parent ? [...parent.path, name] : [name],
    ...(parent ? { parent } : {}),
    flags: new Map(),
    children: new Map(),
    childNames: Object.keys(data.commands ?? {}),
    group: data.group ?? false,
    runnable: data.runnable ?? false,
    flagsEndAtFirstArg: data.flagsEndAtFirstArg ?? false,
    anyFlags: data.anyFlags ?? false,
    localFlags: data.localFlags ?? false,
    usage: data.usage ?? [],
  };
  for (const spec of data.flags ?? []) {
    const flag = parseFlag(spec);
    for (const n of flag.names) node.flags.set(n, flag);
  }
  for (const [childName, child] of Object.entries(data.commands ?? {})) {
    const childNode = build(childName, child, node);
    node.children.set(childName, childNode);
    for (const alias of child.aliases ?? []) if (!node.children.has(alias)) node.children.set(alias, childNode);
  }
  return node;
}

const DATA: ToolData[] = [docker, kubectl, minikube, helm, aws, eb, gcloud, npm, git] as ToolData[];
let tools: Map<string, CommandNode> | undefined;

/** The root command of each tool in the grammar, by program name (built on first use). */
export function grammarTools(): Map<string, CommandNode> {
  tools ??= new Map(DATA.map((t) => [t.program, build(t.program, t)]));
  return tools;
}

/** Where each tool's grammar comes from, for the summary of the checks. */
export const grammarSources = (): { program: string; source: ToolData['source'] }[] =>
  DATA.map((t) => ({ program: t.program, source: t.source }));

/** The commands whose flags are valid at this one: itself, then its parents that pass theirs down. */
function* flagScopes(node: CommandNode): Generator<CommandNode> {
  yield node;
  for (let n = node.parent; n; n = n.parent) if (!n.localFlags) yield n;
}

/** The flag a word names at this command: its own flags first, then its parents'. */
export function findFlag(node: CommandNode, name: string): Flag | undefined {
  for (const n of flagScopes(node)) {
    const flag = n.flags.get(name);
    if (flag) return flag;
  }
  return undefined;
}

/** Every flag name valid at this command (its own and its parents'). */
export function flagNames(node: CommandNode): string[] {
  const names = new Set<string>();
  for (const n of flagScopes(node)) for (const k of n.flags.keys()) names.add(k);
  return [...names];
}

/**
 * The parent whose own flag a word names, where its sub-commands do not take it (`docker run
 * --context prod`: `--context` belongs before `run`).
 */
export function localFlagOwner(node: CommandNode, name: string): { owner: CommandNode; flag: Flag } | undefined {
  for (let n = node.parent; n; n = n.parent) {
    const flag = n.localFlags ? n.flags.get(name) : undefined;
    if (flag) return { owner: n, flag };
  }
  return undefined;
}

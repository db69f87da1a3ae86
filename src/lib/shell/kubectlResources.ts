/**
 * The TYPE argument of kubectl commands (`kubectl get pods`, `kubectl logs deploy/web`), checked
 * against the built-in resource types (src/data/cli/kubectl-resources.json). A type kubectl does not
 * know fails with `the server doesn't have a resource type "pdos"`; a type the list lacks may be a
 * custom resource, so only one close to a built-in name is a typo.
 */
import data from '../../data/cli/kubectl-resources.json' with { type: 'json' };
import { type CommandNode, findFlag } from './cliGrammar';
import { editDistance } from '../editDistance';
import { orList } from './didYouMean';
import type { Word } from './lexShell';

interface Resource {
  name: string;
  kind: string;
  apiVersion: string;
  shortNames?: string[];
}

/** Each spelling kubectl accepts for a built-in type: plural, singular (the kind), short names. */
interface Spelling {
  word: string;
  /** The plural name of the type it spells. */
  resource: string;
  group: string;
  /** Plural 0, singular 1, short 2: the order a suggestion prefers at equal distance. */
  rank: number;
}

const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.split('/')[0]! : '');
const SPELLINGS: Spelling[] = (data.resources as Resource[]).flatMap((r) => {
  const group = groupOf(r.apiVersion);
  return [
    { word: r.name, resource: r.name, group, rank: 0 },
    { word: r.kind.toLowerCase(), resource: r.name, group, rank: 1 },
    ...(r.shortNames ?? []).map((s) => ({ word: s, resource: r.name, group, rank: 2 })),
  ];
});
const KNOWN = new Set([...SPELLINGS.map((s) => s.word), ...data.categories]);
const GROUPS = new Set(SPELLINGS.map((s) => s.group).filter(Boolean));

/** How far a misspelling may be from a name: one edit for short words and names, else two. */
const limit = (word: string, name: string) => (word.length <= 3 || name.length <= 3 ? 1 : 2);

/** The spellings of built-in types close to a word, best first, one per type (at most three). */
function near(word: string, spellings: Spelling[]): string[] {
  const best = new Map<string, { word: string; d: number; rank: number }>();
  for (const s of spellings) {
    const d = editDistance(word, s.word, 2);
    if (d > limit(word, s.word)) continue;
    const seen = best.get(s.resource);
    if (!seen || d < seen.d || (d === seen.d && s.rank < seen.rank))
      best.set(s.resource, { word: s.word, d, rank: s.rank });
  }
  return [...best.values()]
    .sort((a, b) => a.d - b.d || a.rank - b.rank || a.word.localeCompare(b.word))
    .slice(0, 3)
    .map((b) => b.word);
}

/**
 * What a resource type as written should be, if it is a misspelt built-in: `pdos` → `['pods']`,
 * `deploymnet.apps` → `['deployment.apps']`. Empty when kubectl knows it (any case, plural,
 * singular, short name, `all`, `TYPE.GROUP`, `TYPE.VERSION.GROUP`) or when it may be a custom
 * resource (far from every built-in name, or qualified by a group that is not built in).
 */
export function resourceTypeSuggestions(type: string): string[] {
  const t = type.toLowerCase();
  if (KNOWN.has(t)) return [];
  const dot = t.indexOf('.');
  if (dot < 0) return near(t, SPELLINGS);
  const [name, qualifier] = [t.slice(0, dot), t.slice(dot + 1)];
  const group = qualifier.replace(/^v\d+(?:(?:alpha|beta)\d+)?\./, '');
  if (!GROUPS.has(group)) return [];
  const inGroup = SPELLINGS.filter((s) => s.group === group);
  if (inGroup.some((s) => s.word === name)) return [];
  return near(name, inGroup).map((n) => `${n}.${qualifier}`);
}

/** How a command names its objects: `TYPE[,TYPE…]` or `TYPE/NAME`, or a pod name or `TYPE/NAME`. */
type ArgumentForm = 'type' | 'pod';
const FORMS: Record<string, ArgumentForm> = {
  get: 'type',
  describe: 'type',
  delete: 'type',
  edit: 'type',
  explain: 'type',
  label: 'type',
  annotate: 'type',
  patch: 'type',
  scale: 'type',
  autoscale: 'type',
  expose: 'type',
  wait: 'type',
  'rollout history': 'type',
  'rollout pause': 'type',
  'rollout restart': 'type',
  'rollout resume': 'type',
  'rollout status': 'type',
  'rollout undo': 'type',
  'set env': 'type',
  'set image': 'type',
  'set resources': 'type',
  'set selector': 'type',
  'set serviceaccount': 'type',
  'set subject': 'type',
  logs: 'pod',
  exec: 'pod',
  attach: 'pod',
  'port-forward': 'pod',
  debug: 'pod',
};
/** With these the objects come from files, not arguments (`-f` is `--follow` for `kubectl logs`). */
const fromFiles = (node: CommandNode, flag: string) =>
  findFlag(node, flag)?.names.some((n) => n === '--filename' || n === '--kustomize') ?? false;

export interface ArgumentProblem {
  offset: number;
  message: string;
}

/**
 * The misspelt resource types among the arguments of a kubectl command: `node` is its command in
 * the grammar (`kubectl rollout status`), `args` its positional words, `flags` the flags used.
 */
export function kubectlResourceProblems(node: CommandNode, args: Word[], flags: string[]): ArgumentProblem[] {
  const command = node.path.slice(1);
  const form = FORMS[command.join(' ')];
  const first = args[0];
  if (!form || !first || flags.some((f) => fromFiles(node, f))) return [];
  if (first.expands || first.placeholders.length || /[<=:]/.test(first.value)) return [];
  const slash = first.value.indexOf('/');
  if (form === 'pod' && slash < 0) return [];
  let types = slash >= 0 ? [first.value.slice(0, slash)] : first.value.split(',');
  // `kubectl explain deployment.spec.replicas`: the type, then a field path.
  if (command[0] === 'explain') types = types.map((t) => t.split('.')[0]!);
  const problems: ArgumentProblem[] = [];
  for (const type of types.filter(Boolean)) {
    const near = resourceTypeSuggestions(type);
    if (near.length)
      problems.push({
        offset: first.start,
        message: `unknown resource type \`${type}\` for \`kubectl ${command.join(' ')}\`: did you mean ${orList(near)}?`,
      });
  }
  return problems;
}

import type { CommandNode, Flag } from './cliGrammar';
import { didYouMean, orList } from './didYouMean';

/**
 * The values a few common flags take, from each tool's reference: the grammar (src/data/cli/)
 * knows only whether a flag takes a value, so `kubectl get pods -o wdie` and
 * `docker run --restart=alway` passed. Only flags whose values are a fixed set are listed; a
 * value that is an expansion or a placeholder is not checked.
 */
interface FlagValues {
  program: string;
  /** The command the flag belongs to, by its last word (`run`); any command of the tool when absent. */
  commands?: string[];
  /** The flag's long name. */
  flag: string;
  /** The values it takes as they are. */
  values: string[];
  /** Values it takes with an argument after `=` or `:` (`jsonpath=…`, `on-failure:3`). */
  forms?: string[];
  /** The reference page that lists them. */
  ref: string;
}

const FLAG_VALUES: FlagValues[] = [
  {
    program: 'kubectl',
    commands: ['explain'],
    flag: '--output',
    values: ['plaintext', 'plaintext-openapiv2'],
    ref: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_explain/',
  },
  {
    program: 'kubectl',
    flag: '--output',
    values: ['json', 'yaml', 'kyaml', 'name', 'wide', 'go-template', 'jsonpath', 'custom-columns'],
    forms: [
      'go-template=',
      'go-template-file=',
      'template=',
      'templatefile=',
      'jsonpath=',
      'jsonpath-file=',
      'jsonpath-as-json=',
      'custom-columns=',
      'custom-columns-file=',
    ],
    ref: 'https://kubernetes.io/docs/reference/kubectl/#output-options',
  },
  {
    program: 'kubectl',
    flag: '--dry-run',
    values: ['none', 'server', 'client'],
    ref: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_apply/',
  },
  {
    program: 'docker',
    commands: ['run', 'create'],
    flag: '--restart',
    values: ['no', 'always', 'unless-stopped', 'on-failure'],
    forms: ['on-failure:'],
    ref: 'https://docs.docker.com/engine/containers/start-containers-automatically/',
  },
  {
    program: 'docker',
    commands: ['run', 'create'],
    flag: '--pull',
    values: ['always', 'missing', 'never'],
    ref: 'https://docs.docker.com/reference/cli/docker/container/run/#pull',
  },
];

/**
 * Why a flag's value is not one it takes, or undefined when it is (or the flag's values are not a
 * fixed set): `` `wdie` is not a value of `-o` of `kubectl get`: did you mean `wide`? ``.
 */
export function flagValueProblem(node: CommandNode, flag: Flag, written: string, value: string): string | undefined {
  const program = node.path[0];
  const entry = FLAG_VALUES.find(
    (v) =>
      v.program === program &&
      flag.names.includes(v.flag) &&
      (!v.commands || v.commands.includes(node.path.at(-1) ?? '')),
  );
  if (!entry) return undefined;
  if (entry.values.includes(value) || entry.forms?.some((f) => value.startsWith(f) && value.length > f.length))
    return undefined;
  const head = value.split(/[=:]/)[0]!;
  const near = didYouMean(head, [...entry.values, ...(entry.forms ?? []).map((f) => f.slice(0, -1))]);
  const what = `\`${value}\` is not a value of \`${written}\` of \`${node.path.join(' ')}\``;
  return near.length && !near.includes(head)
    ? `${what}: did you mean ${orList(near)}?`
    : `${what}: it takes ${orList([...entry.values, ...(entry.forms ?? []).map((f) => `${f}…`)])} (${entry.ref}).`;
}

import type { CommandNode, Flag } from './cliGrammar';
import { cronScheduleProblem } from './cronSchedule';
import { code, didYouMean, orList } from './didYouMean';
import { imageReferenceProblem } from './imageReference';
import { publishProblem } from './portMappings';

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
    // Case matters: kubectl passes the value to the API server as it is, which takes only these.
    program: 'kubectl',
    commands: ['expose'],
    flag: '--type',
    values: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
    ref: 'https://kubernetes.io/docs/reference/kubectl/generated/kubectl_expose/',
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
  return fixedValueProblem(node, flag, written, value) ?? shapeProblem(node, flag, written, value);
}

/** pflag reads an integer with Go's `strconv.ParseInt(s, 0, …)`: decimal, or `0x`, `0o`, `0b`, with `_`. */
const INTEGER = /^[+-]?(?:\d[\d_]*|0[xX][\da-fA-F_]+|0[oObB][\d_]+)$/;
const last = (node: CommandNode) => node.path.at(-1) ?? '';
const isDocker = (node: CommandNode) => node.path[0] === 'docker' && node.path[1] !== 'compose';
/** `docker run`, `docker create` and their `docker container` names. */
export const isContainerRun = (node: CommandNode) => /^docker (container )?(run|create)$/.test(node.path.join(' '));

/**
 * A value of the wrong shape: an integer flag's (the grammar's `=int`), an image name (`docker build
 * -t`, kubectl's `--image`), a port mapping, a CronJob schedule.
 */
function shapeProblem(node: CommandNode, flag: Flag, written: string, value: string): string | undefined {
  const command = code(node.path.join(' '));
  if (flag.type === 'int' && !INTEGER.test(value))
    return `${code(value)} is not a whole number, which ${code(written)} of ${command} takes: write a number, e.g. ${code(`${flag.names.at(-1)}=3`)}.`;
  if (isDocker(node) && flag.names.includes('--tag') && last(node) === 'build') return imageReferenceProblem(value);
  // `kubectl create deployment --image`, `kubectl run --image`, `kubectl debug --image` …: the image the pods run.
  if (node.path[0] === 'kubectl' && flag.names.includes('--image')) return imageReferenceProblem(value);
  if (node.path.join(' ') === 'kubectl create cronjob' && flag.names.includes('--schedule')) {
    const problem = cronScheduleProblem(value);
    return problem && `${code(value)}, the \`${written}\` of \`kubectl create cronjob\`, ${problem}`;
  }
  if (isContainerRun(node) && flag.names.includes('--publish'))
    return publishProblem(value, written, node.path.join(' '));
  return undefined;
}

function fixedValueProblem(node: CommandNode, flag: Flag, written: string, value: string): string | undefined {
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

import { type CommandNode, type Flag, findFlag } from './cliGrammar';
import { code } from './didYouMean';
import { isContainerRun } from './flagValues';
import { imageReferenceProblem } from './imageReference';
import type { Word } from './lexShell';
import { portForwardProblem } from './portMappings';
import { referenceUrl } from './referenceUrl';
import { usageArguments } from './usageArguments';

/** A command's positional words, as analyzeCommand read them. */
export interface CommandArguments {
  node: CommandNode;
  /** The program and sub-command words as written (`docker exec`). */
  written: string[];
  /** Its arguments before `--` (for `docker run`, the image and the command after it). */
  args: Word[];
  /** Its words after `--`, when it has one. */
  afterDash?: Word[];
  /** The flags it was given. */
  flags: Flag[];
}

/**
 * Flags that name the objects in place of the argument the usage line asks for (`kubectl logs -l
 * app=web`, `kubectl delete -f pod.yaml`, `kubectl delete pods --all`). Listed by hand: the usage
 * lines of kubectl leave most of them out (`kubectl logs [-f] [-p] (POD | TYPE/NAME)`).
 */
const NAMES_THE_OBJECTS = new Set(['--selector', '--filename', '--kustomize', '--all', '--field-selector']);

/**
 * Flags that do the work of the `KEY=VAL` pairs a usage line asks for, by command: listing them
 * (`kubectl set env deployment/web --list`), or reading them from elsewhere (`--from=secret/x`,
 * `-e -` from stdin). kubectl's usage lines leave them out (`RESOURCE/NAME KEY_1=VAL_1 ...`).
 */
const IN_PLACE_OF_PAIRS: Record<string, string[]> = {
  'kubectl set env': ['--list', '--from', '--env'],
  'kubectl label': ['--list'],
  'kubectl annotate': ['--list'],
};

/**
 * The arguments the usage line asks for that the command lacks: `docker exec -it web` (no
 * command), `kubectl logs` (no pod), `kubectl exec -it web sh` (no `--`). A placeholder or an
 * expansion counts as one argument; only the fewest a usage line asks for are required.
 */
export function argumentCountProblem(c: CommandArguments): string | undefined {
  const need = usageArguments(c.node.usage);
  const inPlace = [...NAMES_THE_OBJECTS, '--help', ...(IN_PLACE_OF_PAIRS[c.node.path.join(' ')] ?? [])];
  if (!need || c.flags.some((f) => f.names.some((n) => inPlace.includes(n)))) return undefined;
  const usage = code(`${c.written.join(' ')} ${c.node.usage[0]}`.trim());
  const ref = referenceUrl(c.node.path);
  const tail = `: its usage is ${usage}${ref ? ` (${ref})` : ''}.`;
  const what = code(c.written.join(' '));
  // A usage without `--` (docker's): its words after a `--` are arguments too.
  const before = need.afterDash.length ? c.args : [...c.args, ...(c.afterDash ?? [])];
  if (before.length < need.before.length)
    return `${what} is missing ${need.before.slice(before.length).join(' and ')}${tail}`;
  if (need.afterDash.length && c.afterDash === undefined)
    return `${what} runs the ${need.afterDash[0]} written after \`--\`, which is missing${tail}`;
  if (need.afterDash.length && c.afterDash!.length < need.afterDash.length)
    return `${what} is missing ${need.afterDash.slice(c.afterDash!.length).join(' and ')} after \`--\`${tail}`;
  return undefined;
}

/** `-it`, `-d`: clusters of `docker run` flags no container command takes in their place. */
const RUN_SHORT_CLUSTER = /^-[itd]+$/;
/** `-p 8080:80`, `-v ./data:/data`, `-e KEY=value`: short flags whose value has the shape of docker's. */
const RUN_SHORT_WITH_VALUE: Record<string, RegExp> = {
  '-p': /^[\d.[\]:-]*\d(\/\w+)?$/,
  '-v': /^[\w.~$/-]*:\//,
  '-e': /^[A-Za-z_]\w*=/,
};

/**
 * `docker run nginx -p 8080:80`: a flag of `docker run` right after the image is the container's
 * command (Docker passes it to the container), not an option of `docker run`. A flag after the
 * container's command is that command's own (`docker run alpine ls -la`), and so is a short flag
 * an image's entrypoint takes (`docker run node -v`, `docker run postgres -c …`): flagged are long
 * flags of `docker run`, `-it`-like clusters, and `-p`/`-v`/`-e` with a value shaped as docker's.
 */
export function flagAfterImageProblem(c: CommandArguments): string | undefined {
  if (!isContainerRun(c.node)) return undefined;
  const [image, next, value, ...more] = c.args;
  if (!image || !next || next.expands || !/^-./.test(next.value)) return undefined;
  const name = next.value.split('=')[0]!;
  const long = name.startsWith('--') ? findFlag(c.node, name) : undefined;
  const short = name.slice(0, 2);
  const inline = next.value.length > 2 ? next.value.slice(2) : undefined;
  const shortValue = inline ?? value?.value;
  const known =
    !!long ||
    RUN_SHORT_CLUSTER.test(next.value) ||
    (!name.startsWith('--') && shortValue !== undefined && !!RUN_SHORT_WITH_VALUE[short]?.test(shortValue));
  if (!known) return undefined;
  const takesValue = long
    ? long.takesValue && !next.value.includes('=')
    : !RUN_SHORT_CLUSTER.test(next.value) && !inline;
  const moved = [next.value, ...(takesValue && value ? [value.value] : [])];
  const command = [...(takesValue || !value ? [] : [value]), ...more].map((w) => w.value);
  const flag = long ? name : RUN_SHORT_CLUSTER.test(next.value) ? next.value : short;
  return `${code(flag)} after the image ${code(image.value)} is passed to the container as its command, not to ${code(c.written.join(' '))}: write the flags before the image, ${code([...c.written, '…', ...moved, image.value, ...command].join(' '))}.`;
}

/** Image names where the command takes one: `docker run IMAGE`, `docker tag SOURCE TARGET`, `docker push NAME`. */
export function imageArgumentProblems(c: CommandArguments): { word: Word; message: string }[] {
  const path = c.node.path.join(' ');
  const images = isContainerRun(c.node)
    ? c.args.slice(0, 1)
    : /^docker (image )?(tag)$/.test(path)
      ? c.args.slice(0, 2)
      : /^docker (image )?(push|pull)$/.test(path)
        ? c.args.slice(0, 1)
        : [];
  return images.flatMap((word) => {
    const message = word.expands || word.placeholders.length ? undefined : imageReferenceProblem(word.value);
    return message ? [{ word, message }] : [];
  });
}

/** The ports of `kubectl port-forward TYPE/NAME [LOCAL_PORT:]REMOTE_PORT…`. */
export function portForwardProblems(c: CommandArguments): { word: Word; message: string }[] {
  if (c.node.path.join(' ') !== 'kubectl port-forward') return [];
  return c.args.slice(1).flatMap((word) => {
    const message = word.expands || word.placeholders.length ? undefined : portForwardProblem(word.value);
    return message ? [{ word, message }] : [];
  });
}

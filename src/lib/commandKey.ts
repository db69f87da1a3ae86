/**
 * The "key" of a shell command: the tool and the sub-command words that name what it does, e.g.
 * `docker run -d nginx` → `docker run`, `docker compose up --build` → `docker compose up`,
 * `kubectl create secret generic pg --from-literal=…` → `kubectl create secret generic`.
 *
 * Keys group commands on the Commands page and tie each command to its official reference link: a
 * note must link every key it uses once, as a link whose text is the key in code
 * (`[`docker logs`](https://docs.docker.com/reference/cli/docker/container/logs/)`).
 */

/** Tools whose sub-commands nest: how many words after the tool belong to the key, by first word. */
const NESTED: Record<string, Record<string, number>> = {
  docker: {
    compose: 2,
    container: 2,
    image: 2,
    system: 2,
    network: 2,
    volume: 2,
    buildx: 2,
    builder: 2,
    context: 2,
    manifest: 2,
    plugin: 2,
    trust: 2,
  },
  kubectl: {
    create: 2,
    rollout: 2,
    set: 2,
    config: 2,
    auth: 2,
    apply: 1,
  },
  minikube: { image: 2, addons: 2, config: 2 },
  helm: { repo: 2 },
  gcloud: { '*': 3 },
  aws: { '*': 2 },
  eb: {},
  travis: {},
  'create-react-app': { '*': 0 },
};

/** `kubectl create secret generic` has a third level. */
const THIRD_LEVEL: Record<string, string[]> = {
  'kubectl create secret': ['generic', 'docker-registry', 'tls'],
};

/** Shell words that are not the command a reader is learning. */
const IGNORED = new Set([
  'echo',
  'cd',
  'export',
  'cat',
  'base64',
  'ls',
  'mkdir',
  'cp',
  'mv',
  'rm',
  'grep',
  'printf',
  'source',
  'sleep',
  'curl',
  'true',
  'false',
  'set',
  'unset',
  'exit',
  'test',
  '[',
  'open',
  'xdg-open',
  'touch',
  'head',
  'tail',
]);

const isWord = (w: string) => /^[a-z][a-z0-9-]*$/.test(w);

/** Splits a command line into the simple commands of a pipeline or list (`|`, `&&`, `||`, `;`). */
export function splitPipeline(line: string): string[] {
  return line
    .split(/\s*(?:\|\||&&|\||;)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The key of one simple command, or `undefined` for shell built-ins and plain utilities. */
export function keyOfSimpleCommand(command: string): string | undefined {
  let words = command.replace(/\\\n/g, ' ').trim().split(/\s+/);
  // Strip leading env assignments and sudo.
  while (words.length && (/^[A-Z_][A-Z0-9_]*=/.test(words[0]!) || words[0] === 'sudo')) words = words.slice(1);
  // `eval $(minikube docker-env)` and `eval "$(…)"`: the key is the inner command's.
  if (words[0] === 'eval') {
    const inner = command.match(/\$\(([^)]*)\)/);
    return inner ? keyOfSimpleCommand(inner[1]!) : undefined;
  }
  const tool = words[0];
  if (!tool || !isWord(tool) || IGNORED.has(tool)) return undefined;
  const rest = words.slice(1);
  const nested = NESTED[tool];
  const first = rest[0];
  if (!first || !isWord(first)) return tool;
  let depth = nested ? (nested[first] ?? nested['*'] ?? 1) : 1;
  const parts = [tool];
  for (const w of rest) {
    if (depth === 0 || !isWord(w)) break;
    parts.push(w);
    depth--;
  }
  const key = parts.join(' ');
  const third = THIRD_LEVEL[key];
  const next = rest[parts.length - 1];
  if (third && next && third.includes(next)) return `${key} ${next}`;
  return key;
}

/** Every key used by one command line (a pipeline may use several). */
export function commandKeys(line: string): string[] {
  return [
    ...new Set(
      splitPipeline(line)
        .map(keyOfSimpleCommand)
        .filter((k): k is string => !!k),
    ),
  ];
}

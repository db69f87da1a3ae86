import { isMapping } from '../plainData';
import { parseShellSession } from '../shellSession';
import { checkCommands, type CommandCount } from './checkCommands';
import { checkCompose } from './checkCompose';
import { checkShape } from './checkShapes';
import { checkActionVersions } from './actionVersions';
import { checkWorkflow } from './checkWorkflow';
import type { FragmentKind } from './fragments';
import { KUBERNETES_PARTS } from './fragments';
import { checkKubernetesObject, checkKubernetesPart } from './kubernetes/checkKubernetesObject';
import { serviceTargetProblems } from './kubernetes/serviceTargets';
import type { CheckedKind, LocalProblem } from './types';
import { parseYamlDocuments, type YamlDocument } from './yamlDocuments';

type FileKind = 'compose' | 'workflow' | 'travis' | 'kubernetes' | 'kubeconfig' | 'other-file';

/** YAML files of other tools that the checks only parse (their schema is not the notes' subject). */
const OTHER_FILES =
  /^(values(-[\w.-]+)?|Chart|skaffold|kustomization|\.gitlab-ci|buildspec|config|daemon|kind-config)\.ya?ml$/;

/** What file a YAML snippet is, from its title (a file name) and otherwise from its content. */
function fileKind(title: string | undefined, value: unknown): FileKind | undefined {
  const path = title?.split(/\s+/)[0] ?? '';
  const name = path.split('/').at(-1) ?? '';
  if (/^(docker-)?compose(\.[\w-]+)?\.ya?ml$/.test(name)) return 'compose';
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return 'workflow';
  if (/^\.travis\.ya?ml$/.test(name)) return 'travis';
  const obj = isMapping(value) ? value : {};
  if (obj['kind'] === 'Config' && obj['apiVersion'] === 'v1' && 'clusters' in obj) return 'kubeconfig';
  if (OTHER_FILES.test(name)) return 'other-file';
  if ('kind' in obj || 'apiVersion' in obj) return 'kubernetes';
  if (!title && 'services' in obj && typeof obj['services'] === 'object') return 'compose';
  if (!title && 'jobs' in obj && 'on' in obj) return 'workflow';
  return title ? 'other-file' : undefined;
}

/** A Compose file merged onto the base one (`compose.override.yaml`, `compose.prod.yaml`, `-f a -f b`). */
const isComposeOverride = (title: string | undefined) =>
  /^(docker-)?compose\.[\w-]+\.ya?ml$/.test(title?.split(/\s+/)[0]?.split('/').at(-1) ?? '');

/** The snippet lines of the commands in a YAML string value (a `run: |` block or a list item). */
function commandsIn(text: unknown, keyLine: number, codeLines: string[]): { text: string; line: number }[] {
  if (typeof text !== 'string') return [];
  const block =
    /:\s*[|>][-+]?\d*\s*$/.test(codeLines[keyLine - 1] ?? '') ||
    /^\s*-\s*[|>][-+]?\s*$/.test(codeLines[keyLine - 1] ?? '');
  const session = parseShellSession(text.replace(/\n$/, ''));
  return session.lines.flatMap((l, i) =>
    l.command === undefined ? [] : [{ text: session.commands[l.command]!, line: keyLine + (block ? 1 : 0) + i }],
  );
}

const TRAVIS_COMMANDS = [
  'before_install',
  'install',
  'before_script',
  'script',
  'after_success',
  'after_failure',
  'before_deploy',
  'after_deploy',
  'after_script',
  'before_cache',
];

function embeddedCommands(kind: FileKind | FragmentKind, doc: YamlDocument, codeLines: string[]) {
  const out: { text: string; line: number }[] = [];
  const v = doc.value as Record<string, unknown> | null;
  if (!v || typeof v !== 'object') return out;
  if (kind === 'travis')
    for (const key of TRAVIS_COMMANDS) {
      const value = v[key];
      const items = Array.isArray(value) ? value : [value];
      items.forEach((item, i) =>
        out.push(...commandsIn(item, doc.lineOf(Array.isArray(value) ? [key, i] : [key]), codeLines)),
      );
    }
  const stepsAt = (steps: unknown, path: (string | number)[]) => {
    if (Array.isArray(steps))
      steps.forEach((s, i) => {
        if (s && typeof s === 'object' && 'run' in s)
          out.push(...commandsIn((s as { run: unknown }).run, doc.lineOf([...path, i, 'run']), codeLines));
      });
  };
  if (kind === 'workflow' && v['jobs'] && typeof v['jobs'] === 'object')
    for (const [id, job] of Object.entries(v['jobs'] as Record<string, { steps?: unknown }>))
      stepsAt(job?.steps, ['jobs', id, 'steps']);
  if (kind === 'workflow-job') stepsAt(v['steps'], ['steps']);
  if (kind === 'workflow-step') stepsAt(Array.isArray(v) ? v : [v], []);
  return out;
}

/**
 * Checks a YAML snippet: every document parses (duplicate keys are errors), and each is checked as
 * the file it is (Compose, GitHub Actions, .travis.yml, Kubernetes) or as the declared fragment.
 * The commands inside (a workflow's `run:`, Travis's `script:`) are checked as shell commands, and
 * a Service against the pods of the workloads beside it (serviceTargets.ts).
 */
export function checkYaml(
  code: string,
  title: string | undefined,
  fragment: FragmentKind | undefined,
  checked: Partial<Record<CheckedKind, number>>,
  count: CommandCount,
): LocalProblem[] {
  const { documents, problems } = parseYamlDocuments(code);
  const codeLines = code.split('\n');
  const add = (k: CheckedKind) => (checked[k] = (checked[k] ?? 0) + 1);
  if (!documents.length && problems.length) add('YAML');
  const objects: YamlDocument[] = [];
  for (const doc of documents) {
    const kind: FileKind | FragmentKind | undefined = fragment ?? fileKind(title, doc.value);
    switch (kind) {
      case 'compose':
        add('Compose file');
        problems.push(...checkCompose(doc.value, doc.lineOf, isComposeOverride(title) ? 'override' : 'file'));
        break;
      case 'compose-service':
        add('Compose fragment');
        problems.push(...checkCompose(doc.value, doc.lineOf, 'service'));
        break;
      case 'workflow':
      case 'workflow-job':
      case 'workflow-step':
        add(kind === 'workflow' ? 'GitHub Actions workflow' : 'fragment');
        problems.push(
          ...checkWorkflow(
            code,
            doc.lineOf,
            kind === 'workflow' ? undefined : kind === 'workflow-job' ? 'job' : 'step',
          ),
          ...checkActionVersions(
            doc.value,
            doc.lineOf,
            kind === 'workflow' ? undefined : kind === 'workflow-job' ? 'job' : 'step',
          ),
        );
        break;
      case 'travis':
        add('Travis CI file');
        problems.push(...checkShape('travis', doc.value, doc.lineOf));
        break;
      case 'kubernetes':
        add('Kubernetes object');
        problems.push(...withYaml11(doc, checkKubernetesObject(doc.value, doc.lineOf)));
        objects.push(doc);
        break;
      case 'k8s-container':
      case 'k8s-pod-spec':
      case 'k8s-pod-template':
        add('fragment');
        problems.push(...withYaml11(doc, checkKubernetesPart(doc.value, KUBERNETES_PARTS[kind], doc.lineOf)));
        break;
      case 'kubeconfig':
      case 'other-file':
        add('YAML');
        break;
      default:
        problems.push({
          line: doc.line,
          message:
            'this YAML is not a file the checks recognise: give the block a `title` with its file name ' +
            '(`compose.yaml`, `deployment.yaml`, `.github/workflows/ci.yml` …) or, if it is part of a file, a ' +
            '`fragment` kind (docs/WRITING.md, "Snippets").',
        });
    }
    if (kind) problems.push(...checkCommands(embeddedCommands(kind, doc, codeLines), count));
  }
  // A Service and the workloads it serves, in one file: its selector and named target ports.
  problems.push(...serviceTargetProblems(objects));
  return problems;
}

/**
 * A Kubernetes object's problems, and its values that kubectl reads as booleans where the writer
 * meant text (`value: yes`): not on a line the schema already faults (a boolean field given
 * `yes` is "must be a boolean" there).
 */
const withYaml11 = (doc: YamlDocument, problems: LocalProblem[]): LocalProblem[] => [
  ...problems,
  ...doc.yaml11Booleans
    .filter(({ line }) => !problems.some((p) => p.line === line))
    .map(({ text, line }) => ({
      line,
      message: `\`${text}\` unquoted is a boolean to kubectl, which reads YAML 1.1 (\`yes\`, \`no\`, \`on\`, \`off\` are true and false): quote it, \`"${text}"\`, if it is text.`,
    })),
];

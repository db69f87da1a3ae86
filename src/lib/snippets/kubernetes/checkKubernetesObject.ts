import fields from '../../../data/schemas/kubernetes-fields.json' with { type: 'json' };
import removed from '../../../data/schemas/kubernetes-removed-apis.json' with { type: 'json' };
import { isMapping } from '../../plainData';
import { code, didYouMean, orList } from '../../shell/didYouMean';
import type { LocalProblem } from '../types';
import { fieldPath, fromInstancePath } from './fieldPath';
import { loadValidator } from './loadValidator';
import { containerRules, podSpecRules, serverRules } from './serverRules';

/** A field's shape in kubernetes-fields.json: 0 scalar, 1 anything, "T" object, [x] list, {"*": x} map. */
type Shape = 0 | 1 | string | Shape[] | { '*': Shape };
const TYPES = fields.types as Record<string, Record<string, Shape>>;
const KINDS = fields.kinds as Record<string, { type: string; validator: string }>;
const REMOVED = removed.groupVersions as Record<
  string,
  { removedIn: string; use: string; kinds?: Record<string, string> }
>;

/** Where the API schema comes from, for messages and the summary. */
export const KUBERNETES_SCHEMA = 'Kubernetes 1.36 API (kubernetes-models) and Gateway API 1.5';

type Path = (string | number)[];
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const hasPlaceholder = (v: unknown) => typeof v === 'string' && /<[\w.-]+>/.test(v);

/** Fields the object has that its schema does not: `kubectl apply` rejects them (strict field validation). */
function unknownFields(value: unknown, shape: Shape, path: Path, kind: string, out: { path: Path; message: string }[]) {
  if (shape === 0 || shape === 1 || value === null || value === undefined) return;
  if (Array.isArray(shape)) {
    if (Array.isArray(value)) value.forEach((v, i) => unknownFields(v, shape[0]!, [...path, i], kind, out));
    return;
  }
  if (!isMapping(value)) return;
  if (typeof shape === 'object') {
    for (const [k, v] of Object.entries(value)) unknownFields(v, shape['*'], [...path, k], kind, out);
    return;
  }
  const known = TYPES[shape];
  if (!known) return;
  for (const [k, v] of Object.entries(value)) {
    if (k in known) {
      unknownFields(v, known[k]!, [...path, k], kind, out);
      continue;
    }
    const near = didYouMean(k, Object.keys(known));
    const where = path.length ? ` in ${code(fieldPath(path))}` : '';
    out.push({
      path: [...path, k],
      message:
        `unknown field ${code(k)}${where} of ${kind}` +
        (near.length ? `: did you mean ${orList(near)}?` : `: its fields are ${Object.keys(known).join(', ')}.`),
    });
  }
}

/** What a value of a schema format looks like, for the message: how to write it. */
const FORMATS: Record<string, string> = {
  quantity: 'a quantity such as `512Mi`, `1Gi` or, for CPU, `500m` (units Ki, Mi, Gi or k, M, G)',
  byte: 'base64: encode the value (`echo -n <value> | base64`), or give it under `stringData`, which takes plain text',
};

/**
 * The models' schema errors (types, required fields, enums, formats), one message per field. A
 * value that fails one alternative of a `oneOf` (a quantity is a string or a number) by its format
 * fails the others by their type: the format says what is wrong, and the type and `oneOf` errors
 * of that field are left out.
 */
function schemaErrors(value: unknown, validator: string, kind: string): { path: Path; message: string }[] {
  const validate = loadValidator(validator);
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const explained = new Set(
    errors.filter((e) => !['type', 'oneOf', 'anyOf'].includes(e.keyword)).map((e) => e.instancePath),
  );
  const seen = new Set<string>();
  const out: { path: Path; message: string }[] = [];
  for (const e of errors) {
    if (['type', 'oneOf', 'anyOf'].includes(e.keyword) && explained.has(e.instancePath)) continue;
    const path = fromInstancePath(e.instancePath);
    let message: string;
    if (e.keyword === 'required') {
      const missing = [...path, String(e.params['missingProperty'])];
      message = `${kind} lacks ${code(fieldPath(missing))}, which is required.`;
    } else if (e.keyword === 'type') {
      message = `${code(fieldPath(path))} of ${kind} must be ${/^[aeiou]/.test(String(e.params['type'])) ? 'an' : 'a'} ${String(e.params['type'])}.`;
    } else if (e.keyword === 'enum') {
      message = `${code(fieldPath(path))} of ${kind} must be one of ${orList((e.params['allowedValues'] as string[]) ?? [])}.`;
    } else if (e.keyword === 'format') {
      const format = String(e.params['format']);
      message = `${code(fieldPath(path))} of ${kind} must be ${Object.hasOwn(FORMATS, format) ? FORMATS[format] : `a valid ${format}`}.`;
    } else message = `${code(fieldPath(path) || '(top level)')} of ${kind} ${e.message ?? `fails ${e.keyword}`}.`;
    if (seen.has(message)) continue;
    seen.add(message);
    out.push({ path, message });
  }
  return out;
}

/** A workload's selector must select its own pod template (`kubectl apply`: "selector does not match template labels"). */
function selectorProblems(obj: Record<string, unknown>, kind: string): { path: Path; message: string }[] {
  const spec = obj['spec'];
  if (!isMapping(spec) || !['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet'].includes(String(obj['kind'])))
    return [];
  const matchLabels = isMapping(spec['selector']) ? spec['selector']['matchLabels'] : undefined;
  const template = isMapping(spec['template']) ? spec['template'] : undefined;
  const metadata = template && isMapping(template['metadata']) ? template['metadata'] : undefined;
  const labels = metadata && isMapping(metadata['labels']) ? metadata['labels'] : {};
  if (!isMapping(matchLabels)) return [];
  const out: { path: Path; message: string }[] = [];
  for (const [k, v] of Object.entries(matchLabels)) {
    if (labels[k] === v || hasPlaceholder(v)) continue;
    out.push({
      path: ['spec', 'selector', 'matchLabels', k],
      message:
        `the selector of ${kind} does not match its pod template: ${code(`spec.selector.matchLabels.${k}: ${String(v)}`)}, ` +
        (k in labels
          ? `but ${code(`spec.template.metadata.labels.${k}`)} is ${code(String(labels[k]))}`
          : `but ${code('spec.template.metadata.labels')} has no ${code(k)}`) +
        ': give the template the same label (kubectl apply fails with "selector does not match template labels").',
    });
  }
  return out;
}

/** apiVersion and kind: known to the API, served at that version, or what to write instead. */
/** The API groups of the built-in kinds (`apps`, `networking.k8s.io`, …). */
const BUILT_IN_GROUPS = new Set(
  Object.keys(KINDS)
    .map((k) => k.split('/'))
    .filter((parts) => parts.length === 3)
    .map((parts) => parts[0]!),
);

/**
 * Whether an apiVersion is a custom resource's (`cert-manager.io/v1`, a CRD's own group): its
 * schema is not known here, so it is not checked. A group close to a built-in one is a typo
 * (`networkin.k8s.io/v1`), and a removed one (`extensions/v1beta1`) is not custom: typeProblems
 * says what to write.
 */
function isCustomResource(apiVersion: string): boolean {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0]! : '';
  if (!group || BUILT_IN_GROUPS.has(group) || REMOVED[apiVersion]) return false;
  return !didYouMean(group, BUILT_IN_GROUPS, 1, 2).length;
}

function typeProblems(apiVersion: unknown, kind: unknown): string | undefined {
  if (typeof kind !== 'string' || !kind) return 'a Kubernetes object needs `kind`.';
  if (typeof apiVersion !== 'string' || !apiVersion) {
    const versions = Object.keys(KINDS).filter((k) => k.endsWith(`/${kind}`));
    const hint = versions.length ? `: ${code(`apiVersion: ${versions[0]!.slice(0, -kind.length - 1)}`)}` : '';
    return `${code(kind)} needs \`apiVersion\`${hint}.`;
  }
  if (`${apiVersion}/${kind}` in KINDS) return undefined;
  const servedAt = Object.keys(KINDS)
    .filter((k) => k.endsWith(`/${kind}`))
    .map((k) => k.slice(0, -kind.length - 1));
  const gone = REMOVED[apiVersion];
  if (gone) {
    const use = gone.kinds?.[kind] ?? (servedAt.includes(gone.use) ? gone.use : servedAt[0]);
    return (
      `${code(`apiVersion: ${apiVersion}`)} was removed in Kubernetes ${gone.removedIn}` +
      (use ? `: use ${code(`apiVersion: ${use}`)} for ${kind}.` : `; ${kind} has no replacement in the API.`)
    );
  }
  if (servedAt.length)
    return `${kind} is not served at ${code(`apiVersion: ${apiVersion}`)}: use ${orList(servedAt.map((v) => `apiVersion: ${v}`))}.`;
  const kinds = [...new Set(Object.keys(KINDS).map((k) => k.split('/').at(-1)!))];
  const near = didYouMean(kind, kinds);
  if (near.length) {
    const versionOf = (k: string) =>
      Object.keys(KINDS)
        .find((key) => key.endsWith(`/${k}`))!
        .slice(0, -k.length - 1);
    return `unknown kind ${code(kind)}: did you mean ${orList(near.map((k) => `${k}`))} (${near.map(versionOf).join(', ')})?`;
  }
  return (
    `${code(`${apiVersion} ${kind}`)} is not a kind of the ${KUBERNETES_SCHEMA}: ` +
    'a custom resource or another tool\u2019s file cannot be checked; say which file it is with a `title`.'
  );
}

/**
 * Checks one Kubernetes object as `kubectl apply` would: apiVersion and kind, the schema (types,
 * required fields, unknown fields), a name, a workload's selector against its template labels,
 * and the API server's own rules (serverRules.ts: port ranges, replicas, unique container names).
 * `lineOf` gives the snippet line of a field path.
 */
export function checkKubernetesObject(value: unknown, lineOf: (path: Path) => number): LocalProblem[] {
  if (!isMapping(value))
    return [{ line: lineOf([]), message: 'a Kubernetes manifest is a mapping (apiVersion, kind, metadata, …).' }];
  const { apiVersion, kind } = value;
  // A `kind: List` (what `kubectl get -o yaml` prints for several objects): each item is an object.
  if (apiVersion === 'v1' && kind === 'List' && Array.isArray(value['items']))
    return value['items'].flatMap((item, i) => checkKubernetesObject(item, (path) => lineOf(['items', i, ...path])));
  if (typeof apiVersion === 'string' && isCustomResource(apiVersion)) return [];
  const typeProblem = typeProblems(apiVersion, kind);
  if (typeProblem) return [{ line: lineOf(typeof kind === 'string' ? ['kind'] : []), message: typeProblem }];
  const entry = KINDS[`${String(apiVersion)}/${String(kind)}`]!;
  const metadata = isMapping(value['metadata']) ? value['metadata'] : undefined;
  const name = metadata?.['name'];
  const label = `${String(kind)}${typeof name === 'string' ? ` ${code(name)}` : ''}`;
  const found: { path: Path; message: string }[] = [];
  if (!metadata || (!name && !metadata['generateName']))
    found.push({ path: ['metadata'], message: `${label} lacks \`metadata.name\`: kubectl apply needs a name.` });
  else if (typeof name === 'string' && !hasPlaceholder(name) && !DNS_SUBDOMAIN.test(name))
    found.push({
      path: ['metadata', 'name'],
      message: `${code(name)} is not a valid name: use lower-case letters, digits, \`-\` and \`.\` (a DNS subdomain).`,
    });
  unknownFields(value, entry.type, [], label, found);
  found.push(...schemaErrors(value, entry.validator, label));
  found.push(...selectorProblems(value, label));
  found.push(...serverRules(value, label));
  return found.map((f) => ({ line: lineOf(f.path), message: f.message }));
}

/** Checks a part of an object (a container, a pod spec) against the schema of that part. */
export function checkKubernetesPart(
  value: unknown,
  part: { type: string; validator: string; name: string },
  lineOf: (path: Path) => number,
): LocalProblem[] {
  const found: { path: Path; message: string }[] = [];
  unknownFields(value, part.type, [], `a ${part.name}`, found);
  found.push(...schemaErrors(value, part.validator, `a ${part.name}`));
  if (part.type === 'v1/Container') found.push(...containerRules(value, [], `a ${part.name}`));
  if (part.type === 'v1/PodSpec') found.push(...podSpecRules(value, [], `a ${part.name}`));
  if (part.type === 'v1/PodTemplateSpec' && isMapping(value))
    found.push(...podSpecRules(value['spec'], ['spec'], `a ${part.name}`));
  if (part.type === 'v1/Container' && isMapping(value) && typeof value['name'] === 'string') {
    const n = value['name'];
    if (!hasPlaceholder(n) && !DNS_LABEL.test(n))
      found.push({
        path: ['name'],
        message: `container name ${code(n)} must be lower-case letters, digits and \`-\`.`,
      });
  }
  return found.map((f) => ({ line: lineOf(f.path), message: f.message }));
}

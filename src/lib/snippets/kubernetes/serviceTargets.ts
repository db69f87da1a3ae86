import { isMapping, itemsOf } from '../../plainData';
import { code, didYouMean, orList } from '../../shell/didYouMean';
import type { LocalProblem } from '../types';
import { fieldPath } from './fieldPath';
import { POD_SPEC_AT } from './serverRules';

type Path = (string | number)[];
/** One object of a snippet, as parsed, with the lines of its fields. */
export interface SnippetObject {
  value: unknown;
  lineOf: (path: Path) => number;
}

const SERVICE = 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service';

const at = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, k) => (isMapping(v) ? v[k as string] : undefined), value);
const hasPlaceholder = (v: unknown) => typeof v === 'string' && /<[\w.-]+>/.test(v);

/** The pods a workload of the snippet makes: their labels and the names of their containers' ports. */
interface Pods {
  of: string;
  labels: Record<string, unknown>;
  ports: string[];
}

function podsOf(obj: Record<string, unknown>): Pods | undefined {
  const specAt = POD_SPEC_AT[String(obj['kind'])];
  if (!specAt) return undefined;
  const labels = at(obj, [...specAt.slice(0, -1), 'metadata', 'labels']);
  const spec = at(obj, specAt);
  const name = at(obj, ['metadata', 'name']);
  const ports = ['containers', 'initContainers'].flatMap((key) =>
    itemsOf(isMapping(spec) ? spec[key] : undefined).flatMap((c) =>
      itemsOf(isMapping(c) ? c['ports'] : undefined).flatMap((p) =>
        isMapping(p) && typeof p['name'] === 'string' ? [p['name']] : [],
      ),
    ),
  );
  return {
    of: `${String(obj['kind'])}${typeof name === 'string' ? ` ${code(name)}` : ''}`,
    labels: isMapping(labels) ? labels : {},
    ports,
  };
}

const selects = (selector: Record<string, unknown>, labels: Record<string, unknown>) =>
  Object.entries(selector).every(([k, v]) => labels[k] === v);
/** `` `app: web`, `tier: front` ``. */
const labelList = (labels: Record<string, unknown>) =>
  Object.entries(labels)
    .map(([k, v]) => code(`${k}: ${String(v)}`))
    .join(', ');

/**
 * A Service shown with the workloads it serves, in one snippet (`---` between them), checked
 * against their pods: its selector selects some (else it has no endpoints, and connections to it
 * fail, with nothing refused by `kubectl apply`), and a named `targetPort` is the name of a port
 * of their containers (else the endpoints leave the pods out). A selector that selects no pod of
 * the snippet is reported only when it is near one (a label misspelt or renamed on one side: the
 * pods' labels have its keys or its values), or when the snippet has one Service and one workload:
 * a Service next to other workloads may serve pods defined elsewhere.
 */
export function serviceTargetProblems(objects: SnippetObject[]): LocalProblem[] {
  const mappings = objects.filter((o): o is SnippetObject & { value: Record<string, unknown> } => isMapping(o.value));
  const pods = mappings.flatMap((o) => podsOf(o.value) ?? []);
  const services = mappings.filter((o) => o.value['kind'] === 'Service');
  if (!pods.length) return [];
  const problems: LocalProblem[] = [];
  for (const { value, lineOf } of services) {
    const spec = value['spec'];
    const selector = isMapping(spec) ? spec['selector'] : undefined;
    if (!isMapping(spec) || !isMapping(selector) || !Object.keys(selector).length || spec['type'] === 'ExternalName')
      continue;
    if (Object.values(selector).some(hasPlaceholder)) continue;
    const name = at(value, ['metadata', 'name']);
    const of = `Service${typeof name === 'string' ? ` ${code(name)}` : ''}`;
    const selected = pods.filter((p) => selects(selector, p.labels));
    if (!selected.length) {
      const near = pods.filter((p) =>
        Object.entries(selector).some(
          ([k, v]) =>
            k in p.labels || Object.values(p.labels).includes(v) || didYouMean(k, Object.keys(p.labels)).length,
        ),
      );
      if (!near.length && !(pods.length === 1 && services.length === 1)) continue;
      const shown = (near.length ? near : pods)
        .map((p) => `${p.of} has ${Object.keys(p.labels).length ? labelList(p.labels) : 'no labels'}`)
        .join('; ');
      problems.push({
        line: lineOf(['spec', 'selector']),
        message: `the selector of ${of}, ${labelList(selector)}, selects no pod of this file (${shown}): the Service would have no endpoints, and connections to it fail (${SERVICE}); give the pod template the Service's labels, or the Service the pods'.`,
      });
      continue;
    }
    const names = [...new Set(selected.flatMap((p) => p.ports))];
    itemsOf(spec['ports']).forEach((p, i) => {
      const target = isMapping(p) ? p['targetPort'] : undefined;
      if (typeof target !== 'string' || /^\d+$/.test(target) || hasPlaceholder(target) || names.includes(target))
        return;
      const path = ['spec', 'ports', i, 'targetPort'];
      const near = didYouMean(target, names);
      problems.push({
        line: lineOf(path),
        message: `${code(fieldPath(path))} of ${of} is ${code(target)}, which no container of the pods it selects (${selected.map((s) => s.of).join(', ')}) names: the pods are left out of its endpoints, and connections to it fail (${SERVICE}); ${near.length ? `did you mean ${orList(near)}?` : names.length ? `name one of their ports, ${orList(names)}, or give the number.` : 'give the port number, or name the port in the pod template.'}`,
      });
    });
  }
  return problems;
}

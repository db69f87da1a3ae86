import { isMapping, itemsOf } from '../../plainData';
import { cronScheduleProblem } from '../../shell/cronSchedule';
import { code } from '../../shell/didYouMean';
import { imageReferenceProblem } from '../../shell/imageReference';
import { commandLineProblem } from '../execCommand';
import { fieldPath } from './fieldPath';

type Path = (string | number)[];
export interface Found {
  path: Path;
  message: string;
}

/** The default `--service-node-port-range` of the API server. */
const NODE_PORTS = [30000, 32767] as const;

/** Where each workload keeps its pod spec. */
const POD_SPEC_AT: Record<string, Path> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
const SCALED = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

const at = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, k) => (isMapping(v) ? v[k as string] : undefined), value);

/** A number set where a port is (an unset or named port is not checked). */
function portProblem(value: unknown, path: Path, of: string, allowZero = false): Found[] {
  if (
    typeof value !== 'number' ||
    (allowZero && value === 0) ||
    (Number.isInteger(value) && value >= 1 && value <= 65535)
  )
    return [];
  return [{ path, message: `${code(fieldPath(path))} of ${of} must be a port number, 1 to 65535.` }];
}

/** Where a container has a command to exec: its own, its lifecycle hooks' and its probes'. */
const COMMANDS: Path[] = [
  ['command'],
  ['lifecycle', 'postStart', 'exec', 'command'],
  ['lifecycle', 'preStop', 'exec', 'command'],
  ['livenessProbe', 'exec', 'command'],
  ['readinessProbe', 'exec', 'command'],
  ['startupProbe', 'exec', 'command'],
];

/** A command whose first item is a whole command line (`["curl -f http://localhost"]`): execCommand.ts. */
function commandRules(container: Record<string, unknown>, path: Path, of: string): Found[] {
  return COMMANDS.flatMap((where) => {
    const command = at(container, where);
    const problem = Array.isArray(command) ? commandLineProblem(command) : undefined;
    const here = [...path, ...where];
    return problem ? [{ path: [...here, 0], message: `${code(fieldPath(here))} of ${of} ${problem}` }] : [];
  });
}

/**
 * A container's image, as the kubelet parses it (`nginx:1.27:alpine` or `Nginx` fails the pod with
 * InvalidImageName, after `kubectl apply` took it): imageReference.ts. A value substituted before
 * the apply (`$IMAGE`, a placeholder) is not checked.
 */
function imageRule(container: Record<string, unknown>, path: Path, of: string): Found[] {
  const image = container['image'];
  const problem = typeof image === 'string' && !image.includes('$') ? imageReferenceProblem(image) : undefined;
  const here = [...path, 'image'];
  return problem
    ? [
        {
          path: here,
          message: `${code(fieldPath(here))} of ${of} fails its pod with InvalidImageName: ${problem}`,
        },
      ]
    : [];
}

/**
 * A container's image, its ports (`containerPort` and `hostPort` are port numbers, `hostPort: 0` is
 * unset), and its commands: each one's first item a program, not a whole command line.
 */
export function containerRules(container: unknown, path: Path, of: string): Found[] {
  if (!isMapping(container)) return [];
  return [
    ...imageRule(container, path, of),
    ...itemsOf(container['ports']).flatMap((p, i) =>
      isMapping(p)
        ? [
            ...portProblem(p['containerPort'], [...path, 'ports', i, 'containerPort'], of),
            ...portProblem(p['hostPort'], [...path, 'ports', i, 'hostPort'], of, true),
          ]
        : [],
    ),
    ...commandRules(container, path, of),
  ];
}

/** The handlers a probe may have: exactly one of them. */
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];

/** A container's probes: one handler each (the API server: "may not specify more than 1 handler type"). */
function probeRules(container: Record<string, unknown>, path: Path, of: string): Found[] {
  return ['livenessProbe', 'readinessProbe', 'startupProbe'].flatMap((probe) => {
    const p = container[probe];
    const handlers = isMapping(p) ? PROBE_HANDLERS.filter((h) => h in p) : [];
    if (handlers.length <= 1) return [];
    const here = [...path, probe];
    return [
      {
        path: here,
        message: `${code(fieldPath(here))} of ${of} has ${handlers.map(code).join(' and ')}: a probe has one handler, ${PROBE_HANDLERS.map(code).join(', ')} (the API server rejects more).`,
      },
    ];
  });
}

/**
 * A pod spec: at least one container, each container (init and ephemeral ones included) with its
 * own name, valid ports and one handler per probe, and each volume mount naming a volume of the
 * pod. `claims`: the names a StatefulSet's volumeClaimTemplates add to the volumes; undefined for
 * a pod spec shown on its own (a fragment), whose mounts are checked only when it lists volumes.
 */
export function podSpecRules(spec: unknown, path: Path, of: string, claims?: string[]): Found[] {
  if (!isMapping(spec)) return [];
  const out: Found[] = [];
  if (Array.isArray(spec['containers']) && !spec['containers'].length)
    out.push({
      path: [...path, 'containers'],
      message: `${code(fieldPath([...path, 'containers']))} of ${of} is empty: a pod runs at least one container.`,
    });
  const volumes =
    claims || 'volumes' in spec
      ? new Set([
          ...itemsOf(spec['volumes']).flatMap((v) =>
            isMapping(v) && typeof v['name'] === 'string' ? [v['name']] : [],
          ),
          ...(claims ?? []),
        ])
      : undefined;
  const names = new Set<string>();
  for (const key of ['initContainers', 'containers', 'ephemeralContainers'])
    itemsOf(spec[key]).forEach((c, i) => {
      const here = [...path, key, i];
      out.push(...containerRules(c, here, of));
      if (!isMapping(c)) return;
      out.push(...probeRules(c, here, of));
      itemsOf(c['volumeMounts']).forEach((m, j) => {
        const mount = isMapping(m) ? m['name'] : undefined;
        if (!volumes || typeof mount !== 'string' || mount.includes('<') || volumes.has(mount)) return;
        const at = [...here, 'volumeMounts', j, 'name'];
        out.push({
          path: at,
          message: `${code(fieldPath(at))} of ${of} mounts ${code(mount)}, which is not a volume of the pod: add it under ${code(fieldPath([...path, 'volumes']))}${claims?.length ? ' or volumeClaimTemplates' : ''}${volumes.size ? `, or name one of ${[...volumes].map(code).join(', ')}` : ''}.`,
        });
      });
      const name = c['name'];
      if (typeof name !== 'string') return;
      if (names.has(name))
        out.push({
          path: [...here, 'name'],
          message: `two containers of ${of} are named ${code(name)}: give each container of a pod its own name (the API server rejects a duplicate).`,
        });
      names.add(name);
    });
  return out;
}

/** A Service's ports: port numbers, a `nodePort` in the node port range, and a name each when there are several. */
function serviceRules(spec: unknown, of: string): Found[] {
  if (!isMapping(spec)) return [];
  const out: Found[] = [];
  const ports = itemsOf(spec['ports']);
  ports.forEach((p, i) => {
    if (!isMapping(p)) return;
    const path = ['spec', 'ports', i];
    out.push(
      ...portProblem(p['port'], [...path, 'port'], of),
      ...portProblem(p['targetPort'], [...path, 'targetPort'], of),
    );
    const nodePort = p['nodePort'];
    if (typeof nodePort === 'number' && nodePort !== 0 && (nodePort < NODE_PORTS[0] || nodePort > NODE_PORTS[1]))
      out.push({
        path: [...path, 'nodePort'],
        message: `${code(fieldPath([...path, 'nodePort']))} of ${of} must be in the node port range, ${NODE_PORTS[0]} to ${NODE_PORTS[1]} (the API server's default \`--service-node-port-range\`).`,
      });
    if (ports.length > 1 && p['name'] === undefined)
      out.push({
        path,
        message: `${code(fieldPath(path))} of ${of} needs a \`name\`: a Service with more than one port names each of them.`,
      });
  });
  return out;
}

const JOB = 'https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template';

/**
 * A Job's pods, and a CronJob's, end: their `restartPolicy` is `OnFailure` or `Never`. Left out,
 * it is a pod's default, `Always`, and the API server rejects the object as it rejects `Always`
 * ("Unsupported value: "Always": supported values: "OnFailure", "Never""). A CronJob's schedule
 * is five cron fields (cronSchedule.ts).
 */
function jobRules(obj: Record<string, unknown>, kind: string, of: string): Found[] {
  const out: Found[] = [];
  if (kind === 'CronJob') {
    const schedule = at(obj, ['spec', 'schedule']);
    const problem = typeof schedule === 'string' && !schedule.includes('<') ? cronScheduleProblem(schedule) : undefined;
    if (problem)
      out.push({
        path: ['spec', 'schedule'],
        message: `\`spec.schedule\` of ${of}, ${code(schedule as string)}, ${problem}`,
      });
  }
  const specAt = POD_SPEC_AT[kind]!;
  const spec = at(obj, specAt);
  if (!isMapping(spec)) return out;
  const policy = spec['restartPolicy'];
  const here = [...specAt, 'restartPolicy'];
  if (policy === undefined)
    out.push({
      path: specAt,
      message: `${of} lacks ${code(fieldPath(here))}: left out, it is a pod's default, \`Always\`, which the pods of a ${kind} cannot have (the API server rejects it: "Unsupported value: "Always""): set \`restartPolicy: OnFailure\` or \`restartPolicy: Never\` (${JOB}).`,
    });
  else if (policy === 'Always')
    out.push({
      path: here,
      message: `${code(fieldPath(here))} of ${of} is \`Always\`, which the pods of a ${kind} cannot have: they end, and the API server takes only \`OnFailure\` or \`Never\` ("Unsupported value: "Always"") (${JOB}).`,
    });
  return out;
}

/**
 * What the API server rejects that the schema allows: ports outside 1–65535, a Service's
 * `nodePort` outside the default node port range, an unnamed port among several, negative
 * `replicas`, a pod without containers, two containers of a pod with one name, a probe with two
 * handlers, a volume mount of a volume the pod does not have, a Job's or CronJob's pods that would
 * restart `Always`, and a CronJob schedule that is not five cron fields. `of` names the object in messages
 * (Deployment `web`).
 */
export function serverRules(obj: Record<string, unknown>, of: string): Found[] {
  const kind = String(obj['kind']);
  const out: Found[] = [];
  const specAt = POD_SPEC_AT[kind];
  const claims = itemsOf(at(obj, ['spec', 'volumeClaimTemplates'])).flatMap((t) => {
    const name = at(t, ['metadata', 'name']);
    return typeof name === 'string' ? [name] : [];
  });
  if (specAt) out.push(...podSpecRules(at(obj, specAt), specAt, of, claims));
  if (kind === 'Service') out.push(...serviceRules(obj['spec'], of));
  if (kind === 'Job' || kind === 'CronJob') out.push(...jobRules(obj, kind, of));
  const replicas = at(obj, ['spec', 'replicas']);
  if (SCALED.has(kind) && typeof replicas === 'number' && replicas < 0)
    out.push({ path: ['spec', 'replicas'], message: `\`spec.replicas\` of ${of} must not be negative.` });
  return out;
}

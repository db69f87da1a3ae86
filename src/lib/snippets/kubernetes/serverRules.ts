import { isMapping, itemsOf } from '../../plainData';
import { cronScheduleProblem } from '../../shell/cronSchedule';
import { code, didYouMean, orList } from '../../shell/didYouMean';
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
export const POD_SPEC_AT: Record<string, Path> = {
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

const NAMED_PORT =
  'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port';

/**
 * Why a port name is not an IANA service name, as the API server requires of a container's port
 * names and of a port given by name (`IsValidPortName`: 1 to 15 lower-case letters, digits and
 * `-`, a letter among them, no `-` first, last or twice in a row); undefined when it is one.
 */
export function portNameProblem(name: string): string | undefined {
  if (name.length > 15) return `is longer than 15 characters (the API server: "must be no more than 15 characters")`;
  if (!/^[-a-z0-9]+$/.test(name))
    return `has characters other than lower-case letters, digits and \`-\` (the API server: "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")`;
  if (!/[a-z]/.test(name)) return `has no letter (the API server: "must contain at least one letter (a-z)")`;
  if (name.includes('--') || name.startsWith('-') || name.endsWith('-'))
    return `has a \`-\` first, last or next to another (the API server refuses it)`;
  return undefined;
}

/** Where a container's probes name one of its ports: `httpGet` and `tcpSocket`. */
const PROBE_PORTS: Path[] = ['livenessProbe', 'readinessProbe', 'startupProbe'].flatMap((probe) => [
  [probe, 'httpGet', 'port'],
  [probe, 'tcpSocket', 'port'],
]);

/** The message for a port name that is not an IANA service name, with the fix when lower case is it. */
const badPortName = (name: string, problem: string) =>
  `${code(name)}, ${problem}: a port name is an IANA service name, up to 15 lower-case letters, digits and \`-\`, as ${code('http')} or ${code('metrics')}${portNameProblem(name.toLowerCase()) ? '' : `: write ${code(name.toLowerCase())}`}.`;

/**
 * A container's port names: each an IANA service name, and each port its probes name one the
 * container declares. The kubelet looks a probe's named port up in the container's own `ports`;
 * a name it lacks (`port: htp`) is accepted by `kubectl apply`, and the probe then always fails
 * ("couldn't find port"): a liveness probe restarts the container, a readiness probe never lets
 * it be ready.
 */
function portNameRules(container: Record<string, unknown>, path: Path, of: string): Found[] {
  const out: Found[] = [];
  const declared: string[] = [];
  itemsOf(container['ports']).forEach((p, i) => {
    const name = isMapping(p) ? p['name'] : undefined;
    if (typeof name !== 'string' || name.includes('<')) return;
    declared.push(name);
    const problem = portNameProblem(name);
    const here = [...path, 'ports', i, 'name'];
    if (problem)
      out.push({
        path: here,
        message: `${code(fieldPath(here))} of ${of}, ${badPortName(name, problem)}`,
      });
  });
  const containerName = typeof container['name'] === 'string' ? ` ${code(container['name'])}` : '';
  for (const where of PROBE_PORTS) {
    const port = at(container, where);
    if (typeof port !== 'string' || port.includes('<') || /^\d+$/.test(port) || declared.includes(port)) continue;
    const here = [...path, ...where];
    const near = didYouMean(port, declared);
    const fix = near.length
      ? `did you mean ${orList(near)}?`
      : declared.length
        ? `name one of its ports, ${orList(declared)}, or give the port's number.`
        : `give the port's number, or name the port under ${code(fieldPath([...path, 'ports']))}.`;
    out.push({
      path: here,
      message: `${code(fieldPath(here))} of ${of} is ${code(port)}, a port name that container${containerName} does not declare: the kubelet finds no such port and the probe always fails (${NAMED_PORT}); ${fix}`,
    });
  }
  return out;
}

/**
 * A container's image, its ports (`containerPort` and `hostPort` are port numbers, `hostPort: 0` is
 * unset; names are IANA service names, and the probes name declared ones), and its commands: each one's first item a program, not a whole command line.
 */
export function containerRules(container: unknown, path: Path, of: string): Found[] {
  if (!isMapping(container)) return [];
  return [
    ...imageRule(container, path, of),
    ...portNameRules(container, path, of),
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
    const target = p['targetPort'];
    const problem = typeof target === 'string' && !/^\d+$|</.test(target) ? portNameProblem(target) : undefined;
    if (problem)
      out.push({
        path: [...path, 'targetPort'],
        message: `${code(fieldPath([...path, 'targetPort']))} of ${of}, ${badPortName(target as string, problem)}`,
      });
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

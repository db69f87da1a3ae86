import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { podSpecRules, portNameProblem, serverRules } from '~/lib/snippets/kubernetes/serverRules';

const rules = (yaml: string) =>
  serverRules(parse(yaml) as Record<string, unknown>, 'the object').map((f) => `${f.path.join('.')}: ${f.message}`);

describe('serverRules: what the API server rejects that the schema allows', () => {
  it('passes valid objects', () => {
    expect(
      rules(`
kind: Service
spec:
  type: NodePort
  ports:
    - { name: http, port: 80, targetPort: http, nodePort: 30080 }
    - { name: https, port: 443, targetPort: 8443 }
`),
    ).toEqual([]);
    expect(
      rules(`
kind: Deployment
spec:
  replicas: 0
  template:
    spec:
      initContainers: [{ name: migrate, image: x }]
      containers: [{ name: web, image: x, ports: [{ containerPort: 3000, hostPort: 0 }] }]
`),
    ).toEqual([]);
  });

  it('names each field at fault', () => {
    expect(
      rules(`
kind: Service
spec:
  ports:
    - { port: 0, targetPort: 70000 }
    - { port: 443, nodePort: 8443 }
`),
    ).toEqual([
      'spec.ports.0.port: `spec.ports[0].port` of the object must be a port number, 1 to 65535.',
      'spec.ports.0.targetPort: `spec.ports[0].targetPort` of the object must be a port number, 1 to 65535.',
      'spec.ports.0: `spec.ports[0]` of the object needs a `name`: a Service with more than one port names each of them.',
      "spec.ports.1.nodePort: `spec.ports[1].nodePort` of the object must be in the node port range, 30000 to 32767 (the API server's default `--service-node-port-range`).",
      'spec.ports.1: `spec.ports[1]` of the object needs a `name`: a Service with more than one port names each of them.',
    ]);
    expect(
      rules(`
kind: CronJob
spec:
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          initContainers: [{ name: job }]
          containers: [{ name: job, ports: [{ containerPort: 99999 }] }]
`),
    ).toEqual([
      'spec.jobTemplate.spec.template.spec.containers.0.ports.0.containerPort: `spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerPort` of the object must be a port number, 1 to 65535.',
      'spec.jobTemplate.spec.template.spec.containers.0.name: two containers of the object are named `job`: give each container of a pod its own name (the API server rejects a duplicate).',
    ]);
    expect(rules('kind: StatefulSet\nspec: { replicas: -1 }')).toEqual([
      'spec.replicas: `spec.replicas` of the object must not be negative.',
    ]);
  });

  it('asks a pod for a container, one handler per probe, and a volume for each mount', () => {
    expect(rules('kind: Deployment\nspec: { template: { spec: { containers: [] } } }')).toEqual([
      'spec.template.spec.containers: `spec.template.spec.containers` of the object is empty: a pod runs at least one container.',
    ]);
    expect(
      rules(`
kind: Pod
spec:
  volumes: [{ name: data, emptyDir: {} }]
  containers:
    - name: web
      livenessProbe: { httpGet: { path: /, port: 80 }, exec: { command: [true] } }
      volumeMounts: [{ name: data, mountPath: /data }, { name: dat, mountPath: /cache }]
`),
    ).toEqual([
      'spec.containers.0.livenessProbe: `spec.containers[0].livenessProbe` of the object has `exec` and `httpGet`: a probe has one handler, `exec`, `httpGet`, `tcpSocket`, `grpc` (the API server rejects more).',
      'spec.containers.0.volumeMounts.1.name: `spec.containers[0].volumeMounts[1].name` of the object mounts `dat`, which is not a volume of the pod: add it under `spec.volumes`, or name one of `data`.',
    ]);
    // A StatefulSet's claim templates are volumes of its pods.
    expect(
      rules(`
kind: StatefulSet
spec:
  volumeClaimTemplates: [{ metadata: { name: data } }]
  template: { spec: { containers: [{ name: db, volumeMounts: [{ name: data, mountPath: /data }] }] } }
`),
    ).toEqual([]);
    // A pod spec shown without its volumes (a fragment) is not asked for them.
    expect(
      podSpecRules({ containers: [{ name: 'a', volumeMounts: [{ name: 'x', mountPath: '/x' }] }] }, [], 'a pod spec'),
    ).toEqual([]);
  });

  it("checks each container's image as the kubelet parses it", () => {
    expect(
      rules(`
kind: Deployment
spec:
  template:
    spec:
      initContainers: [{ name: migrate, image: MyMigrate }]
      containers:
        - { name: web, image: nginx:1.29:alpine }
        - { name: ok, image: registry.example.com:5000/team/web:1.0 }
        - { name: later, image: $IMAGE }
        - { name: placeholder, image: <image> }
`),
    ).toEqual([
      'spec.template.spec.initContainers.0.image: `spec.template.spec.initContainers[0].image` of the object fails its pod with InvalidImageName: `MyMigrate` is not a valid image name: Docker refuses repository names with upper-case letters ("invalid reference format: repository name must be lowercase"): write `mymigrate`.',
      'spec.template.spec.containers.0.image: `spec.template.spec.containers[0].image` of the object fails its pod with InvalidImageName: `nginx:1.29:alpine` is not a valid image name: an image name has one tag, after a single `:` (Docker refuses the name: "invalid reference format"): write the tag as one word, as `nginx:1.29-alpine` (https://docs.docker.com/reference/cli/docker/image/tag/#description).',
    ]);
  });

  it("wants a Job's pods to end, and a CronJob's schedule to be five cron fields", () => {
    const JOB = '(https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template)';
    expect(rules('kind: Job\nspec: { template: { spec: { containers: [{ name: a }] } } }')).toEqual([
      `spec.template.spec: the object lacks \`spec.template.spec.restartPolicy\`: left out, it is a pod's default, \`Always\`, which the pods of a Job cannot have (the API server rejects it: "Unsupported value: "Always""): set \`restartPolicy: OnFailure\` or \`restartPolicy: Never\` ${JOB}.`,
    ]);
    expect(
      rules(`
kind: CronJob
spec:
  schedule: "0 0 2 * * *"
  jobTemplate: { spec: { template: { spec: { restartPolicy: Always, containers: [{ name: a }] } } } }
`),
    ).toEqual([
      'spec.schedule: `spec.schedule` of the object, `0 0 2 * * *`, has 6 fields, and a CronJob schedule has five, minute hour day-of-month month day-of-week (the API server: "expected exactly 5 fields, found 6"): drop the seconds, the first field (a CronJob runs at most once a minute), `0 2 * * *` (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax).',
      `spec.jobTemplate.spec.template.spec.restartPolicy: \`spec.jobTemplate.spec.template.spec.restartPolicy\` of the object is \`Always\`, which the pods of a CronJob cannot have: they end, and the API server takes only \`OnFailure\` or \`Never\` ("Unsupported value: "Always"") ${JOB}.`,
    ]);
    expect(
      rules(`
kind: CronJob
spec:
  schedule: "@daily"
  jobTemplate: { spec: { template: { spec: { restartPolicy: OnFailure, containers: [{ name: a }] } } } }
`),
    ).toEqual([]);
    // A Deployment's pods restart Always, as they should.
    expect(rules('kind: Deployment\nspec: { template: { spec: { containers: [{ name: a }] } } }')).toEqual([]);
  });

  it('wants port names the API server takes, and probes that name a port of their container', () => {
    expect(
      rules(`
kind: Pod
spec:
  containers:
    - name: web
      ports: [{ name: http, containerPort: 80 }, { name: Metrics, containerPort: 9090 }]
      readinessProbe: { httpGet: { path: /ready, port: htp } }
      livenessProbe: { tcpSocket: { port: http } }
      startupProbe: { httpGet: { path: /, port: 8080 } }
    - name: worker
      livenessProbe: { httpGet: { path: /, port: health } }
`),
    ).toEqual([
      'spec.containers.0.ports.1.name: `spec.containers[0].ports[1].name` of the object, `Metrics`, has characters other than lower-case letters, digits and `-` (the API server: "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"): a port name is an IANA service name, up to 15 lower-case letters, digits and `-`, as `http` or `metrics`: write `metrics`.',
      'spec.containers.0.readinessProbe.httpGet.port: `spec.containers[0].readinessProbe.httpGet.port` of the object is `htp`, a port name that container `web` does not declare: the kubelet finds no such port and the probe always fails (https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port); did you mean `http`?',
      "spec.containers.1.livenessProbe.httpGet.port: `spec.containers[1].livenessProbe.httpGet.port` of the object is `health`, a port name that container `worker` does not declare: the kubelet finds no such port and the probe always fails (https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port); give the port's number, or name the port under `spec.containers[1].ports`.",
    ]);
    expect(rules('kind: Service\nspec: { ports: [{ port: 80, targetPort: http_web }] }')).toEqual([
      'spec.ports.0.targetPort: `spec.ports[0].targetPort` of the object, `http_web`, has characters other than lower-case letters, digits and `-` (the API server: "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"): a port name is an IANA service name, up to 15 lower-case letters, digits and `-`, as `http` or `metrics`.',
    ]);
    expect(portNameProblem('prometheus-metrics')).toBe(
      'is longer than 15 characters (the API server: "must be no more than 15 characters")',
    );
    expect(portNameProblem('8080')).toBe('has no letter (the API server: "must contain at least one letter (a-z)")');
    expect(portNameProblem('web--http')).toMatch(/^has a `-` first, last or next to another/);
    expect(portNameProblem('https-2')).toBeUndefined();
  });

  it('checks a pod spec on its own (a fragment)', () => {
    expect(podSpecRules({ containers: [{ name: 'a' }, { name: 'a' }] }, [], 'a pod spec')).toEqual([
      {
        path: ['containers', 1, 'name'],
        message:
          'two containers of a pod spec are named `a`: give each container of a pod its own name (the API server rejects a duplicate).',
      },
    ]);
  });
});

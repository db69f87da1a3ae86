import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { validate as lintDockerfile } from 'dockerfile-utils';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { Deployment } from 'kubernetes-models/apps/v1';
import { Namespace, Service } from 'kubernetes-models/v1';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { HTTPRoute } from '@kubernetes-models/gateway-api/gateway.networking.k8s.io/v1';
import composeSchema from '../../src/data/schemas/compose-spec.json' with { type: 'json' };
import { checkSnippet } from '../../src/lib/snippets/checkSnippet';

/**
 * The deploy files, checked by the validators the notes' own snippets use: dockerfile-utils for
 * the Dockerfile, the Compose Specification schema (src/data/schemas/) for compose.yaml,
 * kubernetes-models (Kubernetes and Gateway API schemas) for deploy/k8s/, plus what each must do.
 */
const read = (path: string) => readFileSync(path, 'utf8');

describe("the deploy files pass the same checks as the notes' snippets", () => {
  it.each([
    ['Dockerfile', 'dockerfile'],
    ['compose.yaml', 'yaml'],
    ...['deployment', 'service', 'ingress', 'httproute', 'poddisruptionbudget', 'namespace'].map(
      (f) => [`deploy/k8s/${f}.yaml`, 'yaml'] as [string, string],
    ),
  ])('%s', (file, lang) => {
    const title = file.split('/').at(-1);
    expect(checkSnippet({ lang, meta: `title="${title}"`, code: read(file), line: 1 })).toEqual([]);
  });
});

describe('Dockerfile', () => {
  const text = read('Dockerfile');
  const instructions = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .filter((l) => /^[A-Z]+\s/.test(l));
  const from = instructions.filter((l) => l.startsWith('FROM '));

  it('passes dockerfile-utils with no problem', () => {
    expect(lintDockerfile(text).map((d) => `line ${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
  });

  it('builds with Node, then serves with an unprivileged nginx, both pinned to a version', () => {
    expect(from).toHaveLength(2);
    expect(from[0]).toMatch(/^FROM node:24\.\d+\.\d+-[a-z]+-slim AS build$/);
    expect(from[1]).toMatch(/^FROM nginxinc\/nginx-unprivileged:1\.\d+\.\d+-alpine[\d.]*(-slim)?$/);
    expect(instructions).toContain('COPY --from=build /src/dist /usr/share/nginx/html');
    expect(instructions).toContain('COPY deploy/nginx.conf /etc/nginx/nginx.conf');
  });

  it('runs as a non-root user on port 8080 with a health check', () => {
    const final = instructions.slice(instructions.indexOf(from[1]!));
    expect(final.filter((l) => l.startsWith('USER ')).at(-1)).toMatch(/^USER [1-9]\d*$/);
    expect(final).toContain('EXPOSE 8080');
    expect(final.find((l) => l.startsWith('HEALTHCHECK '))).toMatch(/CMD wget .*http:\/\/127\.0\.0\.1:8080\/healthz/);
  });

  it('sends the build only what it needs', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const path of ['node_modules/', 'dist/', '.git/', 'tests/']) expect(ignored).toContain(path);
    // The build needs these: none is ignored.
    for (const path of ['src/', 'content/', 'public/', 'deploy/']) expect(ignored).not.toContain(path);
  });
});

describe('compose.yaml', () => {
  const compose = parse(read('compose.yaml'));
  // The schema names its draft-07 meta-schema by https://, which Ajv knows by http://: not checked.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  addFormats(ajv);
  const check = ajv.compile(composeSchema);

  it('is valid against the Compose Specification', () => {
    check(compose);
    expect(check.errors ?? []).toEqual([]);
  });

  it('the schema catches a mistake', () => {
    expect(check({ services: { notes: { ports: '8080:8080', restart: 'always' } } })).toBe(false);
  });

  it('runs the image on port 8080, read-only', () => {
    expect(compose.services.notes.ports).toEqual(['8080:8080']);
    expect(compose.services.notes.build).toBe('.');
    expect(compose.services.notes.read_only).toBe(true);
  });
});

describe('deploy/k8s', () => {
  const dir = 'deploy/k8s';
  const kustomization = parse(read(join(dir, 'kustomization.yaml')));
  const load = (file: string) => parseAllDocuments(read(join(dir, file))).map((d) => d.toJS());
  const models = {
    Namespace,
    Deployment,
    Service,
    Ingress,
    PodDisruptionBudget,
    HTTPRoute,
  } as Record<string, new (o: unknown) => { validate(): void }>;
  const objects = [...kustomization.resources, 'httproute.yaml'].flatMap((f: string) => load(f));
  const byKind = (kind: string) => objects.find((o) => o.kind === kind);

  it('every resource of the kustomization exists', () => {
    for (const file of kustomization.resources) expect(existsSync(join(dir, file)), file).toBe(true);
    expect(kustomization.apiVersion).toBe('kustomize.config.k8s.io/v1beta1');
  });

  it.each(['Namespace', 'Deployment', 'Service', 'Ingress', 'PodDisruptionBudget', 'HTTPRoute'])(
    '%s is valid against its schema',
    (kind) => {
      const object = byKind(kind);
      expect(object, kind).toBeDefined();
      expect(() => new models[kind]!(object).validate()).not.toThrow();
    },
  );

  it('the schemas catch a mistake', () => {
    const broken = structuredClone(byKind('Deployment'));
    broken.spec.replicas = 'two';
    expect(() => new Deployment(broken).validate()).toThrow(/replicas/);
  });

  it('the Deployment: 2 replicas, probes, requests and limits, non-root, read-only with /tmp in an emptyDir', () => {
    const d = byKind('Deployment');
    const pod = d.spec.template.spec;
    const [c] = pod.containers;
    expect(d.spec.replicas).toBe(2);
    expect(c.readinessProbe.httpGet).toEqual({ path: '/index.html', port: 'http' });
    expect(c.livenessProbe.httpGet).toEqual({ path: '/healthz', port: 'http' });
    expect(Object.keys(c.resources.requests).sort()).toEqual(['cpu', 'memory']);
    expect(Object.keys(c.resources.limits).sort()).toEqual(['cpu', 'memory']);
    expect(pod.securityContext.runAsNonRoot).toBe(true);
    expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    const tmp = pod.volumes.find((v: { name: string }) => v.name === c.volumeMounts[0].name);
    expect(c.volumeMounts[0].mountPath).toBe('/tmp');
    expect(tmp.emptyDir).toBeDefined();
    // nginx writes only there: deploy/nginx.conf puts pid and temp paths under /tmp.
    const conf = read('deploy/nginx.conf');
    expect(conf).toMatch(/^pid \/tmp\//m);
    for (const [, path] of conf.matchAll(/_temp_path (\S+);/g)) expect(path).toMatch(/^\/tmp\//);
    expect(c.ports[0].containerPort).toBe(8080);
  });

  it('the Service, the PDB, the Ingress and the HTTPRoute all reach the pods', () => {
    const labels = byKind('Deployment').spec.template.metadata.labels;
    const service = byKind('Service');
    expect(labels).toMatchObject(service.spec.selector);
    expect(labels).toMatchObject(byKind('PodDisruptionBudget').spec.selector.matchLabels);
    expect(byKind('PodDisruptionBudget').spec.minAvailable).toBe(1);
    const backend = byKind('Ingress').spec.rules[0].http.paths[0].backend.service;
    expect(backend.name).toBe(service.metadata.name);
    expect(service.spec.ports.map((p: { name: string }) => p.name)).toContain(backend.port.name);
    const route = byKind('HTTPRoute').spec.rules[0].backendRefs[0];
    expect(route.name).toBe(service.metadata.name);
    expect(service.spec.ports.map((p: { port: number }) => p.port)).toContain(route.port);
  });
});

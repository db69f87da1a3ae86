import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { serviceTargetProblems } from '~/lib/snippets/kubernetes/serviceTargets';

/** The problems of a multi-document snippet, each with the document and the path it is at. */
const problems = (yaml: string) => {
  const at: string[] = [];
  const objects = parseAllDocuments(yaml).map((d, i) => ({
    value: d.toJS() as unknown,
    lineOf: (path: (string | number)[]) => at.push(`${i}:${path.join('.')}`) - 1,
  }));
  return serviceTargetProblems(objects).map((p) => `${at[p.line]}: ${p.message}`);
};

const deployment = (labels: string, ports = '[{ name: http, containerPort: 80 }]') => `
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: ${labels} }
  template:
    metadata: { labels: ${labels} }
    spec: { containers: [{ name: web, image: nginx, ports: ${ports} }] }
`;
const SERVICE = '(https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service)';

describe('serviceTargetProblems: a Service against the pods of the workloads beside it', () => {
  it('passes a Service that selects the pods and names one of their ports', () => {
    expect(
      problems(
        `${deployment('{ component: web, tier: front }')}---
kind: Service
metadata: { name: web }
spec: { selector: { component: web }, ports: [{ port: 80, targetPort: http }, { name: b, port: 81, targetPort: 8080 }] }`,
      ),
    ).toEqual([]);
  });

  it('reports a selector that selects no pod of the file, when it is near one', () => {
    expect(
      problems(`${deployment('{ component: web }')}---
kind: Service
metadata: { name: web }
spec: { selector: { component: wbe }, ports: [{ port: 80 }] }`),
    ).toEqual([
      `1:spec.selector: the selector of Service \`web\`, \`component: wbe\`, selects no pod of this file (Deployment \`web\` has \`component: web\`): the Service would have no endpoints, and connections to it fail ${SERVICE}; give the pod template the Service's labels, or the Service the pods'.`,
    ]);
    // One Service, one workload: the Service is for it, whatever its labels.
    expect(
      problems(`${deployment('{ app: web }')}---
kind: Service
metadata: { name: web }
spec: { selector: { component: frontend } }`),
    ).toHaveLength(1);
  });

  it('leaves alone a Service for pods defined elsewhere, an ExternalName and placeholders', () => {
    expect(
      problems(`${deployment('{ app: web }')}---
kind: Service
metadata: { name: web }
spec: { selector: { app: web } }
---
kind: Service
metadata: { name: db }
spec: { selector: { role: database } }
---
kind: Service
metadata: { name: ext }
spec: { type: ExternalName, externalName: example.com, selector: { component: x } }
---
kind: Service
metadata: { name: p }
spec: { selector: { app: <app> } }`),
    ).toEqual([]);
    // A Service alone is not checked against anything.
    expect(problems('kind: Service\nmetadata: { name: web }\nspec: { selector: { app: web } }')).toEqual([]);
  });

  it('reports a named targetPort that no container of the selected pods declares', () => {
    expect(
      problems(`${deployment('{ app: web }')}---
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: htp }] }`),
    ).toEqual([
      `1:spec.ports.0.targetPort: \`spec.ports[0].targetPort\` of Service \`web\` is \`htp\`, which no container of the pods it selects (Deployment \`web\`) names: the pods are left out of its endpoints, and connections to it fail ${SERVICE}; did you mean \`http\`?`,
    ]);
    expect(
      problems(`${deployment('{ app: web }', '[{ containerPort: 80 }]')}---
kind: Service
metadata: { name: web }
spec: { selector: { app: web }, ports: [{ port: 80, targetPort: web }] }`)[0],
    ).toMatch(/; give the port number, or name the port in the pod template\.$/);
  });
});

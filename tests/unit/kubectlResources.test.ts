import { describe, expect, it } from 'vitest';
import { expectAccepted, messages } from './commandMessages';
import { resourceTypeSuggestions } from '~/lib/shell/kubectlResources';

describe('resourceTypeSuggestions', () => {
  it.each([
    'pods',
    'pod',
    'po',
    'Pod',
    'svc',
    'deploy',
    'deployments.apps',
    'deployment.v1.apps',
    'hpa',
    'horizontalpodautoscalers.autoscaling',
    'crds',
    'limits',
    'quota',
    'netpol',
    'events.events.k8s.io',
    'all',
    'endpoints',
    'storageclass',
  ])('knows %s', (type) => {
    expect(resourceTypeSuggestions(type)).toEqual([]);
  });

  it.each([
    ['pdos', ['pods']],
    ['deploymnet', ['deployment']],
    ['Deploymnets', ['deployments']],
    ['svcs', ['svc']],
    ['secert', ['secret']],
    ['ingresss', ['ingresses']],
    ['scv', ['sc', 'svc']],
    ['deploymnet.apps', ['deployment.apps']],
    ['statefulsets.batch', []],
  ])('%s → %j', (type, near) => {
    expect(resourceTypeSuggestions(type)).toEqual(near);
  });

  it('leaves what may be a custom resource alone', () => {
    for (const type of ['certificates.cert-manager.io', 'gateways', 'gatewayclasses', 'httproutes', 'foo', 'app'])
      expect(resourceTypeSuggestions(type)).toEqual([]);
  });
});

describe('kubectl commands check their resource type', () => {
  it('finds a misspelt type in each form a command takes', () => {
    expect(messages('kubectl get pdos')).toEqual([
      'unknown resource type `pdos` for `kubectl get`: did you mean `pods`?',
    ]);
    expect(messages('kubectl describe deploymnet web')).toEqual([
      'unknown resource type `deploymnet` for `kubectl describe`: did you mean `deployment`?',
    ]);
    expect(messages('kubectl get pods,scv -n prod')).toEqual([
      'unknown resource type `scv` for `kubectl get`: did you mean `sc` or `svc`?',
    ]);
    expect(messages('kubectl rollout status deploymnet/web')).toEqual([
      'unknown resource type `deploymnet` for `kubectl rollout status`: did you mean `deployment`?',
    ]);
    expect(messages('kubectl logs -f deploymnet/web')).toEqual([
      'unknown resource type `deploymnet` for `kubectl logs`: did you mean `deployment`?',
    ]);
    expect(messages('kubectl explain deploymnet.spec.replicas')).toEqual([
      'unknown resource type `deploymnet` for `kubectl explain`: did you mean `deployment`?',
    ]);
  });

  it('accepts the forms kubectl accepts, and what it cannot know', () => {
    expectAccepted([
      'kubectl get pods -o wide',
      'kubectl get all -n prod',
      'kubectl -n prod get deploy/web svc/web',
      'kubectl scale --replicas=3 deployment/web',
      'kubectl set image deployment/web web=web:2',
      'kubectl logs web-5d9c7 -c web',
      'kubectl exec -it web -- sh',
      'kubectl port-forward svc/web 8080:80',
      'kubectl explain pod.spec.containers',
      'kubectl delete -f deployment.yaml',
      'kubectl get <type> <name>',
      'kubectl get "$KIND"',
      'kubectl get certificates.cert-manager.io',
      'kubectl wait --for=condition=Ready pod -l app=web',
      'kubectl create deployment web --image=nginx',
    ]);
  });
});

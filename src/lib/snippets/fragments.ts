/**
 * The fragment kinds a code block may declare in its meta (` ```yaml fragment="compose-service" `):
 * the block is part of a file and is checked as that part. docs/WRITING.md lists them for writers.
 */
export const FRAGMENT_KINDS = {
  'compose-service': {
    lang: 'yaml',
    what: "one service's mapping of a Compose file (the keys under `services.<name>`)",
  },
  'k8s-container': { lang: 'yaml', what: 'one container of a pod spec (an item of `spec.containers`)' },
  'k8s-pod-spec': { lang: 'yaml', what: 'a pod spec (`spec` of a Pod, `spec.template.spec` of a workload)' },
  'k8s-pod-template': { lang: 'yaml', what: "a workload's pod template (`spec.template`: metadata and spec)" },
  'workflow-job': { lang: 'yaml', what: 'one job of a GitHub Actions workflow (the keys under `jobs.<id>`)' },
  'workflow-step': { lang: 'yaml', what: 'one step (or a list of steps) of a GitHub Actions job' },
  'dockerfile-stage': { lang: 'dockerfile', what: 'instructions of a Dockerfile stage, without its `FROM`' },
} as const;

export type FragmentKind = keyof typeof FRAGMENT_KINDS;

export const isFragmentKind = (kind: string): kind is FragmentKind => kind in FRAGMENT_KINDS;

/** The Kubernetes parts: the schema type in kubernetes-fields.json and the models' validator. */
export const KUBERNETES_PARTS = {
  'k8s-container': {
    type: 'v1/Container',
    validator: 'kubernetes-models/_schemas/IoK8sApiCoreV1Container.js',
    name: 'container',
  },
  'k8s-pod-spec': {
    type: 'v1/PodSpec',
    validator: 'kubernetes-models/_schemas/IoK8sApiCoreV1PodSpec.js',
    name: 'pod spec',
  },
  'k8s-pod-template': {
    type: 'v1/PodTemplateSpec',
    validator: 'kubernetes-models/_schemas/IoK8sApiCoreV1PodTemplateSpec.js',
    name: 'pod template',
  },
} as const;

/**
 * The search dictionary's fixed part: written by the build into search/dictionary.js beside the
 * notes' own words (src/integrations/searchData.ts), so the engine script ships code, not tables.
 */

/** Function words of questions and headings: never the point of a query. */
export const STOPWORDS = [
  'a', 'an', 'the', 'how', 'do', 'does', 'did', 'i', 'me', 'my', 'we', 'you', 'your', 'to', 'of', 'in', 'on', 'at',
  'for', 'with', 'by', 'is', 'are', 'was', 'be', 'can', 'could', 'should', 'would', 'will', 'what', 'when', 'where',
  'which', 'why', 'who', 'it', 'its', 'this', 'that', 'and', 'or', 'from', 'into', 'about', 'there', 'here', 'vs',
  'want', 'need', 'each', 'other',
];

/** Abbreviations and other names → the words the notes use. */
export const ALIASES: Record<string, string> = {
  k8s: 'kubernetes',
  kube: 'kubernetes',
  pvc: 'persistentvolumeclaim',
  pvcs: 'persistentvolumeclaim',
  pv: 'persistentvolume',
  pvs: 'persistentvolume',
  svc: 'service',
  ns: 'namespace',
  'docker-compose': 'docker compose',
  sg: 'security group',
  eb: 'elastic beanstalk',
  hpa: 'autoscaler',
  cm: 'configmap',
  env: 'environment',
  roll: 'rollout',
  rollback: 'rollout undo',
  cicd: 'ci cd',
};

/**
 * The topics of the notes, in reading order. Each topic is one content collection whose files live in
 * `content/<id>/`. This list is the single source of truth: the content config, navigation, the URL
 * helper and the "unknown topic" check all read it. `label` is the short name used in the header.
 */
export const TOPICS = [
  {
    id: 'docker',
    title: 'Docker',
    label: 'Docker',
    description:
      'Images and containers, the container lifecycle, Dockerfiles and builds, registries, ports and volumes.',
  },
  {
    id: 'compose',
    title: 'Docker Compose',
    label: 'Compose',
    description:
      'Multi-container apps with Compose v2: the compose.yaml file, its commands and a development workflow.',
  },
  {
    id: 'delivery',
    title: 'Delivery: CI/CD and AWS',
    label: 'Delivery',
    description:
      'Testing and shipping containers: a CI pipeline, a sample React app, Elastic Beanstalk, managed databases and AWS networking.',
  },
  {
    id: 'kubernetes',
    title: 'Kubernetes',
    label: 'Kubernetes',
    description:
      'Clusters, minikube, objects and manifests, Pods and Deployments, troubleshooting, scaling and Jobs, Services, storage, ConfigMaps and Secrets, and production tooling.',
  },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];
export type Topic = (typeof TOPICS)[number];

export const TOPIC_IDS = TOPICS.map((t) => t.id) as TopicId[];

/** Returns the topic with this id, or throws an error that names the known topics. */
export function getTopic(id: string): Topic {
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) {
    throw new Error(`Unknown topic "${id}". Known topics: ${TOPIC_IDS.join(', ')}.`);
  }
  return topic;
}

/**
 * The official reference page of a command, from its path in the grammar (`['docker', 'compose',
 * 'up']`). One place for the URL patterns of every tool's reference (docs/WRITING.md lists them).
 */
const PATTERNS: Record<string, (sub: string[]) => string> = {
  docker: (s) => {
    const canonical = s[0] === 'build' || (s[0] === 'image' && s[1] === 'build') ? ['buildx', 'build'] : s;
    return `https://docs.docker.com/reference/cli/docker/${canonical.map((w) => `${w}/`).join('')}`;
  },
  kubectl: (s) =>
    `https://kubernetes.io/docs/reference/kubectl/generated/${s.length ? `kubectl_${s[0]}/` : ''}${s.length > 1 ? `kubectl_${s.join('_')}/` : ''}`,
  minikube: (s) => `https://minikube.sigs.k8s.io/docs/commands/${s[0] ?? ''}/`,
  helm: (s) => `https://helm.sh/docs/helm/${['helm', ...s].join('_')}/`,
  aws: (s) =>
    `https://awscli.amazonaws.com/v2/documentation/api/latest/reference/${s.join('/')}${s.length < 2 ? '/index' : ''}.html`,
  eb: (s) => `https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/eb3-${s[0] ?? 'cmd-commands'}.html`,
  gcloud: (s) => `https://cloud.google.com/sdk/gcloud/reference/${s.join('/')}`,
  npm: (s) => `https://docs.npmjs.com/cli/v11/commands/npm-${s[0] ?? ''}`,
  git: (s) => `https://git-scm.com/docs/git-${s[0] ?? ''}`,
};

export function referenceUrl(path: string[]): string | undefined {
  const [program, ...sub] = path;
  return program ? PATTERNS[program]?.(sub) : undefined;
}

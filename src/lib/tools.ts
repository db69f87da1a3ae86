/** Display names of the tools on the Commands page and in the search filter, in display order. */
export const TOOL_NAMES: Record<string, string> = {
  docker: 'docker',
  compose: 'docker compose',
  kubectl: 'kubectl',
  minikube: 'minikube',
  helm: 'helm',
  skaffold: 'skaffold',
  npm: 'npm',
  npx: 'npx',
  git: 'git',
  gcloud: 'gcloud',
  aws: 'aws',
  eb: 'eb',
  travis: 'travis',
  'create-react-app': 'create-react-app',
  other: 'other tools',
};

/** Whether a tool has its own group; plain system utilities share the "other" group. */
export const isKnownTool = (tool: string) => tool in TOOL_NAMES && tool !== 'other';

/** Sorts tool ids: the known ones in TOOL_NAMES order, then the rest alphabetically. */
export function sortTools(tools: Iterable<string>): string[] {
  const order = Object.keys(TOOL_NAMES);
  const rank = (t: string) => (order.includes(t) ? order.indexOf(t) : order.length);
  return [...new Set(tools)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export const toolName = (tool: string) => TOOL_NAMES[tool] ?? tool;

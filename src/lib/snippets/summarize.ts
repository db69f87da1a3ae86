import type { CheckedKind } from './types';

const PLURALS: Partial<Record<CheckedKind, string>> = {
  'Kubernetes object': 'Kubernetes objects',
  'Compose file': 'Compose files',
  'Compose fragment': 'Compose fragments',
  Dockerfile: 'Dockerfiles',
  'GitHub Actions workflow': 'GitHub Actions workflows',
  'Travis CI file': 'Travis CI files',
  fragment: 'other fragments',
  YAML: 'other YAML files (syntax)',
  JSON: 'JSON blocks',
  'unchecked text': 'text blocks (not checked)',
};
const ORDER: CheckedKind[] = [
  'Dockerfile',
  'Compose file',
  'Compose fragment',
  'Kubernetes object',
  'GitHub Actions workflow',
  'Travis CI file',
  'Dockerrun.aws.json',
  'fragment',
  'YAML',
  'JSON',
  'unchecked text',
];

/** "14 shell commands (12 in grammar), 2 Dockerfiles, 1 Compose file". */
export function summarize(checked: Partial<Record<CheckedKind, number>>): string {
  const parts: string[] = [];
  const commands = checked['shell command'] ?? 0;
  if (commands)
    parts.push(
      `${commands} shell command${commands > 1 ? 's' : ''} (${checked['shell command in grammar'] ?? 0} in grammar)`,
    );
  for (const kind of ORDER) {
    const n = checked[kind];
    if (n)
      parts.push(
        `${n} ${n > 1 ? (PLURALS[kind] ?? kind) : kind === 'unchecked text' ? 'text block (not checked)' : kind}`,
      );
  }
  return parts.join(', ') || 'no snippets';
}

import type { CheckedRelease } from './checkedReleases';
import { listOf } from './checkedReleases';

/**
 * The versions the whole site was checked against, from every note's releases: each tool once,
 * the tools most notes cite first, with every version cited (`Kubernetes 1.36/1.37`):
 * `Docker Engine 29, Kubernetes 1.37, Docker Compose 5 and minikube 1.39`.
 */
export function versionsSummary(notes: readonly (readonly CheckedRelease[])[]): string {
  const tools = new Map<string, { name: string; versions: Set<string>; notes: number; first: number }>();
  notes.forEach((releases, index) => {
    for (const tool of new Set(releases.map((r) => r.tool))) {
      const r = releases.find((x) => x.tool === tool)!;
      const entry = tools.get(tool) ?? { name: r.name, versions: new Set<string>(), notes: 0, first: index };
      entry.notes += 1;
      for (const x of releases) if (x.tool === tool) entry.versions.add(x.version);
      tools.set(tool, entry);
    }
  });
  const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  return listOf(
    [...tools.values()]
      .sort((a, b) => b.notes - a.notes || a.first - b.first)
      .map((t) => `${t.name} ${[...t.versions].sort(byVersion).join('/')}`),
  );
}

import type { CheckedAgainst } from './noteSchema';
import type { Versions } from './versionsSchema';
import { formatDate, isoDate } from './formatDate';

/** One `checkedAgainst` entry joined with its release in src/data/versions.yaml, ready to show. */
export interface CheckedRelease {
  tool: string;
  /** The tool's name for readers: `Kubernetes`. */
  name: string;
  version: string;
  checked: Date;
  endOfLife: Date | null;
  /** The official page of the release's dates. */
  source: string;
}

/**
 * Joins a note's `checkedAgainst` entries with src/data/versions.yaml. The build has already failed
 * on an unknown tool or version (src/lib/checkCheckedAgainst.ts); meeting one here is a bug.
 */
export function checkedReleases(entries: readonly CheckedAgainst[], versions: Versions): CheckedRelease[] {
  return entries.map((c) => {
    const tool = versions[c.tool];
    const release = tool?.releases.find((r) => r.version === c.version);
    if (!tool || !release)
      throw new Error(`checkedAgainst: no release ${c.tool} ${c.version} in src/data/versions.yaml.`);
    return {
      tool: c.tool,
      name: tool.name,
      version: c.version,
      checked: c.checked,
      endOfLife: release.endOfLife,
      source: release.source,
    };
  });
}

/**
 * The "checked against" line of a note: `Kubernetes 1.37 and minikube 1.39 on 1 December 2026`, or,
 * when the checks were made on different days, `Kubernetes 1.37 (1 December 2026) and Helm 4 (…)`.
 */
export function checkedAgainstText(releases: readonly CheckedRelease[]): string {
  const days = new Set(releases.map((r) => isoDate(r.checked)));
  if (days.size === 1)
    return `${listOf(releases.map((r) => `${r.name} ${r.version}`))} on ${formatDate(releases[0]!.checked)}`;
  return listOf(releases.map((r) => `${r.name} ${r.version} (${formatDate(r.checked)})`));
}

/** What the page tells a reader once a release is past its end of life. */
export const endOfLifeNotice = (r: CheckedRelease): string =>
  `Checked against ${r.name} ${r.version}, which reached end of life on ${isoDate(r.endOfLife!)}.`;

/** `a`, `a and b`, `a, b and c`. */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

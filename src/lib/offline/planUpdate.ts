import type { ManifestFile, OfflineManifest } from './manifest';

export interface UpdatePlan {
  /** Files unchanged since the saved copy: copied from it, no download. */
  copy: ManifestFile[];
  /** New or changed files: downloaded. */
  fetch: ManifestFile[];
}

/**
 * How to bring an offline copy to a new build: a file whose path and hash are the same in the
 * saved copy's manifest is copied from it, every other file of the new manifest is fetched.
 * With no saved copy everything is fetched. Files the new build dropped are simply not copied.
 */
export function planUpdate(saved: OfflineManifest | undefined, next: OfflineManifest): UpdatePlan {
  const old = new Map(saved?.files.map((f) => [f.path, f.hash]));
  const plan: UpdatePlan = { copy: [], fetch: [] };
  for (const f of next.files) (old.get(f.path) === f.hash ? plan.copy : plan.fetch).push(f);
  return plan;
}

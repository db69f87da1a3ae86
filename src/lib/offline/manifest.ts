/**
 * The build manifest, `offline-manifest.json` at the site root: every file of the offline copy
 * with its size and a hash of its content. The save-for-offline control states the download size
 * from it; the service worker downloads the copy from it, and on a new build fetches only the
 * files whose hash changed (planUpdate.ts). Written by the build (buildManifest.ts).
 */
export const MANIFEST_PATH = 'offline-manifest.json';

export interface ManifestFile {
  /** Site path, relative to the site root: `docker/container-lifecycle.html`. */
  path: string;
  /** Bytes stored on the device. */
  bytes: number;
  /** Bytes on the wire from a server that gzips (gzip -9, never more than `bytes`). */
  transfer: number;
  /**
   * Content hash (16 hex digits). For a page it is the page's own `data-page-version`
   * (pageStamp.ts), so a page can tell whether a newer build changed it.
   */
  hash: string;
}

export interface OfflineManifest {
  /** The build: a hash of every file's path and hash. sw.js carries the same version. */
  version: string;
  files: ManifestFile[];
  /** Sums over `files`. */
  bytes: number;
  transfer: number;
  /** The zip of the export for reading from disk, offered beside the offline copy. */
  zip?: { path: string; bytes: number };
}

/** Checks the shape of a manifest read from the network; throws with what is wrong. */
export function parseManifest(value: unknown): OfflineManifest {
  const m = value as Partial<OfflineManifest> | null;
  if (!m || typeof m.version !== 'string' || !Array.isArray(m.files))
    throw new Error(`${MANIFEST_PATH}: not a build manifest (no version or files)`);
  for (const f of m.files) {
    if (typeof f?.path !== 'string' || typeof f.hash !== 'string' || !Number.isFinite(f.bytes))
      throw new Error(`${MANIFEST_PATH}: a file entry lacks its path, hash or size`);
  }
  return m as OfflineManifest;
}

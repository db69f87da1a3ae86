import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { ManifestFile, OfflineManifest } from './manifest';
import { contentHash, readPageVersion } from './pageStamp';

export interface BuiltFile {
  path: string;
  content: Uint8Array;
}

/**
 * The manifest of the offline copy from the files that belong in it (offlineFiles.ts), with the
 * zip's size when there is one. Pages are identified by the version they carry (pageStamp.ts),
 * other files by a hash of their bytes; the build version hashes them all.
 */
export function buildManifest(files: readonly BuiltFile[], zip?: { path: string; bytes: number }): OfflineManifest {
  const entries: ManifestFile[] = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : 1))
    .map(({ path, content }) => {
      const page = path.endsWith('.html') ? readPageVersion(Buffer.from(content).toString('utf8')) : undefined;
      if (path.endsWith('.html') && !page) throw new Error(`offline manifest: ${path} carries no page version`);
      return {
        path,
        bytes: content.length,
        transfer: Math.min(content.length, gzipSync(content, { level: 9 }).length),
        hash: page ?? contentHash(content),
      };
    });
  const version = createHash('sha256');
  for (const f of entries) version.update(`${f.path}\0${f.hash}\n`);
  return {
    version: version.digest('hex').slice(0, 12),
    files: entries,
    bytes: entries.reduce((n, f) => n + f.bytes, 0),
    transfer: entries.reduce((n, f) => n + f.transfer, 0),
    ...(zip ? { zip } : {}),
  };
}

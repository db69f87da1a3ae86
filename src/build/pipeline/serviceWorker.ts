import { buildManifest } from '../../lib/offline/buildManifest';
import { MANIFEST_PATH } from '../../lib/offline/manifest';
import { isOfflineFile } from '../../lib/offline/offlineFiles';
import { shellAssetKind } from '../../lib/offline/shellAssets';
import { SERVICE_WORKER, ZIP_NAME } from '../../lib/offlineZip';
import { bundleScript } from '../bundleScript';
import type { BuiltSite } from './site';

/**
 * What the service worker works from, once every other file is made (pagefind's too):
 * offline-manifest.json lists every file of the offline copy with its size and hash, and the
 * zip's size (src/lib/offline/buildManifest.ts); sw.js (src/scripts/serviceWorker.ts) carries the
 * build version, so a new build is a new worker, and the shell's files (src/build/shellAssets.ts).
 */
export async function writeServiceWorker(
  site: BuiltSite,
): Promise<{ version: string; files: number; transfer: number }> {
  const all = new Map<string, Uint8Array>(site.files);
  for (const [path, content] of site.output)
    all.set(path, typeof content === 'string' ? Buffer.from(content) : content);
  const zip = all.get(ZIP_NAME);
  const manifest = buildManifest(
    [...all].filter(([path]) => isOfflineFile(path, ZIP_NAME)).map(([path, content]) => ({ path, content })),
    zip ? { path: ZIP_NAME, bytes: zip.length } : undefined,
  );
  site.output.set(MANIFEST_PATH, JSON.stringify(manifest));
  // The shell every page links (assets/site.*.css, assets/page.*.js): the worker keeps this build's.
  const shell = [...all.keys()].filter((path) => shellAssetKind(path) !== undefined).sort();
  const build = `self.__NOTES_BUILD=${JSON.stringify({ version: manifest.version, shell })};\n`;
  site.output.set(SERVICE_WORKER, build + (await bundleScript('serviceWorker.ts')));
  return { version: manifest.version, files: manifest.files.length, transfer: manifest.transfer };
}

import { build } from 'esbuild';
import { join } from 'node:path';

// From the project root: this module also runs from Astro's prerender bundle in dist/, where
// import.meta.url no longer points into src/.
const srcDir = join(process.cwd(), 'src');
const cache = new Map<string, Promise<string>>();

/**
 * Bundles a client entry (a file of src/scripts/) into one minified classic script.
 *
 * Why not Astro's own <script> bundling: it emits module scripts, and shares code between them
 * through `/_astro/*.js` chunks loaded by absolute URL. A page opened from disk cannot load module
 * scripts from other files, nor absolute URLs; a classic script inlined into the page, or loaded
 * by a relative <script src>, works everywhere (web, disk, any base path).
 */
export function bundleScript(entry: string): Promise<string> {
  const cached = cache.get(entry);
  if (cached && !import.meta.env?.DEV) return cached;
  const result = build({
    entryPoints: [join(srcDir, 'scripts', entry)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    alias: { '~': srcDir },
    logLevel: 'error',
  }).then((r) => r.outputFiles[0]!.text.trim());
  cache.set(entry, result);
  return result;
}

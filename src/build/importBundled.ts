import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Imports a module of src/ bundled by esbuild into plain JavaScript under node_modules/.cache, as
 * Node's own module (packages stay external). For the content model and its checks, loaded by the
 * integration: through Vite's module runner, which astro.config.ts is loaded with, the 1.2 MB of
 * JSON of the CLI grammar (src/data/cli/) alone cost more than a second of CPU per build in
 * transforms and source maps; bundled, they are one file that Node parses once.
 *
 * @param entry the module, relative to src/ (`build/contentModel.ts`)
 * @param fresh import a new copy (in `astro dev`, after a change)
 */
export async function importBundled<T>(root: string, entry: string, fresh = false): Promise<T> {
  const outfile = join(root, 'node_modules/.cache/notes', entry.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [join(root, 'src', entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  const url = pathToFileURL(outfile).href;
  return (await nativeImport(fresh ? `${url}?t=${Date.now()}` : url)) as T;
}

/**
 * Node's own `import()`. Written in a `Function` so that Vite's module runner, which runs this
 * module (it loads astro.config.ts and what it imports), does not take the call over: the runner
 * is closed once the config is loaded.
 */
const nativeImport = new Function('url', 'return import(url)') as (url: string) => Promise<unknown>;

// Runs scripts/search-sets.ts (query sets ranked from disk, as the fallback engine ranks): bundles
// it with esbuild into node_modules/.cache, as scripts/check-snippets.mjs does, then runs it.
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'node_modules/.cache/search-sets/search-sets.mjs';
await build({
  entryPoints: ['scripts/search-sets.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);

// Runs scripts/check-snippets.ts: bundles it with esbuild (the checks are TypeScript in src/lib/,
// with JSON data imports) into node_modules/.cache, then runs it. Arguments go through: a content
// folder other than content/ can be given (`node scripts/check-snippets.mjs tests/fixtures/x`).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'node_modules/.cache/check-snippets/check-snippets.mjs';
await build({
  entryPoints: ['scripts/check-snippets.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);

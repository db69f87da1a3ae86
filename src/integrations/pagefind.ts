import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const MIME: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

/**
 * Indexes the built site with pagefind's Node API when the build is done, and in `astro dev`
 * serves the last build's index and search data (/pagefind/, /search/) so search works while
 * writing notes.
 */
export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'notes:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(join(outDir, 'pagefind'))) {
          logger.warn('No search index yet: run `npm run build` once and search works in dev too.');
        }
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          const base = server.config.base.replace(/\/$/, '');
          const dir = ['pagefind', 'search'].find((d) => path.startsWith(`${base}/${d}/`));
          if (!dir) return next();
          const root = join(outDir, dir);
          const file = normalize(join(root, path.slice(`${base}/${dir}/`.length)));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const fail = (step: string, errors: string[]) => {
          throw new Error(`pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        try {
          // keepIndexUrl: results must point at real .html files, which also open from disk.
          const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true, forceLanguage: 'en' });
          if (!index || errors.length) fail('createIndex', errors);
          const added = await index!.addDirectory({ path: site });
          if (added.errors.length) fail('addDirectory', added.errors);
          if (added.page_count === 0) fail('addDirectory', ['no page was indexed (is data-pagefind-body set?)']);
          const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) fail('writeFiles', written.errors);
          // The site draws its own results (src/scripts/search.ts): pagefind's bundled UIs and
          // highlighter are never loaded, so they are not shipped (nor precached, nor zipped).
          for (const f of readdirSync(join(site, 'pagefind'))) {
            if (/^pagefind-(ui|component-ui|modular-ui|highlight)\.|^wasm\.unknown\./.test(f))
              rmSync(join(site, 'pagefind', f));
          }
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createReadStream, existsSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBuiltSite } from '../lib/checkBuiltSite';
import type { FileProblem } from '../lib/model/types';
import { PIPELINE_FILES } from '../lib/offlineZip';
import { printHref } from '../lib/printChapter';
import { formatBytes } from '../lib/formatBytes';
import type { ContentModel, ContentOptions } from '../build/contentModel';
import { formatProblems } from '../build/formatProblems';
import { importBundled } from '../build/importBundled';
import { modelModule } from '../build/modelModule';
import { indexForSearch, searchNotes } from '../build/pipeline/searchIndex';
import { zipForOffline } from '../build/pipeline/offlineZip';
import { writeServiceWorker } from '../build/pipeline/serviceWorker';
import { publish, writeOutput } from '../build/pipeline/publish';
import { parsePages, readSite } from '../build/pipeline/site';
import { stampPages } from '../build/pipeline/stampPages';
import { siteScriptHashes } from '../build/siteScripts';

type ContentModule = typeof import('../build/contentModel');

/** Where a build is made before it replaces the output folder (see the publish step). */
const STAGING = '.dist-staging/';

/**
 * Stops the build on problems of the content or the built site: lists each at its file and line,
 * and exits with status 1. Not a thrown error: Astro reports an error thrown by a hook as "An
 * unhandled error occurred" with a stack trace into this file, which reads as a crash of the
 * build rather than a mistake in a note. Nothing has been written to dist/ at either point (after
 * rendering, the staging folder is removed first).
 */
function stop(logger: AstroIntegrationLogger, problems: FileProblem[]): never {
  logger.error(formatProblems(problems));
  process.exit(1);
}

/**
 * The notes' build, from one place, in the order it runs:
 *
 * Before anything is rendered (astro:config:setup)
 *   1. the content model: every note parsed once, every check of the sources (src/build/contentModel.ts);
 *      any problem stops the build here, naming the file and line, with nothing written;
 *   2. the model is served to pages and endpoints as `virtual:notes/model`.
 * Astro renders the pages and endpoints (the search data are endpoints: src/pages/search/) into
 * a staging folder.
 * After rendering (astro:build:done), in this order; every file is read once, no step rewrites a
 * file another step has read, and nothing is written until every check has passed:
 *   3. read the built site into memory, every file once, and write each page's version into it
 *      (src/lib/offline/pageStamp.ts) before anything else reads it;
 *   4. check the built site, every page parsed once (parse5): links of every page, ids, scripts
 *      against the CSP;
 *   5. index the notes' sections for search (from the content model): pagefind indexes in its
 *      own process while 4 runs; then search/engine.js, the rows bound to pagefind's records;
 *   6. zip the export for offline reading (search/engine.js included);
 *   7. offline-manifest.json (every file of the offline copy, and the zip's size) and sw.js;
 *   8. write the files 3–7 made, then move the staging folder to dist/.
 */
export default function notes(): AstroIntegration {
  let content: ContentModel;
  let outDir = '';
  let staging = '';
  return {
    name: 'notes',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const options: ContentOptions = {
          root,
          production: command === 'build',
          // Unset (the default): the Sätteri processor turns both on.
          features: { gfm: config.markdown.gfm !== false, smartypants: config.markdown.smartypants !== false },
        };
        // Bundled and imported by Node, not through the module runner that loads astro.config.ts.
        const build = async (fresh = false) =>
          (await importBundled<ContentModule>(root, 'build/contentModel.ts', fresh)).loadContentModel(options);
        const started = performance.now();
        content = await build();
        for (const w of content.warnings) logger.warn(`${w.file}:${w.line}: ${w.message}`);
        if (content.problems.length) {
          if (command === 'build') stop(logger, content.problems);
          logger.error(formatProblems(content.problems));
        } else {
          logger.info(`Checked ${content.notes.length} notes in ${ms(started)}: no problems.`);
        }
        const dev = command === 'dev';
        const watch = {
          dir: join(root, 'content'),
          onChange: async () => {
            content = await build(true);
            if (content.problems.length) logger.error(formatProblems(content.problems));
          },
        };
        updateConfig({ vite: { plugins: [modelModule(() => content.published, dev ? watch : undefined)] } });
        if (command === 'build') {
          outDir = fileURLToPath(config.outDir);
          staging = fileURLToPath(new URL(STAGING, config.root));
          updateConfig({ outDir: new URL(STAGING, config.root) });
        } else {
          outDir = fileURLToPath(config.outDir);
        }
      },
      'astro:server:setup': ({ server, logger }) => serveLastIndex(server, outDir, logger),
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let started = performance.now();
        const step = (message: string) => {
          logger.info(`${message} (${ms(started)})`);
          started = performance.now();
        };

        const site = readSite(root);
        const stamped = stampPages(site);
        step(`3. Read the build: ${site.files.size} files; ${stamped} pages stamped with their version`);

        // 5 reads the content model, not the pages: it runs in pagefind's own process while this
        // one parses and checks the pages.
        const indexing = indexForSearch(site, searchNotes(content.published));

        const pages = parsePages(site);
        const byPath = new Map(content.published.map((n) => [n.path, n]));
        const printed = new Set(byPath.keys());
        const problems = checkBuiltSite(pages, {
          // The files later steps make count: every page links the zip.
          files: new Set([...site.files.keys(), ...PIPELINE_FILES]),
          scriptHashes: new Set(await siteScriptHashes()),
          sourceOf: (page, href) => {
            const note = byPath.get(page);
            const link = note?.links.find((l) => l.href === href);
            if (note && link) return { file: note.file, line: link.line };
            // print.html holds every note, its links rewritten for a page at the root.
            if (page !== 'print.html') return undefined;
            for (const n of content.published) {
              const l = n.links.find((x) => printHref(x.href, n.path, printed) === href);
              if (l) return { file: n.file, line: l.line, copy: 'print.html, which holds every note' };
            }
            return undefined;
          },
        });
        if (problems.length) {
          await indexing.catch(() => undefined);
          rmSync(staging, { recursive: true, force: true });
          stop(logger, problems);
        }
        step(`4. Checked the built site: the links, ids and scripts of ${pages.size} pages, parsed once`);

        const indexed = await indexing;
        step(`5. Indexed ${indexed} sections for search, in pagefind's process while 4 ran; search/engine.js`);

        // After 5: the zip holds search/engine.js, which 5 writes (its rows carry pagefind's ids).
        const zip = zipForOffline(site);
        step(`6. Offline zip: ${zip.files} files, ${formatBytes(zip.bytes)}`);

        const sw = await writeServiceWorker(site);
        step(
          `7. Service worker: build ${sw.version}; offline copy ${sw.files} files, ${formatBytes(sw.transfer)} to download`,
        );

        const written = writeOutput(site);
        publish(staging, outDir);
        step(`8. Wrote ${written} files, and moved the build to ${outDir}`);
      },
    },
  };
}

const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;

const MIME: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
};

/**
 * In `astro dev`, serves the last build's search index (/pagefind/) so search works while writing
 * notes; the search data (/search/) are the dev server's own endpoints.
 */
function serveLastIndex(
  server: Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'],
  outDir: string,
  logger: AstroIntegrationLogger,
): void {
  const root = join(outDir, 'pagefind');
  if (!existsSync(root)) logger.warn('No search index yet: run `npm run build` once and search works in dev too.');
  server.middlewares.use((req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
    const prefix = `${server.config.base.replace(/\/$/, '')}/pagefind/`;
    if (!path.startsWith(prefix)) return next();
    const file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
    res.setHeader('Content-Type', MIME[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
}

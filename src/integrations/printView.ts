import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printNote, proseOf } from '../lib/printNote';

/**
 * Fills print.html with the notes as built: each `<!--print:docker/x.html-->` marker becomes that
 * page's prose (src/lib/printNote.ts rewrites its links, ids and heading levels).
 */
export default function printView(): AstroIntegration {
  return {
    name: 'notes:print-view',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const file = join(root, 'print.html');
        const html = readFileSync(file, 'utf8');
        const markers = [...html.matchAll(/<!--print:([^>]+?)-->/g)].map((m) => m[1]!);
        if (!markers.length) throw new Error('print view: print.html has no note markers');
        const printed = new Set(markers);
        const filled = html.replace(/<!--print:([^>]+?)-->/g, (_m, path: string) =>
          printNote(proseOf(readFileSync(join(root, path), 'utf8')), path, printed, 2),
        );
        writeFileSync(file, filled);
        logger.info(`Print view: ${markers.length} notes on one page.`);
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from '../build/listFiles';
import { withCsp } from '../lib/contentSecurityPolicy';

/**
 * Writes a Content-Security-Policy <meta> into every built page (src/lib/contentSecurityPolicy.ts).
 * Runs after the print view is filled in (its scripts are final) and before the zip and the
 * service worker take the pages as they are.
 */
export default function csp(): AstroIntegration {
  return {
    name: 'notes:csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = listFiles(root).filter((f) => f.endsWith('.html'));
        for (const page of pages) writeFileSync(join(root, page), withCsp(readFileSync(join(root, page), 'utf8')));
        logger.info(`Content-Security-Policy written into ${pages.length} pages.`);
      },
    },
  };
}

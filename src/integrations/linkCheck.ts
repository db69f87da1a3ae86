import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks } from '../lib/findBrokenLinks';
import { listFiles } from '../build/listFiles';

/**
 * Fails the build on a link to a page or a #section that does not exist, naming the note's source
 * file and the line of the link, so a writer can fix it.
 */
export default function linkCheck(): AstroIntegration {
  return {
    name: 'notes:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const all = listFiles(root);
        const pages = Object.fromEntries(
          all.filter((f) => f.endsWith('.html')).map((f) => [f, readFileSync(join(root, f), 'utf8')]),
        );
        const broken = findBrokenLinks(pages, new Set(all));
        if (!broken.length) {
          logger.info(`Checked the links of ${Object.keys(pages).length} pages: none broken.`);
          return;
        }
        const contentDir = 'content';
        const where = (from: string, href: string) => {
          const source = join(contentDir, from.replace(/\.html$/, '.mdx'));
          if (!existsSync(source)) return `${from} (generated page)`;
          const lines = readFileSync(source, 'utf8').split('\n');
          const i = lines.findIndex((l) => l.includes(`(${href})`) || l.includes(`"${href}"`) || l.includes(href));
          return `${source}${i >= 0 ? `:${i + 1}` : ''}`;
        };
        throw new Error(
          `Broken links:\n${broken.map((b) => `  ${where(b.from, b.href)}: "${b.href}": ${b.reason}`).join('\n')}\n` +
            'Link to an existing page as a relative .html path, and to a section by its heading anchor.',
        );
      },
    },
  };
}

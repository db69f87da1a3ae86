import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractSections } from '../lib/extractSections';
import { queryWords } from '../lib/searchQuery';
import { ALIASES, STOPWORDS } from '../lib/searchDictionary';
import { bundleScript } from '../build/bundleScript';
import { listFiles } from '../build/listFiles';

/**
 * Writes the search data that pagefind does not provide, as classic scripts so that pages opened
 * from disk can load them too:
 * - search/commands.js: the commands of each section, shown (with a copy button) in results;
 * - search/dictionary.js: the words of the notes with the number of sections using each (typo
 *   correction, ranking), the aliases and the stop words (src/lib/searchDictionary.ts);
 * - search/engine.js: query rewriting, ranking and the choice of engine (src/scripts/searchEngine.ts);
 * - search/sections.js + search/fallback.js: the offline index and engine (MiniSearch) used where
 *   pagefind cannot run (file://).
 */
export default function searchData(): AstroIntegration {
  return {
    name: 'notes:search-data',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = listFiles(root).filter(
          (f) => /^[a-z-]+\/(?!index\.html)[^/]+\.html$/.test(f) && !f.startsWith('pagefind/'),
        );
        const sections = pages.flatMap((page) => {
          const html = readFileSync(join(root, page), 'utf8');
          const tools = [...html.matchAll(/data-pagefind-filter="tool:([^"]+)"/g)].map((m) => m[1]!);
          return extractSections(html, page).map((s) => ({ ...s, tools }));
        });
        if (!sections.length) throw new Error('search data: no note sections found in the build');

        const commands: Record<string, string[]> = {};
        for (const s of sections) if (s.commands.length) commands[s.id] = s.commands;
        // Every word of the notes with the number of sections that use it: typo correction picks
        // the commonest close word, and ranking weighs rare words more.
        const counts = new Map<string, number>();
        for (const s of sections) {
          for (const w of new Set(queryWords(`${s.pageTitle} ${s.title} ${s.text} ${s.commands.join(' ')}`))) {
            if (w.length >= 2 && /^[a-z][a-z0-9-]*$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
          }
        }
        const vocabulary = [...counts].sort((a, b) => b[1] - a[1]);

        const out = join(root, 'search');
        mkdirSync(out, { recursive: true });
        const script = (name: string, value: unknown) => `window.${name}=${JSON.stringify(value)};\n`;
        writeFileSync(join(out, 'commands.js'), script('__notesCommands', commands));
        writeFileSync(
          join(out, 'dictionary.js'),
          script('__notesDictionary', {
            sections: sections.length,
            words: vocabulary,
            aliases: ALIASES,
            stopwords: STOPWORDS,
          }),
        );
        writeFileSync(join(out, 'sections.js'), script('__notesSections', sections));
        writeFileSync(join(out, 'engine.js'), await bundleScript('searchEngine.ts'));
        writeFileSync(join(out, 'fallback.js'), await bundleScript('fallbackEntry.ts'));
        logger.info(`Wrote search data: ${sections.length} sections, ${vocabulary.length} words.`);
      },
    },
  };
}

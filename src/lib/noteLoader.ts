import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateSnippets } from './validateSnippets';
import { validateFrontmatter } from './validateFrontmatter';
import { noteSchema } from './noteSchema';

/**
 * The glob loader, with checks that fail the build naming the file, the line and what to fix:
 * - before loading, each note's frontmatter against the schema (Astro's own error names the file
 *   but not the line of the field);
 * - after loading, every YAML and JSON snippet (validateSnippets.ts).
 */
export function noteLoader(base: string): Loader {
  const inner = glob({ pattern: '**/[^_]*.mdx', base });
  return {
    name: 'notes-loader',
    load: async (context) => {
      const rel = (file: string) => relative(process.cwd(), file);
      const files = (existsSync(base) ? readdirSync(base, { recursive: true, encoding: 'utf8' }) : [])
        .filter((f) => f.endsWith('.mdx') && !f.split(/[\\/]/).at(-1)!.startsWith('_'))
        .map((f) => join(base, f));
      const fmProblems: string[] = [];
      for (const file of files) {
        for (const p of validateFrontmatter(await readFile(file, 'utf8'), noteSchema)) {
          fmProblems.push(`${rel(file)}:${p.line}: ${p.message}`);
        }
      }
      if (fmProblems.length) {
        throw new Error(
          `Invalid frontmatter:\n${fmProblems.map((p) => `  ${p}`).join('\n')}\n` +
            'The fields are documented in src/lib/noteSchema.ts and docs/WRITING.md.',
        );
      }
      await inner.load(context);
      const problems: string[] = [];
      for (const entry of context.store.values()) {
        if (!entry.filePath) continue;
        const source = await readFile(entry.filePath, 'utf8');
        for (const p of validateSnippets(source)) {
          problems.push(`${rel(entry.filePath)}:${p.line}: ${p.message}`);
        }
      }
      if (problems.length) {
        throw new Error(
          `Invalid code snippets:\n${problems.map((p) => `  ${p}`).join('\n')}\n` +
            'Fix the snippet so it parses as shown. A manifest needs apiVersion, kind and metadata.name; ' +
            'mark a deliberately partial YAML block with `partial` after the language (```yaml partial).',
        );
      }
    },
  };
}

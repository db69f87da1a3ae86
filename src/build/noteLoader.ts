import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { validateSnippets } from '../lib/validateSnippets';
import { validateFrontmatter } from '../lib/validateFrontmatter';
import { noteSchema } from '../lib/noteSchema';

/**
 * The glob loader, after checks that fail the build naming the file, the line and what to fix.
 * Each note is read once, before Astro loads it, and checked for:
 * - its frontmatter against the schema (Astro's own error names the file, not the field's line);
 * - every YAML and JSON snippet (validateSnippets.ts).
 */
export function noteLoader(base: string): Loader {
  const inner = glob({ pattern: '**/[^_]*.mdx', base });
  return {
    name: 'notes-loader',
    load: async (context) => {
      const files = (existsSync(base) ? readdirSync(base, { recursive: true, encoding: 'utf8' }) : [])
        .filter((f) => f.endsWith('.mdx') && !f.split(/[\\/]/).at(-1)!.startsWith('_'))
        .map((f) => join(base, f));
      const frontmatter: string[] = [];
      const snippets: string[] = [];
      for (const file of files) {
        const source = await readFile(file, 'utf8');
        const at = (p: { line: number; message: string }) =>
          `  ${relative(process.cwd(), file)}:${p.line}: ${p.message}`;
        frontmatter.push(...validateFrontmatter(source, noteSchema).map(at));
        snippets.push(...validateSnippets(source).map(at));
      }
      const report = [
        frontmatter.length &&
          `Invalid frontmatter:\n${frontmatter.join('\n')}\nThe fields are documented in src/lib/noteSchema.ts and docs/WRITING.md.`,
        snippets.length &&
          `Invalid code snippets:\n${snippets.join('\n')}\nFix the snippet so it parses as shown. A manifest needs ` +
            'apiVersion, kind and metadata.name; mark a deliberately partial YAML block with `partial` after the ' +
            'language (```yaml partial).',
      ].filter(Boolean);
      if (report.length) throw new Error(report.join('\n'));
      await inner.load(context);
    },
  };
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVersions } from '../lib/parseVersions';
import type { Versions } from '../lib/versionsSchema';

/** Where the versions data lives, relative to the project root. */
export const VERSIONS_FILE = 'src/data/versions.yaml';

let cache: Versions | undefined;

/**
 * The tool releases of src/data/versions.yaml, validated. Read from the project root, like the
 * notes, so it works from Astro's prerender bundle too; a broken file fails the build with its lines.
 * Relative imports only: the notes integration (astro.config.ts) loads this module too, and the
 * pages that show the versions (footer, note layout, print view) import it.
 */
export function loadVersions(root = process.cwd()): Versions {
  if (cache && !import.meta.env?.DEV) return cache;
  const text = readFileSync(join(root, VERSIONS_FILE), 'utf8');
  const parsed = parseVersions(text);
  if (!parsed.versions) {
    throw new Error(
      `Invalid ${VERSIONS_FILE}:\n${parsed.problems.map((p) => `  ${VERSIONS_FILE}:${p.line}: ${p.message}`).join('\n')}\n` +
        'The fields are documented at the top of the file and in src/lib/versionsSchema.ts.',
    );
  }
  cache = parsed.versions;
  return cache;
}

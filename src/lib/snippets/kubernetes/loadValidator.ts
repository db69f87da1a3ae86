// Only to find an installed package's file (its exports allow `import` only, so require.resolve
// cannot): no note or build output is read here.
// eslint-disable-next-line no-restricted-imports
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** An ajv-compiled validator, as kubernetes-models ships one per schema. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: { instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }[] | null;
}

const require = createRequire(import.meta.url);
const cache = new Map<string, CompiledValidator>();

/** The installed package file (`kubernetes-models/_schemas/X.js`), found from the working directory up. */
function packageFile(spec: string): string {
  for (let dir = process.cwd(); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', spec);
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) throw new Error(`Cannot find ${spec} in node_modules: run npm install.`);
  }
}

/**
 * Loads one compiled schema of kubernetes-models on first use and keeps it. The packages export
 * ES modules only; `require()` of an ES module file (Node 22.12+) keeps the check synchronous, and
 * loading only the kinds a note uses keeps it fast (the first kind costs about 0.2 s, later ones
 * a few ms).
 */
export function loadValidator(spec: string): CompiledValidator {
  let validate = cache.get(spec);
  if (!validate) {
    validate = (require(packageFile(spec)) as { validate: CompiledValidator }).validate;
    cache.set(spec, validate);
  }
  return validate;
}

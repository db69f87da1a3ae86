import { Ajv, type ValidateFunction } from 'ajv';
import schema from '../../data/schemas/compose-spec.json' with { type: 'json' };
import { composeReferenceProblems } from './composeReferences';
import { jsonSchemaProblems } from './jsonSchemaProblems';
import type { LocalProblem } from './types';

type Path = (string | number)[];
let ajv: Ajv | undefined;
const validators = new Map<'file' | 'service', ValidateFunction>();

/**
 * The Compose Specification schema (src/data/schemas/compose-spec.json), compiled on first use.
 * It uses `deprecated` (a 2019-09 annotation) and formats that Compose defines loosely: not strict.
 * Its `$schema` is draft-07 under an https URL that ajv does not know: the schema is not itself
 * validated. Compiling without ajv's code optimisation takes half the time (about 0.3 s instead of
 * 0.6 s of CPU), and validating the few Compose snippets of a build costs nothing either way.
 */
function compose(part: 'file' | 'service'): ValidateFunction {
  ajv ??= new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    validateFormats: false,
    validateSchema: false,
    code: { optimize: false },
  }).addSchema(schema, 'compose-spec');
  let validate = validators.get(part);
  if (!validate) {
    validate = ajv.getSchema(part === 'file' ? 'compose-spec' : 'compose-spec#/definitions/service')!;
    validators.set(part, validate);
  }
  return validate;
}

/**
 * Checks a Compose file, a file merged onto another (`compose.prod.yaml`: `'override'`), or one
 * service's mapping (`fragment="compose-service"`), against the Compose Specification, and what
 * `docker compose config` rejects beyond it (composeReferences.ts), whether or not the schema
 * passes: the problems of both, in line order. The top-level `version:` is
 * obsolete: Compose ignores it and warns; the notes leave it out.
 */
export function checkCompose(
  value: unknown,
  lineOf: (path: Path) => number,
  part: 'file' | 'override' | 'service' = 'file',
): LocalProblem[] {
  const validate = compose(part === 'service' ? 'service' : 'file');
  const problems: LocalProblem[] = [];
  if (part !== 'service' && value && typeof value === 'object' && 'version' in value)
    problems.push({
      line: lineOf(['version']),
      message:
        'the top-level `version:` is obsolete (Compose Specification): Compose ignores it and warns "the attribute `version` is obsolete"; remove it.',
    });
  const schema = validate(value)
    ? []
    : jsonSchemaProblems(validate.errors ?? [], part === 'service' ? 'the service' : 'the Compose file');
  for (const p of schema) problems.push({ line: lineOf(p.path), message: p.message });
  // Also where the schema refuses the file: each mistake shows at once, not one after the other's fix.
  const faults = schema.map((p) => p.path);
  problems.push(...composeReferenceProblems(value, lineOf, part, faults));
  return problems.sort((a, b) => a.line - b.line);
}

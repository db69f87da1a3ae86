import { Ajv, type ValidateFunction } from 'ajv';
import dockerrun from '../../data/schemas/dockerrun-aws.schema.json' with { type: 'json' };
import travis from '../../data/schemas/travis-yml.schema.json' with { type: 'json' };
import { jsonSchemaProblems } from './jsonSchemaProblems';
import type { LocalProblem } from './types';

const SCHEMAS = {
  travis: { schema: travis, what: '.travis.yml' },
  dockerrun: { schema: dockerrun, what: 'Dockerrun.aws.json' },
};
const compiled = new Map<keyof typeof SCHEMAS, ValidateFunction>();

/** Checks a file of a small, hand-written shape (src/data/schemas/*.schema.json, each with its sources). */
export function checkShape(
  kind: keyof typeof SCHEMAS,
  value: unknown,
  lineOf: (path: (string | number)[]) => number,
): LocalProblem[] {
  let validate = compiled.get(kind);
  if (!validate) {
    validate = new Ajv({ allErrors: true, verbose: true, strict: false, code: { optimize: false } }).compile(
      SCHEMAS[kind].schema,
    );
    compiled.set(kind, validate);
  }
  if (validate(value)) return [];
  return jsonSchemaProblems(validate.errors ?? [], SCHEMAS[kind].what).map((p) => ({
    line: lineOf(p.path),
    message: p.message,
  }));
}

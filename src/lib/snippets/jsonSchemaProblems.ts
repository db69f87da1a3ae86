import type { ErrorObject } from 'ajv';
import { code, didYouMean, orList } from '../shell/didYouMean';
import { fieldPath, fromInstancePath } from './kubernetes/fieldPath';

type Path = (string | number)[];

/**
 * Turns ajv's errors (compiled with `allErrors` and `verbose`) into one message per field, in the
 * words a writer needs: an unknown key with the nearest valid key ("did you mean ports?"), a
 * missing key, a wrong type. For `oneOf`/`anyOf` alternatives only the deepest errors are kept.
 */
export function jsonSchemaProblems(
  errors: ErrorObject[],
  what: string,
  prefix: Path = [],
): { path: Path; message: string }[] {
  const out = new Map<string, { path: Path; message: string }>();
  const deepest = Math.max(0, ...errors.map((e) => e.instancePath.split('/').length));
  // An alternative of a `oneOf` that fails only on its type is not the alternative meant, when
  // another error explains the same value.
  const explained = new Set(
    errors.filter((e) => e.keyword !== 'type' && e.keyword !== 'oneOf').map((e) => e.instancePath),
  );
  for (const e of errors) {
    if (e.keyword === 'type' && /oneOf|anyOf/.test(e.schemaPath) && explained.has(e.instancePath)) continue;
    const path = [...prefix, ...fromInstancePath(e.instancePath)];
    const at = path.length ? code(fieldPath(path)) : 'the top level';
    let message: string | undefined;
    if (e.keyword === 'additionalProperties') {
      const key = String(e.params['additionalProperty']);
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const near = didYouMean(key, known);
      message =
        `unknown key ${code(key)} at ${at} of ${what}` +
        (near.length ? `: did you mean ${orList(near)}?` : known.length ? `: the keys are ${known.join(', ')}.` : '.');
      path.push(key);
    } else if (e.keyword === 'required')
      message = `${at} of ${what} lacks ${code(String(e.params['missingProperty']))}, which is required.`;
    else if (e.keyword === 'type' && e.instancePath.split('/').length === deepest)
      message = `${at} of ${what} must be ${[e.params['type']].flat().join(' or ')}.`;
    else if (e.keyword === 'enum')
      message = `${at} of ${what} must be one of ${orList((e.params['allowedValues'] as string[]).map(String))}.`;
    else if (e.keyword === 'const') message = `${at} of ${what} must be ${code(String(e.params['allowedValue']))}.`;
    else if (!['oneOf', 'anyOf', 'type', 'if', 'not'].includes(e.keyword)) message = `${at} of ${what} ${e.message}.`;
    if (!message) continue;
    const key = `${fieldPath(path)}:${e.keyword}`;
    if (!out.has(key)) out.set(key, { path, message });
  }
  // A value no alternative accepts and no deeper error explains.
  if (!out.size && errors.length) {
    const e = errors[0]!;
    const path = [...prefix, ...fromInstancePath(e.instancePath)];
    out.set('any', {
      path,
      message: `${path.length ? code(fieldPath(path)) : 'the top level'} of ${what} is not valid: ${e.message}.`,
    });
  }
  return [...out.values()];
}

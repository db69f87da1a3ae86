import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { ZodType } from 'astro/zod';
import { yamlLine } from '../yamlLine';
import type { Problem } from './types';

/**
 * Checks a note's frontmatter against the schema and reports each problem at the line of its
 * field (a missing field at the frontmatter's first line), in words a writer can act on.
 *
 * @param yaml the frontmatter between the two `---` lines, or undefined when the note has none
 * @param line the file line of the opening `---`
 */
export function checkFrontmatter(yaml: string | undefined, line: number, schema: ZodType): Problem[] {
  if (yaml === undefined) {
    return [{ line: 1, message: 'The file must start with frontmatter between two `---` lines.' }];
  }
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  if (doc.errors.length) {
    return doc.errors.map((e) => ({
      line: line + (e.linePos?.[0]?.line ?? 1),
      message: `Frontmatter is not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
  }
  const lineOf = (key: string | number | undefined): number => {
    if (key === undefined || !isMap(doc.contents)) return line;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const pos = (pair?.key as { range?: [number] } | undefined)?.range?.[0];
    return pos === undefined ? line : line + counter.linePos(pos).line;
  };
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.join('.');
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : (issue.path[0] as string | undefined);
    // A field inside a list or map (checkedAgainst.1.version) points at its own line.
    const nested = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const at = nested.length > 1 ? line + yamlLine(doc, counter, nested) : lineOf(key);
    return { line: at, message: describeIssue(issue, field) };
  });
}

function describeIssue(issue: { code: string; message: string }, field: string): string {
  if (issue.code === 'unrecognized_keys') {
    return `${issue.message}. Remove it, or add the field to src/lib/noteSchema.ts.`;
  }
  if (issue.message === 'missing' || (issue.code === 'invalid_type' && /received undefined/i.test(issue.message)))
    return `\`${field}\` is missing.`;
  return `\`${field}\` is invalid: ${issue.message.replace(/\.$/, '')}.`;
}

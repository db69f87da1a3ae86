import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { ZodType } from 'astro/zod';

export interface FrontmatterProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

/**
 * Validates a note's frontmatter against the schema and reports each problem at the line of the
 * field (or of the frontmatter's start for a missing field), in words a writer can act on.
 */
export function validateFrontmatter(source: string, schema: ZodType): FrontmatterProblem[] {
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/);
  if (!match) return [{ line: 1, message: 'The file must start with frontmatter between two `---` lines.' }];
  const yamlText = match[1]!;
  const offset = 1; // the opening --- line
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  if (doc.errors.length) {
    return doc.errors.map((e) => ({
      line: offset + (e.linePos?.[0]?.line ?? 1),
      message: `Frontmatter is not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
    }));
  }
  const lineOf = (key: string | number | undefined): number => {
    if (key === undefined || !isMap(doc.contents)) return offset;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const pos = (pair?.key as { range?: [number] } | undefined)?.range?.[0];
    return pos === undefined ? offset : offset + counter.linePos(pos).line;
  };
  const result = schema.safeParse(doc.toJS() ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.join('.');
    const missing = issue.code === 'invalid_type' && /received undefined|Required/i.test(issue.message);
    const what = missing ? 'is missing' : issue.code === 'unrecognized_keys' ? '' : `is invalid: ${issue.message}`;
    const message =
      issue.code === 'unrecognized_keys'
        ? `${issue.message}. Remove it, or add the field to src/lib/noteSchema.ts.`
        : `\`${field}\` ${what}.`;
    const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : (issue.path[0] as string | undefined);
    return { line: lineOf(key), message };
  });
}

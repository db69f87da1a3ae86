import { parseDocument } from 'yaml';
import { checkShape } from './checkShapes';
import type { CheckedKind, LocalProblem } from './types';
import { parseYamlDocuments } from './yamlDocuments';

/** Where a `JSON.parse` error is (its message gives the offset: "… in JSON at position 12"). */
function errorAt(code: string, message: string): { line: number; column?: number } {
  const pos = Number(message.match(/at position (\d+)/)?.[1] ?? NaN);
  if (Number.isNaN(pos)) return { line: code.split('\n').length };
  const before = code.slice(0, pos).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/**
 * The keys given twice in one object: `JSON.parse` keeps the last and drops the first without a
 * word (two `"scripts"` in a package.json: npm sees one). JSON is YAML 1.2, and the YAML parser
 * reports each duplicate at its line.
 */
function duplicateKeys(code: string): LocalProblem[] {
  return parseDocument(code, { prettyErrors: true })
    .errors.filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => {
      const { line, col } = e.linePos?.[0] ?? { line: 1, col: 1 };
      // The error is at the key: a JSON string, read as one.
      const at = code.split('\n')[line - 1] ?? '';
      const quoted = at.slice(col - 1).match(/^"(?:[^"\\]|\\.)*"/)?.[0];
      const key = quoted === undefined ? undefined : (JSON.parse(quoted) as string);
      return {
        line,
        message: `JSON has the key ${key === undefined ? '' : `\`"${key}"\` `}twice in one object: a reader of the file keeps only the last one, so merge the two.`,
      };
    });
}

/** Checks a JSON snippet: it parses, and a `Dockerrun.aws.json` has the shape Elastic Beanstalk reads. */
export function checkJson(
  code: string,
  title: string | undefined,
  checked: Partial<Record<CheckedKind, number>>,
): LocalProblem[] {
  try {
    JSON.parse(code);
  } catch (e) {
    const message = (e as Error).message;
    const { line, column } = errorAt(code, message);
    // The words of the error without its position, which differs between Node versions.
    const what = message.replace(/ in JSON at position \d+.*$/, '').replace(/\.$/, '');
    return [{ line, message: `JSON does not parse${column ? ` (column ${column})` : ''}: ${what}.` }];
  }
  const duplicates = duplicateKeys(code);
  if (duplicates.length) return duplicates;
  const name = title?.split(/\s+/)[0]?.split('/').at(-1);
  if (name !== 'Dockerrun.aws.json') {
    checked.JSON = (checked.JSON ?? 0) + 1;
    return [];
  }
  checked['Dockerrun.aws.json'] = (checked['Dockerrun.aws.json'] ?? 0) + 1;
  // JSON is YAML 1.2: the YAML parser gives each field its line.
  const [doc] = parseYamlDocuments(code).documents;
  return doc ? checkShape('dockerrun', doc.value, doc.lineOf) : [];
}

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

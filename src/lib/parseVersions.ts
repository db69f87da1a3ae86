import { LineCounter, parseDocument } from 'yaml';
import { versionsSchema, type Versions } from './versionsSchema';
import { yamlLine } from './yamlLine';

export interface VersionsProblem {
  /** 1-based line in src/data/versions.yaml. */
  line: number;
  message: string;
}

export type ParsedVersions =
  { versions: Versions; problems: [] } | { versions: undefined; problems: VersionsProblem[] };

/**
 * Reads the text of src/data/versions.yaml and validates it against its schema, reporting each
 * problem at its line. Pure: the caller reads the file (src/build/loadVersions.ts).
 */
export function parseVersions(text: string): ParsedVersions {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length) {
    return {
      versions: undefined,
      problems: doc.errors.map((e) => ({
        line: e.linePos?.[0]?.line ?? 1,
        message: `not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    };
  }
  const result = versionsSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return { versions: result.data, problems: [] };
  return {
    versions: undefined,
    problems: result.error.issues.map((issue) => ({
      line: yamlLine(doc, counter, issue.path),
      message: `${issue.path.length ? `\`${issue.path.join('.')}\` ` : ''}${issue.message}`,
    })),
  };
}

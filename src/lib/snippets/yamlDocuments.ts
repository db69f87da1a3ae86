import { type Document, isMap, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml';
import type { LocalProblem } from './types';

export interface YamlDocument {
  /** The document as plain data. */
  value: unknown;
  /** The line (in the snippet, 1-based) of the node at a path (`['spec', 'selector']`), or of the nearest parent. */
  lineOf: (path: (string | number)[]) => number;
  /** Line of the document's first content. */
  line: number;
}

export interface ParsedYaml {
  documents: YamlDocument[];
  problems: LocalProblem[];
}

/**
 * Parses every document of a YAML snippet with the `yaml` package, duplicate keys being errors
 * (`uniqueKeys`, YAML 1.2), and keeps the position of every node so that a check can name the line.
 */
export function parseYamlDocuments(code: string): ParsedYaml {
  const counter = new LineCounter();
  const docs = parseAllDocuments(code, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const all: Document.Parsed[] = Array.isArray(docs) ? docs : [docs];
  const problems: LocalProblem[] = [];
  const documents: YamlDocument[] = [];
  const lineAt = (offset: number) => counter.linePos(offset).line;
  for (const doc of all) {
    for (const err of doc.errors) {
      const line = err.linePos?.[0]?.line ?? lineAt(err.pos[0]);
      let what = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      if (err.code === 'DUPLICATE_KEY') {
        const key = code.split('\n')[line - 1]?.trim().replace(/^- /, '').split(':')[0];
        what = `the key \`${key}\` appears twice in one mapping: keep one`;
      }
      const col = err.linePos?.[0]?.col;
      problems.push({ line, message: `YAML does not parse${col ? ` (column ${col})` : ''}: ${what}.` });
    }
    if (doc.errors.length) continue;
    const contents = doc.contents as Node | null;
    if (!contents) continue;
    const lineOf = (path: (string | number)[]) => {
      let node: unknown = contents;
      let line = lineAt(contents.range?.[0] ?? 0);
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
          if (!pair) break;
          const keyNode = pair.key as Node;
          line = lineAt(keyNode.range?.[0] ?? 0);
          node = pair.value;
        } else if (isSeq(node) && typeof key === 'number') {
          const item = node.items[key] as Node | undefined;
          if (!item) break;
          line = lineAt(item.range?.[0] ?? 0);
          node = item;
        } else break;
      }
      return line;
    };
    documents.push({ value: doc.toJS({ maxAliasCount: 100 }), lineOf, line: lineAt(contents.range?.[0] ?? 0) });
  }
  return { documents, problems };
}

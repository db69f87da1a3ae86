import { type Document, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, visit } from 'yaml';
import type { LocalProblem } from './types';

export interface YamlDocument {
  /** The document as plain data. */
  value: unknown;
  /** The line (in the snippet, 1-based) of the node at a path (`['spec', 'selector']`), or of the nearest parent. */
  lineOf: (path: (string | number)[]) => number;
  /** Line of the document's first content. */
  line: number;
  /**
   * Unquoted values that YAML 1.2 reads as strings and YAML 1.1 as booleans (`yes`, `off`, `y`):
   * kubectl reads manifests as YAML 1.1 (sigs.k8s.io/yaml, go-yaml v2), so `value: yes` is `true`
   * there. Values only, not keys (a workflow's `on:` is a key).
   */
  yaml11Booleans: { text: string; line: number }[];
}

/** The plain scalars YAML 1.1 (go-yaml v2) resolves to a boolean and YAML 1.2 to a string. */
const YAML11_BOOLEAN = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

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
  // `merge`: a `<<: *common` merge key (Compose's extension fields) is read as Docker reads it.
  const docs = parseAllDocuments(code, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, merge: true });
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
    const yaml11Booleans: YamlDocument['yaml11Booleans'] = [];
    visit(doc, {
      Pair(_, pair) {
        const v = pair.value;
        if (isScalar(v) && v.type === 'PLAIN' && typeof v.value === 'string' && YAML11_BOOLEAN.test(v.value))
          yaml11Booleans.push({ text: v.value, line: lineAt(v.range?.[0] ?? 0) });
      },
      Seq(_, seq) {
        for (const v of seq.items)
          if (isScalar(v) && v.type === 'PLAIN' && typeof v.value === 'string' && YAML11_BOOLEAN.test(v.value))
            yaml11Booleans.push({ text: v.value, line: lineAt(v.range?.[0] ?? 0) });
      },
    });
    documents.push({
      value: doc.toJS({ maxAliasCount: 100 }),
      lineOf,
      line: lineAt(contents.range?.[0] ?? 0),
      yaml11Booleans,
    });
  }
  return { documents, problems };
}

import { isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/**
 * The 1-based line of the field at `path` in a parsed YAML document, for messages that point a writer
 * at the right line: the line of its key in a map, of the item itself in a list. A path that does not
 * exist (a missing field) points at its nearest parent that does; the document root is line 1.
 */
export function yamlLine(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  let start: number | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
      if (!pair) break;
      start = (pair.key as Node).range?.[0] ?? start;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number' && isNode(node.items[key])) {
      node = node.items[key];
      start = (node as Node).range?.[0] ?? start;
    } else break;
  }
  return start === undefined ? 1 : counter.linePos(start).line;
}

import { LineCounter, parseDocument, type Document } from 'yaml';

export interface FrontmatterDocument {
  /** The frontmatter's YAML, parsed with source positions. */
  doc: Document;
  counter: LineCounter;
  /** Lines before the YAML in the file (the opening `---`): add to a YAML line for the file's line. */
  offset: number;
}

/** The YAML between a note's two `---` lines, parsed with positions; undefined when there is none. */
export function frontmatterDocument(source: string): FrontmatterDocument | undefined {
  const match = source.match(/^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/);
  if (!match) return undefined;
  const counter = new LineCounter();
  return { doc: parseDocument(match[1]!, { lineCounter: counter }), counter, offset: 1 };
}

import { LineCounter, parseDocument } from 'yaml';
import { yamlLine } from '../yamlLine';
import type { NoteModel } from './types';

/** The file line of a path inside the note's frontmatter (`['searchPhrases', anchor, 2]`, `['title']`). */
export function frontmatterLines(model: NoteModel): (path: PropertyKey[]) => number {
  const counter = new LineCounter();
  const doc = parseDocument(model.frontmatterSource ?? '', { lineCounter: counter });
  return (path) => model.frontmatterLine + yamlLine(doc, counter, path);
}

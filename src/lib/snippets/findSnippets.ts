import { buildNoteModel } from '../model/buildNoteModel';
import type { Snippet } from './types';

/**
 * The fenced code blocks of a note's MDX source, with the note line of each block's first code
 * line: the content model's snippets (src/lib/model/), read with the parser the page is rendered
 * with, so `npm run check:snippets` and the build check the same blocks. Throws, with the line,
 * when the note is not valid MDX.
 */
export function findSnippets(source: string): Snippet[] {
  const model = buildNoteModel(source, { file: '', topic: '', slug: '', path: '' });
  if (!model.parsed) {
    const [problem] = model.problems;
    throw Object.assign(new Error(problem?.message ?? 'not valid MDX'), { line: problem?.line ?? 1 });
  }
  return model.snippets.map(({ lang, meta, code, line }) => ({ lang, meta, code, line }));
}

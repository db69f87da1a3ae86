import { checkSnippet as checkSnippetKinds } from '../snippets/checkSnippet';
import type { Snippet, SnippetProblem } from '../snippets/types';

export type { SnippetProblem };

/** Problems of each snippet already checked, by its text, with lines counted from the block. */
const checked = new Map<string, SnippetProblem[]>();

/**
 * Every problem of one code block, at lines of the note file: the snippet validators of
 * src/lib/snippets/ (YAML and JSON, Kubernetes objects, Compose, Dockerfiles, CI files, shell
 * commands against the CLI grammar). The one place the model asks about a snippet.
 *
 * A block's problems depend only on its language, meta and code, so they are kept: in `astro dev`
 * every change re-checks the notes, and only the blocks that changed cost anything.
 */
export function checkSnippet(snippet: Snippet): SnippetProblem[] {
  const key = JSON.stringify([snippet.lang, snippet.meta, snippet.code]);
  let problems = checked.get(key);
  if (!problems) {
    problems = checkSnippetKinds({ ...snippet, line: 1 });
    if (checked.size > 10_000) checked.clear();
    checked.set(key, problems);
  }
  return problems.map((p) => ({ line: p.line + snippet.line - 1, message: p.message }));
}

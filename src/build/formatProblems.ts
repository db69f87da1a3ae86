import type { FileProblem } from '../lib/model/types';

/** The problems as the build prints them: one `file:line: message` a line. */
export function formatProblems(problems: FileProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.line > 0 ? `:${p.line}` : ''}: ${p.message}`);
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return `The notes have ${count}. Fix each at its file and line:\n${lines.join('\n')}`;
}

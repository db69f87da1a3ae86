// `npm run check:snippets`: every snippet check over the real notes (content/**/*.mdx), with a
// summary per page of what was checked. Exits non-zero with `file:line: message` on any problem.
// Bundled and run by scripts/check-snippets.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSnippetReport } from '../src/lib/snippets/checkSnippet';
import { findSnippets } from '../src/lib/snippets/findSnippets';
import { summarize } from '../src/lib/snippets/summarize';
import type { CheckedKind } from '../src/lib/snippets/types';

const root = process.argv[2] ?? 'content';
const started = performance.now();
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx') && !f.split(/[\\/]/).at(-1)!.startsWith('_'))
  .sort();
const problems: string[] = [];
const total: Partial<Record<CheckedKind, number>> = {};
for (const file of files) {
  const path = join(root, file);
  const shown = relative(process.cwd(), path);
  const checked: Partial<Record<CheckedKind, number>> = {};
  let count = 0;
  let snippets;
  try {
    snippets = findSnippets(readFileSync(path, 'utf8'));
  } catch (e) {
    const err = e as { line?: number; message: string };
    problems.push(`${shown}:${err.line ?? 1}: the note is not valid MDX: ${err.message}`);
    continue;
  }
  for (const snippet of snippets) {
    const report = checkSnippetReport(snippet);
    for (const [k, n] of Object.entries(report.checked) as [CheckedKind, number][]) {
      checked[k] = (checked[k] ?? 0) + n;
      total[k] = (total[k] ?? 0) + n;
    }
    for (const p of report.problems) problems.push(`${shown}:${p.line}: ${p.message}`);
    count += report.problems.length;
  }
  console.log(`${shown}: ${summarize(checked)} — ${count ? `${count} problem${count > 1 ? 's' : ''}` : 'ok'}`);
}
const ms = performance.now() - started;
console.log(`\n${files.length} notes: ${summarize(total)}, in ${(ms / 1000).toFixed(2)} s.`);
console.log(
  'Not checked: commands of tools outside the grammar (curl, apt, base64, skaffold, travis …: src/data/cli/ lists the tools), ' +
    'text blocks, and YAML files of other tools (values.yaml, kubeconfig: syntax only).',
);
if (problems.length) {
  console.error(`\n${problems.length} snippet problem${problems.length > 1 ? 's' : ''}:\n${problems.join('\n')}`);
  process.exit(1);
}

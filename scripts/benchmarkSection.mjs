// docs/benchmarks.md is written by several scripts (budget.mjs --speed, bench.mjs, lighthouse.mjs):
// each owns one marked section and replaces only that one, so the others keep their numbers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { format, resolveConfig } from 'prettier';

export const BENCHMARKS_FILE = 'docs/benchmarks.md';
const HEADER =
  '# Benchmarks\n\nMeasured numbers, written by the scripts that measure them (`npm run bench`, ' +
  '`npm run lighthouse`). Rerun them after a change that can move a number, and commit the result.\n';

/**
 * Replaces (or appends) the section between `<!-- name -->` and `<!-- /name -->`, and formats the
 * file with Prettier so that `npm run lint` stays clean after a run.
 */
export async function writeSection(name, markdown, file = BENCHMARKS_FILE) {
  const begin = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  if (!text.startsWith('# ')) text = HEADER;
  const block = `${begin}\n\n${markdown.trim()}\n\n${end}`;
  const at = text.indexOf(begin);
  const stop = text.indexOf(end);
  text =
    at >= 0 && stop > at
      ? text.slice(0, at) + block + text.slice(stop + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  const formatted = await format(text, { ...(await resolveConfig(file)), filepath: file });
  writeFileSync(file, formatted);
  console.log(`Wrote the "${name}" section of ${file}`);
}

/** A Markdown table from a header row and rows (numbers are right-aligned). */
export function table(head, rows) {
  const right = head.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (right[i] ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** One line about the machine, for the numbers to be read against. */
export function machine(extra = '') {
  const [load1] = (existsSync('/proc/loadavg') ? readFileSync('/proc/loadavg', 'utf8') : '').split(' ');
  const ram = `${Math.round(totalmem() / 2 ** 30)} GiB RAM`;
  return [
    `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'})`,
    ram,
    `Node ${process.version}`,
    extra,
    load1 ? `load average ${load1} at the start` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

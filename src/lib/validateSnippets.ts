import { parseAllDocuments } from 'yaml';

/** A problem in a note's code block, located at a line of the note's file (1-based). */
export interface SnippetProblem {
  line: number;
  message: string;
}

interface Block {
  lang: string;
  meta: string;
  /** File line of the block's first code line. */
  startLine: number;
  code: string;
}

/** Finds the fenced code blocks of a Markdown/MDX file, with their file line numbers. */
export function findCodeBlocks(source: string): Block[] {
  const lines = source.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i]!.match(/^(\s*)(`{3,}|~{3,})([\w-]*)\s*(.*)$/);
    if (!open) continue;
    const fence = open[2]!;
    const end = lines.findIndex((l, j) => j > i && l.trim().startsWith(fence) && l.trim().replace(/[`~]/g, '') === '');
    const close = end === -1 ? lines.length : end;
    blocks.push({
      lang: open[3]!.toLowerCase(),
      meta: open[4] ?? '',
      startLine: i + 2,
      code: lines.slice(i + 1, close).join('\n'),
    });
    i = close;
  }
  return blocks;
}

/**
 * Checks that YAML and JSON snippets parse, and that a YAML document that looks like a Kubernetes
 * object (it has `kind`) has `apiVersion` and `metadata.name`. Blocks marked `partial` in their
 * meta are checked for syntax only.
 */
export function validateSnippets(source: string): SnippetProblem[] {
  const problems: SnippetProblem[] = [];
  for (const block of findCodeBlocks(source)) {
    if (block.lang === 'yaml' || block.lang === 'yml') {
      for (const doc of parseAllDocuments(block.code)) {
        for (const err of doc.errors) {
          const line = block.startLine + (err.linePos?.[0]?.line ?? 1) - 1;
          const col = err.linePos?.[0]?.col;
          const what = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
          problems.push({ line, message: `YAML does not parse${col ? ` (column ${col})` : ''}: ${what}.` });
        }
        if (doc.errors.length) continue;
        const value = doc.toJS() as Record<string, unknown> | null;
        if (value && typeof value === 'object' && 'kind' in value && !/\bpartial\b/.test(block.meta)) {
          const meta = value['metadata'] as { name?: unknown; generateName?: unknown } | undefined;
          const missing = [
            !value['apiVersion'] && 'apiVersion',
            !(meta?.name || meta?.generateName) && 'metadata.name',
          ].filter(Boolean);
          if (missing.length && value['kind'] !== 'Config') {
            const docLine =
              block.startLine + (doc.range ? block.code.slice(0, doc.range[0]).split('\n').length - 1 : 0);
            problems.push({
              line: docLine,
              message: `Kubernetes ${String(value['kind'])} manifest lacks ${missing.join(' and ')}.`,
            });
          }
        }
      }
    } else if (block.lang === 'json') {
      try {
        JSON.parse(block.code);
      } catch (e) {
        const msg = (e as Error).message;
        const pos = Number(msg.match(/position (\d+)/)?.[1] ?? NaN);
        const rel = Number.isNaN(pos) ? 0 : block.code.slice(0, pos).split('\n').length - 1;
        problems.push({ line: block.startLine + rel, message: `JSON does not parse: ${msg}` });
      }
    }
  }
  return problems;
}

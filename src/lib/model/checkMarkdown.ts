import type { Code, Nodes, Root, Table, Text } from 'mdast';
import type { Problem } from './types';

/**
 * Mistakes in a note's Markdown that parse, and so would pass silently, but lose part of the
 * note on the page: a code fence left open (the prose after it becomes code), a `|` inside a table
 * cell (the cell splits, and the extra cell is not shown), a reference link without its definition
 * (the brackets show as text). Read from the parsed tree (mdast, with positions) and the source
 * lines those positions point at.
 */
export function checkMarkdown(tree: Root, source: string): Problem[] {
  const lines = source.split(/\r?\n/);
  const problems: Problem[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'code') problems.push(...checkFence(node, lines));
    else if (node.type === 'table') problems.push(...checkTable(node));
    else if (node.type === 'text') problems.push(...checkReferences(node, source));
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(tree);
  return problems;
}

/** A fence line: up to three spaces, three or more ` or ~, and what follows (the info string). */
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The fence a source line holds, after its blockquote markers and indentation; undefined if none. */
function fenceOf(line: string): { marker: string; info: string } | undefined {
  const m = line
    .replace(/^(?:\s*>)+/, '')
    .replace(/^\s+/, '')
    .match(FENCE);
  return m ? { marker: m[1]!, info: m[2]!.trim() } : undefined;
}

/** Whether `line` is a fence that closes (or, with an info string, would open) a block of `marker`. */
const sameFence = (fence: { marker: string }, marker: string) =>
  fence.marker[0] === marker[0] && fence.marker.length >= marker.length;

/**
 * A fenced block whose closing fence was deleted runs on to the next fence (which closes it), or
 * to the end of the file (or of its blockquote or list item). In the first case the block's code
 * holds the next block's opening fence, info string and all: a line such as ```yaml cannot close a
 * block, and a block of ``` cannot hold one and then be closed by a bare ``` (that would close it
 * first), so it is the one sign. In the second, its last source line is not a closing fence.
 */
function checkFence(node: Code, lines: string[]): Problem[] {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end) return [];
  const opening = lines[start.line - 1]?.slice(start.column - 1) ?? '';
  const open = opening.match(FENCE);
  const code = node.value.split('\n');
  if (!open) return []; // MDX has no indented code: every code block is fenced
  const lang = open[2]!.trim().split(/\s/)[0] ?? '';
  const marker = open[1]!;
  const shown = `${marker}${lang}`;
  const inner = code.findIndex((l) => {
    const fence = l.match(FENCE);
    return fence !== null && sameFence({ marker: fence[1]! }, marker) && fence[2]!.trim() !== '';
  });
  if (inner >= 0) {
    const line = start.line + 1 + inner;
    const next = code[inner]!.trim().split(/\s/)[0];
    return [
      {
        line: start.line,
        message:
          `The code block ${shown} is not closed, so what follows it is shown as code up to the ${next} at line ${line}: ` +
          `close it with ${marker} before line ${line}.`,
      },
    ];
  }
  let last = end.line;
  const upToEnd = (n: number) => (n === end.line ? lines[n - 1]!.slice(0, end.column - 1) : lines[n - 1]!);
  while (
    last > start.line &&
    upToEnd(last)
      .replace(/^(?:\s*>)+/, '')
      .trim() === ''
  )
    last--;
  const closing = last > start.line ? fenceOf(upToEnd(last)) : undefined;
  if (closing && sameFence(closing, marker) && closing.info === '') return [];
  return [
    {
      line: start.line,
      message: `The code block ${shown} is not closed, so everything after it is shown as code: close it with ${marker} where its code ends.`,
    },
  ];
}

/**
 * A table row with more cells than the header has columns: a `|` inside a cell (even in code) ends
 * the cell, and the cells past the last column are not shown.
 */
function checkTable(node: Table): Problem[] {
  const columns = node.children[0]?.children.length ?? 0;
  return node.children.slice(1).flatMap((row) =>
    row.children.length > columns
      ? [
          {
            line: row.position?.start.line ?? 1,
            message:
              `This table row has ${row.children.length} cells but the table has ${columns} columns, so the last ` +
              `${row.children.length - columns === 1 ? 'one is' : `${row.children.length - columns} are`} not shown: ` +
              'write a `|` inside a cell as `\\|` (in code too).',
          },
        ]
      : [],
  );
}

/**
 * `[text][id]` (or `[text][]`) left as text: a reference link whose `[id]: url` definition is
 * missing is not a link, and the page shows its brackets. A defined one is a `linkReference`, never
 * text; an escaped one (`\[text\]\[id\]`) is not in the source as `][id]`.
 */
function checkReferences(node: Text, source: string): Problem[] {
  const start = node.position?.start;
  const end = node.position?.end;
  if (start?.offset === undefined || end?.offset === undefined) return [];
  const written = source.slice(start.offset, end.offset);
  const problems: Problem[] = [];
  for (const m of node.value.matchAll(/(?:\[([^[\]\n]*))?\]\[([^[\]\n]*)\]/g)) {
    const id = m[2] || m[1];
    if (!id?.trim() || !written.includes(`][${m[2]}]`)) continue;
    problems.push({
      line: start.line + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0),
      message: `The link reference \`[${id}]\` has no definition, so the page shows it as text: add \`[${id}]: <url>\` on a line of its own, or write an inline link [text](url).`,
    });
  }
  return problems;
}

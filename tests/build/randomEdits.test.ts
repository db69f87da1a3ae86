import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph, Root } from 'mdast';
import { formatProblems, loadContentModel } from '~/build/contentModel';
import { parseMdx } from '~/lib/model/parseMdx';
import { buildProject } from './buildProject';

/** A small seeded generator (mulberry32): the same 50 edits on every run, different from each other. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const notes = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .sort();

interface Edit {
  file: string;
  source: string;
  sentence: string;
}

/**
 * An ordinary edit a writer makes: a sentence added at the end of a paragraph anywhere in a note
 * (in a list, a table cell, a callout…), or as a new paragraph after it.
 */
function makeEdit(n: number, next: () => number): Edit {
  const file = notes[Math.floor(next() * notes.length)]!;
  const source = readFileSync(join('content', file), 'utf8');
  const paragraphs: Paragraph[] = [];
  const walk = (node: Root | Root['children'][number]) => {
    if (node.type === 'paragraph') paragraphs.push(node);
    if ('children' in node) for (const c of node.children) walk(c as Root['children'][number]);
  };
  walk(parseMdx(source));
  const paragraph = paragraphs[Math.floor(next() * paragraphs.length)]!;
  const end = paragraph.position!.end.offset!;
  const sentence = `Edit number ${n} adds this plain sentence.`;
  const inline = next() < 0.5;
  const indent = ' '.repeat(paragraph.position!.start.column - 1);
  const insert = inline ? ` ${sentence}` : `\n\n${indent}${sentence}`;
  return { file, source: source.slice(0, end) + insert + source.slice(end), sentence };
}

const next = random(20261226);
const edits = Array.from({ length: 50 }, (_, i) => makeEdit(i + 1, next));
const copy = join(process.cwd(), 'tests/.tmp/edits/content');

describe('50 random ordinary edits', () => {
  beforeAll(() => {
    rmSync(copy, { recursive: true, force: true });
    cpSync('content', copy, { recursive: true });
  });

  it.each(edits.map((e, i) => [i + 1, e.file, e] as const))(
    'edit %i (%s) passes every check and is in the model',
    (_n, file, edit) => {
      writeFileSync(join(copy, file), edit.source);
      try {
        const model = loadContentModel({
          root: process.cwd(),
          contentDir: 'tests/.tmp/edits/content',
          production: true,
          features: { gfm: true, smartypants: true },
        });
        expect(model.problems, formatProblems(model.problems)).toEqual([]);
        const note = model.notes.find((n) => n.file.endsWith(file))!;
        const texts = [note.intro.text, ...note.sections.map((s) => s.text)];
        expect(texts.some((t) => t.includes(edit.sentence))).toBe(true);
      } finally {
        writeFileSync(join(copy, file), readFileSync(join('content', file)));
      }
    },
  );

  // Two of them as real builds: the page and the offline index hold the sentence.
  it.concurrent.each([edits[0]!, edits[1]!].map((e, i) => [i + 1, e.file, e] as const))(
    'edit %i (%s) builds, and the page and the search data show it',
    async (n, file, edit) => {
      const content = join(process.cwd(), `tests/.tmp/edits/build-${n}`);
      rmSync(content, { recursive: true, force: true });
      cpSync('content', content, { recursive: true });
      writeFileSync(join(content, file), edit.source);
      const { ok, output, root } = await buildProject(`edit-${n}`, content);
      expect(ok, output).toBe(true);
      const page = readFileSync(join(root, 'dist', file.replace(/\.mdx$/, '.html')), 'utf8');
      expect(page).toContain(edit.sentence);
      expect(readFileSync(join(root, 'dist/search/offline.js'), 'utf8')).toContain(
        JSON.stringify(edit.sentence).slice(1, -1),
      );
    },
  );
});

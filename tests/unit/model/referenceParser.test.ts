import { readdirSync, readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { buildNoteModel } from '~/lib/model/buildNoteModel';
import { noteIdentity } from '~/lib/model/noteIdentity';
import type { MdxParser } from '~/lib/model/parseMdx';

/** The unified ecosystem's MDX parser (micromark), as a second, independent reading of each note. */
const micromark: MdxParser = (source) =>
  fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), mdxjs(), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown(), gfmFromMarkdown()],
  }) as Root;

const notes = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.mdx'))
  .sort();

// The model is built from Sätteri's tree, the renderer's own (src/lib/model/parseMdx.ts). Built
// from micromark's tree instead, it must be the same model: the model reads standard mdast, and
// neither parser has a quirk the notes depend on. (micromark has no smart punctuation: off for both.)
describe('the model does not depend on the parser', () => {
  it.each(notes)('%s', (path) => {
    const source = readFileSync(`content/${path}`, 'utf8');
    const identity = noteIdentity(path, 'content');
    const features = { gfm: true, smartypants: false };
    const fromSatteri = buildNoteModel(source, identity, { features });
    const fromMicromark = buildNoteModel(source, identity, { features, parse: micromark });
    expect(fromSatteri.parsed).toBe(true);
    expect(fromSatteri).toEqual(fromMicromark);
  });
});

import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx';
import { mdxToMdast } from 'satteri';

/** Where and why an MDX source does not parse. */
export class MdxSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** The Markdown features the site renders with (Astro's `markdown.gfm` and `markdown.smartypants`). */
export interface MarkdownFeatures {
  /** Tables, autolinks, strikethrough, task lists. */
  gfm: boolean;
  /** Curly quotes, en and em dashes, ellipses: in the text of the page, and so in heading anchors. */
  smartypants: boolean;
}

export const ASTRO_MARKDOWN_DEFAULTS: MarkdownFeatures = { gfm: true, smartypants: true };

/** A parser of MDX into mdast with positions: {@link parseMdx}, or another one in the tests. */
export type MdxParser = (source: string, features: MarkdownFeatures) => Root;

/**
 * Parses an MDX source into its syntax tree (mdast, with positions) with Sätteri, the parser that
 * @astrojs/mdx renders the same file with: the model reads the very tree the page is made from
 * (same headings, same code blocks, same syntax errors). Why this parser and not micromark:
 * docs/ARCHITECTURE.md ("Choosing the parser"). Throws an {@link MdxSyntaxError} with the line
 * when the source is not valid MDX.
 */
export function parseMdx(source: string, features: MarkdownFeatures = ASTRO_MARKDOWN_DEFAULTS): Root {
  try {
    return mdxToMdast(source, {
      position: true,
      features: { gfm: features.gfm, frontmatter: true, smartPunctuation: features.smartypants },
    }) as unknown as Root;
  } catch (e) {
    // "3:6: Expected a closing tag for `<image>` (3:6) before the end of `paragraph` (mdx-jsx:…)"
    const message = e instanceof Error ? e.message : String(e);
    const [, line, reason] = message.match(/^(\d+):\d+: ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/) ?? [];
    throw new MdxSyntaxError((reason ?? message).replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, ''), Number(line ?? 1));
  }
}

/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/**
 * Builds the table of contents from a note's headings: h2 entries with their h3 children.
 * Deeper headings are left out; an h3 before any h2 becomes a top-level entry rather than being lost.
 */
export function buildToc(headings: Heading[], maxDepth = 3): TocItem[] {
  const toc: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < 2 || h.depth > maxDepth) continue;
    const item: TocItem = { slug: h.slug, text: h.text, children: [] };
    const parent = toc.at(-1);
    if (h.depth === 3 && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}

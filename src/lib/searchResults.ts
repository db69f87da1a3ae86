/**
 * Shapes pagefind results for the search dialog: one entry per page, each with the sections
 * (pagefind sub-results, which carry heading anchors) that matched. Pure, so it is unit-tested.
 */

/** The part of a pagefind result's `data()` that the dialog uses. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: SubResult[];
}

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: { balanced_score: number }[];
}

/** How well a section matched: pagefind's per-word scores, which already weigh headings higher. */
const sectionScore = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

export interface SearchHit {
  title: string;
  /** Link to the page, relative to the site root (no leading slash). */
  href: string;
  excerpt: string;
  topic?: string;
  sections: { title: string; href: string; excerpt: string }[];
}

/** pagefind reports root-absolute URLs (`/docker/x.html#id`); the site links relative to its root. */
export function toRootRelative(url: string): string {
  return url.replace(/^\/+/, '');
}

/**
 * Turns pagefind data into hits. pagefind lists a page's sections in page order; they are sorted
 * here by how well they matched, so the first link of a hit is its best section. Text before the
 * first heading (a sub-result without an anchor) is left out, and at most `maxSections` are kept.
 */
export function toSearchHits(data: PagefindData[], maxSections = 3): SearchHit[] {
  return data.map((d) => {
    const pageHref = toRootRelative(d.url);
    const sections = (d.sub_results ?? [])
      .filter((s) => s.url.includes('#'))
      .map((s, i) => ({ s, i, score: sectionScore(s) }))
      .sort((a, b) => b.score - a.score || a.i - b.i)
      .slice(0, maxSections)
      .map(({ s }) => s)
      .map((s) => ({ title: s.title, href: toRootRelative(s.url), excerpt: s.excerpt }));
    return {
      title: d.meta['title'] ?? pageHref,
      href: pageHref,
      excerpt: d.excerpt,
      topic: d.meta['topic'],
      sections,
    };
  });
}

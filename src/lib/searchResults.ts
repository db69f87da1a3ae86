import type { Candidate } from './rankSections';

/**
 * Turns pagefind results into section candidates for rankSections(). pagefind ranks pages and lists
 * each page's matching sections (sub-results, which carry heading anchors) in page order; the
 * sections are what a reader wants to land on, so every one becomes a candidate.
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

/** pagefind reports root-absolute URLs (`/docker/x.html#id`); the site links relative to its root. */
export function toRootRelative(url: string): string {
  return url.replace(/^\/+/, '');
}

/** How well a section matched: pagefind's per-word scores, which already weigh headings higher. */
const sectionScore = (s: SubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);

export function toCandidates(
  data: PagefindData[],
  commandsOf: (href: string) => string[] | undefined = () => undefined,
): Candidate[] {
  return data.flatMap((d) => {
    const pageTitle = d.meta['title'] ?? toRootRelative(d.url);
    // pagefind lists at least one sub-result per page: the page itself when it has no headings.
    return (d.sub_results ?? []).map((s) => {
      const href = toRootRelative(s.url);
      return {
        href,
        title: s.title,
        pageTitle,
        topic: d.meta['topic'],
        excerpt: s.excerpt,
        engineScore: sectionScore(s),
        commands: commandsOf(href),
      };
    });
  });
}

import MiniSearch from 'minisearch';
import type { SectionDoc } from './extractSections';
import type { Candidate } from './rankSections';
import { escapeHtml } from './escapeHtml';

/** A section of the offline index: a SectionDoc plus the tools its page uses (for the filter). */
export type IndexedSection = SectionDoc & { tools: string[] };

/**
 * The search used where pagefind cannot run (a page opened from disk: no fetch, no workers, no
 * wasm). MiniSearch over the same sections, matching like pagefind: every word must match
 * (prefixes count) and headings and commands weigh more than body text. The results go through
 * the same rankSections() as pagefind's.
 */
export function createFallbackSearch(sections: IndexedSection[]) {
  const index = new MiniSearch<IndexedSection>({
    processTerm: stem,
    fields: ['title', 'commands', 'text', 'pageTitle'],
    storeFields: ['id'],
    extractField: (doc, field) => {
      const value = doc[field as keyof IndexedSection];
      return Array.isArray(value) ? value.join('\n') : String(value ?? '');
    },
    searchOptions: {
      boost: { title: 4, commands: 2, pageTitle: 1.5 },
      prefix: (term) => term.length >= 3,
      combineWith: 'OR',
    },
  });
  index.addAll(sections);
  const byId = new Map(sections.map((s) => [s.id, s]));

  /**
   * Sections of the pages that contain every word (prefixes count), as candidates for
   * rankSections(). Like pagefind, a page must hold all the words, not each section: a question's
   * words are often spread over a page.
   */
  return function search(words: string[], tool?: string): Candidate[] {
    const results = index.search(words.join(' '), {
      filter: tool ? (r) => byId.get(r.id)!.tools.includes(tool) : () => true,
    });
    const wanted = new Set(words.map((w) => w.toLowerCase())).size;
    const termsOfPage = new Map<string, Set<string>>();
    for (const r of results) {
      const page = byId.get(r.id)!.page;
      const terms = termsOfPage.get(page) ?? new Set<string>();
      for (const t of r.queryTerms) terms.add(t);
      termsOfPage.set(page, terms);
    }
    const onPagesWith = (n: number) => results.filter((r) => termsOfPage.get(byId.get(r.id)!.page)!.size >= n);
    // A long question may use one word the notes never do ("why does docker stop *take* 10 s"):
    // when no page has them all, settle for all but one.
    let matched = onPagesWith(wanted);
    if (!matched.length && wanted >= 4) matched = onPagesWith(wanted - 1);
    return matched.map((r) => {
      const s = byId.get(r.id)!;
      return {
        href: s.id,
        title: s.title,
        pageTitle: s.pageTitle,
        topic: s.topic,
        excerpt: excerpt(s.text, words),
        engineScore: r.score,
        commands: s.commands,
      };
    });
  };
}

/**
 * A light English stemmer for the offline index (pagefind stems its own): "pulled" → "pull",
 * "locally" → "local", "images" → "imag". Index and query go through it alike, and prefix search
 * covers what it cuts too short ("stored" → "stor" still finds "store").
 */
export function stem(term: string): string {
  const t = term.toLowerCase();
  if (t.length <= 4) return t;
  return t.replace(/(?:ing|ly|ed|es|s)$/, '');
}

/** About 18 words around the first match, with the matches marked as pagefind does. */
export function excerpt(text: string, words: string[], length = 18): string {
  const tokens = text.split(/\s+/);
  const match = (t: string) =>
    words.some((w) =>
      t
        .toLowerCase()
        .replace(/[^\w-]/g, '')
        .startsWith(w),
    );
  const first = Math.max(0, tokens.findIndex(match));
  const start = Math.max(0, first - Math.floor(length / 3));
  return tokens
    .slice(start, start + length)
    .map((t) => (match(t) ? `<mark>${escapeHtml(t)}</mark>` : escapeHtml(t)))
    .join(' ');
}

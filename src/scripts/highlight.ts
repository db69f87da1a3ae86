import { CLASS_NOTE, byClass } from '~/lib/markup';

/**
 * Marks the search terms on the page a search result opened (`?hl=docker logs`), with the CSS
 * Custom Highlight API: no change to the DOM, nothing to undo. Browsers without it show no marks.
 */
export function highlightSearchTerms(): void {
  const terms = new URL(location.href).searchParams
    .get('hl')
    ?.toLowerCase()
    .split(/\s+/)
    .filter((t) => t.length > 1);
  const article = document.querySelector(`article${byClass(CLASS_NOTE)}`);
  if (!terms?.length || !article || !('highlights' in CSS)) return;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const pattern = new RegExp(`\\b(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gi');
  for (let node = walker.nextNode(); node && ranges.length < 500; node = walker.nextNode()) {
    for (const m of node.textContent!.matchAll(pattern)) {
      const range = new Range();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('search-terms', new Highlight(...ranges));
}

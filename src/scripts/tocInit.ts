/**
 * "On this page" is beside the text on wide screens (from 75rem, 1200 px) and a folded box under the
 * title on narrow ones. Inlined right after the ToC's <details> (TableOfContents.astro), so it opens
 * before the first paint.
 */
const details = document.currentScript?.previousElementSibling;
if (details instanceof HTMLDetailsElement && matchMedia('(min-width: 75rem)').matches) details.open = true;

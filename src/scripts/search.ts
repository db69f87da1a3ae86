/**
 * Search dialog behaviour: open (button, Ctrl/⌘+K, "/"), load pagefind on intent, draw results,
 * move through them with the arrow keys, keep the query in `?q=`.
 *
 * pagefind is imported from a URL built at run time: a literal `import('/pagefind/pagefind.js')`
 * in a bundled script fails with `__VITE_PRELOAD__ is not defined` (Astro/Vite), and the site root
 * is relative so the same build works under any path.
 */
import { toSearchHits, type PagefindData, type SearchHit } from '~/lib/searchResults';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<PagefindData> }[] } | null>;
}

const MAX_PAGES = 8;
let engine: Promise<Pagefind> | undefined;

function siteRoot(): URL {
  return new URL(document.documentElement.dataset.root || './', document.baseURI);
}

/** Starts loading pagefind (once). Called on any sign of intent: hover, focus, shortcut. */
export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    const url = new URL('pagefind/pagefind.js', siteRoot()).href;
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pf.options({ excerptLength: 18 });
    await pf.init();
    return pf;
  })();
  return engine;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One block per page. A page with matching sections shows its title as a label and the sections
 * as the links, best first, so the first link of the list is the best section of the best page.
 */
function renderHits(hits: SearchHit[], root: URL): string {
  const link = (href: string) => escapeHtml(new URL(href, root).href);
  const topic = (h: SearchHit) => (h.topic ? `<span class="search-hit-topic">${escapeHtml(h.topic)}</span>` : '');
  return `<ol class="search-hits">${hits
    .map((h) =>
      h.sections.length
        ? `<li class="search-hit"><p class="search-hit-page"><span class="search-hit-title">${escapeHtml(h.title)}</span>${topic(h)}</p>
<ul class="search-hit-sections">${h.sections
            .map(
              (s) =>
                `<li><a data-result-link href="${link(s.href)}"><span class="search-hit-section">${escapeHtml(s.title)}</span><span class="search-hit-excerpt">${s.excerpt}</span></a></li>`,
            )
            .join('')}</ul></li>`
        : `<li class="search-hit"><a class="search-hit-page" data-result-link href="${link(h.href)}"><span class="search-hit-title">${escapeHtml(h.title)}</span>${topic(h)}</a><p class="search-hit-excerpt">${h.excerpt}</p></li>`,
    )
    .join('')}</ol>`;
}

export function initSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!dialog || !input || !results || !status) return;

  const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
  for (const el of document.querySelectorAll('[data-mod-key]')) el.textContent = isMac ? '⌘' : 'Ctrl';

  let seq = 0;
  async function run(query: string): Promise<void> {
    const mine = ++seq;
    const q = query.trim();
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
    if (!q) {
      results!.innerHTML = '';
      status!.textContent = '';
      return;
    }
    let pf: Pagefind;
    try {
      pf = await loadEngine();
    } catch {
      status!.textContent =
        location.protocol === 'file:'
          ? 'Search needs the site to be served over http(s).'
          : 'The search index is missing. Run “npm run build” once; the dev server then serves the last build’s index.';
      return;
    }
    const found = await pf.search(q);
    if (mine !== seq || !found) return;
    const data = await Promise.all(found.results.slice(0, MAX_PAGES).map((r) => r.data()));
    if (mine !== seq) return;
    const hits = toSearchHits(data);
    results!.innerHTML = renderHits(hits, siteRoot());
    status!.textContent = hits.length
      ? `${found.results.length} page${found.results.length === 1 ? '' : 's'} found for “${q}”.`
      : `No results for “${q}”.`;
  }

  function open(query?: string): void {
    void loadEngine().catch(() => {});
    if (!dialog!.open) dialog!.showModal();
    if (query !== undefined) input!.value = query;
    input!.focus();
    input!.select();
    if (input!.value) void run(input!.value);
  }

  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    button.addEventListener('click', () => open());
    for (const ev of ['pointerenter', 'focus', 'touchstart']) {
      button.addEventListener(ev, () => void loadEngine().catch(() => {}), { once: true, passive: true });
    }
  }
  document.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    const url = new URL(location.href);
    if (url.searchParams.has('q')) {
      url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
  });

  input.addEventListener('input', () => void run(input.value));
  input.form?.addEventListener('submit', (e) => {
    // Enter in the field opens the first result.
    e.preventDefault();
    results.querySelector<HTMLAnchorElement>('[data-result-link]')?.click();
  });

  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('[data-result-link]')];
    if (!links.length) return;
    e.preventDefault();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') (links[i + 1] ?? links[0])!.focus();
    else if (i <= 0) input.focus();
    else links[i - 1]!.focus();
  });

  document.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement;
    const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if ((e.key === 'k' || e.key === 'K') && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      if (dialog.open) dialog.close();
      else open();
    } else if (e.key === '/' && !typing && !dialog.open) {
      e.preventDefault();
      open();
    }
  });

  const q = new URL(location.href).searchParams.get('q');
  if (q) open(q);
}

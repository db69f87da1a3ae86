/**
 * The search dialog: open (button, Ctrl/⌘+K, "/"), load the engine on intent
 * (search/engine.js, src/scripts/searchEngine.ts), draw the ranked sections with their best
 * command, move through them with the arrow keys, keep the query in `?q=`, and give the focus
 * back to where the reader was when it closes.
 */
import type { RankedSection } from '~/lib/rankSections';
import type { SearchAnswer } from './searchEngine';
import { COPY_ICON, initCopyButtons } from './copy';
import { escapeHtml as esc } from '~/lib/escapeHtml';
import { loadScript, siteRoot } from './loadScript';
import { ATTR_COPY_TEXT, CLASS_COPY_LINE } from '~/lib/markup';

/** Starts loading the engine (once): on hover, focus, the shortcut or a ?q= in the URL. */
const loadEngine = () => {
  window.__notesSite = { loadScript, siteRoot };
  return loadScript('search/engine.js');
};
const preload = () => void loadEngine().catch(() => {});

/** Results as a flat list of sections, best first: the first link is the best answer. */
function render(sections: RankedSection[], words: string[]): string {
  // Result links carry the words (?hl=) so the page they open can mark them.
  const link = (href: string) => {
    const url = new URL(href, siteRoot());
    url.searchParams.set('hl', words.join(' '));
    return esc(url.href);
  };
  return `<ol class="search-hits">${sections
    .map((s) => {
      // A page's introduction has the page title as its title: show the topic beside it instead.
      const where = s.title === s.pageTitle ? s.topic : `${s.pageTitle} · ${s.topic}`;
      const command = s.command
        ? `<div class="search-hit-command"><code>${esc(s.command)}</code><button type="button" class="${CLASS_COPY_LINE}" ${ATTR_COPY_TEXT}="${esc(s.command)}" aria-label="Copy command: ${esc(s.command.split('\n')[0]!)}">${COPY_ICON}</button></div>`
        : '';
      return `<li class="search-hit"><a data-result-link href="${link(s.href)}"><span class="search-hit-page">${esc(where)}</span><span class="search-hit-section">${esc(s.title)}</span>${
        s.excerpt ? `<span class="search-hit-excerpt">${s.excerpt}</span>` : ''
      }</a>${command}</li>`;
    })
    .join('')}</ol>`;
}

export function initSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const toolSelect = document.querySelector<HTMLSelectElement>('[data-search-tool]');
  if (!dialog || !input || !results || !status) return;
  let seq = 0;
  /** The search in flight: Enter waits for it, so a fast typist still lands on the first result. */
  let pending: Promise<void> = Promise.resolve();
  /** Where the focus was before the dialog opened: it goes back there on close. */
  let returnTo: HTMLElement | null = null;

  for (const el of document.querySelectorAll('[data-mod-key]')) {
    el.textContent = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
  }

  const setQueryParam = (q: string) => {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  };

  async function run(): Promise<void> {
    const mine = ++seq;
    const q = input!.value.trim();
    setQueryParam(q);
    if (!q) {
      results!.innerHTML = status!.textContent = '';
      return;
    }
    let answer: SearchAnswer;
    try {
      await loadEngine();
      answer = await window.__notesSearch!(q, toolSelect?.value ?? '');
    } catch {
      // Nothing failed is kept (src/lib/keepOnSuccess.ts): the next keystroke tries again.
      if (mine === seq) status!.textContent = 'Search could not load its index. Check the connection, then type again.';
      return;
    }
    if (mine !== seq) return;
    const { sections, words, corrected } = answer;
    results!.innerHTML = render(sections, words);
    initCopyButtons(results!);
    const n = sections.length;
    const count = n ? `${n} result${n === 1 ? '' : 's'} for “${q}”` : `Nothing found for “${q}”`;
    status!.textContent = `${count}.${corrected ? ` Searched for “${words.join(' ')}”.` : ''}`;
  }

  function open(query?: string): void {
    preload();
    if (!dialog!.open) {
      const active = document.activeElement as HTMLElement | null;
      returnTo = active && active !== document.body ? active : null;
      dialog!.showModal();
    }
    if (query !== undefined) input!.value = query;
    input!.focus();
    input!.select();
    if (input!.value) pending = run();
  }

  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    button.addEventListener('click', () => open());
    // pointerenter also fires for touch and pen, before the click.
    for (const ev of ['pointerenter', 'focus']) button.addEventListener(ev, preload, { once: true });
  }
  toolSelect?.addEventListener('change', () => (pending = run()));
  document.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
  dialog.addEventListener('close', () => {
    setQueryParam('');
    // Back to where the reader was: the control that opened search, or, when the shortcut opened
    // it with nothing focused, the header's search button (without scrolling the page).
    const target = returnTo?.isConnected ? returnTo : document.querySelector<HTMLElement>('[data-search-open]');
    target?.focus({ preventScroll: true });
    returnTo = null;
  });
  input.addEventListener('input', () => (pending = run()));
  input.addEventListener('keydown', async (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault(); // Enter in the field opens the first result, once the search typed so far is done.
    await pending;
    results.querySelector<HTMLAnchorElement>('[data-result-link]')?.click();
  });
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    if (e.target === toolSelect) return; // the arrows choose a tool there
    const links = [...results.querySelectorAll<HTMLAnchorElement>('[data-result-link]')];
    if (!links.length) return;
    e.preventDefault();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') (links[i + 1] ?? links[0])!.focus();
    else if (i <= 0) input.focus();
    else links[i - 1]!.focus();
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key.toLowerCase() === 'k' && (e.metaKey || e.ctrlKey)) {
      e.preventDefault();
      if (dialog.open) dialog.close();
      else open();
    } else if (e.key === '/' && !dialog.open && !t.isContentEditable && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) {
      e.preventDefault();
      open();
    }
  });

  const q = new URL(location.href).searchParams.get('q');
  if (q) open(q);
}

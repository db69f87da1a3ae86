import { loadScript, siteRoot } from './loadScript';
import type { OfflineUi } from './saveOffline';

/**
 * Registers sw.js on built sites served over http(s), and wires what only works there: the
 * save-for-offline control (src/components/SaveOffline.astro). Not from disk (a
 * file: page can have no worker, and the zip is what it was unzipped from) and not in `astro dev`
 * (Base.astro sets data-sw in builds only). Kept small, since every page inlines it: the control's
 * logic loads on intent (offline/save.js, src/scripts/saveOffline.ts).
 */
export function registerServiceWorker(): void {
  // beforePaint.ts has marked, before first paint, whether a worker can run here; CSS shows the
  // controls from that mark, so they are in the first layout and never push the page down.
  if (!document.documentElement.hasAttribute('data-offline')) return;
  const root = siteRoot();
  const ui = () => loadScript('offline/save.js').then(() => window.__notesOffline as OfflineUi);
  const preload = () => void ui().catch(() => {});

  for (const control of document.querySelectorAll<HTMLElement>('[data-save-offline]')) {
    const toggle = control.querySelector<HTMLButtonElement>('[data-offline-toggle]');
    const panel = control.querySelector<HTMLElement>('[data-offline-panel]')!;
    const show = (open: boolean) => {
      if (!toggle) return;
      toggle.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
    };
    if (!toggle) {
      // The home page's panel: its size and state once it scrolls near.
      new IntersectionObserver((seen, observer) => {
        if (!seen.some((s) => s.isIntersecting)) return;
        observer.disconnect();
        preload();
      }).observe(control);
      continue;
    }
    for (const ev of ['pointerenter', 'focus']) toggle.addEventListener(ev, preload, { once: true });
    toggle.addEventListener('click', () => {
      show(!!panel.hidden);
      preload();
    });
    control.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || panel.hidden) return;
      show(false);
      toggle.focus();
    });
    document.addEventListener('click', (e) => {
      if (!control.contains(e.target as Node)) show(false);
    });
  }

  // A new build's worker takes over from the one that served this page: tell the reader if this
  // page changed. (The first worker taking control of a page is no news.)
  let controlled = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) void ui().then((u) => u.checkForUpdate());
    controlled = true;
  });

  // After the page has loaded: the worker must not compete with the first visit.
  const register = () =>
    void navigator.serviceWorker.register(new URL('sw.js', root), { scope: root.pathname }).catch(() => {
      // Offline reading is a bonus: the site works without it.
    });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

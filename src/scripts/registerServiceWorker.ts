import { siteRoot } from './loadScript';

/**
 * Registers sw.js (offline reading after one visit) on built sites served over http(s). Not from
 * disk (file: pages cannot have one) and not in `astro dev` (Base.astro sets data-sw in builds only).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  if (!document.documentElement.hasAttribute('data-sw')) return;
  const root = siteRoot();
  // After the page has loaded: precaching the whole build must not compete with the first visit.
  const register = () =>
    void navigator.serviceWorker.register(new URL('sw.js', root), { scope: root.pathname }).catch(() => {
      // Offline reading is a bonus: the site works without it.
    });
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

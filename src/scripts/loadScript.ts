import { keepOnSuccess } from '~/lib/keepOnSuccess';

/** The site root, from the relative prefix every page writes on <html data-root>. */
export const siteRoot = () => new URL(document.documentElement.dataset.root || './', document.baseURI);

/**
 * Loads a classic script of the build once, by a path relative to the site root. Unlike fetch()
 * and import(), a classic <script src> also works for a page opened from disk. A script that
 * failed to load (the connection dropped) is asked for again next time.
 */
export const loadScript = keepOnSuccess(
  (path: string) =>
    new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = new URL(path, siteRoot()).href;
      s.onload = () => resolve();
      s.onerror = () => {
        s.remove();
        reject(new Error(`cannot load ${path}`));
      };
      document.head.append(s);
    }),
);

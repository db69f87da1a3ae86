/** The site root, from the relative prefix every page writes on <html data-root>. */
export const siteRoot = () => new URL(document.documentElement.dataset.root || './', document.baseURI);

const loaded = new Map<string, Promise<void>>();

/**
 * Loads a classic script of the build once, by a path relative to the site root. Unlike fetch()
 * and import(), a classic <script src> also works for a page opened from disk.
 */
export function loadScript(path: string): Promise<void> {
  if (!loaded.has(path)) {
    loaded.set(
      path,
      new Promise((resolve, reject) => {
        const s = document.createElement('script');
        s.src = new URL(path, siteRoot()).href;
        s.onload = () => resolve();
        s.onerror = () => reject(new Error(`cannot load ${path}`));
        document.head.append(s);
      }),
    );
  }
  return loaded.get(path)!;
}

/**
 * The 404 page's links are written relative to the site root (the page is the root's 404.html),
 * but a server shows it at any missing URL, at any depth, and the site may live under a sub-path
 * (/notes/). So the page finds the root and re-bases its links (and the root that search loads
 * from, `<html data-root>`) on it:
 * - from disk the page is opened at the root itself: nothing to do;
 * - under the site's service worker, the worker's scope is the root;
 * - otherwise the deepest folder above the URL that holds the site's build manifest.
 * No `<base href>`: it would be wrong from disk and under a sub-path.
 */
import { MANIFEST_PATH } from '~/lib/offline/manifest';
import { siteRootCandidates } from '~/lib/siteRootCandidates';

async function workerScope(): Promise<string | undefined> {
  const registration = await navigator.serviceWorker?.getRegistration().catch(() => undefined);
  const scope = registration?.scope;
  // Only our own worker, registered at the root as <root>/sw.js, says where the root is.
  const ours = scope && (registration.active ?? registration.waiting)?.scriptURL === `${scope}sw.js`;
  return ours && location.href.startsWith(scope) ? scope : undefined;
}

async function probe(): Promise<string | undefined> {
  const found = await Promise.all(
    siteRootCandidates(location.pathname).map((folder) =>
      fetch(`${folder}${MANIFEST_PATH}`, { method: 'HEAD', cache: 'no-cache' })
        .then((r) => r.ok && (r.headers.get('Content-Type') ?? '').includes('json'))
        .catch(() => false),
    ),
  );
  const i = found.indexOf(true);
  return i < 0 ? undefined : new URL(siteRootCandidates(location.pathname)[i]!, location.href).href;
}

async function rebase(): Promise<void> {
  if (!/^https?:$/.test(location.protocol)) return;
  const root = (await workerScope()) ?? (await probe());
  if (!root) return;
  document.documentElement.dataset.root = root;
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = a.getAttribute('href')!;
    if (!href.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(href)) a.href = new URL(href, root).href;
  }
}

if (document.readyState === 'loading') addEventListener('DOMContentLoaded', () => void rebase());
else void rebase();

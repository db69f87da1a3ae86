/**
 * sw.js: makes the site work offline after one visit. The build (src/integrations/offline.ts)
 * prepends `self.__NOTES_BUILD = { version, files }`: every file of the build and a hash of them.
 * - install: precache every file into a cache named after the build;
 * - activate: delete the caches of older builds, take control of open pages;
 * - pages: network first, so a reader online never sees a stale page; the cache when offline;
 * - other files: the cache first (it holds exactly this build), the network otherwise.
 * A new build changes this file, so the browser installs the new worker on the next visit.
 */
// The project's TypeScript has the DOM library, not the worker one: the little of the service
// worker API used here is typed locally.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  __NOTES_BUILD: { version: string; files: string[] };
  registration: { scope: string };
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}
const sw = self as unknown as WorkerScope;

const { version, files } = sw.__NOTES_BUILD;
const CACHE = `notes-${version}`;
const scope = () => new URL(sw.registration.scope);

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(files.map((f) => new URL(f, scope()).href)))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('notes-') && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => sw.clients.claim()),
  );
});

/** The cached file for a URL: `/docker/` is `/docker/index.html`; `?q=`/`?hl=` do not matter. */
async function fromCache(url: URL): Promise<Response | undefined> {
  const cache = await caches.open(CACHE);
  const key = new URL(url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname, url);
  return (await cache.match(key.href)) ?? (await cache.match(`${key.href}.html`));
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== sw.location.origin || !url.href.startsWith(scope().href)) return;
  event.respondWith(
    (async () => {
      if (request.mode === 'navigate') {
        try {
          return await fetch(request);
        } catch {
          return (await fromCache(url)) ?? (await fromCache(new URL('404.html', scope()))) ?? Response.error();
        }
      }
      return (await fromCache(url)) ?? fetch(request);
    })(),
  );
});

/**
 * sw.js: reading offline, without ever serving a stale page. The build prepends
 * `self.__NOTES_BUILD = { version, shell }`, so every build is a new worker, and the worker knows
 * the build's shell: the stylesheet and script every page links (src/build/pipeline/serviceWorker.ts).
 *
 * - A first visit costs what the page costs: the worker precaches nothing. It keeps the last copy
 *   of each page and search file the reader opens (the runtime cache), starting with the page
 *   that registered it and its shell, taken from the HTTP cache.
 * - Never stale: pages and the search data are fetched from the network first with
 *   `cache: 'no-cache'`, so the browser revalidates them even when the host sends no
 *   Cache-Control (without it, a browser reuses a file for about a tenth of its age). Only
 *   hashed files, whose name changes with their content (the shell's, pagefind's), come from the
 *   cache first. A page stored by an older build links that build's shell: offline, it gets this
 *   build's file of the same kind, which is kept, where the old one is dropped.
 * - Save for offline (src/scripts/saveOffline.ts asks for it): every file of the build manifest
 *   (offline-manifest.json) into one cache per build; on a new build the worker installs only
 *   after bringing that copy up to date, fetching just the files whose hash changed.
 * - Old caches are dropped when a worker activates (src/lib/offline/cacheNames.ts).
 * Progress and state go to every open page on the `notes-offline` BroadcastChannel.
 */
import {
  CACHE_PREFIX,
  cachesToDelete,
  offlineCacheName,
  offlineCacheVersion,
  RUNTIME_CACHE,
} from '~/lib/offline/cacheNames';
import { cacheKeys } from '~/lib/offline/cacheKey';
import { isImmutable } from '~/lib/offline/immutablePaths';
import { shellAssetKind } from '~/lib/offline/shellAssets';
import { MANIFEST_PATH, parseManifest, type OfflineManifest } from '~/lib/offline/manifest';
import { offlinePage } from '~/lib/offline/offlinePage';
import { planUpdate } from '~/lib/offline/planUpdate';
import { OFFLINE_CHANNEL, type OfflineCommand, type OfflineStatus, type OfflineTask } from '~/lib/offline/messages';

// The project's TypeScript has the DOM library, not the worker one: the little of the service
// worker API used here is typed locally.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface WindowClient {
  url: string;
}
interface WorkerScope {
  __NOTES_BUILD: { version: string; shell: string[] };
  registration: { scope: string };
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void>; matchAll(o: { type: 'window' }): Promise<WindowClient[]> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}
const sw = self as unknown as WorkerScope;

const { version, shell } = sw.__NOTES_BUILD;
const scope = () => new URL(sw.registration.scope);
const siteUrl = (path: string) => new URL(path, scope()).href;
const channel = new BroadcastChannel(OFFLINE_CHANNEL);

/** The download or update in progress, with its abort switch. */
let task: (OfflineTask & { abort: AbortController }) | undefined;
let lastError: string | undefined;

type SavedCopy = { cache: Cache; name: string; manifest: OfflineManifest };
let saved: Promise<SavedCopy | undefined> | undefined;

/** The complete offline copy, if any: a cache of ours that holds its manifest (stored last). */
function savedCopy(): Promise<SavedCopy | undefined> {
  saved ??= (async () => {
    for (const name of (await caches.keys()).filter((n) => offlineCacheVersion(n))) {
      const cache = await caches.open(name);
      const stored = await cache.match(siteUrl(MANIFEST_PATH));
      if (stored) return { cache, name, manifest: parseManifest(await stored.json()) };
    }
    return undefined;
  })().catch(() => undefined); // an unreadable copy counts as none
  return saved;
}
/** The caches changed: look again. */
const forgetSavedCopy = () => (saved = undefined);

async function status(): Promise<OfflineStatus> {
  const copy = await savedCopy();
  const m = copy?.manifest;
  return {
    type: 'status',
    build: version,
    saved: m ? { version: m.version, files: m.files.length, bytes: m.bytes } : null,
    task: task
      ? { kind: task.kind, done: task.done, total: task.total, bytes: task.bytes, totalBytes: task.totalBytes }
      : null,
    ...(lastError ? { error: lastError } : {}),
  };
}
const broadcast = async () => channel.postMessage(await status());

async function fetchManifest(signal: AbortSignal): Promise<OfflineManifest> {
  const response = await fetch(siteUrl(MANIFEST_PATH), { cache: 'no-cache', signal });
  if (!response.ok) throw new Error(`the build manifest answered ${response.status}`);
  return parseManifest(await response.json());
}

/**
 * Downloads the build the server has now into its own cache, reusing every unchanged file of the
 * saved copy, and stores the manifest last: only then is the copy complete. A copy interrupted
 * halfway (the worker stopped) resumes with the files it already holds.
 */
async function saveCopy(kind: OfflineTask['kind']): Promise<void> {
  if (task) return;
  const abort = new AbortController();
  task = { kind, done: 0, total: 0, bytes: 0, totalBytes: 0, abort };
  lastError = undefined;
  let name: string | undefined;
  try {
    const manifest = await fetchManifest(abort.signal);
    const previous = await savedCopy();
    name = offlineCacheName(manifest.version);
    if (previous?.name === name) return;
    const cache = await caches.open(name);
    const plan = planUpdate(previous?.manifest, manifest);
    Object.assign(task, { total: manifest.files.length, totalBytes: manifest.transfer });
    const done = (transfer: number) => {
      task!.done++;
      task!.bytes += transfer;
      void broadcast();
    };
    for (const f of plan.copy) {
      const old = await previous!.cache.match(siteUrl(f.path));
      if (!old) plan.fetch.push(f);
      else {
        await cache.put(siteUrl(f.path), old);
        done(f.transfer);
      }
    }
    // Four downloads at a time: fast on a good line, and the site stays responsive meanwhile.
    const queue = [...plan.fetch];
    const worker = async () => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        const url = siteUrl(f.path);
        if (!(await cache.match(url))) {
          const response = await fetch(url, { cache: 'no-cache', signal: abort.signal });
          if (!response.ok) throw new Error(`${f.path} answered ${response.status}`);
          await cache.put(url, response);
        }
        done(f.transfer);
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    await cache.put(
      siteUrl(MANIFEST_PATH),
      new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json' } }),
    );
    forgetSavedCopy();
    for (const old of await caches.keys()) if (offlineCacheVersion(old) && old !== name) await caches.delete(old);
  } catch (error) {
    if (name && !(await (await caches.open(name)).match(siteUrl(MANIFEST_PATH)))) await caches.delete(name);
    lastError = abort.signal.aborted ? undefined : `${(error as Error).message}`;
    if (kind === 'update') throw error;
  } finally {
    task = undefined;
    forgetSavedCopy();
    await broadcast();
  }
}

async function removeCopies(): Promise<void> {
  task?.abort.abort();
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
  forgetSavedCopy();
  lastError = undefined;
}

sw.addEventListener('message', (event) => {
  const command = (event.data as OfflineCommand | undefined)?.type;
  if (command === 'save') event.waitUntil(saveCopy('save'));
  else if (command === 'cancel') task?.abort.abort();
  else if (command === 'remove') event.waitUntil(removeCopies().then(broadcast));
  else if (command === 'status') event.waitUntil(broadcast());
});

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A reader who saved the site gets the new build's copy before this worker takes over; if
      // that fails (offline again), installing fails and the browser tries again later.
      const copy = await savedCopy();
      if (copy && copy.manifest.version !== version) await saveCopy('update');
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      forgetSavedCopy();
      const copy = await savedCopy();
      for (const name of cachesToDelete(await caches.keys(), copy?.name)) await caches.delete(name);
      // Hashed files of older builds are never asked for again (an old page's shell is answered
      // with this build's, see shellFallback): drop them, and keep this build's shell.
      const runtime = await caches.open(RUNTIME_CACHE);
      const current = new Set(shell.map(siteUrl));
      for (const request of await runtime.keys())
        if (isImmutable(new URL(request.url).pathname) && !current.has(request.url)) await runtime.delete(request);
      await sw.clients.claim();
      for (const url of current) {
        if (await runtime.match(url)) continue;
        const response = await fetch(url, { cache: 'force-cache' }).catch(() => undefined);
        if (response?.ok) await runtime.put(url, response);
      }
      // The pages open now were loaded before this worker: keep them too, from the HTTP cache.
      for (const client of await sw.clients.matchAll({ type: 'window' })) {
        const url = new URL(client.url);
        if (!url.href.startsWith(scope().href)) continue;
        const response = await fetch(url.href, { cache: 'force-cache' }).catch(() => undefined);
        if (response?.ok && isPage(response)) await runtime.put(cacheKeys(url)[0]!, response);
      }
      await broadcast();
    })(),
  );
});

const isPage = (r: Response) => (r.headers.get('Content-Type') ?? '').startsWith('text/html');

/** The stored file for a URL: the saved copy first (one consistent build), then the runtime cache. */
async function fromCache(url: URL): Promise<Response | undefined> {
  const copy = await savedCopy();
  for (const cache of [copy?.cache, await caches.open(RUNTIME_CACHE)]) {
    if (!cache) continue;
    for (const key of cacheKeys(url)) {
      const hit = await cache.match(key);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** Offline, at a page that is not stored: the site's 404 page if the whole site is saved, else a note. */
async function offlineFallback(): Promise<Response> {
  const copy = await savedCopy();
  const notFound = await copy?.cache.match(siteUrl('404.html'));
  if (notFound) return new Response(notFound.body, { status: 404, headers: notFound.headers });
  const runtime = await caches.open(RUNTIME_CACHE);
  const pages = [];
  for (const request of await runtime.keys()) {
    const response = await runtime.match(request);
    if (!response || !isPage(response)) continue;
    const title = (await response.text()).match(/<title>([^<]*)<\/title>/)?.[1] ?? new URL(request.url).pathname;
    pages.push({ href: request.url, title: title.replace(/&amp;/g, '&') });
  }
  return new Response(offlinePage(pages), {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}

/**
 * The request, revalidated with the server whatever the HTTP cache holds. A navigation request
 * cannot be copied with options, so it is made anew (redirects are then left to the browser).
 */
const revalidating = (request: Request) =>
  request.mode === 'navigate'
    ? new Request(request.url, {
        cache: 'no-cache',
        credentials: 'include',
        redirect: 'manual',
        headers: request.headers,
      })
    : new Request(request, { cache: 'no-cache' });

/** Network first, revalidating: the reader online always gets the deployed file; offline, the stored one. */
async function networkFirst(event: FetchEvent, url: URL): Promise<Response> {
  try {
    const response = await fetch(revalidating(event.request));
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      event.waitUntil(caches.open(RUNTIME_CACHE).then((c) => c.put(cacheKeys(url)[0]!, copy)));
    }
    return response;
  } catch (error) {
    const stored = await fromCache(url);
    if (stored) return stored;
    if (event.request.mode === 'navigate') return offlineFallback();
    throw error;
  }
}

/** This build's shell file of the same kind as `url` (`site.css`, `page.js`), from the cache. */
async function shellFallback(url: URL): Promise<Response | undefined> {
  const kind = shellAssetKind(url.pathname);
  const same = kind && shell.find((path) => shellAssetKind(path) === kind);
  return same ? fromCache(new URL(siteUrl(same))) : undefined;
}

async function cacheFirst(event: FetchEvent, url: URL): Promise<Response> {
  const stored = await fromCache(url);
  if (stored) return stored;
  let response: Response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    const fallback = await shellFallback(url);
    if (fallback) return fallback;
    throw error;
  }
  if (response.ok) {
    const copy = response.clone();
    event.waitUntil(caches.open(RUNTIME_CACHE).then((c) => c.put(url.href, copy)));
  }
  return response;
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || !url.href.startsWith(scope().href)) return;
  const path = url.pathname.slice(scope().pathname.length);
  // Only pages, their shell, what search loads and the offline control's script; the zip, the
  // manifest and anything else go straight to the network.
  if (
    request.mode === 'navigate'
      ? path === '' || /(^|\/)[^./]*$|\.html$/.test(path)
      : /^(assets|search|pagefind|offline)\//.test(path)
  ) {
    event.respondWith(isImmutable(path) ? cacheFirst(event, url) : networkFirst(event, url));
  }
});

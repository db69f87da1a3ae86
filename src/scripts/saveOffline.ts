/**
 * offline/save.js: the save-for-offline control (src/components/SaveOffline.astro), loaded when a
 * reader reaches for it (src/scripts/registerServiceWorker.ts). It states the download size from
 * the build manifest, asks the service worker to save, cancel or remove the offline copy, and
 * draws the worker's status (src/lib/offline/messages.ts) into every control on the page: a bar
 * with text while saving, then the storage used. It also checks, when a new build takes over,
 * whether this page changed, and then offers "Updated notes available: reload".
 */
import { formatBytes } from '~/lib/formatBytes';
import { MANIFEST_PATH, parseManifest, type OfflineManifest } from '~/lib/offline/manifest';
import { OFFLINE_CHANNEL, type OfflineCommand, type OfflineStatus } from '~/lib/offline/messages';
import { siteRoot } from './loadScript';

export interface OfflineUi {
  checkForUpdate(): Promise<void>;
}
declare global {
  interface Window {
    __notesOffline?: OfflineUi;
  }
}

const controls = [...document.querySelectorAll<HTMLElement>('[data-save-offline]')];
const part = <T extends HTMLElement>(control: HTMLElement, name: string) =>
  control.querySelector<T>(`[data-offline-${name}]`)!;

let status: OfflineStatus | undefined;
let manifest: OfflineManifest | undefined;
let manifestFailed = false;
let storage = '';
/** The control the reader last used: it speaks the announcements (one voice, not one per control). */
let speaker = controls[0];
/** A control whose Save button takes the focus once shown again (after Remove hid the focused button). */
let refocus: HTMLElement | undefined;

const fetchManifest = () =>
  fetch(new URL(MANIFEST_PATH, siteRoot()), { cache: 'no-cache' })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then(parseManifest);

const send = (command: OfflineCommand) =>
  navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(command));

function announce(message: string): void {
  const region = speaker && part(speaker, 'announce');
  if (region) region.textContent = message;
}

async function measureStorage(): Promise<void> {
  const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
  const kept = await navigator.storage?.persisted?.().catch(() => false);
  storage = estimate?.usage
    ? `Uses ${formatBytes(estimate.usage)} of storage on this device${
        kept ? ', kept until you remove it' : '; the browser may clear it if space runs low'
      }.`
    : '';
  render();
}

/** What the control says now, from the worker's status. */
function describe(): string {
  const task = status?.task;
  if (task?.kind === 'update') return 'New notes are out: updating the offline copy.';
  if (task) return 'Saving the notes on this device.';
  if (status?.saved) return 'Saved on this device: every page and search work with no network.';
  if (!navigator.onLine) return 'You are offline: connect to the network to save the notes on this device.';
  if (status?.error) return `Saving stopped (${status.error}). Try again.`;
  return 'Save every page and search on this device, to read them with no network.';
}

/**
 * The download size, from the manifest. It fills a box that SaveOffline.astro sizes for any value
 * (min-width), so filling it in, as the panel comes into view, moves nothing.
 */
function sizeValue(): string {
  if (!manifest) return manifestFailed ? 'unknown right now' : 'checking…';
  const pages = manifest.files.filter((f) => f.path.endsWith('.html')).length;
  return `${formatBytes(manifest.transfer)}, ${pages} pages`;
}

function render(): void {
  const task = status?.task;
  const text = describe();
  const size = sizeValue();
  for (const control of controls) {
    control.dataset.state = task ? 'saving' : status?.saved ? 'saved' : 'none';
    part(control, 'text').textContent = text;
    part(control, 'size-value').textContent = size;
    part(control, 'size').hidden = !!task || !!status?.saved;
    part(control, 'progress').hidden = !task;
    if (task) {
      const bar = part<HTMLProgressElement>(control, 'bar');
      bar.max = Math.max(1, task.totalBytes);
      bar.value = task.bytes;
      part(control, 'progress-text').textContent =
        `${task.done} of ${task.total || '…'} files, ${formatBytes(task.bytes)} of ${formatBytes(task.totalBytes)}`;
    }
    const storageLine = part(control, 'storage');
    storageLine.hidden = !status?.saved || !storage;
    storageLine.textContent = storage;
    part(control, 'save').hidden = !!task || !!status?.saved;
    part<HTMLButtonElement>(control, 'save').disabled = !navigator.onLine || !status;
    part(control, 'cancel').hidden = task?.kind !== 'save';
    part(control, 'remove').hidden = !!task || !status?.saved;
    // Shown from the start (SaveOffline.astro), as the footer's zip link is; hidden only for a build without one.
    part(control, 'zip').hidden = !!manifest && !manifest.zip;
    if (manifest?.zip) part(control, 'zip-size').textContent = `(${formatBytes(manifest.zip.bytes)}).`;
  }
  const save = refocus && part(refocus, 'save');
  if (save && !save.hidden) {
    save.focus();
    refocus = undefined;
  }
}

/** What changed, said once: the visible text and bar say the rest. */
function announceChange(before: OfflineStatus | undefined, after: OfflineStatus): void {
  if (!before) return;
  if (!before.task && after.task?.kind === 'save') announce('Saving the notes for offline reading.');
  else if (before.task && !after.task && after.saved) announce('Saved: every page and search now work offline.');
  else if (before.task && !after.task && after.error) announce(`Saving stopped: ${after.error}.`);
  else if (before.task?.kind === 'save' && !after.task) announce('Saving cancelled.');
  else if (before.saved && !after.saved && !after.task) announce('Offline copy removed.');
}

new BroadcastChannel(OFFLINE_CHANNEL).addEventListener('message', (event: MessageEvent<OfflineStatus>) => {
  if (event.data?.type !== 'status') return;
  const before = status;
  status = event.data;
  announceChange(before, status);
  render();
  if (status.saved && (!before?.saved || (before.task && !status.task))) void measureStorage();
});
for (const ev of ['online', 'offline']) addEventListener(ev, render);

for (const control of controls) {
  const use = (action: () => void) => () => {
    speaker = control;
    action();
  };
  part(control, 'save').addEventListener(
    'click',
    use(() => {
      // Ask the browser to keep the copy when storage runs low; it may say no, which only changes the note.
      void navigator.storage?.persist?.().catch(() => false);
      void send({ type: 'save' });
    }),
  );
  part(control, 'cancel').addEventListener(
    'click',
    use(() => void send({ type: 'cancel' })),
  );
  part(control, 'remove').addEventListener(
    'click',
    use(() => {
      refocus = control;
      void send({ type: 'remove' });
    }),
  );
}

render();
void fetchManifest()
  .then((m) => (manifest = m))
  .catch(() => (manifestFailed = true))
  .finally(render);
void send({ type: 'status' });

/** This page's site path, as the manifest lists it: `docker/`, `docker/x` → `…/index.html`, `….html`. */
function pagePath(): string {
  const path = decodeURIComponent(location.pathname).slice(siteRoot().pathname.length);
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.includes('.') ? path : `${path}.html`;
}

function offerReload(): void {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  notice.innerHTML = '<p>Updated notes available.</p><button type="button" class="button-primary">Reload</button>';
  notice.querySelector('button')!.addEventListener('click', () => location.reload());
  document.body.append(notice);
  announce('Updated notes available: reload the page to read them.');
}

window.__notesOffline = {
  async checkForUpdate() {
    const latest = await fetchManifest().catch(() => undefined);
    if (!latest) return;
    manifest = latest;
    render();
    const mine = latest.files.find((f) => f.path === pagePath());
    const version = document.documentElement.dataset.pageVersion;
    if (version && mine && mine.hash !== version) offerReload();
  },
};

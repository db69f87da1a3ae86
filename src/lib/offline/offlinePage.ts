import { escapeHtml } from '../escapeHtml';

export interface SavedPage {
  href: string;
  title: string;
}

/**
 * The page the service worker shows for a page that is neither online nor saved: it says so, and
 * links the pages this device does have. Self-contained (inline styles only, both themes), since
 * nothing else may be cached.
 */
export function offlinePage(pages: readonly SavedPage[]): string {
  const list = pages.length
    ? `<p>Pages saved on this device:</p><ul>${pages
        .map((p) => `<li><a href="${escapeHtml(p.href)}">${escapeHtml(p.title)}</a></li>`)
        .join('')}</ul>`
    : '<p>No page of the notes is saved on this device yet.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>Offline · Docker &amp; Kubernetes notes</title><style>body{font:1rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}a{color:LinkText}</style></head><body><main><h1>You are offline</h1><p>This page is not saved on this device. Connect to the network and reload, or read a saved page. To read every page offline, use “Save for offline” once while you are online.</p>${list}</main></body></html>`;
}

/**
 * The cache keys under which the file for a URL may be stored, best first. A folder URL is its
 * index page (`/compose/` → `/compose/index.html`), a URL without an extension may be a page
 * (`/docker/container-lifecycle` → `…/container-lifecycle.html`), as the server resolves them
 * (deploy/nginx.conf: `try_files $uri $uri.html $uri/index.html`). The query (`?q=`, `?hl=`) and
 * the hash never matter.
 */
export function cacheKeys(url: URL): string[] {
  const base = `${url.origin}${url.pathname}`;
  if (base.endsWith('/')) return [`${base}index.html`];
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  return last.includes('.') ? [base] : [base, `${base}.html`, `${base}/index.html`];
}

import { createHash } from 'node:crypto';

/** The CSP source that allows one inline script: `'sha256-…'` of its exact text. */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
}

/**
 * The Content-Security-Policy of every page: everything from the site itself; inline scripts only
 * by the hashes of the site's own scripts (the bundler's output, src/build/siteScripts.ts), so a
 * script that came from anywhere else, a note included, cannot run; `'wasm-unsafe-eval'` for
 * pagefind's wasm; inline styles for Shiki's token colours. A static host cannot send headers, so
 * the policy travels in each page as a <meta> (which cannot carry `frame-ancestors`).
 *
 * @param hashes the {@link scriptHash} of every inline script the site writes
 */
export function contentSecurityPolicy(hashes: Iterable<string>): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].sort().join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

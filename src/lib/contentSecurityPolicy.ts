import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of a built page, as a <meta> tag: everything from the site itself,
 * inline scripts only by their hash (each page's are hashed, so a script injected into a note
 * cannot run), `'wasm-unsafe-eval'` for pagefind's wasm, inline styles for Shiki's token colours.
 * A static host cannot send headers, so the policy travels in the page.
 */
export function cspFor(html: string): string {
  const hashes = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
  );
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy as the first element of <head>, before any script can run. */
export function withCsp(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${cspFor(html)}">`;
  return html.replace(/<head>/, `<head>${meta}`);
}

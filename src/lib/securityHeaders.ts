import { contentSecurityPolicy } from './contentSecurityPolicy';

/**
 * The headers every response carries, wherever the site is served: deploy/nginx.conf and
 * public/_headers repeat them, and tests/unit/deployConfig.test.ts checks that they do.
 */

/** Fetch directives that a policy without default-src must name itself to keep them at 'self'. */
const SPELLED_OUT = ['font-src', 'media-src', 'manifest-src', 'frame-src'];

/**
 * The Content-Security-Policy header: the pages' own policy (src/lib/contentSecurityPolicy.ts)
 * without script-src, plus frame-ancestors, which a <meta> policy cannot set. A browser enforces
 * the header and each page's <meta> policy together; script-src stays in the pages, where it
 * holds the hashes of the site's own inline scripts (src/build/siteScripts.ts). default-src goes too, or it would stand in
 * for script-src and block those scripts: the fetch directives it covered are spelled out.
 */
export function headerContentSecurityPolicy(): string {
  const directives = contentSecurityPolicy([]).split('; ');
  const fallback = directives.find((d) => d.startsWith('default-src '))!.slice('default-src '.length);
  const kept = directives.filter((d) => !/^(default-src|script-src)\s/.test(d));
  const named = new Set(kept.map((d) => d.split(' ')[0]));
  const spelled = SPELLED_OUT.filter((d) => !named.has(d)).map((d) => `${d} ${fallback}`);
  return [...kept, ...spelled, "frame-ancestors 'none'"].join('; ');
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerContentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  // Outbound links to the official docs send no referrer: the site tracks nobody, nor lets others.
  'Referrer-Policy': 'no-referrer',
  // Features the notes never use are off for the page and anything it could embed. The clipboard
  // (copy buttons) stays allowed.
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Cache-Control of the files whose names are hashes of their content (src/lib/offline/immutablePaths.ts). */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
/** Cache-Control of every other file: revalidated on each use (an unchanged file costs a 304). */
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

import { posix } from 'node:path';
import { decodeEntities } from './decodeEntities';

export interface BrokenLink {
  /** Site path of the page holding the link. */
  from: string;
  href: string;
  reason: string;
}

const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
/**
 * Checks every internal link of a built site: the target page must exist and, for a `#fragment`,
 * hold an element with that id. `pages` maps site paths (`docker/x.html`) to their HTML; `files`
 * lists every other file of the build (a link to the offline zip, say, is fine).
 * External links (with a scheme) are not checked here.
 */
export function findBrokenLinks(pages: Record<string, string>, files: Set<string> = new Set()): BrokenLink[] {
  const idCache = new Map<string, Set<string>>();
  const idsOf = (p: string) => {
    if (!idCache.has(p)) idCache.set(p, ids(pages[p]!));
    return idCache.get(p)!;
  };
  const broken: BrokenLink[] = [];
  for (const [from, page] of Object.entries(pages)) {
    // Scripts can hold markup in strings (the search results template): only real links count.
    const html = page.replace(/<script\b[\s\S]*?<\/script>/g, '');
    // The 404 page's links are resolved against <base>, from the root.
    const baseDir = /<base href=/.test(html) ? '' : posix.dirname(from);
    for (const m of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const href = decodeEntities(m[1]!);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const [pathPart, fragment] = href.split('#') as [string, string | undefined];
      let target: string;
      if (pathPart === '') target = from;
      else if (pathPart.startsWith('/')) target = pathPart.slice(1);
      else target = posix.normalize(posix.join(baseDir, pathPart));
      target = decodeURIComponent(target.split('?')[0]!);
      if (target.endsWith('/') || target === '.' || target === '') {
        broken.push({ from, href, reason: 'links to a folder: link to its index.html so it also works from disk' });
        continue;
      }
      if (!(target in pages)) {
        if (!files.has(target)) broken.push({ from, href, reason: `${target} does not exist` });
        continue;
      }
      if (fragment && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push({ from, href, reason: `${target} has no section #${fragment}` });
      }
    }
  }
  return broken;
}

import { posix } from 'node:path';

/** The id of a note's chapter in print.html: `docker/container-lifecycle.html` → `docker--container-lifecycle`. */
export const printAnchor = (notePath: string) => notePath.replace(/\.html$/, '').replace(/\//g, '--');

/** The id of a note's section in print.html: its chapter's id, then the section's. */
export const printSectionAnchor = (notePath: string, id: string) => `${printAnchor(notePath)}--${id}`;

/**
 * Where a link of a note points from print.html, a page at the site root: to the chapter (and
 * section) on the same page when it points at a note of the print view, else to the same file,
 * from the root. Links to other sites stay as they are.
 *
 * @param href the link as the note writes it
 * @param from the note's site path
 * @param printed the site paths of every note in the print view
 */
export function printHref(href: string, from: string, printed: ReadonlySet<string>): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href;
  const hashAt = href.indexOf('#');
  const path = hashAt < 0 ? href : href.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : href.slice(hashAt + 1);
  const target = path ? posix.normalize(posix.join(posix.dirname(from), path)) : from;
  if (printed.has(target)) return hash ? `#${printSectionAnchor(target, hash)}` : `#${printAnchor(target)}`;
  return `${target}${hash ? `#${hash}` : ''}`;
}

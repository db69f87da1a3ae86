import { posix } from 'node:path';
import { closest } from './closest';
import type { FileProblem, NoteModel } from './types';

/** What the site holds besides the notes, for links that point there. */
export interface SiteIndex {
  /** Site paths of the pages that are not notes (`index.html`, `docker/index.html`, `commands.html`). */
  pages: ReadonlySet<string>;
  /** Other files a note may link: the offline zip, the files of public/. */
  files: ReadonlySet<string>;
}

/** Where a link points, resolved from the page that holds it; undefined for another site. */
export interface LinkTarget {
  /** Site path of the target file (`docker/ports-and-volumes.html`). */
  path: string;
  fragment: string | undefined;
}

/**
 * Resolves an href written on the page at `from` (a site path) to a file of the site, or explains
 * why it cannot point at one. External links (with a scheme or `//`) resolve to undefined.
 */
export function resolveLink(href: string, from: string): LinkTarget | { error: string } | undefined {
  if (/^javascript:/i.test(href.trim())) return { error: 'a javascript: link runs code: link to a page instead' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const hashAt = href.indexOf('#');
  const pathPart = (hashAt < 0 ? href : href.slice(0, hashAt)).split('?')[0]!;
  if (pathPart.startsWith('/')) {
    return {
      error: 'a link from the site root breaks when the site is opened from disk: write it relative to this page',
    };
  }
  let path: string;
  let fragment: string | undefined;
  try {
    fragment = hashAt < 0 ? undefined : decodeURIComponent(href.slice(hashAt + 1));
  } catch {
    return { error: "its #fragment has a % that is not an escape: write % as %25 (a heading's anchor has no %)" };
  }
  try {
    path = pathPart === '' ? from : decodeURIComponent(posix.normalize(posix.join(posix.dirname(from), pathPart)));
  } catch {
    return { error: 'it has a % that is not an escape: write % as %25 (or rename the file)' };
  }
  if (path.startsWith('../')) return { error: 'the link points above the site root' };
  if (path.endsWith('/') || path === '.') {
    return { error: 'it links to a folder: link to its index.html, so that it also works from disk' };
  }
  return { path, fragment };
}

/** Every id a link can point at on a note's page: its headings and elements with an id. */
export const anchorsOf = (note: NoteModel) =>
  new Set([...note.sections.map((s) => s.id), ...note.anchors.map((a) => a.id)]);

/**
 * Checks every link between pages before anything is rendered: the target page must exist and,
 * for a link to a section of a note, the note must have that section. Sections of pages that are
 * not notes are checked on the built site (src/build/checkBuiltSite.ts).
 *
 * @param notes the published notes: their links are checked, and they are the pages links may reach
 * @param unreadable the pages of notes that did not parse: links to them are not checked, since
 *   the note's own error is reported (else one MDX mistake reads as a dead link in every note)
 */
export function checkLinks(notes: NoteModel[], site: SiteIndex, unreadable: readonly string[] = []): FileProblem[] {
  const byPath = new Map(notes.map((n) => [n.path, n]));
  // Pages of notes that did not parse: their own error is reported; a link to them is not broken.
  const unchecked = new Set(unreadable);
  const anchors = new Map<string, Set<string>>();
  const problems: FileProblem[] = [];
  for (const note of notes) {
    for (const link of note.links) {
      const target = resolveLink(link.href, note.path);
      if (!target) continue;
      const broken = (reason: string) =>
        problems.push({ file: note.file, line: link.line, message: `The link "${link.href}" is broken: ${reason}.` });
      if ('error' in target) {
        broken(target.error);
        continue;
      }
      if (unchecked.has(target.path)) continue;
      const linked = byPath.get(target.path);
      if (linked) {
        if (!target.fragment) continue;
        if (!anchors.has(linked.path)) anchors.set(linked.path, anchorsOf(linked));
        const ids = anchors.get(linked.path)!;
        if (!ids.has(target.fragment)) {
          const near = closest(target.fragment, [...ids]);
          broken(`${target.path} has no section #${target.fragment}${near ? ` (did you mean #${near}?)` : ''}`);
        }
        continue;
      }
      if (site.pages.has(target.path) || site.files.has(target.path)) continue;
      const sameName = [...byPath.keys()].find((p) => posix.basename(p) === posix.basename(target.path));
      const withHtml = byPath.has(`${target.path}.html`) ? `${posix.basename(target.path)}.html` : undefined;
      // The note's source file instead of its page (`x.mdx`), or the page in other letter case.
      const asPage = target.path.replace(/\.mdx?$/i, '.html');
      const page = [...byPath.keys()].find((p) => p === asPage || p.toLowerCase() === target.path.toLowerCase());
      const relative = (p: string) => posix.relative(posix.dirname(note.path), p);
      const hint = withHtml
        ? ` (link to ${withHtml}: pages end in .html)`
        : page && asPage !== target.path
          ? ` (link to the page, ${relative(page)}: a note's .mdx file is not published)`
          : page
            ? ` (did you mean ${relative(page)}? Paths are case-sensitive on most servers)`
            : sameName
              ? ` (did you mean ${relative(sameName)}?)`
              : '';
      broken(`${target.path} does not exist${hint}`);
    }
  }
  return problems;
}

import { posix } from 'node:path';

/**
 * Turns the body of a built note page into a chapter of the one-page print view (print.html):
 * - links are rewritten from the note's folder to the site root, and links to sections of notes
 *   that are in the print view point at those sections on the same page;
 * - ids get the note's prefix, so the same heading text in two notes stays two anchors;
 * - headings move `shift` levels down (in print.html a note's sections sit under its topic and title).
 */
/** The id of a note's chapter in print.html: `docker/container-lifecycle.html` → `docker--container-lifecycle`. */
export const printAnchor = (notePath: string) => notePath.replace(/\.html$/, '').replace(/\//g, '--');

export function printNote(proseHtml: string, notePath: string, printed: Set<string>, shift = 1): string {
  const prefix = printAnchor(notePath);
  const dir = posix.dirname(notePath);
  return proseHtml
    .replace(
      /<(\/?)h([2-5])(\s|>)/g,
      (_m, slash: string, level: string, rest: string) => `<${slash}h${Math.min(6, Number(level) + shift)}${rest}`,
    )
    .replace(
      /class="heading-wrapper level-([2-5])"/g,
      (_m, level: string) => `class="heading-wrapper level-${Math.min(6, Number(level) + shift)}"`,
    )
    .replace(/\sid="([^"]+)"/g, (_m, id: string) => ` id="${prefix}--${id}"`)
    .replace(
      /\saria-labelledby="([^"]+)"/g,
      (_m, ids: string) =>
        ` aria-labelledby="${ids
          .split(/\s+/)
          .map((i) => `${prefix}--${i}`)
          .join(' ')}"`,
    )
    .replace(/\shref="([^"]*)"/g, (_m, href: string) => ` href="${rewriteHref(href, dir, prefix, printed)}"`);
}

function rewriteHref(href: string, dir: string, prefix: string, printed: Set<string>): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href;
  const [path, hash] = href.split('#') as [string, string | undefined];
  if (!path) return hash ? `#${prefix}--${hash}` : '#';
  const target = posix.normalize(posix.join(dir, path));
  if (printed.has(target)) {
    return hash ? `#${printAnchor(target)}--${hash}` : `#${printAnchor(target)}`;
  }
  return `${target}${hash ? `#${hash}` : ''}`;
}

/** The `<div class="prose">…</div>` of a built note page (its content without the chrome). */
export function proseOf(pageHtml: string): string {
  const start = pageHtml.indexOf('<div class="prose">');
  const end = pageHtml.indexOf('</article>', start);
  if (start < 0 || end < 0) throw new Error('print view: a note page has no <div class="prose"> inside <article>');
  // The prose div is the article's last child: drop its closing tag.
  return pageHtml.slice(start + '<div class="prose">'.length, end).replace(/<\/div>\s*$/, '');
}

/**
 * The one place that turns pages into links.
 *
 * Every page has a *site path*: its file in the build, relative to the site root, such as
 * `index.html`, `docker/index.html` or `docker/container-lifecycle.html`. Links between pages are
 * written relative to the page that holds them and always end in a real `.html` file, so the same
 * build works on a web server and when opened from disk (`file://`), where a link to a folder would
 * show a directory listing instead of the page.
 */

/** Site path of the home page. */
export const HOME_PATH = 'index.html';

/** Site path of a topic's index page. */
export function topicPath(topic: string): string {
  return `${topic}/index.html`;
}

/** Site path of a note. `slug` is the note's file name without `.mdx`. */
export function notePath(topic: string, slug: string): string {
  return `${topic}/${slug}.html`;
}

/** Site path of a top-level page such as `commands` or `print`. */
export function pagePath(name: string): string {
  return `${name}.html`;
}

/** Relative prefix from a page to the site root: `''` at the root, `'../'` one folder down. */
export function rootPrefix(fromPath: string): string {
  const depth = fromPath.split('/').length - 1;
  return '../'.repeat(depth);
}

/**
 * Link from the page at `fromPath` to the page at `toPath`, optionally to a `#hash` on it.
 * A link to the page itself keeps only the hash.
 */
export function relativeHref(fromPath: string, toPath: string, hash?: string): string {
  const fragment = hash ? `#${hash.replace(/^#/, '')}` : '';
  if (fromPath === toPath && fragment) return fragment;
  const from = fromPath.split('/').slice(0, -1);
  const to = toPath.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = '../'.repeat(from.length - common);
  return `${up}${to.slice(common).join('/')}${fragment}`;
}

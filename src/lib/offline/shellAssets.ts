/**
 * The shell's files (src/build/shellAssets.ts): `assets/<name>.<hash>.<ext>`, where the hash is
 * of the content, so a name never points at two contents. The service worker keeps them, the
 * server caches them for a year.
 */
export const SHELL_DIR = 'assets/';

const SHELL_FILE = /(?:^|\/)assets\/([a-z]+)\.[0-9a-f]{10}\.(css|js)$/;

export function shellAssetPath(name: string, hash: string, ext: 'css' | 'js'): string {
  return `${SHELL_DIR}${name}.${hash}.${ext}`;
}

/**
 * The kind of a shell file, `site.css` or `page.js`, or undefined for any other path. Two builds'
 * files of one kind differ only in their hash; `path` may carry a sub-path prefix.
 */
export function shellAssetKind(path: string): string | undefined {
  const m = SHELL_FILE.exec(path);
  return m ? `${m[1]}.${m[2]}` : undefined;
}

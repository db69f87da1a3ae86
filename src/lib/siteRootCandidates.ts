/**
 * The folders that may be the site root, for a page shown at a URL that is not its own (the 404
 * page answers any missing URL, at any depth): every folder above the URL, deepest first.
 * `/notes/no/such/page.html` → `/notes/no/such/`, `/notes/no/`, `/notes/`, `/`.
 */
export function siteRootCandidates(pathname: string): string[] {
  const folders = pathname.split('/').slice(1, -1);
  return folders.map((_, i) => `/${folders.slice(0, folders.length - i).join('/')}/`).concat('/');
}

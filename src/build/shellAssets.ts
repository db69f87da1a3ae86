import { transform } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleScript } from './bundleScript';
import { shellAssetPath } from '../lib/offline/shellAssets';
import { TOKEN_CLASS_CSS } from '../shiki/tokenClasses';

/**
 * The shell every page shares: one stylesheet and one script, written once to `assets/` under a
 * name that carries a hash of their content (`assets/site.3f9c2a1b7e.css`), and linked from every
 * page with a relative URL (src/layouts/Base.astro).
 *
 * Why not inline them, as pages did until December 2026: 28 KB of CSS and 15 KB of script were
 * 40 % of every note page, downloaded again on every page. Once per site, they are cached for a
 * year (the name changes with the content, so a copy can never be stale: deploy/nginx.conf and the
 * service worker treat them as immutable).
 * Why not Astro's own stylesheet output: it links `/_astro/*.css` by absolute URL, which a page
 * opened from disk, or served under a sub-path, cannot load. The 404 page still inlines both (it is
 * served at any depth, where no relative URL is right).
 */
export interface ShellAsset {
  /** Site path, e.g. `assets/site.3f9c2a1b7e.css`. */
  path: string;
  body: string;
}

/** The site's stylesheets, in cascade order. */
const STYLESHEETS = ['global.css', 'layout.css', 'diagram.css'] as const;

const srcDir = join(process.cwd(), 'src');
let cached: Promise<{ css: ShellAsset; js: ShellAsset }> | undefined;

const hash = (body: string) => createHash('sha256').update(body).digest('hex').slice(0, 10);

async function make(): Promise<{ css: ShellAsset; js: ShellAsset }> {
  const sources = await Promise.all(STYLESHEETS.map((f) => readFile(join(srcDir, 'styles', f), 'utf8')));
  // Then the code themes' token colours, as the classes src/shiki/tokenClasses.ts writes.
  sources.push(TOKEN_CLASS_CSS);
  // esbuild minifies without lowering (no target): light-dark(), nesting and ::highlight() stay as written.
  const css = (await transform(sources.join('\n'), { loader: 'css', minify: true, logLevel: 'error' })).code.trim();
  const js = await bundleScript('page.ts');
  return {
    css: { path: shellAssetPath('site', hash(css), 'css'), body: css },
    js: { path: shellAssetPath('page', hash(js), 'js'), body: js },
  };
}

/** The stylesheet and the script of every page (made once per build; anew on each call in `astro dev`). */
export function shellAssets(): Promise<{ css: ShellAsset; js: ShellAsset }> {
  if (!cached || import.meta.env?.DEV) cached = make();
  return cached;
}

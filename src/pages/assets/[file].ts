/**
 * assets/site.<hash>.css and assets/page.<hash>.js: the stylesheet and the script every page links
 * (src/build/shellAssets.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shellAssets } from '~/build/shellAssets';
import { SHELL_DIR } from '~/lib/offline/shellAssets';

export const getStaticPaths = (async () => {
  const { css, js } = await shellAssets();
  return [css, js].map((a) => ({ params: { file: a.path.slice(SHELL_DIR.length) }, props: { body: a.body } }));
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

export const GET: APIRoute = ({ params, props }) =>
  new Response((props as { body: string }).body, {
    headers: { 'Content-Type': TYPES[String(params.file).split('.').pop()!] ?? 'application/octet-stream' },
  });

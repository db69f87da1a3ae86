/** offline/save.js: the save-for-offline control's logic (src/scripts/saveOffline.ts), loaded on intent. */
import type { APIRoute } from 'astro';
import { bundleScript } from '~/build/bundleScript';

export const GET: APIRoute = async () =>
  new Response(await bundleScript('saveOffline.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });

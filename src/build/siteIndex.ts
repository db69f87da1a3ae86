import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteIndex } from '../lib/model/checkLinks';
import { PIPELINE_FILES } from '../lib/offlineZip';
import { TOPIC_IDS } from '../lib/topics';
import { listFiles } from './listFiles';

/**
 * The pages and files a build will hold besides the notes, known before anything is rendered: the
 * routes of src/pages (a `[topic]` folder once per topic; the `[note]` route is the notes
 * themselves), the files of public/, and the files the post-build steps add (the offline zip). Lets the link check run on the sources.
 */
export function siteIndex(root: string): SiteIndex {
  const pages = new Set<string>();
  const pagesDir = join(root, 'src/pages');
  for (const file of existsSync(pagesDir) ? listFiles(pagesDir) : []) {
    if (file.split('/').some((part) => part.startsWith('_')) || file.includes('[note]')) continue;
    const path = file.replace(/\.(astro|md|mdx)$/, '.html').replace(/\.(ts|js)$/, '');
    if (path.includes('[topic]')) for (const t of TOPIC_IDS) pages.add(path.replace('[topic]', t));
    else pages.add(path);
  }
  const publicDir = join(root, 'public');
  const files = new Set<string>([...PIPELINE_FILES, ...(existsSync(publicDir) ? listFiles(publicDir) : [])]);
  return { pages, files };
}

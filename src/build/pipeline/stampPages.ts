import { stampPage } from '../../lib/offline/pageStamp';
import type { BuiltSite } from './site';

/**
 * Writes each page's own version into it (src/lib/offline/pageStamp.ts), in memory, before any
 * other step reads the pages: the checks, the search index, the zip and the manifest all see the
 * page as it is published, and the page is written to disk once, with the others, in step 8.
 */
export function stampPages(site: BuiltSite): number {
  let stamped = 0;
  for (const [path, content] of site.files) {
    if (!path.endsWith('.html')) continue;
    const page = Buffer.from(stampPage(content.toString('utf8')));
    site.files.set(path, page);
    site.output.set(path, page);
    stamped++;
  }
  return stamped;
}

import { createHash } from 'node:crypto';
import { SAXParser } from 'parse5-sax-parser';

/**
 * Each built page says which version of itself it is: `<html data-page-version="…">`, a hash of
 * the page without the attribute. The same hash is the page's entry in the build manifest, so an
 * open page can tell whether a newer build changed it (src/scripts/saveOffline.ts offers
 * "Updated notes available: reload" only then). A hash of the page alone, not of the whole build:
 * a page that did not change keeps its version, and an offline copy keeps its stored copy.
 */
export const PAGE_VERSION_ATTRIBUTE = 'data-page-version';

export const contentHash = (bytes: string | Uint8Array) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** The page's <html> start tag, read with parse5: where it starts and its attributes. */
function htmlStartTag(html: string): { start: number; attrs: { name: string; value: string }[] } | undefined {
  let found: { start: number; attrs: { name: string; value: string }[] } | undefined;
  const parser = new SAXParser({ sourceCodeLocationInfo: true });
  parser.on('startTag', (tag) => {
    if (tag.tagName === 'html' && !found) found = { start: tag.sourceCodeLocation!.startOffset, attrs: tag.attrs };
    parser.stop();
  });
  parser.end(html);
  return found;
}

/** The page with its version written into the <html> start tag. Throws if it has no such tag. */
export function stampPage(html: string): string {
  const tag = htmlStartTag(html);
  if (!tag || html.slice(tag.start, tag.start + 5).toLowerCase() !== '<html')
    throw new Error('stampPage: the page has no <html> start tag');
  if (tag.attrs.some((a) => a.name === PAGE_VERSION_ATTRIBUTE))
    throw new Error('stampPage: the page already has a version');
  const end = tag.start + '<html'.length;
  return `${html.slice(0, end)} ${PAGE_VERSION_ATTRIBUTE}="${contentHash(html)}"${html.slice(end)}`;
}

/** The version a stamped page carries, or undefined. */
export function readPageVersion(html: string): string | undefined {
  return htmlStartTag(html)?.attrs.find((a) => a.name === PAGE_VERSION_ATTRIBUTE)?.value;
}

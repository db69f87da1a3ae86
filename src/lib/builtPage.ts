import { SAXParser } from 'parse5-sax-parser';
import { CLASS } from './markup';

/** What the checks of the built site need to know about one page, read with an HTML parser. */
export interface BuiltPage {
  /** Every `id` of the page, and the ones used twice. */
  ids: Set<string>;
  duplicateIds: string[];
  /** The `href` of every `<a>`, and whether it sits in a note's prose (so a note's source wrote it). */
  links: { href: string; inProse: boolean }[];
  /** The text of every inline `<script>`, and the `src` of the others. */
  inlineScripts: string[];
  scriptSources: string[];
  /** The `href` of every `<link rel="stylesheet">`. */
  stylesheets: string[];
  /** Inline event handler attributes (`onclick`). */
  handlers: { tag: string; attribute: string }[];
  /** The `<base href>`, if the page has one (links then resolve from it). */
  base: string | undefined;
}

/**
 * Reads a built page with parse5's streaming parser (parse5-sax-parser), never with regular
 * expressions: markup inside a script's strings is text, an attribute may hold a `>`, references
 * are decoded as a browser decodes them. Streaming, because no check needs the tree: it is four
 * times faster than building one (hast-util-from-html) over the 3 MB of the built pages.
 */
export function readBuiltPage(html: string): BuiltPage {
  const page: BuiltPage = {
    ids: new Set(),
    duplicateIds: [],
    links: [],
    inlineScripts: [],
    scriptSources: [],
    stylesheets: [],
    handlers: [],
    base: undefined,
  };
  /** Open <div>s since the prose's own <div>: 0 outside it (a <div> is never closed implicitly). */
  let proseDivs = 0;
  let script: string[] | undefined;
  const parser = new SAXParser();
  parser.on('startTag', ({ tagName, attrs, selfClosing }) => {
    const attr = (name: string) => attrs.find((a) => a.name === name)?.value;
    const id = attr('id');
    if (id) {
      if (page.ids.has(id)) page.duplicateIds.push(id);
      page.ids.add(id);
    }
    for (const a of attrs) if (/^on[a-z]/i.test(a.name)) page.handlers.push({ tag: tagName, attribute: a.name });
    if (tagName === 'a' && attr('href') !== undefined) page.links.push({ href: attr('href')!, inProse: proseDivs > 0 });
    if (tagName === 'base' && attr('href') !== undefined) page.base = attr('href');
    if (tagName === 'link' && (attr('rel') ?? '').split(/\s+/).includes('stylesheet') && attr('href') !== undefined)
      page.stylesheets.push(attr('href')!);
    if (tagName === 'div' && !selfClosing) {
      if (proseDivs > 0) proseDivs++;
      else if ((attr('class') ?? '').split(/\s+/).includes(CLASS.prose)) proseDivs = 1;
    }
    if (tagName === 'script') {
      const type = attr('type') ?? '';
      const isCode = type === '' || type === 'module' || /javascript|ecmascript/.test(type);
      const src = attr('src');
      if (src !== undefined) page.scriptSources.push(src);
      else if (isCode) script = [];
    }
  });
  parser.on('endTag', ({ tagName }) => {
    if (tagName === 'div' && proseDivs > 0) proseDivs--;
    if (tagName === 'script' && script) {
      page.inlineScripts.push(script.join(''));
      script = undefined;
    }
  });
  parser.on('text', ({ text }) => script?.push(text));
  parser.end(html);
  return page;
}

import { SAXParser } from 'parse5-sax-parser';

/**
 * Built HTML, read the way the build reads it (src/lib/builtPage.ts): with parse5's streaming
 * parser, never with regular expressions, so that markup inside a script is text, an attribute may
 * hold a `>` and character references are decoded as a browser decodes them.
 */

export interface StartTag {
  tagName: string;
  attrs: { name: string; value: string }[];
}

/** Every start tag of a page, in document order. */
export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const parser = new SAXParser();
  parser.on('startTag', ({ tagName, attrs }) => tags.push({ tagName, attrs }));
  parser.end(html);
  return tags;
}

/** Every value of an attribute in a page, in document order. */
export const attributeValues = (html: string, name: string): string[] =>
  startTags(html).flatMap((t) => t.attrs.filter((a) => a.name === name).map((a) => a.value));

/** An element's attribute, if it has it. */
export const attribute = (tag: StartTag, name: string): string | undefined =>
  tag.attrs.find((a) => a.name === name)?.value;

/** Whether an element's class list has a class. */
export const hasClass = (tag: StartTag, name: string): boolean =>
  (attribute(tag, 'class') ?? '').split(/\s+/).includes(name);

/** The elements a test picks, each with its attributes and its text content (nested text included). */
export function elements(html: string, pick: (tag: StartTag) => boolean): (StartTag & { text: string })[] {
  const found: (StartTag & { text: string })[] = [];
  const open: { tag: StartTag; depth: number; text: string[] }[] = [];
  const parser = new SAXParser();
  parser.on('startTag', ({ tagName, attrs, selfClosing }) => {
    for (const o of open) if (o.tag.tagName === tagName) o.depth++;
    if (!selfClosing && pick({ tagName, attrs })) open.push({ tag: { tagName, attrs }, depth: 0, text: [] });
  });
  parser.on('endTag', ({ tagName }) => {
    for (let i = open.length - 1; i >= 0; i--) {
      const o = open[i]!;
      if (o.tag.tagName !== tagName) continue;
      if (o.depth > 0) o.depth--;
      else {
        found.push({ ...o.tag, text: o.text.join('') });
        open.splice(i, 1);
      }
    }
  });
  parser.on('text', ({ text }) => {
    for (const o of open) o.text.push(text);
  });
  parser.end(html);
  return found;
}

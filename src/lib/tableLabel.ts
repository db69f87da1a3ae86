import { SAXParser } from 'parse5-sax-parser';

/**
 * The accessible name of a table's scrolling frame, from its column headings, read with an HTML
 * parser (references decoded as a browser decodes them): "Table: Type, Reachable from, Typical use".
 */
export function tableLabel(html: string): string {
  const headings: string[] = [];
  let heading: string[] | undefined;
  const parser = new SAXParser();
  parser.on('startTag', ({ tagName }) => {
    if (tagName === 'th') heading = [];
  });
  parser.on('text', ({ text }) => heading?.push(text));
  parser.on('endTag', ({ tagName }) => {
    if (tagName !== 'th' || !heading) return;
    const text = heading.join('').replace(/\s+/g, ' ').trim();
    if (text) headings.push(text);
    heading = undefined;
  });
  parser.end(html);
  return headings.length ? `Table: ${headings.join(', ')}` : 'Table';
}

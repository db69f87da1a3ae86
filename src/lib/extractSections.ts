import { decodeEntities } from './decodeEntities';

/** One searchable section of a built note page. */
export interface SectionDoc {
  /** `docker/container-lifecycle.html#view-container-logs` (no hash for the page's intro). */
  id: string;
  page: string;
  pageTitle: string;
  topic: string;
  title: string;
  text: string;
  /** The commands of the section's shell blocks. */
  commands: string[];
}

const textOf = (html: string) =>
  decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<a class="heading-anchor"[\s\S]*?<\/a>/g, ' ')
      .replace(/<figcaption class="code-header"[\s\S]*?<\/figcaption>/g, ' ')
      // An output line runs to the next line of the block, or to its end (the last line has no \n).
      .replace(/<span class="line line-output"[\s\S]*?(?=<span class="line|<\/code>)/g, ' ')
      .replace(/<span class="prompt"[^>]*>[^<]*<\/span>/g, '')
      // Tags, with quoted attribute values that may hold a raw ">".
      .replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/g, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Splits a built note page into sections at its h2/h3 headings (the same anchors search results
 * link to), with their text and commands. Used for the offline search index and command lookup.
 */
export function extractSections(html: string, page: string): SectionDoc[] {
  const article = html.match(/<article class="note"[^>]*>([\s\S]*?)<\/article>/)?.[1];
  if (!article) return [];
  const pageTitle = textOf(article.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? page);
  const topic =
    article.match(/data-pagefind-filter="topic:([^"]+)"/)?.[1] ??
    html.match(/data-pagefind-filter="topic:([^"]+)"/)?.[1] ??
    '';
  const body = article
    .replace(/<header class="note-header">[\s\S]*?<\/header>/, '')
    .replace(/<details class="toc-mobile"[\s\S]*?<\/details>/, '');
  const parts = body.split(/(?=<div class="heading-wrapper level-[23]">)/);
  const docs: SectionDoc[] = [];
  for (const part of parts) {
    const heading = part.match(/^<div class="heading-wrapper level-[23]"><h[23] id="([^"]+)"[^>]*>([\s\S]*?)<\/h[23]>/);
    const commands = [...part.matchAll(/data-command="([^"]*)"/g)].map((m) => decodeEntities(m[1]!));
    const text = textOf(part);
    if (!heading && !text) continue;
    docs.push({
      id: heading ? `${page}#${heading[1]}` : page,
      page,
      pageTitle,
      topic,
      title: heading ? textOf(heading[2]!) : pageTitle,
      text: heading ? text.slice(textOf(heading[2]!).length).trim() : text,
      commands,
    });
  }
  return docs;
}

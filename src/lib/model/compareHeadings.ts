import type { NoteModel } from './types';

/** A heading as the renderer reports it (`render(entry).headings`). */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/**
 * Compares the model's sections with the headings the page was rendered with. Returns undefined
 * when they agree, else a message naming the file and line of the first heading that differs:
 * then the model's anchors (search results, the Commands page, the link check) would point at
 * sections the page does not have, and the build must stop.
 */
export function compareHeadings(model: NoteModel, rendered: RenderedHeading[]): string | undefined {
  const count = Math.max(model.sections.length, rendered.length);
  for (let i = 0; i < count; i++) {
    const mine = model.sections[i];
    const theirs = rendered[i];
    if (mine && theirs && mine.id === theirs.slug && mine.level === theirs.depth) continue;
    const line = mine?.line ?? model.sections.at(-1)?.line ?? 1;
    const expected = theirs ? `h${theirs.depth} #${theirs.slug} ("${theirs.text}")` : 'no heading';
    const found = mine ? `h${mine.level} #${mine.id} ("${mine.title}")` : 'no heading';
    return (
      `${model.file}:${line}: the page renders ${expected} where the content model has ${found}. ` +
      'The model (src/lib/model/) and the renderer disagree on this heading: fix the model, since ' +
      'search results, the link check and the Commands page use its anchors.'
    );
  }
  return undefined;
}

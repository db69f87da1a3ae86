import { closest } from './closest';
import { frontmatterLines } from './frontmatterLines';
import type { FileProblem, NoteModel, Problem } from './types';
import { INTRO_PHRASES } from '../noteSchema';

/** A note's `searchPhrases` as written, if it is a map (the schema checks its shape). */
const phrasesOf = (model: NoteModel): Record<string, unknown> | undefined => {
  const phrases = model.frontmatter.searchPhrases;
  return phrases && typeof phrases === 'object' && !Array.isArray(phrases) && model.frontmatterSource !== undefined
    ? (phrases as Record<string, unknown>)
    : undefined;
};

/**
 * Checks the frontmatter's `searchPhrases` against the note's headings: each key must be the
 * anchor of one of its h2 or h3 (the sections search lands on; an h4 belongs to the section above
 * it), or `intro`, the introduction's. Reported at the key's line, with the anchor meant.
 */
export function checkSearchPhrases(model: NoteModel): Problem[] {
  const phrases = phrasesOf(model);
  if (!phrases) return [];
  const lineOf = frontmatterLines(model);
  const sections = new Set(model.sections.filter((s) => s.level <= 3).map((s) => s.id));
  const parentOf = new Map<string, string>();
  let parent = '';
  for (const s of model.sections) {
    if (s.level <= 3) parent = s.id;
    else parentOf.set(s.id, parent);
  }
  const problems: Problem[] = [];
  for (const anchor of Object.keys(phrases)) {
    if (anchor === INTRO_PHRASES && sections.has(anchor)) {
      problems.push({
        line: lineOf(['searchPhrases', anchor]),
        message: `\`searchPhrases.${INTRO_PHRASES}\` is the introduction's, and this note also has a heading whose anchor is \`${INTRO_PHRASES}\`: rename that heading, so each set of phrases has one section.`,
      });
      continue;
    }
    if (sections.has(anchor) || anchor === INTRO_PHRASES) continue;
    const above = parentOf.get(anchor);
    const near = closest(anchor, sections);
    problems.push({
      line: lineOf(['searchPhrases', anchor]),
      message: above
        ? `\`searchPhrases\` names \`${anchor}\`, a heading below h3: search lands on the h2 or h3 above it. Move its phrases to \`${above}\`.`
        : `\`searchPhrases\` names the section \`${anchor}\`, which this note does not have${near ? `: did you mean \`${near}\`?` : '.'} Use the anchor of one of its h2 or h3 headings (the part of its link after #).`,
    });
  }
  return problems;
}

/**
 * A search phrase says which section answers it: given for two sections, of one note or of two,
 * it ranks neither. Reported at each later copy, naming the first (notes in file order).
 */
export function duplicateSearchPhrases(models: NoteModel[]): FileProblem[] {
  const owner = new Map<string, string>();
  const problems: FileProblem[] = [];
  for (const model of models) {
    const phrases = phrasesOf(model);
    if (!phrases) continue;
    const lineOf = frontmatterLines(model);
    for (const [anchor, list] of Object.entries(phrases)) {
      if (!Array.isArray(list)) continue;
      // The introduction is the page itself: docker/x.html.
      const here = anchor === INTRO_PHRASES ? model.path : `${model.path}#${anchor}`;
      list.forEach((phrase: unknown, i) => {
        if (typeof phrase !== 'string') return;
        const key = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
        const first = owner.get(key);
        if (first === undefined) owner.set(key, here);
        else if (first !== here)
          problems.push({
            file: model.file,
            line: lineOf(['searchPhrases', anchor, i]),
            message: `The search phrase "${phrase}" is given for ${first} too: keep it on the one section that answers it.`,
          });
      });
    }
  }
  return problems;
}

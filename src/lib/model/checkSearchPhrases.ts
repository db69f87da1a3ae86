import { LineCounter, parseDocument } from 'yaml';
import { yamlLine } from '../yamlLine';
import { closest } from './closest';
import type { NoteModel, Problem } from './types';

/**
 * Checks the frontmatter's `searchPhrases` against the note's headings: each key must be the
 * anchor of one of its h2 or h3 (the sections search lands on; an h4 belongs to the section above
 * it), and a phrase may name one section only. Reported at the key's line, with the anchor meant.
 * The shape of the field (a map of lists of phrases) is the schema's to check (src/lib/noteSchema.ts).
 */
export function checkSearchPhrases(model: NoteModel): Problem[] {
  const phrases = model.frontmatter.searchPhrases;
  if (!phrases || typeof phrases !== 'object' || Array.isArray(phrases) || model.frontmatterSource === undefined)
    return [];
  const counter = new LineCounter();
  const doc = parseDocument(model.frontmatterSource, { lineCounter: counter });
  const lineOf = (path: PropertyKey[]) => model.frontmatterLine + yamlLine(doc, counter, path);
  const sections = new Set(model.sections.filter((s) => s.level <= 3).map((s) => s.id));
  const problems: Problem[] = [];
  const owner = new Map<string, string>();
  let parent = '';
  const parentOf = new Map<string, string>();
  for (const s of model.sections) {
    if (s.level <= 3) parent = s.id;
    else parentOf.set(s.id, parent);
  }
  for (const [anchor, list] of Object.entries(phrases as Record<string, unknown>)) {
    const line = lineOf(['searchPhrases', anchor]);
    if (!sections.has(anchor)) {
      const above = parentOf.get(anchor);
      const near = closest(anchor, sections);
      problems.push({
        line,
        message: above
          ? `\`searchPhrases\` names \`${anchor}\`, a heading below h3: search lands on the h2 or h3 above it. Move its phrases to \`${above}\`.`
          : `\`searchPhrases\` names the section \`${anchor}\`, which this note does not have${near ? `: did you mean \`${near}\`?` : '.'} Use the anchor of one of its h2 or h3 headings (the part of its link after #).`,
      });
      continue;
    }
    if (!Array.isArray(list)) continue;
    list.forEach((phrase, i) => {
      if (typeof phrase !== 'string') return;
      const key = phrase.trim().toLowerCase();
      const first = owner.get(key);
      if (first !== undefined && first !== anchor) {
        problems.push({
          line: lineOf(['searchPhrases', anchor, i]),
          message: `The search phrase "${phrase}" is given for \`${first}\` too: keep it on the one section that answers it.`,
        });
      }
      owner.set(key, first ?? anchor);
    });
  }
  return problems;
}

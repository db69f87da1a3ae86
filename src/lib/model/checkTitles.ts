import { frontmatterLines } from './frontmatterLines';
import type { FileProblem, NoteModel } from './types';

/** Titles that read the same to a reader: case and spacing aside. */
const titleKey = (title: string) => title.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Two notes of one topic with one `title` are two sidebar entries and two search results that
 * read the same: the reader cannot tell which is which. Reported at the title of each of them,
 * naming the other file and the line of its title.
 */
export function duplicateTitles(models: NoteModel[]): FileProblem[] {
  const byTitle = new Map<string, { model: NoteModel; line: number }[]>();
  for (const model of models) {
    const title = model.frontmatter['title'];
    if (typeof title !== 'string' || !title.trim()) continue;
    const key = `${model.topic}\n${titleKey(title)}`;
    const line = frontmatterLines(model)(['title']);
    byTitle.set(key, [...(byTitle.get(key) ?? []), { model, line }]);
  }
  const problems: FileProblem[] = [];
  for (const notes of byTitle.values()) {
    if (notes.length < 2) continue;
    for (const { model, line } of notes) {
      const others = notes.filter((n) => n.model !== model).map((n) => `${n.model.file} (line ${n.line})`);
      problems.push({
        file: model.file,
        line,
        message: `The title "${String(model.frontmatter['title'])}" is the title of ${others.join(' and ')} too, in the same topic: the sidebar and search would show two notes that read the same. Give each note its own title.`,
      });
    }
  }
  return problems;
}

import type { NoteModel } from './model/types';

/** One searchable section of a note: an h2 or h3 with everything under it (its h4s included). */
export interface SectionDoc {
  /** `docker/container-lifecycle.html#view-container-logs` (no hash for the page's intro). */
  id: string;
  page: string;
  pageTitle: string;
  /** The topic's label (`Docker`), as the pagefind filter names it. */
  topic: string;
  title: string;
  text: string;
  /** The commands of the section's shell sessions, as pasted. */
  commands: string[];
  /** The tools whose commands the page shows (the search filter). */
  tools: string[];
}

/** A published note as search sees it. */
export interface SearchNote {
  model: NoteModel;
  title: string;
  topicLabel: string;
}

/**
 * The sections of the offline index and of the command lookup, from the content model: the same
 * anchors the pages render (compared at build time), the text a reader reads (no command output).
 */
export function searchSections(notes: SearchNote[]): SectionDoc[] {
  const docs: SectionDoc[] = [];
  for (const { model, title, topicLabel } of notes) {
    const tools = [...new Set(model.commands.filter((c) => c.key).map((c) => c.tool))];
    const commandsOf = (ids: Set<string>) => model.commands.filter((c) => ids.has(c.sectionId)).map((c) => c.text);
    const base = { page: model.path, pageTitle: title, topic: topicLabel, tools };
    if (model.intro.text || model.commands.some((c) => c.sectionId === '')) {
      docs.push({ ...base, id: model.path, title, text: model.intro.text, commands: commandsOf(new Set([''])) });
    }
    // h4 and deeper belong to the h2/h3 above them: search lands on the sections of the ToC.
    let current: { doc: SectionDoc; ids: Set<string> } | undefined;
    const close = () => {
      if (current) current.doc.commands = commandsOf(current.ids);
    };
    for (const s of model.sections) {
      if (s.level <= 3 || !current) {
        close();
        current = {
          doc: { ...base, id: `${model.path}#${s.id}`, title: s.title, text: s.text, commands: [] },
          ids: new Set([s.id]),
        };
        docs.push(current.doc);
      } else {
        current.doc.text = `${current.doc.text} ${s.title} ${s.text}`.trim();
        current.ids.add(s.id);
      }
    }
    close();
  }
  return docs;
}

import { loadNotes } from './loadNotes';
import type { Command } from '~/lib/model/types';

/** A command of the notes, with the page and section that explain it. */
export interface CommandEntry extends Command {
  /** Site path of the note. */
  page: string;
  pageTitle: string;
  sectionTitle: string;
}

/**
 * Every command of the published notes that belongs to a tool (not `echo` or `cd`), in reading
 * order, from the content model. Memoised for the build.
 */
let cache: Promise<CommandEntry[]> | undefined;
export function loadCommands(): Promise<CommandEntry[]> {
  cache ??= (async () =>
    (await loadNotes()).flatMap(({ model, entry }) => {
      const titles = new Map(model.sections.map((s) => [s.id, s.title]));
      return model.commands
        .filter((c) => c.key)
        .map((c) => ({
          ...c,
          page: model.path,
          pageTitle: entry.data.title,
          sectionTitle: titles.get(c.sectionId) ?? '',
        }));
    }))();
  return cache;
}

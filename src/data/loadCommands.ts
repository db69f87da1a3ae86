import { render } from 'astro:content';
import { loadNotes } from './loadNotes';
import { extractCommands, type CommandEntry } from '~/lib/extractCommands';

/** Every command of the published notes, in reading order. Memoised for the build. */
let cache: Promise<(CommandEntry & { pageTitle: string })[]> | undefined;
export function loadCommands() {
  cache ??= (async () => {
    const out: (CommandEntry & { pageTitle: string })[] = [];
    for (const { entry, nav } of await loadNotes()) {
      const { headings } = await render(entry);
      for (const c of extractCommands({ page: nav.path, body: entry.body ?? '', headings })) {
        out.push({ ...c, pageTitle: entry.data.title });
      }
    }
    return out;
  })();
  return cache;
}

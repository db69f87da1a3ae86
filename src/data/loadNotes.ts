import { getCollection, render, type CollectionEntry } from 'astro:content';
import models from 'virtual:notes/model';
import { TOPIC_IDS, type TopicId } from '~/lib/topics';
import { orderNotes, type NavEntry } from '~/lib/navigation';
import { compareHeadings } from '~/lib/model/compareHeadings';
import type { NoteModel } from '~/lib/model/types';

export type NoteEntry = CollectionEntry<TopicId>;

export interface LoadedNote {
  entry: NoteEntry;
  nav: NavEntry;
  /** What the note contains (src/lib/model/), built once for the build by the notes integration. */
  model: NoteModel;
}

/**
 * Every published note of every topic, in reading order, with its content model. Drafts are kept
 * in `astro dev` only. The test is on MODE, not DEV: `astro build` with NODE_ENV=test (as under a
 * test runner) reports DEV true, and drafts would ship.
 *
 * Each note's headings, as the renderer made them, are compared with the model's sections: the
 * anchors that search, the link check and the Commands page use are then the ones the page has.
 * Memoised: every page of a build asks for the same list.
 */
let cache: Promise<LoadedNote[]> | undefined;
export function loadNotes(): Promise<LoadedNote[]> {
  cache ??= (async () => {
    const entries: NoteEntry[] = [];
    for (const topic of TOPIC_IDS) {
      const list = (await getCollection(
        topic,
        (e) => import.meta.env.MODE === 'development' || !e.data.draft,
      )) as NoteEntry[];
      entries.push(...list);
    }
    const byPath = new Map(models.map((m) => [m.path, m]));
    const nav = orderNotes(
      entries.map((e) => ({ topic: e.collection, slug: e.id, title: e.data.title, order: e.data.order })),
    );
    const notes: LoadedNote[] = [];
    for (const n of nav) {
      const entry = entries.find((e) => e.collection === n.topic && e.id === n.slug)!;
      const model = byPath.get(n.path);
      if (!model) throw new Error(`${entry.filePath}: the content model has no note for ${n.path}.`);
      const mismatch = compareHeadings(model, (await render(entry)).headings);
      if (mismatch) throw new Error(mismatch);
      notes.push({ entry, nav: n, model });
    }
    return notes;
  })();
  return cache;
}

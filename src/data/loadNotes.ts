import { getCollection, type CollectionEntry } from 'astro:content';
import { TOPIC_IDS, type TopicId } from '~/lib/topics';
import { orderNotes, type NavEntry } from '~/lib/navigation';

export type NoteEntry = CollectionEntry<TopicId>;

export interface LoadedNote {
  entry: NoteEntry;
  nav: NavEntry;
}

/**
 * Every published note of every topic, in reading order. Drafts are kept in `astro dev` only.
 * The test is on MODE, not DEV: `astro build` with NODE_ENV=test (as under a test runner) reports
 * DEV true, and drafts would ship.
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
    const nav = orderNotes(
      entries.map((e) => ({ topic: e.collection, slug: e.id, title: e.data.title, order: e.data.order })),
    );
    return nav.map((n) => ({ nav: n, entry: entries.find((e) => e.collection === n.topic && e.id === n.slug)! }));
  })();
  return cache;
}

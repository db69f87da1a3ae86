import { TOPIC_IDS } from './topics';
import { notePath } from './urls';

/** The little the navigation needs to know about a note. */
export interface NavNote {
  topic: string;
  slug: string;
  title: string;
  order: number;
}

export interface NavEntry extends NavNote {
  /** Site path of the note (see urls.ts). */
  path: string;
}

/**
 * All notes in reading order: topics in the order of TOPICS, notes by `order`, then by title so that
 * two notes with the same order still sort the same way on every build.
 */
export function orderNotes(notes: NavNote[]): NavEntry[] {
  const rank = new Map<string, number>(TOPIC_IDS.map((t, i) => [t, i]));
  for (const n of notes) {
    if (!rank.has(n.topic)) throw new Error(`Unknown topic "${n.topic}". Known topics: ${TOPIC_IDS.join(', ')}.`);
  }
  const topicRank = (t: string) => rank.get(t)!;
  return [...notes]
    .sort(
      (a, b) => topicRank(a.topic) - topicRank(b.topic) || a.order - b.order || a.title.localeCompare(b.title, 'en'),
    )
    .map((n) => ({ ...n, path: notePath(n.topic, n.slug) }));
}

/** The previous and next notes around `path`, crossing topic boundaries. */
export function prevNext(
  ordered: NavEntry[],
  path: string,
): { prev?: NavEntry | undefined; next?: NavEntry | undefined } {
  const i = ordered.findIndex((n) => n.path === path);
  if (i < 0) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

/** Notes grouped by topic, in topic order; topics without notes are kept (with an empty list). */
export function groupByTopic(ordered: NavEntry[]): { topic: string; notes: NavEntry[] }[] {
  return TOPIC_IDS.map((topic) => ({ topic, notes: ordered.filter((n) => n.topic === topic) }));
}

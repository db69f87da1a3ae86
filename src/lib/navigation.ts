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

/** One topic of the sidebar: open when it is the current topic; its notes listed when `listed`. */
export interface SidebarGroup {
  topic: string;
  open: boolean;
  /** How many notes the topic has. */
  count: number;
  /** The notes listed under it: all of them, some around the current note, or none. */
  notes: NavEntry[];
}

/**
 * While the notes are few, every topic of the sidebar lists its notes (a closed group until the
 * reader opens it). Past this many notes in all, only the current topic does and the others link to
 * their topic page; and a current topic of more than SIDEBAR_TOPIC_WINDOW notes lists that many
 * around the current note. However many notes the site has, a page carries at most that many.
 */
export const SIDEBAR_LIST_ALL_UP_TO = 60;
export const SIDEBAR_TOPIC_WINDOW = 40;

/** The sidebar's groups for the page at `path` (its topic is the current one, if any). */
export function sidebarGroups(
  ordered: NavEntry[],
  path: string,
  { listAllUpTo = SIDEBAR_LIST_ALL_UP_TO, window = SIDEBAR_TOPIC_WINDOW } = {},
): SidebarGroup[] {
  const currentTopic = TOPIC_IDS.find((t) => path.startsWith(`${t}/`));
  const all = ordered.length <= listAllUpTo;
  return groupByTopic(ordered).map(({ topic, notes }) => {
    const current = topic === currentTopic;
    let listed = all || current ? notes : [];
    if (current && !all && notes.length > window) {
      const at = Math.max(
        0,
        notes.findIndex((n) => n.path === path),
      );
      const start = Math.min(Math.max(0, at - Math.floor(window / 2)), notes.length - window);
      listed = notes.slice(start, start + window);
    }
    return { topic, open: current, count: notes.length, notes: listed };
  });
}

import { describe, expect, it } from 'vitest';
import { groupByTopic, orderNotes, prevNext, sidebarGroups } from '~/lib/navigation';

const notes = [
  { topic: 'kubernetes', slug: 'overview', title: 'What is Kubernetes', order: 1 },
  { topic: 'docker', slug: 'lifecycle', title: 'Lifecycle', order: 3 },
  { topic: 'compose', slug: 'overview', title: 'Compose overview', order: 1 },
  { topic: 'docker', slug: 'intro', title: 'Introduction', order: 1 },
  { topic: 'docker', slug: 'b-same', title: 'B same order', order: 2 },
  { topic: 'docker', slug: 'a-same', title: 'A same order', order: 2 },
];

describe('orderNotes', () => {
  it('orders by topic, then order, then title', () => {
    expect(orderNotes(notes).map((n) => n.path)).toEqual([
      'docker/intro.html',
      'docker/a-same.html',
      'docker/b-same.html',
      'docker/lifecycle.html',
      'compose/overview.html',
      'kubernetes/overview.html',
    ]);
  });

  it('rejects a note of an unknown topic, naming the topics', () => {
    expect(() => orderNotes([{ topic: 'k8s', slug: 'x', title: 'X', order: 1 }])).toThrow(
      'Unknown topic "k8s". Known topics: docker, compose, delivery, kubernetes.',
    );
  });
});

describe('prevNext', () => {
  const ordered = orderNotes(notes);
  it.each([
    ['docker/intro.html', undefined, 'docker/a-same.html'],
    ['docker/lifecycle.html', 'docker/b-same.html', 'compose/overview.html'],
    ['kubernetes/overview.html', 'compose/overview.html', undefined],
    ['missing.html', undefined, undefined],
  ])('around %s: prev %s, next %s (across topics)', (path, prev, next) => {
    const r = prevNext(ordered, path);
    expect(r.prev?.path).toBe(prev);
    expect(r.next?.path).toBe(next);
  });
});

describe('groupByTopic', () => {
  it('keeps every topic in order, empty ones too', () => {
    const groups = groupByTopic(orderNotes(notes));
    expect(groups.map((g) => [g.topic, g.notes.length])).toEqual([
      ['docker', 4],
      ['compose', 1],
      ['delivery', 0],
      ['kubernetes', 1],
    ]);
  });
});

describe('sidebarGroups', () => {
  const many = orderNotes(
    Array.from({ length: 120 }, (_, i) => ({
      topic: ['docker', 'compose', 'delivery', 'kubernetes'][i % 4]!,
      slug: `n${String(i).padStart(3, '0')}`,
      title: `Note ${String(i).padStart(3, '0')}`,
      order: i,
    })),
  );

  it('lists every note of every topic while the notes are few, the current topic open', () => {
    const groups = sidebarGroups(orderNotes(notes), 'docker/b.html');
    expect(groups.map((g) => [g.topic, g.open, g.count, g.notes.length])).toEqual([
      ['docker', true, 4, 4],
      ['compose', false, 1, 1],
      ['delivery', false, 0, 0],
      ['kubernetes', false, 1, 1],
    ]);
    expect(sidebarGroups(orderNotes(notes), 'index.html').every((g) => !g.open)).toBe(true);
  });

  it('past that, lists the current topic only, and at most a window of it around the page', () => {
    const docker = many.filter((n) => n.topic === 'docker');
    const groups = sidebarGroups(many, docker[20]!.path, { listAllUpTo: 60, window: 10 });
    expect(groups.map((g) => [g.topic, g.count, g.notes.length])).toEqual([
      ['docker', 30, 10],
      ['compose', 30, 0],
      ['delivery', 30, 0],
      ['kubernetes', 30, 0],
    ]);
    expect(groups[0]!.notes.map((n) => n.path)).toContain(docker[20]!.path);
    expect(groups[0]!.notes[0]).toBe(docker[15]);
    // At the end of the topic, the window ends with it.
    expect(sidebarGroups(many, docker[29]!.path, { window: 10 })[0]!.notes.at(-1)).toBe(docker[29]);
    // The topic's own page shows its first notes.
    expect(sidebarGroups(many, 'docker/index.html', { window: 10 })[0]!.notes[0]).toBe(docker[0]);
  });
});

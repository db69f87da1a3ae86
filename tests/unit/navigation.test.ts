import { describe, expect, it } from 'vitest';
import { groupByTopic, orderNotes, prevNext } from '~/lib/navigation';

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

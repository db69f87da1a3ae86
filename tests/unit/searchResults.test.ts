import { describe, expect, it } from 'vitest';
import { toCandidates, toRootRelative } from '~/lib/searchResults';

describe('toCandidates', () => {
  const data = {
    url: '/docker/container-lifecycle.html',
    excerpt: 'read the <mark>logs</mark>',
    meta: { title: 'Container lifecycle', topic: 'Docker' },
    sub_results: [
      {
        title: 'Container lifecycle',
        url: '/docker/container-lifecycle.html',
        excerpt: 'intro',
        weighted_locations: [{ balanced_score: 1 }],
      },
      {
        title: 'View container logs',
        url: '/docker/container-lifecycle.html#view-container-logs',
        excerpt: '<mark>docker logs</mark>',
        weighted_locations: [{ balanced_score: 5 }, { balanced_score: 2 }],
      },
    ],
  };

  it('makes every section a candidate, linked relative to the site root, scored by pagefind', () => {
    const commands = (href: string) =>
      href.endsWith('#view-container-logs') ? ['docker logs <container>'] : undefined;
    expect(toCandidates([data], commands)).toEqual([
      {
        href: 'docker/container-lifecycle.html',
        title: 'Container lifecycle',
        pageTitle: 'Container lifecycle',
        topic: 'Docker',
        excerpt: 'intro',
        engineScore: 1,
        commands: undefined,
      },
      {
        href: 'docker/container-lifecycle.html#view-container-logs',
        title: 'View container logs',
        pageTitle: 'Container lifecycle',
        topic: 'Docker',
        excerpt: '<mark>docker logs</mark>',
        engineScore: 7,
        commands: ['docker logs <container>'],
      },
    ]);
  });

  it.each([
    ['/index.html', 'index.html'],
    ['//docker/a.html#b', 'docker/a.html#b'],
  ])('toRootRelative(%s) = %s', (url, out) => expect(toRootRelative(url)).toBe(out));
});

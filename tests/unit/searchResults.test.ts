import { describe, expect, it } from 'vitest';
import { toRootRelative, toSearchHits } from '~/lib/searchResults';

describe('toSearchHits', () => {
  const data = {
    url: '/docker/container-lifecycle.html',
    excerpt: 'read the <mark>logs</mark>',
    meta: { title: 'Container lifecycle', topic: 'Docker' },
    sub_results: [
      { title: 'Container lifecycle', url: '/docker/container-lifecycle.html', excerpt: 'intro' },
      { title: 'View container logs', url: '/docker/container-lifecycle.html#view-container-logs', excerpt: '<mark>docker logs</mark>' },
      { title: 'Stop vs kill', url: '/docker/container-lifecycle.html#stop-vs-kill', excerpt: 'x' },
    ],
  };

  it('links sections by their anchors, relative to the site root', () => {
    const [hit] = toSearchHits([data]);
    expect(hit!.href).toBe('docker/container-lifecycle.html');
    expect(hit!.sections.map((s) => s.href)).toEqual([
      'docker/container-lifecycle.html#view-container-logs',
      'docker/container-lifecycle.html#stop-vs-kill',
    ]);
    expect(hit!.title).toBe('Container lifecycle');
    expect(hit!.topic).toBe('Docker');
  });

  it('keeps at most maxSections sections', () => {
    expect(toSearchHits([data], 1)[0]!.sections).toHaveLength(1);
  });

  it.each([
    ['/index.html', 'index.html'],
    ['//docker/a.html#b', 'docker/a.html#b'],
  ])('toRootRelative(%s) = %s', (url, out) => expect(toRootRelative(url)).toBe(out));
});

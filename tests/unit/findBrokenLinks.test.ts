import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '~/lib/findBrokenLinks';

const page = (body: string, ids: string[] = []) =>
  `<html><body>${ids.map((i) => `<h2 id="${i}">x</h2>`).join('')}${body}</body></html>`;

describe('findBrokenLinks', () => {
  const site = {
    'index.html': page('<a href="docker/index.html">Docker</a><a href="docker/">folder</a>'),
    'docker/index.html': page(
      '<a href="run.html#logs">ok</a><a href="run.html#nope">bad anchor</a><a href="../gone.html">gone</a>',
    ),
    'docker/run.html': page(
      '<a href="#logs">self</a><a href="https://docs.docker.com/">external</a><a href="../notes.zip">zip</a>',
      ['logs'],
    ),
    '404.html': '<html><head><base href="/"></head><body><a href="docker/index.html">ok from root</a></body></html>',
    'search.html': page('<script>const t = `<a href="${x}">`;</script>'),
  };

  it('reports missing pages, missing sections and folder links, and nothing else', () => {
    expect(findBrokenLinks(site, new Set(['notes.zip']))).toEqual([
      {
        from: 'index.html',
        href: 'docker/',
        reason: 'links to a folder: link to its index.html so it also works from disk',
      },
      { from: 'docker/index.html', href: 'run.html#nope', reason: 'docker/run.html has no section #nope' },
      { from: 'docker/index.html', href: '../gone.html', reason: 'gone.html does not exist' },
    ]);
  });
});

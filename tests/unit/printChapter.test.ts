import { describe, expect, it } from 'vitest';
import { printAnchor, printHref, printSectionAnchor } from '~/lib/printChapter';

describe('print view links', () => {
  const printed = new Set(['docker/a.html', 'docker/b.html', 'compose/c.html']);
  it.each([
    ['b.html#logs', '#docker--b--logs'],
    ['../compose/c.html', '#compose--c'],
    ['#run', '#docker--a--run'],
    ['../gone/x.html#y', 'gone/x.html#y'],
    ['../docker-k8s-notes.zip', 'docker-k8s-notes.zip'],
    ['https://docs.docker.com/', 'https://docs.docker.com/'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
  ])('%s in docker/a.html → %s in print.html', (href, expected) => {
    expect(printHref(href, 'docker/a.html', printed)).toBe(expected);
  });

  it('names chapters and their sections after the note', () => {
    expect(printAnchor('docker/container-lifecycle.html')).toBe('docker--container-lifecycle');
    expect(printSectionAnchor('docker/container-lifecycle.html', 'view-logs')).toBe(
      'docker--container-lifecycle--view-logs',
    );
  });
});

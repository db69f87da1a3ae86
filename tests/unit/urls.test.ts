import { describe, expect, it } from 'vitest';
import { notePath, relativeHref, rootPrefix, topicPath } from '~/lib/urls';

describe('site paths', () => {
  it('are real .html files', () => {
    expect(notePath('docker', 'container-lifecycle')).toBe('docker/container-lifecycle.html');
    expect(topicPath('kubernetes')).toBe('kubernetes/index.html');
  });
});

describe('relativeHref', () => {
  it.each([
    ['index.html', 'docker/index.html', undefined, 'docker/index.html'],
    ['docker/index.html', 'index.html', undefined, '../index.html'],
    ['docker/index.html', 'docker/container-lifecycle.html', undefined, 'container-lifecycle.html'],
    [
      'docker/container-lifecycle.html',
      'kubernetes/objects-and-manifests.html',
      'kubectl-apply',
      '../kubernetes/objects-and-manifests.html#kubectl-apply',
    ],
    ['docker/container-lifecycle.html', 'docker/container-lifecycle.html', '#logs', '#logs'],
    ['docker/container-lifecycle.html', 'docker/container-lifecycle.html', undefined, 'container-lifecycle.html'],
    ['commands.html', 'compose/overview.html', undefined, 'compose/overview.html'],
    ['a/b/c.html', 'a/d.html', undefined, '../d.html'],
  ])('from %s to %s #%s → %s', (from, to, hash, expected) => {
    expect(relativeHref(from, to, hash)).toBe(expected);
  });

  it('resolves back to the target from the page it was made for', () => {
    const base = 'file:///home/me/notes/';
    for (const [from, to] of [
      ['docker/a.html', 'kubernetes/index.html'],
      ['index.html', 'compose/overview.html'],
      ['kubernetes/x.html', 'index.html'],
    ] as const) {
      expect(new URL(relativeHref(from, to), base + from).href).toBe(base + to);
    }
  });
});

describe('rootPrefix', () => {
  it.each([
    ['index.html', ''],
    ['docker/index.html', '../'],
    ['a/b/c.html', '../../'],
  ])('rootPrefix(%s) = %j', (from, expected) => expect(rootPrefix(from)).toBe(expected));
});

import { describe, expect, it } from 'vitest';
import { createFallbackSearch, excerpt, stem, type IndexedSection } from '~/lib/fallbackSearch';

const section = (
  id: string,
  title: string,
  text: string,
  commands: string[] = [],
  tools: string[] = ['docker'],
): IndexedSection => ({
  id,
  page: id.split('#')[0]!,
  pageTitle: 'Page',
  topic: 'Docker',
  title,
  text,
  commands,
  tools,
});

describe('createFallbackSearch', () => {
  const search = createFallbackSearch([
    section('docker/a.html#logs', 'View container logs', 'Read what a container printed.', ['docker logs <container>']),
    section('docker/a.html#stop', 'Stop vs kill', 'Stopped containers keep their logs.', ['docker stop <container>']),
    section('docker/b.html#images', 'The local image cache', 'Pulled images are stored locally.', [
      'docker pull <image>',
    ]),
    section('kubernetes/c.html#get', 'kubectl get', 'List objects.', ['kubectl get pods'], ['kubectl']),
  ]);

  it('matches when the page holds every word, even across its sections', () => {
    expect(
      search(['logs', 'stopped'])
        .map((c) => c.href)
        .sort(),
    ).toEqual(['docker/a.html#logs', 'docker/a.html#stop']);
    expect(search(['logs', 'kubectl'])).toEqual([]);
  });

  it('matches word forms through stemming and prefixes', () => {
    expect(search(['pulled', 'images', 'stored', 'locally']).map((c) => c.href)).toEqual(['docker/b.html#images']);
    expect(search(['kubec']).map((c) => c.href)).toEqual(['kubernetes/c.html#get']);
  });

  it('filters by tool and carries the section commands', () => {
    const [only] = search(['get'], 'kubectl');
    expect(only).toMatchObject({ href: 'kubernetes/c.html#get', commands: ['kubectl get pods'] });
    expect(search(['get'], 'docker')).toEqual([]);
  });
});

describe('stem and excerpt', () => {
  it.each([
    ['pulled', 'pull'],
    ['locally', 'local'],
    ['containers', 'container'],
    ['logs', 'logs'],
  ])('stem(%s) = %s', (w, s) => expect(stem(w)).toBe(s));

  it('marks the matches around the first one', () => {
    expect(excerpt('Use docker logs to read <output>', ['logs'])).toBe(
      'Use docker <mark>logs</mark> to read &#60;output&#62;',
    );
  });
});

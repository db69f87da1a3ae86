import { describe, expect, it } from 'vitest';
import { createFallbackSearch } from '~/lib/fallbackSearch';

describe('createFallbackSearch', () => {
  const search = createFallbackSearch([
    {
      title: 'View container logs',
      commands: ['docker logs <container>'],
      text: 'Read what a container printed.',
      phrases: 'why did my app crash see output',
    },
    {
      title: 'Stop vs kill',
      commands: ['docker stop <container>'],
      text: 'Stopped containers keep their logs and output.',
      phrases: '',
    },
    {
      title: 'The local image cache',
      commands: ['docker pull <image>'],
      text: 'Pulled images are stored locally.',
      phrases: '',
    },
    { title: 'Log in to the registry', commands: ['docker login'], text: 'Sign in before you push.', phrases: '' },
    { title: 'kubectl get', commands: ['kubectl get pods'], text: 'List objects.', phrases: '' },
  ]);
  const found = (word: string) => [...search(word).keys()].sort();

  it('finds a section by its search phrases, and says which sections it found that way', () => {
    expect(found('crash')).toEqual([0]);
    expect(found('output')).toEqual([0, 1]);
    // The positions of the word among the section's phrase words, as pagefind gives them.
    expect([...search('output').asked!]).toEqual([[0, [6]]]);
    expect([...search('crashed').asked!]).toEqual([[0, [4]]]);
  });

  it('needs every part of a word the tokenizer splits, as pagefind does: `node_modules` is not "node"', () => {
    const parts = createFallbackSearch([
      { title: 'Nodes', commands: ['kubectl get nodes'], text: 'Each node runs a kubelet.', phrases: '' },
      { title: '.dockerignore', commands: [], text: 'Leave node_modules out of the context.', phrases: '' },
    ]);
    expect([...parts('node_modules').keys()]).toEqual([1]);
    expect([...parts('node').keys()].sort()).toEqual([0, 1]);
  });

  it('looks up one word and reports the sections (by index) that have it', () => {
    expect(found('logs')).toEqual([0, 1]);
    expect(found('kubectl')).toEqual([4]);
    expect(found('nothing')).toEqual([]);
  });

  it('matches word forms by stem, and longer words from four letters', () => {
    expect(found('stored')).toEqual([2]);
    expect(found('store')).toEqual([2]);
    expect(found('kube')).toEqual([4]);
    // Not the prefix noise of pagefind: "logs" is not "login".
    expect(found('logs')).not.toContain(3);
  });

  it('weighs a heading match above a text match', () => {
    const scores = search('logs');
    expect(scores.get(0)!).toBeGreaterThan(scores.get(1)!);
  });

  it('keys results by number, as the section rows are', () => {
    expect([...search('kubectl').keys()]).toEqual([4]);
  });
});

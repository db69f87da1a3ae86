import { describe, expect, it } from 'vitest';
import { buildNoteModel } from '~/lib/model/buildNoteModel';
import { searchSections } from '~/lib/searchSections';
import { countWords } from '~/lib/search/buildSearchData';

const model = buildNoteModel(
  [
    '---',
    'title: Logs',
    '---',
    'Intro text.',
    '',
    '## View container logs',
    '',
    '```shell',
    '$ docker logs <container>',
    'hello from the output',
    '```',
    '',
    '#### Follow them',
    '',
    '```console',
    '$ docker logs -f <container>',
    '```',
    '',
    '### Stop',
    '',
    'Press Ctrl-C.',
  ].join('\n'),
  { file: 'content/docker/logs.mdx', topic: 'docker', slug: 'logs', path: 'docker/logs.html' },
);
const sections = searchSections([{ model, title: 'Container logs', topicLabel: 'Docker' }]);

describe('searchSections', () => {
  it('makes one section per h2 and h3 (deeper headings join them), with the page intro first', () => {
    expect(sections).toEqual([
      {
        id: 'docker/logs.html',
        page: 'docker/logs.html',
        pageTitle: 'Container logs',
        topic: 'Docker',
        title: 'Container logs',
        text: 'Intro text.',
        commands: [],
        tools: ['docker'],
      },
      {
        id: 'docker/logs.html#view-container-logs',
        page: 'docker/logs.html',
        pageTitle: 'Container logs',
        topic: 'Docker',
        title: 'View container logs',
        text: 'docker logs <container> Follow them docker logs -f <container>',
        commands: ['docker logs <container>', 'docker logs -f <container>'],
        tools: ['docker'],
      },
      {
        id: 'docker/logs.html#stop',
        page: 'docker/logs.html',
        pageTitle: 'Container logs',
        topic: 'Docker',
        title: 'Stop',
        text: 'Press Ctrl-C.',
        commands: [],
        tools: ['docker'],
      },
    ]);
  });

  it('counts the sections each word is in, commands included and their output left out', () => {
    const words = new Map(countWords(sections.map((s) => ({ ...s, keywords: [], phrases: [] }))));
    expect(words.get('logs')).toBe(3);
    expect(words.get('output')).toBeUndefined();
  });
});

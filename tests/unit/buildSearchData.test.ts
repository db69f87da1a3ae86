import { describe, expect, it } from 'vitest';
import {
  buildSearchData,
  countWords,
  flagEquivalents,
  phraseWords,
  searchSources,
  searchText,
  sectionRecord,
  summarize,
  toolsOf,
  type SectionSource,
} from '~/lib/search/buildSearchData';
import type { NoteModel } from '~/lib/model/types';
import { decodeSearchData, encodeSearchData, rowOfResult, sectionHref, slug } from '~/lib/search/searchData';

const source = (id: string, title: string, text: string, commands: string[] = []): SectionSource => ({
  id,
  page: id.split('#')[0]!,
  pageTitle: 'Container lifecycle',
  topic: 'Docker',
  title,
  text,
  commands,
  tools: [],
  keywords: ['containers', 'docker run'],
  phrases: [],
});
const sources = [
  source('docker/lifecycle.html', 'Container lifecycle', 'How a container runs, stops and goes.'),
  source(
    'docker/lifecycle.html#view-container-logs',
    'View container logs',
    'docker logs <container> docker logs prints what the container wrote. -f ( --follow ) keeps printing.',
    ['docker logs <container>'],
  ),
  source('docker/lifecycle.html#stop-vs-kill', 'Stop vs kill', 'Log in first, then stop.', [
    'docker compose stop',
    'kubectl delete pod web',
  ]),
];
const tables = { stopwords: ['a', 'the', 'then'], aliases: { k8s: 'kubernetes' }, synonyms: {}, flags: {} };

describe('summarize', () => {
  it.each([
    ['A Pod runs containers. It has an IP.', [], 'A Pod runs containers.'],
    [
      'docker logs <container> docker logs prints what it wrote.',
      ['docker logs <container>'],
      'docker logs prints what it wrote.',
    ],
    // A full stop in the first 20 characters ("e.g.") is not the end of the first sentence.
    ['See e.g. the docs. The rest of it is here. More.', [], 'See e.g. the docs. The rest of it is here.'],
    [
      'A list without any full stop that goes on and on well past the length a result can show',
      [],
      'A list without any full stop that goes on and on well past…',
    ],
    // A shell comment the section opens with says what it does.
    ['# Stream new lines; Ctrl-C stops. docker logs -f <c>', ['docker logs -f <c>'], 'Stream new lines; Ctrl-C stops.'],
    // The summary stops where a later command of the section starts: the result shows it below.
    [
      'docker compose up starts the whole project: docker compose up web starts one service.',
      ['docker compose up', 'docker compose up web'],
      'starts the whole project:',
    ],
  ])('%s', (text, commands, out) => expect(summarize(text, commands)).toBe(out));
});

it('finds the tools of commands', () => {
  expect(toolsOf(['docker compose up -d', 'kubectl get pods | grep web', 'echo hi'])).toEqual(['compose', 'kubectl']);
});

describe('buildSearchData', () => {
  const data = buildSearchData(sources, tables, { en_abc1234: 1 });
  it('has a row per section, pages once, anchors and summaries', () => {
    // The tags are in pagefind's record of the page's introduction, not in the rows.
    expect(data.pages).toEqual([{ path: 'docker/lifecycle.html', title: 'Container lifecycle', topic: 'Docker' }]);
    expect(data.sections[1]).toEqual({
      page: 0,
      anchor: 'view-container-logs',
      title: 'View container logs',
      summary: 'docker logs prints what the container wrote.',
      commands: ['docker logs <container>'],
      tools: ['docker'],
      phraseWords: 0,
    });
    expect(sectionHref(data, data.sections[0]!)).toBe('docker/lifecycle.html');
    expect(sectionHref(data, data.sections[2]!)).toBe('docker/lifecycle.html#stop-vs-kill');
  });

  it('survives encoding, which leaves out anchors that are the heading slug', () => {
    const encoded = encodeSearchData(data);
    expect(encoded.s.map((s) => s[1])).toEqual(['', null, null]);
    // One id: its first four characters keep it apart.
    expect(encoded.i).toEqual(['', 'abc1', '']);
    const decoded = decodeSearchData(JSON.parse(JSON.stringify(encoded)));
    expect(decoded).toEqual({ ...data, ids: { en_abc1: 1 }, idLength: 4 });
    expect(rowOfResult(decoded, 'en_abc1234')).toBe(1);
    expect(rowOfResult(decoded, 'en_abc1999')).toBe(1);
    expect(rowOfResult(decoded, 'en_def1234')).toBeUndefined();
  });

  it('keeps the pagefind index the ids belong to', () => {
    const encoded = encodeSearchData({ ...data, index: 'en_2b292a5a3a' });
    expect(encoded.x).toBe('en_2b292a5a3a');
    expect(decodeSearchData(encoded).index).toBe('en_2b292a5a3a');
    expect(encodeSearchData(data).x).toBeUndefined();
  });

  it('cuts the ids to the fewest characters that keep them apart', () => {
    const three = buildSearchData(sources, tables, { en_abc1234: 0, en_abc1299: 1, en_f00d000: 2 });
    const encoded = encodeSearchData(three);
    expect(encoded.i).toEqual(['abc123', 'abc129', 'f00d00']);
    const decoded = decodeSearchData(encoded);
    expect([
      rowOfResult(decoded, 'en_abc1234'),
      rowOfResult(decoded, 'en_abc1299'),
      rowOfResult(decoded, 'en_f00d000'),
    ]).toEqual([0, 1, 2]);
  });
});

it.each([
  ['View container logs', 'view-container-logs'],
  ['Rebuild images (up –build)', 'rebuild-images-up-build'],
  ['Rebuild images (up --build)', 'rebuild-images-up---build'],
  ['Run in the background (up -d)', 'run-in-the-background-up--d'],
  ['Use minikube’s Docker daemon (docker-env)', 'use-minikubes-docker-daemon-docker-env'],
  ['node_modules and .dockerignore', 'node_modules-and-dockerignore'],
])('slug(%s) = %s', (heading, anchor) => expect(slug(heading)).toBe(anchor));

describe('sectionRecord', () => {
  it('is the heading, commands and text without stop words; the intro carries the tags', () => {
    const stop = new Set(tables.stopwords);
    expect(sectionRecord(sources[2]!, stop)).toEqual({
      url: '/docker/lifecycle.html#stop-vs-kill',
      content: 'Stop vs kill docker compose stop kubectl delete pod web login first, stop.',
      language: 'en',
      meta: { title: 'Stop vs kill' },
    });
    expect(sectionRecord(sources[0]!, stop).content).toMatch(/containers docker run$/);
  });

  it('carries the search phrases of its section, which the row (heading, summary) does not show', () => {
    const stop = new Set(tables.stopwords);
    const asked = { ...sources[1]!, phrases: ['what did my container print', 'tail the output'] };
    // First, so that the engine tells them from the text by their position: the row says how many.
    expect(sectionRecord(asked, stop).content).toMatch(/^what did my container print tail output View container logs /);
    const row = buildSearchData([asked], tables).sections[0]!;
    expect(row.phraseWords).toBe(7);
    expect(JSON.stringify({ ...row, phraseWords: 0 })).not.toContain('tail');
    expect(searchText(asked)).toContain('what did my container print');
    expect(countWords([asked]).map(([w]) => w)).toContain('tail');
  });

  it('writes an abbreviation of a phrase as the words a query is rewritten to', () => {
    const stop = new Set(tables.stopwords);
    // A query's "pvc" is looked up as "persistentvolumeclaim" (ALIASES), never as "pvc".
    const asked = { ...sources[1]!, phrases: ['resize a k8s pvc'] };
    expect(phraseWords(asked, stop)).toEqual(['resize', 'kubernetes', 'persistentvolumeclaim']);
    expect(sectionRecord(asked, stop).content).toMatch(/^resize kubernetes persistentvolumeclaim View/);
    expect(buildSearchData([asked], tables).sections[0]!.phraseWords).toBe(3);
  });
});

describe('searchSources', () => {
  const model = {
    path: 'docker/lifecycle.html',
    intro: { text: 'How a container runs.' },
    commands: [],
    sections: [
      { id: 'view-container-logs', title: 'View container logs', level: 2, text: 'Logs.', line: 5 },
      { id: 'follow', title: 'Follow', level: 4, text: 'Follow them.', line: 9 },
      { id: 'stop-vs-kill', title: 'Stop vs kill', level: 2, text: 'Stop.', line: 12 },
    ],
  } as unknown as NoteModel;
  it('gives each section the phrases of its anchor, and the introduction those of `intro`', () => {
    const out = searchSources([
      {
        model,
        title: 'Lifecycle',
        topicLabel: 'Docker',
        tags: ['lifecycle'],
        phrases: { 'view-container-logs': ['container output'], intro: ['what states a container has'] },
      },
    ]);
    expect(out.map((s) => [s.id, s.phrases])).toEqual([
      ['docker/lifecycle.html', ['what states a container has']],
      ['docker/lifecycle.html#view-container-logs', ['container output']],
      ['docker/lifecycle.html#stop-vs-kill', []],
    ]);
  });
});

it('counts the sections each word is in, commonest first', () => {
  const words = new Map(countWords(sources));
  expect(words.get('docker')).toBe(3);
  expect(words.get('logs')).toBe(1);
  expect(countWords(sources)[0]![0]).toBe('container');
});

it('reads the flags the notes give in both forms', () => {
  expect(flagEquivalents(['-f ( --follow ) keeps printing', '`--detach` (`-d`)', '--all (everything)'])).toEqual({
    '-f': ['--follow'],
    '--follow': ['-f'],
  });
});

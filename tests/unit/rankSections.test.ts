import { describe, expect, it } from 'vitest';
import { commandMatch, rankSections, singular, type Candidate } from '~/lib/rankSections';

const dictionary = { words: new Map<string, number>(), stopwords: new Set(['a', 'the']), sections: 100 };

const c = (href: string, title: string, engineScore: number, commands?: string[], pageTitle = 'Page'): Candidate => ({
  href,
  title,
  pageTitle,
  excerpt: '',
  engineScore,
  commands,
});

describe('commandMatch', () => {
  it.each([
    [['docker', 'ps'], 'docker ps --all', 1],
    [['docker', 'ps'], 'docker compose ps', 0.5],
    [['kubectl', 'set', 'image'], 'kubectl set image deployment/web web=nginx:1.28', 1],
    [['docker', 'run', 'p'], 'docker run -p 8080:80 nginx', 1],
    [['logs'], 'docker logs <container>', 1],
    [['see', 'logs', 'stopped', 'container'], 'docker logs <container>', 0.25],
    [['stopped', 'container'], 'docker start -a <container>', 0],
    [['namespace'], 'helm install web bitnami/nginx --namespace web', 0],
    [['helm'], 'docker ps', 0],
  ])('%j in %s = %d', (words, command, score) => expect(commandMatch(words, command)).toBe(score));
});

describe('rankSections', () => {
  it('puts the section whose command and heading match above a longer text match', () => {
    const ranked = rankSections(
      [
        c('compose/commands.html#status', 'Service status (docker compose ps)', 9, ['docker compose ps']),
        c('docker/lifecycle.html#list', 'List containers (docker ps)', 4, ['docker ps', 'docker ps --all']),
      ],
      ['docker', 'ps'],
      dictionary,
    );
    expect(ranked.map((r) => r.href)).toEqual(['docker/lifecycle.html#list', 'compose/commands.html#status']);
    expect(ranked[0]!.command).toBe('docker ps');
  });

  it('keeps the engine order when nothing else tells sections apart', () => {
    const ranked = rankSections(
      [c('a.html#x', 'Alpha', 1), c('a.html#y', 'Beta', 1), c('a.html#z', 'Gamma', 2)],
      ['word'],
      dictionary,
    );
    expect(ranked.map((r) => r.href)).toEqual(['a.html#z', 'a.html#x', 'a.html#y']);
  });

  it('weighs rare words more: a heading with the rare word wins', () => {
    const rare = {
      ...dictionary,
      words: new Map([
        ['container', 80],
        ['background', 2],
        ['run', 40],
      ]),
    };
    const ranked = rankSections(
      [c('d/l.html#exec', 'Run a command in a running container', 1), c('d/l.html#bg', 'Run in the background', 1)],
      ['run', 'container', 'background'],
      rare,
    );
    expect(ranked[0]!.href).toBe('d/l.html#bg');
  });

  it('returns nothing for an empty query', () => {
    expect(rankSections([c('a.html', 'A', 1)], [], dictionary)).toEqual([]);
  });
});

describe('singular', () => {
  it.each([
    ['policies', 'policy'],
    ['patches', 'patch'],
    ['pods', 'pod'],
    ['status', 'status'],
    ['kubernetes', 'kubernete'],
    ['class', 'class'],
  ])('%s → %s', (w, s) => expect(singular(w)).toBe(s));
});

import { describe, expect, it } from 'vitest';
import {
  comparisonSides,
  correctWord,
  queryTokens,
  queryWords,
  rewriteQuery,
  type Dictionary,
} from '~/lib/searchQuery';
import { ALIASES, STOPWORDS, SYNONYMS, usableSynonyms } from '~/lib/searchDictionary';

const vocabulary = new Map([
  ['docker', 120],
  ['kubectl', 80],
  ['minikube', 40],
  ['secret', 30],
  ['secrets', 12],
  ['ingress', 20],
  ['logs', 25],
  ['stopped', 10],
  ['container', 90],
  ['apply', 15],
  ['deployment', 30],
  ['persistentvolumeclaim', 8],
  ['rm', 5],
  ['prune', 4],
  ['detached', 3],
  ['policy', 6],
  ['policies', 3],
]);

const dictionary: Dictionary = {
  words: vocabulary,
  aliases: ALIASES,
  stopwords: new Set(STOPWORDS),
  synonyms: usableSynonyms(SYNONYMS, new Set(vocabulary.keys()), ['docker run -d nginx']),
  flags: { '-d': ['--detach'], '--detach': ['-d'] },
};

describe('queryWords and queryTokens', () => {
  it.each([
    ['docker compose up --build', ['docker', 'compose', 'up', 'build']],
    [
      'kubectl create secret generic pg --from-literal=PASSWORD=x',
      ['kubectl', 'create', 'secret', 'generic', 'pg', 'from-literal', 'password', 'x'],
    ],
    ['How do I see logs?', ['how', 'do', 'i', 'see', 'logs']],
    ['Log in to the registry', ['login', 'to', 'the', 'registry']],
    // A contraction or a possessive is one word, as readers also type it without the apostrophe.
    ["my pod isn't ready", ['my', 'pod', 'isnt', 'ready']],
    ['the container’s image', ['the', 'containers', 'image']],
    ["echo 'hi'", ['echo', 'hi']],
  ])('words of %s', (q, words) => expect(queryWords(q)).toEqual(words));

  it('keeps the dashes of flags', () => {
    expect(queryTokens('docker run -d --rm nginx.')).toEqual(['docker', 'run', '-d', '--rm', 'nginx']);
  });
});

describe('correctWord', () => {
  it.each([
    ['kubctl', 'kubectl'],
    ['dokcer', 'docker'],
    ['minikub', 'minikube'],
    ['secrect', 'secret'],
    ['ingres', 'ingress'],
    ['docker', 'docker'],
    ['pod', 'pod'], // too short to correct
    ['zzzzzz', 'zzzzzz'], // nothing close
    ['v1.34', 'v1.34'], // numbers are never "corrected"
    ['rocker', 'rocker'], // a typo keeps its first letter: not "docker"
  ])('%s → %s', (w, out) => expect(correctWord(w, vocabulary)).toBe(out));
});

describe('rewriteQuery', () => {
  it.each([
    ['how do I see logs of a stopped container', ['see', 'logs', 'stopped', 'container'], false],
    // A contraction typed without its apostrophe is not a word of the notes to correct.
    ['why doesnt my pod start', ['pod', 'start'], false],
    ['pod wont start and i cant see why', ['pod', 'start', 'see'], false],
    ['k8s', ['kubernetes'], false],
    ['pvc', ['persistentvolumeclaim'], false],
    ['docker-compose down', ['docker', 'compose', 'down'], false],
    ['kubctl apply', ['kubectl', 'apply'], true],
    ['dokcer logs', ['docker', 'logs'], true],
    // Fillers and hedges are no point of a note: "actually" no longer outweighs "kube-proxy".
    ['what does kube-proxy actually do', ['kube-proxy'], false],
    ['is it maybe basically a vm', ['vm'], false],
    ['how', ['how'], false], // nothing but stop words: keep them
  ])('%s → %j (typo corrected: %s)', (q, words, corrected) => {
    const r = rewriteQuery(q, dictionary);
    expect(r.words).toEqual(words);
    expect(r.corrected).toBe(corrected);
  });

  it('can leave typos alone, and does so with no vocabulary yet', () => {
    expect(rewriteQuery('kubctl apply', dictionary, false).words).toEqual(['kubctl', 'apply']);
    expect(rewriteQuery('kubctl apply', { ...dictionary, words: new Map() }).words).toEqual(['kubctl', 'apply']);
  });

  it('adds the task words of the notes, weaker than the word itself', () => {
    const [remove] = rewriteQuery('remove', dictionary).groups;
    expect(remove!.terms).toEqual([
      { word: 'remove', weight: 1, flag: false },
      { word: 'rm', weight: 0.5, flag: false },
      { word: 'prune', weight: 0.5, flag: false },
    ]);
    const [background] = rewriteQuery('background', dictionary).groups;
    expect(background!.terms.map((t) => [t.word, t.flag])).toEqual([
      ['background', false],
      ['detached', false],
      ['d', true],
    ]);
    // "=policy" counts as much as the word.
    expect(rewriteQuery('automatically', dictionary).groups[0]!.terms.map((t) => [t.word, t.weight])).toEqual([
      ['automatically', 1],
      ['policy', 1],
      ['policies', 1],
    ]);
  });

  it('lets a file name stand for its parts, weaker than the name itself', () => {
    expect(rewriteQuery('Dockerfile.dev', dictionary).groups[0]!.terms.map((t) => [t.word, t.weight])).toEqual([
      ['dockerfile.dev', 1],
      ['dockerfile', 0.5],
      ['dev', 0.5],
    ]);
    expect(rewriteQuery('a-b', dictionary).groups[0]!.terms.map((t) => t.word)).toEqual(['a-b']);
    // Flags are not names: `--no-cache` keeps to its command.
    expect(rewriteQuery('--no-cache', dictionary).groups[0]!.terms.map((t) => t.word)).toEqual(['no-cache']);
  });

  it('finds the task words of a word by its stem', () => {
    const d = { ...dictionary, synonyms: { crash: ['restart'] } };
    expect(rewriteQuery('crashing', d).groups[0]!.terms.map((t) => t.word)).toEqual(['crashing', 'restart']);
  });

  it('does not give a word the task words of a longer word with its stem', () => {
    // "running" (which are running) is `ps`; "run" is not.
    const d = { ...dictionary, synonyms: { running: ['ps'] } };
    expect(rewriteQuery('running', d).groups[0]!.terms.map((t) => t.word)).toEqual(['running', 'ps']);
    expect(rewriteQuery('run', d).groups[0]!.terms.map((t) => t.word)).toEqual(['run']);
  });

  it('reads two-word verbs as one word', () => {
    expect(rewriteQuery('how to get into a running container', dictionary).words).toEqual([
      'enter',
      'running',
      'container',
    ]);
    expect(rewriteQuery('sign in to docker hub', dictionary).words).toEqual(['login', 'docker', 'hub']);
    expect(rewriteQuery('free up disk space', dictionary).words).toEqual(['free', 'disk', 'space']);
  });

  it('looks flags up with their other form, in commands only', () => {
    const [, , flag] = rewriteQuery('docker run -d', dictionary).groups;
    expect(flag).toEqual({
      word: '-d',
      terms: [
        { word: 'd', weight: 1, flag: true },
        { word: 'detach', weight: 1, flag: true },
      ],
    });
  });

  it('lets only the last word, as typed, match longer words', () => {
    const groups = rewriteQuery('docker lo', dictionary).groups;
    expect(groups.map((g) => !!g.prefix)).toEqual([false, true]);
    expect(rewriteQuery('docker lo ', dictionary).groups.some((g) => g.prefix)).toBe(false);
    // An alias is a whole word: "pv" is not the start of "persistentvolumeclaim".
    expect(rewriteQuery('pv', dictionary).groups[0]!.prefix).toBeUndefined();
  });

  it('keeps an abbreviation the notes also write as a term of its expansion', () => {
    const words = new Map([...vocabulary, ['env', 6], ['environment', 20]]);
    const [group] = rewriteQuery('env file', { ...dictionary, words }).groups;
    expect(group!.word).toBe('environment');
    expect(group!.terms).toContainEqual({ word: 'env', weight: 1, flag: false });
    // "pvc" is not a word of this vocabulary: the expansion alone is looked up.
    const [pvc] = rewriteQuery('pvc size', dictionary).groups;
    expect(pvc!.terms.map((t) => t.word)).toEqual(['persistentvolumeclaim']);
  });

  it('marks the two sides of a comparison', () => {
    expect(rewriteQuery('ingress vs nodeport', dictionary).comparison).toEqual([[0], [1]]);
    expect(rewriteQuery('what is the difference between clusterip and nodeport', dictionary).comparison).toEqual([
      [0],
      [1],
    ]);
    expect(rewriteQuery('docker logs', dictionary).comparison).toBeUndefined();
  });

  it('leaves a word of both sides of a comparison on neither: it tells them apart from nothing', () => {
    const q = rewriteQuery('kubectl run vs kubectl apply', dictionary);
    expect(q.words).toEqual(['kubectl', 'run', 'apply']);
    expect(q.comparison).toEqual([[1], [2]]);
  });

  it('reads a word that is also a property of every object as a word ("constructor")', () => {
    // Both are inherited by every object: table['constructor'] is a function.
    const q = rewriteQuery('constructor __proto__', dictionary);
    expect(q.words).toEqual(['constructor', '__proto__']);
    expect(q.groups.map((g) => g.terms.length)).toEqual([1, 1]);
  });
});

it('marks the words a reader does not want: "without compose", "not a registry"', () => {
  const negated = (q: string) =>
    rewriteQuery(q, dictionary)
      .groups.filter((g) => g.negated)
      .map((g) => g.word);
  expect(negated('reach a container by name without compose')).toEqual(['compose']);
  expect(negated('load an image, not a registry')).toEqual(['registry']);
  expect(negated('reach a container by name')).toEqual([]);
});

describe('comparisonSides', () => {
  it.each([
    ['stop vs kill', [['stop'], ['kill']]],
    // Around "vs", the words next to it are the sides, as many on each: the rest is shared.
    ['kubectl create vs apply', [['create'], ['apply']]],
    ['copy vs add in a dockerfile', [['copy'], ['add']]],
    [
      'named volume vs bind mount',
      [
        ['named', 'volume'],
        ['bind', 'mount'],
      ],
    ],
    ['docker compose vs. docker-compose', [['docker', 'compose'], ['docker-compose']]],
    ['difference between expose and publish?', [['expose'], ['publish']]],
    ['compare clusterip with nodeport', [['clusterip'], ['nodeport']]],
    [
      'should I use a pod or a deployment',
      [
        ['a', 'pod'],
        ['a', 'deployment'],
      ],
    ],
    ['docker logs', undefined],
  ])('%s', (q, sides) => expect(comparisonSides(q)).toEqual(sides));
});

describe('usableSynonyms', () => {
  it('keeps the targets the notes use: words of the vocabulary, flags of their commands', () => {
    expect(
      usableSynonyms({ remove: ['rm', 'rmi'], background: ['-d', '--detach'], gone: ['nowhere'] }, new Set(['rm']), [
        'docker run -d nginx',
      ]),
    ).toEqual({ remove: ['rm'], background: ['-d'] });
  });
});

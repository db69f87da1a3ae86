import { describe, expect, it } from 'vitest';
import { correctWord, editDistance, queryWords, rewriteQuery, type Dictionary } from '~/lib/searchQuery';
import { ALIASES, STOPWORDS } from '~/lib/searchDictionary';

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
]);

const dictionary: Dictionary = { words: vocabulary, aliases: ALIASES, stopwords: new Set(STOPWORDS), sections: 100 };

describe('queryWords', () => {
  it.each([
    ['docker compose up --build', ['docker', 'compose', 'up', 'build']],
    [
      'kubectl create secret generic pg --from-literal=PASSWORD=x',
      ['kubectl', 'create', 'secret', 'generic', 'pg', 'from-literal', 'password', 'x'],
    ],
    ['How do I see logs?', ['how', 'do', 'i', 'see', 'logs']],
  ])('%s', (q, words) => expect(queryWords(q)).toEqual(words));
});

describe('editDistance', () => {
  it.each([
    ['kubctl', 'kubectl', 1],
    ['dokcer', 'docker', 1],
    ['secrect', 'secret', 1],
    ['minikub', 'minikube', 1],
    ['logs', 'pods', 2],
    ['docker', 'kubectl', 3],
  ])('%s → %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
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
  ])('%s → %s', (w, out) => expect(correctWord(w, vocabulary)).toBe(out));
});

describe('rewriteQuery', () => {
  it.each([
    ['how do I see logs of a stopped container', ['see', 'logs', 'stopped', 'container'], false],
    ['k8s', ['kubernetes'], false],
    ['pvc', ['persistentvolumeclaim'], false],
    ['docker-compose down', ['docker', 'compose', 'down'], false],
    ['kubctl apply', ['kubectl', 'apply'], true],
    ['dokcer logs', ['docker', 'logs'], true],
    ['how', ['how'], false], // nothing but stop words: keep them
  ])('%s → %j (typo corrected: %s)', (q, words, corrected) => {
    expect(rewriteQuery(q, dictionary)).toEqual({ words, corrected });
  });
});

it('can leave typos alone, to tell the reader what was corrected', () => {
  expect(rewriteQuery('kubctl apply', dictionary, false).words).toEqual(['kubctl', 'apply']);
});

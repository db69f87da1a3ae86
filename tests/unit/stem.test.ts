import { describe, expect, it } from 'vitest';
import { stem } from '~/lib/search/stem';

describe('stem', () => {
  it.each([
    ['pods', 'pod'],
    ['pod', 'pod'],
    ['policies', 'policy'],
    ['policy', 'policy'],
    ['patches', 'patch'],
    ['stopped', 'stop'],
    ['stop', 'stop'],
    ['running', 'run'],
    ['stored', 'stor'],
    ['store', 'stor'],
    ['images', 'imag'],
    ['image', 'imag'],
    ['namespaces', 'namespac'],
    ['status', 'status'],
    ['access', 'access'],
    ['aws', 'aws'],
    ['kubernetes', 'kubernetes'],
    ['always', 'always'],
    ['logs', 'log'],
    ['login', 'login'],
    ['locally', 'local'],
    ['manually', 'manual'],
    ['really', 'really'],
    ['apply', 'apply'],
  ])('%s → %s', (word, out) => expect(stem(word)).toBe(out));
});

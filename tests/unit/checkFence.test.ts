import { describe, expect, it } from 'vitest';
import { isKnownLanguage } from '~/lib/codeLanguages';
import { checkFence } from '~/lib/snippets/checkFence';
import { snippetMeta } from '~/lib/snippets/snippetMeta';

const fence = (lang: string, meta = '') => checkFence(lang, snippetMeta(meta));

describe('isKnownLanguage: the languages the site highlights', () => {
  it.each(['shell', 'yaml', 'yml', 'json', 'dockerfile', 'docker', 'text', 'console', 'ini', 'nginx', 'ts'])(
    '%s',
    (lang) => expect(isKnownLanguage(lang)).toBe(true),
  );
  it.each(['ymal', 'shel', 'dockrfile', 'jsn', 'constructor', '__proto__'])('not %s', (lang) =>
    expect(isKnownLanguage(lang)).toBe(false),
  );
});

describe('checkFence', () => {
  it('accepts the fences the notes write', () => {
    expect(fence('yaml', 'title="pod.yaml" {5-7}')).toEqual([]);
    expect(fence('yaml', "fragment='compose-service'")).toEqual([]);
    expect(fence('shell', 'prompt="#"')).toEqual([]);
    expect(fence('text')).toEqual([]);
    expect(fence('')).toEqual([]);
  });

  it('suggests the notes’ languages first', () => {
    expect(fence('ymal')[0]).toMatch(/^unknown language `ymal` .*: did you mean `yaml`\?/);
    expect(fence('shel')[0]).toMatch(/did you mean `shell`\?/);
    expect(fence('dockerfiel')[0]).toMatch(/did you mean `dockerfile`\?/);
    expect(fence('pythn')[0]).toMatch(/did you mean `python`\?/);
    expect(fence('qwertyuiop')[0]).toMatch(/^unknown language `qwertyuiop` .*: use `shell`/);
  });

  it('refuses attributes and words nothing reads', () => {
    expect(fence('yaml', 'titel="a.yaml"')).toEqual([
      'unknown attribute `titel` in the code fence, which nothing reads: did you mean `title`?',
    ]);
    expect(fence('yaml', 'colour="red"')).toEqual([
      'unknown attribute `colour` in the code fence, which nothing reads: a fence has `title`, `prompt` or `fragment` (docs/WRITING.md).',
    ]);
    expect(fence('shell', 'prompt="%"')).toHaveLength(1);
    expect(fence('yaml', 'compose.yaml')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCodeMeta } from '~/lib/codeMeta';

describe('parseCodeMeta', () => {
  it.each([
    ['', {}, []],
    ['title="compose.yaml"', { title: 'compose.yaml' }, []],
    ["title='k8s/deployment.yaml' {2-4}", { title: 'k8s/deployment.yaml' }, []],
    ['prompt="#"', { prompt: '#' }, []],
    ['fragment=compose-service partial', { fragment: 'compose-service' }, ['partial']],
    ['{1,3} title="a b.yaml" partial', { title: 'a b.yaml' }, ['partial']],
  ])('%s', (meta, known, flags) => {
    const parsed = parseCodeMeta(meta);
    expect({ title: parsed.title, prompt: parsed.prompt, fragment: parsed.fragment }).toEqual({
      title: undefined,
      prompt: undefined,
      fragment: undefined,
      ...known,
    });
    expect(parsed.flags).toEqual(flags);
  });
});

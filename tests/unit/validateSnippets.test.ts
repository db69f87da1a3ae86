import { describe, expect, it } from 'vitest';
import { findCodeBlocks, validateSnippets } from '~/lib/validateSnippets';

const doc = (...blocks: string[]) => ['---', 'title: x', '---', '', ...blocks].join('\n');

describe('findCodeBlocks', () => {
  it('finds blocks with language, meta and the file line of their first code line', () => {
    const blocks = findCodeBlocks(doc('```yaml title="pod.yaml"', 'a: 1', '```', '', '```shell', '$ ls', '```'));
    expect(blocks.map((b) => [b.lang, b.meta, b.startLine, b.code])).toEqual([
      ['yaml', 'title="pod.yaml"', 6, 'a: 1'],
      ['shell', '', 10, '$ ls'],
    ]);
  });
});

describe('validateSnippets', () => {
  it.each([
    [
      'valid YAML and JSON',
      doc('```yaml', 'services:', '  web:', '    image: nginx', '```', '```json', '{"a": [1]}', '```'),
      [],
    ],
    [
      'a multi-document manifest',
      doc(
        '```yaml',
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: a',
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  name: b',
        '```',
      ),
      [],
    ],
    [
      'JSON that does not parse',
      doc('```json', '{', '  name: 1', '}', '```'),
      [{ line: 7, message: expect.stringMatching(/^JSON does not parse: /) }],
    ],
    [
      'a manifest without apiVersion or name',
      doc('```yaml', 'kind: Pod', 'metadata: {}', '```'),
      [{ line: 6, message: 'Kubernetes Pod manifest lacks apiVersion and metadata.name.' }],
    ],
    ['a partial block is checked for syntax only', doc('```yaml partial', 'kind: Pod', '```'), []],
    [
      'YAML with a tab-broken mapping',
      doc('```yaml', 'a:', '  b: 1', ' c: 2', '```'),
      [{ line: expect.any(Number), message: expect.stringMatching(/^YAML does not parse/) }],
    ],
  ])('%s', (_name, source, expected) => {
    expect(validateSnippets(source)).toEqual(expected);
  });
});

import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { checkMarkdown } from '~/lib/model/checkMarkdown';
import { resolveLink } from '~/lib/model/checkLinks';
import { parseMdx, type MdxParser } from '~/lib/model/parseMdx';

const micromark: MdxParser = (source) =>
  fromMarkdown(source, {
    extensions: [frontmatter(['yaml']), mdxjs(), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), mdxFromMarkdown(), gfmFromMarkdown()],
  }) as Root;

const features = { gfm: true, smartypants: false };

/** The problems of a source (lines joined), as `line: message`, read from both parsers' trees. */
function problems(...lines: string[]): string[] {
  const source = lines.join('\n');
  const fromSatteri = checkMarkdown(parseMdx(source, features), source).map((p) => `${p.line}: ${p.message}`);
  const fromMicromark = checkMarkdown(micromark(source, features), source).map((p) => `${p.line}: ${p.message}`);
  expect(fromMicromark).toEqual(fromSatteri);
  return fromSatteri;
}

describe('checkMarkdown: code fences', () => {
  it('finds a block left open up to the next opening fence', () => {
    expect(problems('```shell', '$ docker ps', '', 'Prose.', '', '```yaml', 'a: 1', '```')).toEqual([
      '1: The code block ```shell is not closed, so what follows it is shown as code up to the ```yaml at line 6: close it with ``` before line 6.',
    ]);
    expect(problems('~~~', 'x', '~~~~sh', 'y', '~~~')).toEqual([
      '1: The code block ~~~ is not closed, so what follows it is shown as code up to the ~~~~sh at line 3: close it with ~~~ before line 3.',
    ]);
  });

  it('finds a block left open to the end of the file, of a blockquote or of a list item', () => {
    const open = (at: number, fence = '```sh') =>
      `${at}: The code block ${fence} is not closed, so everything after it is shown as code: close it with \`\`\` where its code ends.`;
    expect(problems('Text.', '', '```sh', '$ ls', '', 'More text.', '')).toEqual([open(3)]);
    expect(problems('```sh')).toEqual([open(1)]);
    expect(problems('> ```sh', '> $ ls', '', 'After.')).toEqual([open(1)]);
    expect(problems('- item', '  ```sh', '  $ ls', '', 'After.')).toEqual([open(2)]);
    expect(problems('```sh', '$ ls', '~~~')).toEqual([open(1)]);
  });

  it('accepts closed blocks, and blocks that show fences', () => {
    expect(problems('```sh', '$ ls', '```', '', '```', '```', '', '```yaml', '```  ')).toEqual([]);
    expect(problems('````markdown', '```yaml', 'a: 1', '```', '````')).toEqual([]);
    expect(problems('~~~markdown', '```yaml', 'a: 1', '```', '~~~')).toEqual([]);
    expect(problems('> ```sh', '> $ ls', '> ```', '', '- item', '', '  ```sh', '  $ ls', '  ```', '')).toEqual([]);
    // MDX has no indented code: four spaces before a fence are indentation.
    expect(problems('Text.', '', '    ```yaml', '    a: 1', '    ```')).toEqual([]);
  });
});

describe('checkMarkdown: tables', () => {
  it('finds a row split by a | in a cell', () => {
    expect(problems('| a | b |', '| - | - |', '| `x | y` | z |', '| 1 | 2 | 3 | 4 |')).toEqual([
      '3: This table row has 3 cells but the table has 2 columns, so the last one is not shown: write a `|` inside a cell as `\\|` (in code too).',
      '4: This table row has 4 cells but the table has 2 columns, so the last 2 are not shown: write a `|` inside a cell as `\\|` (in code too).',
    ]);
  });

  it('accepts an escaped | and a short row', () => {
    expect(problems('| a | b |', '| - | - |', '| `x \\| y` | z |', '| 1 |')).toEqual([]);
  });
});

describe('checkMarkdown: reference links', () => {
  const undefinedReference = (line: number, id: string) =>
    `${line}: The link reference \`[${id}]\` has no definition, so the page shows it as text: add \`[${id}]: <url>\` on a line of its own, or write an inline link [text](url).`;

  it('finds a full or collapsed reference without its definition', () => {
    expect(problems('Read [the `logs` reference][logs-ref]', 'and [Compose][].', '', 'See ![a](b) [x][ y ].')).toEqual([
      undefinedReference(1, 'logs-ref'),
      undefinedReference(2, 'Compose'),
      undefinedReference(4, ' y '),
    ]);
  });

  it('accepts defined references, escaped brackets, code and shortcut brackets', () => {
    expect(
      problems(
        'Read [the reference][ref], [ref][], \\[a\\]\\[b\\], `[a][b]` and [OPTIONS].',
        '',
        '```sh',
        'echo "[a][b]"',
        '```',
        '',
        '[ref]: https://example.com/',
      ),
    ).toEqual([]);
  });
});

describe('resolveLink: a % that is not an escape', () => {
  it('is explained, not thrown', () => {
    expect(resolveLink('a.html#50%-off', 'docker/x.html')).toEqual({
      error: "its #fragment has a % that is not an escape: write % as %25 (a heading's anchor has no %)",
    });
    expect(resolveLink('disk-100%.html', 'docker/x.html')).toEqual({
      error: 'it has a % that is not an escape: write % as %25 (or rename the file)',
    });
    expect(resolveLink('disk-100%25.html#a%20b', 'docker/x.html')).toEqual({
      path: 'docker/disk-100%.html',
      fragment: 'a b',
    });
  });
});

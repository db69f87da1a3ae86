import { describe, expect, it } from 'vitest';
import { validateFrontmatter } from '~/lib/validateFrontmatter';
import { noteSchema } from '~/lib/noteSchema';

const note = (fm: string) => `---\n${fm}\n---\n\n## Body\n`;
const good = `title: Container lifecycle
description: Run, start, stop and remove containers.
order: 3
published: 2022-09-23
updated: 2026-11-26
checkedAgainst: { "Docker Engine": "28" }`;

describe('validateFrontmatter', () => {
  it('accepts a valid note', () => {
    expect(validateFrontmatter(note(good), noteSchema)).toEqual([]);
  });

  it.each([
    [
      'a field of the wrong type, at its line',
      good.replace('order: 3', 'order: three'),
      [{ line: 4, message: '`order` is invalid: Invalid input: expected number, received string.' }],
    ],
    [
      'a missing field, at the frontmatter start',
      good.replace(/description: .*\n/, ''),
      [{ line: 1, message: '`description` is missing.' }],
    ],
    [
      'an unknown field',
      `${good}\nauthor: me`,
      [{ line: 8, message: 'Unrecognized key: "author". Remove it, or add the field to src/lib/noteSchema.ts.' }],
    ],
    [
      'updated before published',
      good.replace('updated: 2026-11-26', 'updated: 2020-01-01'),
      [{ line: 6, message: '`updated` is invalid: `updated` must not be earlier than `published`..' }],
    ],
    [
      'YAML that does not parse',
      good.replace('title: Container lifecycle', 'title: "Container lifecycle'),
      [{ line: 2, message: expect.stringMatching(/^Frontmatter is not valid YAML: /) }],
    ],
  ])('reports %s', (_name, fm, expected) => {
    expect(validateFrontmatter(note(fm), noteSchema)).toEqual(expected);
  });

  it('asks for frontmatter when there is none', () => {
    expect(validateFrontmatter('## Just a body\n', noteSchema)).toEqual([
      { line: 1, message: 'The file must start with frontmatter between two `---` lines.' },
    ]);
  });
});

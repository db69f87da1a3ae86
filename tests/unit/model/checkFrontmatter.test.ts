import { describe, expect, it } from 'vitest';
import { checkFrontmatter } from '~/lib/model/checkFrontmatter';
import { noteSchema } from '~/lib/noteSchema';

const good = `title: Container lifecycle
description: Run, start, stop and remove containers.
order: 3
published: 2022-09-23
updated: 2026-11-26
checkedAgainst:
  - { tool: docker-engine, version: "29", checked: 2026-11-26 }`;
const check = (yaml: string) => checkFrontmatter(yaml, 1, noteSchema);

describe('checkFrontmatter', () => {
  it('accepts a valid note', () => {
    expect(check(good)).toEqual([]);
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
      [{ line: 9, message: 'Unrecognized key: "author". Remove it, or add the field to src/lib/noteSchema.ts.' }],
    ],
    [
      'updated before published',
      good.replace('updated: 2026-11-26', 'updated: 2020-01-01'),
      [{ line: 6, message: '`updated` is invalid: `updated` must not be earlier than `published`.' }],
    ],
    [
      'a date in another format, naming the format',
      good.replace('published: 2022-09-23', 'published: Sep 23 2022'),
      [
        {
          line: 5,
          message: '`published` is invalid: Write the date as YYYY-MM-DD, for example 2026-11-26 (not "Sep 23 2022").',
        },
      ],
    ],
    [
      'a date that does not exist',
      good.replace('published: 2022-09-23', 'published: 2022-13-01'),
      [
        {
          line: 5,
          message: '`published` is invalid: Write the date as YYYY-MM-DD, for example 2026-11-26 (not "2022-13-01").',
        },
      ],
    ],
    [
      'checkedAgainst in the old map form, with what to write instead',
      good.replace(/checkedAgainst:\n.*/, 'checkedAgainst: { "Docker Engine": "28" }'),
      [
        {
          line: 7,
          message:
            '`checkedAgainst` is invalid: write it as a list of releases from src/data/versions.yaml, one line each: `- { tool: kubernetes, version: "1.37", checked: 2026-12-01 }`. The old form `{ "Kubernetes": "1.34" }` is no longer read.',
        },
      ],
    ],
    [
      'a field of a checkedAgainst entry, at the entry’s line',
      `${good}\n  - { tool: kubernetes, version: 1.37, checked: 2026-11-26 }`,
      [
        {
          line: 9,
          message: '`checkedAgainst.1.version` is invalid: write the version as a quoted string, e.g. "1.37".',
        },
      ],
    ],
    [
      'a missing field of a checkedAgainst entry',
      `${good}\n  - { tool: kubernetes, version: "1.37" }`,
      [{ line: 9, message: '`checkedAgainst.1.checked` is missing.' }],
    ],
    [
      'a checkedAgainst day in another format',
      `${good}\n  - { tool: kubernetes, version: "1.37", checked: 1/12/2026 }`,
      [
        {
          line: 9,
          message:
            '`checkedAgainst.1.checked` is invalid: Write the date as YYYY-MM-DD, for example 2026-11-26 (not "1/12/2026").',
        },
      ],
    ],
    [
      'YAML that does not parse',
      good.replace('title: Container lifecycle', 'title: "Container lifecycle'),
      [{ line: 2, message: expect.stringMatching(/^Frontmatter is not valid YAML: /) }],
    ],
  ])('reports %s', (_name, yaml, expected) => {
    expect(check(yaml)).toEqual(expected);
  });

  it('asks for frontmatter when there is none', () => {
    expect(checkFrontmatter(undefined, 1, noteSchema)).toEqual([
      { line: 1, message: 'The file must start with frontmatter between two `---` lines.' },
    ]);
  });

  it('gives Astro a Date for a date its YAML parser already read as one', () => {
    const parsed = noteSchema.parse({
      title: 'Title',
      description: 'A description of twenty characters.',
      order: 1,
      published: new Date('2022-09-23T00:00:00Z'),
      updated: '2026-11-26',
      checkedAgainst: [{ tool: 'docker-engine', version: '29', checked: '2026-11-26' }],
    });
    expect(parsed.published.toISOString()).toBe('2022-09-23T00:00:00.000Z');
    expect(parsed.updated.toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });
});

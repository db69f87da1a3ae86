import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVersions } from '~/lib/parseVersions';

const file = (releases: string) => `kubernetes:
  name: Kubernetes
  releases:
${releases}`;
const release = `    - version: '1.37'
      released: 2026-08-26
      endOfLife: 2027-10-28
      source: https://kubernetes.io/releases/1.37/`;

describe('parseVersions', () => {
  it('reads the project’s own src/data/versions.yaml', () => {
    const { versions, problems } = parseVersions(readFileSync('src/data/versions.yaml', 'utf8'));
    expect(problems).toEqual([]);
    expect(versions!.kubernetes!.releases.map((r) => r.version)).toContain('1.37');
  });

  it('turns dates into Dates, and keeps null for no announced end of life', () => {
    const { versions } = parseVersions(file(release.replace('2027-10-28', 'null')));
    expect(versions!.kubernetes!.releases[0]).toEqual({
      version: '1.37',
      released: new Date('2026-08-26'),
      endOfLife: null,
      source: 'https://kubernetes.io/releases/1.37/',
    });
  });

  it.each([
    [
      'an unquoted version, which YAML reads as a number',
      file(release.replace("'1.37'", '1.30')),
      [{ line: 4, message: '`kubernetes.releases.0.version` Write the version as a quoted string, e.g. "1.37".' }],
    ],
    [
      'a date that is not a date',
      file(release.replace('2026-08-26', 'August 2026')),
      [{ line: 5, message: '`kubernetes.releases.0.released` Write the date as YYYY-MM-DD.' }],
    ],
    [
      'an end of life before the release',
      file(release.replace('2027-10-28', '2025-01-01')),
      [{ line: 6, message: '`kubernetes.releases.0.endOfLife` `endOfLife` must not be earlier than `released`.' }],
    ],
    [
      'a missing source, at its release',
      file(release.replace(/\n\s+source: .*/, '')),
      [{ line: 4, message: expect.stringMatching(/^`kubernetes\.releases\.0\.source` /) }],
    ],
    [
      'the same version twice',
      file(`${release}\n${release}`),
      [{ line: 3, message: '`kubernetes.releases` Each version may appear only once.' }],
    ],
    [
      'a tool id that is not kebab-case',
      file(release).replace('kubernetes:', 'Kubernetes:'),
      [{ line: 1, message: expect.stringContaining('Tool ids are lower-case words joined by hyphens') }],
    ],
    [
      'YAML that does not parse',
      'kubernetes:\n  name: "Kubernetes\n',
      [{ line: 3, message: expect.stringMatching(/^not valid YAML: /) }],
    ],
  ])('reports %s at its line', (_name, text, expected) => {
    expect(parseVersions(text).problems).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { checkCheckedAgainst } from '~/lib/checkCheckedAgainst';
import { parseVersions } from '~/lib/parseVersions';

const versions = parseVersions(`kubernetes:
  name: Kubernetes
  releases:
    - { version: '1.37', released: 2026-08-26, endOfLife: 2027-10-28, source: https://kubernetes.io/releases/1.37/ }
    - { version: '1.34', released: 2025-08-27, endOfLife: 2026-10-27, source: https://kubernetes.io/releases/1.34/ }
helm:
  name: Helm
  releases:
    - { version: '4', released: 2025-11-12, endOfLife: null, source: https://github.com/helm/helm/releases/tag/v4.0.0 }
`).versions!;
const today = new Date('2026-12-01T12:00:00Z');
const note = (...entries: string[]) =>
  `---\ntitle: A note\ncheckedAgainst:\n${entries.map((e) => `  - ${e}\n`).join('')}---\n\n## Body\n`;

describe('checkCheckedAgainst', () => {
  it('accepts supported releases', () => {
    const source = note(
      '{ tool: kubernetes, version: "1.37", checked: 2026-12-01 }',
      '{ tool: helm, version: "4", checked: 2026-11-30 }',
    );
    expect(checkCheckedAgainst(source, versions, today)).toEqual({ errors: [], warnings: [] });
  });

  it('fails on an unknown tool, listing the known ones, at its line', () => {
    const source = note(
      '{ tool: kubernetes, version: "1.37", checked: 2026-12-01 }',
      '{ tool: kubernets, version: "1.37", checked: 2026-12-01 }',
    );
    expect(checkCheckedAgainst(source, versions, today).errors).toEqual([
      {
        line: 5,
        message:
          '`checkedAgainst`: unknown tool "kubernets". Known tools: kubernetes, helm; add a new one to src/data/versions.yaml.',
      },
    ]);
  });

  it('fails on an unknown version, listing the known ones', () => {
    expect(
      checkCheckedAgainst(note('{ tool: kubernetes, version: "1.38", checked: 2026-12-01 }'), versions, today),
    ).toEqual({
      errors: [
        {
          line: 4,
          message:
            '`checkedAgainst`: Kubernetes has no release "1.38" in src/data/versions.yaml. Known: 1.37, 1.34. Correct the version, or add the release to the file.',
        },
      ],
      warnings: [],
    });
  });

  it('finds the line of a field in a multi-line entry', () => {
    const source = `---\ncheckedAgainst:\n  - tool: kubernetes\n    version: "1.36"\n    checked: 2026-12-01\n---\n`;
    expect(checkCheckedAgainst(source, versions, today).errors.map((e) => e.line)).toEqual([4]);
  });

  it('fails on a check dated in the future or before the release', () => {
    const source = note(
      '{ tool: kubernetes, version: "1.37", checked: 2027-01-01 }',
      '{ tool: helm, version: "4", checked: 2025-01-01 }',
    );
    expect(checkCheckedAgainst(source, versions, today).errors).toEqual([
      {
        line: 4,
        message: '`checkedAgainst`: the check of Kubernetes 1.37 is dated 2027-01-01, after today (2026-12-01).',
      },
      {
        line: 5,
        message: '`checkedAgainst`: Helm 4 was released on 2025-11-12, after the check dated 2025-01-01.',
      },
    ]);
  });

  it('warns about a release past its end of life, naming the supported ones', () => {
    expect(
      checkCheckedAgainst(note('{ tool: kubernetes, version: "1.34", checked: 2026-09-01 }'), versions, today),
    ).toEqual({
      errors: [],
      warnings: [
        {
          line: 4,
          message:
            'checked against Kubernetes 1.34, which reached end of life on 2026-10-27. Check the note against a supported release (1.37) and update `checkedAgainst`.',
        },
      ],
    });
  });

  it('counts the end-of-life day itself as past, and the day before as supported', () => {
    const source = note('{ tool: kubernetes, version: "1.34", checked: 2026-09-01 }');
    expect(checkCheckedAgainst(source, versions, new Date('2026-10-26T23:59:59Z')).warnings).toEqual([]);
    expect(checkCheckedAgainst(source, versions, new Date('2026-10-27T00:00:00Z')).warnings).toHaveLength(1);
  });

  it('leaves malformed entries to the schema', () => {
    expect(checkCheckedAgainst(note('{ version: 1.37 }', 'kubernetes'), versions, today)).toEqual({
      errors: [],
      warnings: [],
    });
    expect(checkCheckedAgainst('---\ncheckedAgainst: { "Kubernetes": "1.34" }\n---\n', versions, today)).toEqual({
      errors: [],
      warnings: [],
    });
  });
});

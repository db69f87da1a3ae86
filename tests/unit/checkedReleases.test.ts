import { describe, expect, it } from 'vitest';
import { checkedAgainstText, checkedReleases, endOfLifeNotice, listOf } from '~/lib/checkedReleases';
import { versionsSummary } from '~/lib/versionsSummary';
import { parseVersions } from '~/lib/parseVersions';

const versions = parseVersions(`kubernetes:
  name: Kubernetes
  releases:
    - { version: '1.37', released: 2026-08-26, endOfLife: 2027-10-28, source: https://kubernetes.io/releases/1.37/ }
    - { version: '1.36', released: 2026-04-22, endOfLife: 2027-06-28, source: https://kubernetes.io/releases/1.36/ }
minikube:
  name: minikube
  releases:
    - { version: '1.39', released: 2026-09-01, endOfLife: null, source: https://github.com/kubernetes/minikube/releases/tag/v1.39.0 }
docker-engine:
  name: Docker Engine
  releases:
    - { version: '29', released: 2025-11-10, endOfLife: null, source: https://docs.docker.com/engine/release-notes/29/ }
`).versions!;
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const k8s = { tool: 'kubernetes', version: '1.37', checked: day('2026-12-01') };
const mk = { tool: 'minikube', version: '1.39', checked: day('2026-12-01') };

describe('checkedReleases', () => {
  it('joins each entry with its release', () => {
    expect(checkedReleases([k8s], versions)).toEqual([
      {
        tool: 'kubernetes',
        name: 'Kubernetes',
        version: '1.37',
        checked: day('2026-12-01'),
        endOfLife: day('2027-10-28'),
        source: 'https://kubernetes.io/releases/1.37/',
      },
    ]);
  });

  it('throws on a release the build should have rejected', () => {
    expect(() => checkedReleases([{ ...k8s, version: '1.2' }], versions)).toThrow(/no release kubernetes 1.2/);
  });
});

describe('checkedAgainstText', () => {
  it.each([
    ['one release', [k8s], 'Kubernetes 1.37 on 1 December 2026'],
    ['two checked the same day', [k8s, mk], 'Kubernetes 1.37 and minikube 1.39 on 1 December 2026'],
    [
      'checks on different days',
      [k8s, { ...mk, checked: day('2026-11-20') }],
      'Kubernetes 1.37 (1 December 2026) and minikube 1.39 (20 November 2026)',
    ],
  ])('%s', (_name, entries, text) => {
    expect(checkedAgainstText(checkedReleases(entries, versions))).toBe(text);
  });
});

it('endOfLifeNotice says which release ended and when', () => {
  expect(endOfLifeNotice(checkedReleases([k8s], versions)[0]!)).toBe(
    'Checked against Kubernetes 1.37, which reached end of life on 2027-10-28.',
  );
});

it.each([
  [[], ''],
  [['a'], 'a'],
  [['a', 'b'], 'a and b'],
  [['a', 'b', 'c'], 'a, b and c'],
])('listOf(%j) is "%s"', (items, text) => {
  expect(listOf(items)).toBe(text);
});

describe('versionsSummary', () => {
  const docker = { tool: 'docker-engine', version: '29', checked: day('2026-12-01') };
  it('names each tool once, the most cited first, with every version cited', () => {
    const notes = [[docker], [docker], [k8s, mk], [{ ...k8s, version: '1.36' }], [docker]];
    expect(versionsSummary(notes.map((n) => checkedReleases(n, versions)))).toBe(
      'Docker Engine 29, Kubernetes 1.36/1.37 and minikube 1.39',
    );
  });
  it('breaks ties by the first note that cites the tool', () => {
    expect(versionsSummary([checkedReleases([mk], versions), checkedReleases([k8s], versions)])).toBe(
      'minikube 1.39 and Kubernetes 1.37',
    );
  });
});

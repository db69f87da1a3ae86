import { describe, expect, it } from 'vitest';
import {
  commandMatch,
  compoundParts,
  markTerms,
  namedTopic,
  rankSections,
  same,
  type EngineHits,
} from '~/lib/rankSections';
import { rewriteQuery, type Dictionary } from '~/lib/searchQuery';
import type { SearchData, SearchSection } from '~/lib/search/searchData';
import { STOPWORDS } from '~/lib/searchDictionary';

// What a reader gets from the ranking is an order, so these say which command matches a query
// better (or not at all), never the size of the score.
describe('commandMatch', () => {
  it.each([
    ['the words in order', ['docker', 'ps'], 'docker ps --all', 'docker compose ps'],
    [
      'the words in order',
      ['kubectl', 'set', 'image'],
      'kubectl set image deployment/web web=nginx:1.28',
      'kubectl get deployment/web',
    ],
    ['a flag named by its letter', ['docker', 'run', 'p'], 'docker run -p 8080:80 nginx', 'docker run nginx'],
    ['the words somewhere', ['docker', 'ps'], 'docker compose ps', 'docker logs <container>'],
    [
      'the sub-command of a question',
      ['see', 'logs', 'stopped', 'container'],
      'docker logs <container>',
      'docker start -a <container>',
    ],
  ])('%s: %j matches `%s` better than `%s`', (_why, words, better, worse) =>
    expect(commandMatch(words, better)).toBeGreaterThan(commandMatch(words, worse)),
  );

  it.each([
    [['logs'], 'docker logs <container>'],
    [['docker', 'ps'], 'docker ps --all'],
    // A word with its task words: "list pods" and `kubectl get pods`.
    [[['list', 'get'], 'pods'], 'kubectl get pods'],
  ])('%j matches `%s`', (words, command) => expect(commandMatch(words, command)).toBeGreaterThan(0));

  it.each([
    [['stopped', 'container'], 'docker start -a <container>'],
    [['namespace'], 'helm install web bitnami/nginx --namespace web'],
    [['helm'], 'docker ps'],
  ])('%j does not match `%s`', (words, command) => expect(commandMatch(words, command)).toBe(0));
});

describe('same', () => {
  it.each([
    ['pods', 'pod', false, true],
    ['logs', 'login', false, false],
    ['logs', 'login', true, false],
    ['roll', 'rollout', true, true],
    ['roll', 'rollout', false, false],
  ])('same(%s, %s, prefix %s) = %s', (w, x, prefix, out) => expect(same(w, x, prefix)).toBe(out));
});

it('marks a flag of a summary that a flag of the query names, by either of its names', () => {
  const d = [{ word: 'd', weight: 1, flag: true }];
  expect(markTerms('-d (--detach) starts it', d)).toBe('<mark>-d</mark> (--detach) starts it');
  expect(markTerms('-d (--detach) starts it', [...d, { word: 'detach', weight: 1, flag: true }])).toBe(
    '<mark>-d</mark> <mark>(--detach)</mark> starts it',
  );
  // A flag term is not a word of the text.
  expect(markTerms('d is a letter', d)).toBe('d is a letter');
});

it('marks the words of a summary that match, escaping the rest', () => {
  expect(markTerms('Use docker logs <container>', [{ word: 'log', weight: 1 }])).toBe(
    'Use docker <mark>logs</mark> &#60;container&#62;',
  );
});

/** A tiny site: a few sections with headings and commands, and what the engine found for each word. */
const section = (page: number, anchor: string, title: string, commands: string[] = [], tools = ['docker']) =>
  ({ page, anchor, title, summary: `About ${title}.`, commands, tools, phraseWords: 0 }) satisfies SearchSection;
const data: Pick<SearchData, 'pages' | 'sections' | 'stopwords'> = {
  pages: [
    { path: 'docker/lifecycle.html', title: 'Container lifecycle', topic: 'Docker' },
    { path: 'compose/commands.html', title: 'Compose commands', topic: 'Compose' },
    { path: 'kubernetes/services.html', title: 'Services', topic: 'Kubernetes' },
  ],
  sections: [
    section(0, 'list', 'List containers (docker ps)', ['docker ps', 'docker ps --all']),
    section(0, 'logs', 'View container logs', ['docker logs <container>']),
    section(0, 'bg', 'Run in the background', ['docker run -d <image>']),
    section(0, 'exec', 'Run a command in a running container', ['docker exec -it <container> sh']),
    section(1, 'status', 'Service status (docker compose ps)', ['docker compose ps'], ['compose']),
    section(2, 'types', 'Service types', [], ['kubectl']),
    section(2, 'clusterip', 'ClusterIP', ['kubectl get services'], ['kubectl']),
    section(2, 'nodeport', 'NodePort', ['minikube ip'], ['minikube']),
    section(0, 'login', 'Log in to the registry', ['docker login']),
  ],
  stopwords: STOPWORDS,
};
const dictionary: Dictionary = { words: new Map(), aliases: {}, stopwords: new Set(STOPWORDS), synonyms: {} };
/** Engine hits: word → section indexes (all with the same text score unless given). */
const hits = (found: Record<string, (number | [number, number])[]>): EngineHits =>
  new Map(
    Object.entries(found).map(([w, list]) => [
      w,
      new Map(list.map((x) => (Array.isArray(x) ? x : [x, 1]) as [number, number])),
    ]),
  );
const rank = (q: string, found: Record<string, (number | [number, number])[]>, d = dictionary, tool = '') =>
  rankSections(data, rewriteQuery(q, d), hits(found), tool).map((r) => r.href);

describe('compoundParts', () => {
  it('splits the camel-case names of a heading into their words, and joins each two side by side', () => {
    // "backoff" is how a reader types the BackOff of CrashLoopBackOff.
    expect(compoundParts('CrashLoopBackOff')).toEqual([
      'crash',
      'loop',
      'back',
      'off',
      'crashloop',
      'loopback',
      'backoff',
    ]);
    expect(compoundParts('PersistentVolumeClaims and provisioning')).toEqual([
      'persistent',
      'volume',
      'claims',
      'persistentvolume',
      'volumeclaims',
    ]);
    expect(compoundParts('Use a ConfigMap (envFrom)')).toEqual([
      'config',
      'map',
      'configmap',
      'env',
      'from',
      'envfrom',
    ]);
  });

  it('gives nothing for plain words, capitals or acronyms', () => {
    expect(compoundParts('Run a container')).toEqual([]);
    expect(compoundParts('RBAC and AWS')).toEqual([]);
  });
});

describe('rankSections', () => {
  it('finds a heading by a part of its compound name', () => {
    const compound: Pick<SearchData, 'pages' | 'sections' | 'stopwords'> = {
      ...data,
      sections: [...data.sections, section(2, 'pull', 'ImagePullBackOff and ErrImagePull', [])],
    };
    const ranked = rankSections(compound, rewriteQuery('image pull', dictionary), hits({ image: [0, 1] }));
    expect(ranked[0]!.href).toBe('kubernetes/services.html#pull');
  });

  it('puts the section whose command and heading match above the one with more text', () => {
    const ranked = rank('docker ps', {
      docker: [0, 1, 2, 3, 4],
      ps: [
        [4, 9],
        [0, 4],
      ],
    });
    expect(ranked.slice(0, 2)).toEqual(['docker/lifecycle.html#list', 'compose/commands.html#status']);
  });

  it('finds a section that has only some of the words, ranked by the rare ones', () => {
    // No section has "why", "background" and "stuck": the one with the rare word comes first.
    const ranked = rank('run container background stuck', { run: [2, 3], container: [0, 1, 3], background: [2] });
    expect(ranked[0]).toBe('docker/lifecycle.html#bg');
    expect(ranked.length).toBeGreaterThan(1);
  });

  it('does not take "logs" for "login"', () => {
    expect(rank('docker logs', { docker: [0, 1, 8], logs: [1] })[0]).toBe('docker/lifecycle.html#logs');
    expect(rank('docker logs', { docker: [0, 1, 8], logs: [1] })).not.toContain(undefined);
  });

  it('lands a comparison on the section that has both sides, not on one side', () => {
    const ranked = rank('difference between clusterip and nodeport', {
      clusterip: [5, [6, 3], 7],
      nodeport: [5, 6, [7, 3]],
    });
    expect(ranked[0]).toBe('kubernetes/services.html#types');
  });

  it('lands a comparison on a heading that compares, though it names one side only', () => {
    // "emptyDir vs persistentvolume": "Volume vs PersistentVolume" compares the kind emptyDir is one of.
    const storage: Pick<SearchData, 'pages' | 'sections' | 'stopwords'> = {
      ...data,
      sections: [
        section(2, 'volume', 'A volume in Kubernetes', [], ['kubectl']),
        section(2, 'vs', 'Volume vs PersistentVolume', [], ['kubectl']),
      ],
    };
    const ranked = rankSections(
      storage,
      rewriteQuery('emptydir vs persistentvolume', dictionary),
      hits({
        emptydir: [[0, 9], 1],
        persistentvolume: [
          [0, 1],
          [1, 9],
        ],
      }),
    );
    expect(ranked.map((r) => r.href)).toEqual(['kubernetes/services.html#vs', 'kubernetes/services.html#volume']);
  });

  it('keeps to the chosen tool', () => {
    expect(rank('service', { service: [4, 5, 6] }, dictionary, 'kubectl')).toEqual([
      'kubernetes/services.html#types',
      'kubernetes/services.html#clusterip',
    ]);
  });

  it('uses task words: "remove" finds `docker rm`, a flag finds its command', () => {
    const withRm: Pick<SearchData, 'pages' | 'sections' | 'stopwords'> = {
      ...data,
      sections: [...data.sections, section(0, 'rm', 'Clean up', ['docker rm <container>'])],
    };
    const d = { ...dictionary, synonyms: { remove: ['rm'] } };
    const ranked = rankSections(withRm, rewriteQuery('remove container', d), hits({ container: [0, 1, 3, 9] }));
    expect(ranked[0]!.href).toBe('docker/lifecycle.html#rm');
    expect(rank('docker -d', { docker: [0, 1, 2, 3] })[0]).toBe('docker/lifecycle.html#bg');
  });

  it("weighs the section's first sentence, which says what it does, above its other text", () => {
    const lead: Pick<SearchData, 'pages' | 'sections' | 'stopwords'> = {
      ...data,
      sections: [
        { ...section(0, 'a', 'Alpha', ['docker alpha']), summary: 'Mentions other things first.' },
        { ...section(0, 'b', 'Beta', ['docker beta']), summary: 'Sets the working directory of the build.' },
      ],
    };
    const r = rankSections(
      lead,
      rewriteQuery('working directory', dictionary),
      hits({ working: [0, 1], directory: [0, 1] }),
    );
    expect(r.map((x) => x.href)).toEqual(['docker/lifecycle.html#b', 'docker/lifecycle.html#a']);
  });

  it('finds a word that names a long flag in the commands that have it ("all": `--all`)', () => {
    const [first] = rankSections(data, rewriteQuery('containers all', dictionary), hits({ containers: [0, 1] }));
    expect(first!.href).toBe('docker/lifecycle.html#list');
  });

  it('points a long flag the query names, dashes or not, at its command ("secret with from-literal")', () => {
    const secrets: Pick<SearchData, 'pages' | 'sections' | 'stopwords'> = {
      ...data,
      sections: [
        section(2, 'what', 'Secrets in Kubernetes', [], ['kubectl']),
        section(2, 'generic', 'kubectl create secret generic', [
          'kubectl create secret generic <name> --from-literal=<key>=<value>',
          'kubectl get secrets',
        ]),
      ],
    };
    const found = hits({ store: [0], password: [0, 1], secret: [0, 1], 'from-literal': [1] });
    for (const q of ['store a password in a secret with from-literal', 'store a password in a secret --from-literal']) {
      const [first] = rankSections(secrets, rewriteQuery(q, dictionary), found);
      expect(first!.href, q).toBe('kubernetes/services.html#generic');
      expect(first!.command).toMatch(/--from-literal/);
    }
  });

  it('finds a flag written in a heading ("Rebuild images (up --build)"), short or long', () => {
    // Both sections have `--build` in a command; only one names it in its heading.
    const flagged: Pick<SearchData, 'pages' | 'sections' | 'stopwords'> = {
      ...data,
      sections: [
        section(1, 'up', 'Start services', ['docker compose up --build'], ['compose']),
        section(1, 'build', 'Rebuild images (up --build)', ['docker compose up --build'], ['compose']),
        section(1, 'start', 'Start detached', ['docker compose up -d'], ['compose']),
        section(1, 'bg', 'Run in the background (up -d)', ['docker compose up -d'], ['compose']),
      ],
    };
    const first = (q: string) => rankSections(flagged, rewriteQuery(q, dictionary), hits({}))[0]!.href;
    expect(first('compose --build')).toBe('compose/commands.html#build');
    expect(first('compose -d')).toBe('compose/commands.html#bg');
  });

  it('ranks a section whose search phrases have the words above one whose text mentions them', () => {
    // "upload" and "hub" are in the text of sections 0 and 1 alike; section 1's phrases have them.
    const found = hits({ upload: [0, 1], hub: [0, 1] });
    expect(rankSections(data, rewriteQuery('upload to hub', dictionary), found)[0]!.section).toBe(0);
    found.get('upload')!.asked = new Map([[1, [0]]]);
    found.get('hub')!.asked = new Map([[1, [9]]]);
    const [first] = rankSections(data, rewriteQuery('upload to hub', dictionary), found);
    expect(first!.section).toBe(1);
    expect(first!.signals.asked).toBeGreaterThan(0);
    // In one phrase (close together) they count more than in two.
    expect(first!.signals.together).toBe(0);
    found.get('hub')!.asked = new Map([[1, [1]]]);
    expect(rankSections(data, rewriteQuery('upload to hub', dictionary), found)[0]!.signals.together).toBeGreaterThan(
      0,
    );
  });

  it('prefers the topic the query names ("docker", "compose", "kubernetes"), the more specific one first', () => {
    // Two sections alike in every way but their topic: "restart" in a Docker and a Kubernetes note.
    const twins: Pick<SearchData, 'pages' | 'sections' | 'stopwords'> = {
      ...data,
      sections: [section(2, 'k', 'Restart policy', [], []), section(0, 'd', 'Restart policy', [], [])],
    };
    const first = (q: string) =>
      rankSections(
        twins,
        rewriteQuery(q, dictionary),
        hits({ restart: [0, 1], docker: [0, 1], kubernetes: [0, 1] }),
      )[0]!.href;
    // Without a topic the tie goes to the first section; naming one moves it.
    expect(first('restart policy')).toBe('kubernetes/services.html#k');
    expect(first('docker restart policy')).toBe('docker/lifecycle.html#d');
    expect(first('kubernetes restart policy')).toBe('kubernetes/services.html#k');
    // Docker is what the other topics build on: with both named, the query is about the other.
    expect(first('docker kubernetes restart policy')).toBe('kubernetes/services.html#k');
    // A topic the reader does not want counts against its sections.
    expect(first('restart policy without kubernetes')).toBe('docker/lifecycle.html#d');
    expect(first('restart policy, not in kubernetes')).toBe('docker/lifecycle.html#d');
    expect(namedTopic(data, rewriteQuery('k8s docker', { ...dictionary, aliases: { k8s: 'kubernetes' } }).groups)).toBe(
      'kubernetes',
    );
    expect(namedTopic(data, rewriteQuery('restart policy', dictionary).groups)).toBeUndefined();
  });

  it('returns nothing for a query of no known word', () => {
    expect(rank('zzzz', {})).toEqual([]);
  });

  it('says why a section ranks where it does', () => {
    const [first] = rankSections(data, rewriteQuery('docker logs', dictionary), hits({ docker: [1], logs: [1] }));
    expect(Object.keys(first!.signals)).toEqual([
      'coverage',
      'heading',
      'precision',
      'lead',
      'asked',
      'together',
      'command',
      'page',
      'engine',
      'comparison',
      'context',
      'topic',
    ]);
    expect(first!.command).toBe('docker logs <container>');
    expect(first!.excerpt).toBe('About View container <mark>logs.</mark>');
  });
});

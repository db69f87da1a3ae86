import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attributeValues } from '../html';
import { parse as parseYaml } from 'yaml';
import { TOPIC_IDS } from '../../src/lib/topics';
import { shellAssetKind } from '../../src/lib/offline/shellAssets';

/** The built site, as the tests see it: every page's site path, and the notes among them. */
export const DIST = join(process.cwd(), 'dist');

/** Every file of the build, as site paths. */
export const distFiles: string[] = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => statSync(join(DIST, f)).isFile())
  .sort();

export const allPages: string[] = distFiles.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));

export const notePages = allPages.filter(
  (p) => (TOPIC_IDS as string[]).includes(p.split('/')[0]!) && !p.endsWith('/index.html'),
);

export const readPage = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** The shell every page links (src/build/shellAssets.ts): `/assets/site.<hash>.css` and `/assets/page.<hash>.js`. */
export const shellPaths: string[] = distFiles.filter((f) => shellAssetKind(f) !== undefined).map((f) => `/${f}`);

export { attributeValues, elements, startTags } from '../html';

/** Every command line of a built note page, as its copy button copies it (`data-command`). */
export const pageCommands = (path: string): string[] => attributeValues(readPage(path), 'data-command');

/**
 * The notes as written, read from content/ independently of the build, so that counts in the
 * tests come from the sources and not from the pages they check.
 */
export interface SourceNote {
  path: string;
  title: string;
  draft: boolean;
  /** The body after the frontmatter, as written. */
  body: string;
}
export const sourceNotes: SourceNote[] = TOPIC_IDS.flatMap((topic) =>
  readdirSync(join('content', topic))
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => {
      const source = readFileSync(join('content', topic, f), 'utf8');
      const [, frontmatter, body] = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/)!;
      const data = parseYaml(frontmatter!) as { title: string; draft?: boolean };
      return { path: `${topic}/${f.replace(/\.mdx$/, '.html')}`, title: data.title, draft: !!data.draft, body: body! };
    }),
);
export const publishedNotes = sourceNotes.filter((n) => !n.draft);

/** The JSX elements of a note body that are diagrams (components imported from components/diagrams/), outside code. */
export function diagramUses(body: string): string[] {
  const names = [...body.matchAll(/^import\s+(\w+)\s+from\s+['"][^'"]*\/components\/diagrams\/[^'"]+['"]/gm)].map(
    (m) => m[1]!,
  );
  const outsideCode = body.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
  return names.flatMap((name) => [...outsideCode.matchAll(new RegExp(`<${name}[\\s/>]`, 'g'))].map(() => name));
}

/** Hosts of the official references that a command may link to. */
export const OFFICIAL_HOSTS = [
  'docs.docker.com',
  'kubernetes.io',
  'minikube.sigs.k8s.io',
  'docs.aws.amazon.com',
  'cloud.google.com',
  'helm.sh',
  'git-scm.com',
  'docs.npmjs.com',
  'skaffold.dev',
  'create-react-app.dev',
  'docs.travis-ci.com',
  'man7.org',
  'manpages.debian.org',
  'www.freedesktop.org',
  'guides.rubygems.org',
  'github.com',
];

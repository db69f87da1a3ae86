import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_IDS } from '../../src/lib/topics';

/** The built site, as the tests see it: every page's site path, and the notes among them. */
export const DIST = join(process.cwd(), 'dist');

export const allPages: string[] = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
  .sort();

export const notePages = allPages.filter(
  (p) => (TOPIC_IDS as string[]).includes(p.split('/')[0]!) && !p.endsWith('/index.html'),
);

export const readPage = (path: string) => readFileSync(join(DIST, path), 'utf8');

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

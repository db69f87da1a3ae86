import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProject } from './buildProject';
import { attribute, elements, hasClass } from '../html';

/** A previous build's dist/, to show that a failed build leaves it as it was. */
const previousBuild = (root: string) => {
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(join(root, 'dist/index.html'), 'the previous build');
};
const fixture = (name: string) => buildProject(name, join('tests/fixtures', name), previousBuild);

// Real `astro build`s of a few fixtures, to prove the wiring: the checks of the sources run before
// anything is rendered, the checks of the built site after, and neither leaves a half-written
// dist/. Every kind of bad content is tested, faster, through the same entry point in
// contentChecks.test.ts.
describe.concurrent('a real build', () => {
  it('stops before rendering on bad frontmatter, naming the file and line, and writes nothing', async () => {
    const { ok, output, root } = await fixture('bad-frontmatter');
    expect(ok).toBe(false);
    expect(output).toContain('The notes have 2 problems. Fix each at its file and line:');
    expect(output).toContain('  content/docker/broken.mdx:1: `description` is missing.');
    expect(output).toContain(
      '  content/docker/broken.mdx:3: `order` is invalid: Invalid input: expected number, received string.',
    );
    expect(output).not.toContain('generating static routes');
    // A mistake in a note, not a crash of the build: no hook error, no stack trace.
    expect(output).not.toMatch(/unhandled error|Stack trace|\bat .*notes\.ts/);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the previous build');
    expect(existsSync(join(root, '.dist-staging'))).toBe(false);
  });

  it('stops before rendering on a dead link to a note, at the line of the link', async () => {
    const { ok, output } = await fixture('dead-link');
    expect(ok).toBe(false);
    expect(output).toContain(
      '  content/docker/links.mdx:12: The link "missing-page.html" is broken: docker/missing-page.html does not exist.',
    );
  });

  it('checks the built site after rendering, maps a broken link back to its note, and keeps dist/', async () => {
    const { ok, output, root } = await fixture('dead-link-generated-page');
    expect(ok).toBe(false);
    expect(output).toContain('generating static routes');
    expect(output).toContain(
      '  content/docker/tools.mdx:18: The link "../commands.html#tool-nope" is broken: commands.html has no element with the id "tool-nope".',
    );
    // print.html holds the note too: its copy of the link is the note's line as well, not the site's.
    expect(output).toContain(
      '  content/docker/tools.mdx:18: The link "commands.html#tool-nope" is broken: commands.html has no element with the id "tool-nope". (in print.html, which holds every note)',
    );
    expect(output).not.toContain("made by the site's pages or components");
    expect(output).not.toMatch(/unhandled error|Stack trace/);
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('the previous build');
    expect(existsSync(join(root, '.dist-staging'))).toBe(false);
  });

  it('builds a note checked against a release past its end of life, warning the writer and telling the reader', async () => {
    const { ok, output, root } = await fixture('end-of-life');
    expect(ok, output).toBe(true);
    expect(output).toContain(
      'content/kubernetes/old.mdx:8: checked against Kubernetes 1.34, which reached end of life on 2026-10-27. Check the note against a supported release (',
    );
    const page = readFileSync(join(root, 'dist/kubernetes/old.html'), 'utf8');
    const notices = elements(page, (t) => t.tagName === 'div' && hasClass(t, 'version-notice'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain('Checked against Kubernetes 1.34, which reached end of life on 2026-10-27.');
    expect(attribute(notices[0]!, 'hidden')).toBeUndefined();
  });

  it('builds drafts into nothing: no page, no navigation, no search data', async () => {
    const { ok, output, root } = await fixture('drafts');
    expect(ok, output).toBe(true);
    const dist = join(root, 'dist');
    expect(existsSync(join(dist, 'docker/published.html'))).toBe(true);
    expect(existsSync(join(dist, 'docker/unfinished.html'))).toBe(false);
    for (const file of [
      'index.html',
      'docker/index.html',
      'docker/published.html',
      'search/engine.js',
      'search/offline.js',
    ]) {
      expect(readFileSync(join(dist, file), 'utf8')).not.toContain('unfinished');
    }
    expect(existsSync(join(root, '.dist-staging'))).toBe(false);
  });

  it('gives a diagram shown twice on one page, or by two notes in the print view, ids of its own', async () => {
    const { ok, output, root } = await fixture('shared-diagram');
    expect(ok, output).toBe(true);
    const ids = (file: string) =>
      elements(
        readFileSync(join(root, 'dist', file), 'utf8'),
        (t) => t.tagName === 'figure' && hasClass(t, 'diagram'),
      ).map((f) => attribute(f, 'id'));
    const base = 'dg-container-lifecycle-states-and-the-commands-that-move-between-them';
    expect(ids('docker/first.html')).toEqual([base]);
    expect(ids('docker/second.html')).toEqual([base, `${base}-2`]);
    expect(ids('print.html')).toEqual([base, `${base}-2`, `${base}-3`]);
  });
});

import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * Builds the site with a fixture folder as its notes and returns the build's output and status.
 * Each fixture builds in its own copy of the project under tests/.tmp (node_modules is found by
 * walking up), so fixture builds never share Astro's generated files or cache with a real build.
 */
async function buildFixture(name: string): Promise<{ ok: boolean; output: string }> {
  const root = join(process.cwd(), 'tests/.tmp/fixtures', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of ['src', 'astro.config.ts', 'tsconfig.json', 'package.json'])
    cpSync(f, join(root, f), { recursive: true });
  cpSync(join('tests/fixtures', name), join(root, 'content'), { recursive: true });
  try {
    const { stdout, stderr } = await run(process.execPath, [astro, 'build'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    return { ok: true, output: stdout + stderr };
  } catch (e) {
    const err = e as { stdout: string; stderr: string };
    return { ok: false, output: err.stdout + err.stderr };
  }
}

// Each fixture is a folder of notes with one kind of mistake; the build must fail and tell the
// writer the file, the line and what to fix.
describe.concurrent('bad content fails the build with a message a writer can act on', () => {
  it('broken frontmatter fields', async () => {
    const { ok, output } = await buildFixture('bad-frontmatter');
    expect(ok).toBe(false);
    expect(output).toContain('Invalid frontmatter:');
    expect(output).toContain('content/docker/broken.mdx:1: `description` is missing.');
    expect(output).toContain(
      'content/docker/broken.mdx:3: `order` is invalid: Invalid input: expected number, received string.',
    );
  });

  it('frontmatter that is not YAML', async () => {
    const { ok, output } = await buildFixture('frontmatter-syntax');
    expect(ok).toBe(false);
    expect(output).toContain('content/compose/bad.mdx:4: Frontmatter is not valid YAML: Missing closing "quote');
  });

  it('a YAML snippet that does not parse, and a manifest without a name', async () => {
    const { ok, output } = await buildFixture('broken-yaml-snippet');
    expect(ok).toBe(false);
    expect(output).toContain('Invalid code snippets:');
    expect(output).toMatch(/content\/kubernetes\/pod\.mdx:2[01]: YAML does not parse/);
    expect(output).toContain('content/kubernetes/pod.mdx:27: Kubernetes Service manifest lacks metadata.name.');
  });

  it('a folder that is not a topic', async () => {
    const { ok, output } = await buildFixture('unknown-topic');
    expect(ok).toBe(false);
    expect(output).toContain(
      'Unknown topic folder "./content/k8s/". Topics are: docker, compose, delivery, kubernetes. Move the notes into one of those folders, or add the topic to src/lib/topics.ts.',
    );
  });

  it('dead links to a page and to a section', async () => {
    const { ok, output } = await buildFixture('dead-link');
    expect(ok).toBe(false);
    expect(output).toContain(
      'content/docker/links.mdx:12: "missing-page.html": docker/missing-page.html does not exist',
    );
    expect(output).toContain(
      'content/docker/links.mdx:12: "links.html#no-such-section": docker/links.html has no section #no-such-section',
    );
  });
});

describe('drafts', () => {
  it('never reach a production build, nor its navigation or search data', async () => {
    const { ok, output } = await buildFixture('drafts');
    expect(ok, output).toBe(true);
    const dist = join(process.cwd(), 'tests/.tmp/fixtures/drafts/dist');
    expect(existsSync(join(dist, 'docker/published.html'))).toBe(true);
    expect(existsSync(join(dist, 'docker/unfinished.html'))).toBe(false);
    for (const file of ['index.html', 'docker/index.html', 'docker/published.html', 'search/sections.js']) {
      expect(readFileSync(join(dist, file), 'utf8')).not.toContain('unfinished');
    }
  });
});

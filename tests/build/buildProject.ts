import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const astro = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * Builds the site with `content` as its notes folder, in its own copy of the project under
 * tests/.tmp/builds/<name> (node_modules is found by walking up), so that builds never share
 * Astro's generated files or cache with each other or with a real build.
 *
 * @param prepare runs in the copy before the build (to leave a previous dist/ there, say)
 */
export async function buildProject(
  name: string,
  content: string,
  prepare?: (root: string) => void,
): Promise<{ ok: boolean; output: string; root: string }> {
  const root = join(process.cwd(), 'tests/.tmp/builds', name);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const f of ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'])
    cpSync(f, join(root, f), { recursive: true });
  cpSync(content, join(root, 'content'), { recursive: true });
  prepare?.(root);
  try {
    const { stdout, stderr } = await run(process.execPath, [astro, 'build'], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, root };
  } catch (e) {
    const err = e as { stdout: string; stderr: string };
    return { ok: false, output: err.stdout + err.stderr, root };
  }
}

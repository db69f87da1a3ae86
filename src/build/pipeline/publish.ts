import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BuiltSite } from './site';

/** Writes the files the steps made into the build folder, each once. */
export function writeOutput(site: BuiltSite): number {
  for (const [path, content] of site.output) {
    mkdirSync(dirname(join(site.root, path)), { recursive: true });
    writeFileSync(join(site.root, path), content);
  }
  return site.output.size;
}

/**
 * Moves the finished build from its staging folder to the output folder, replacing the last
 * build at once. Until this step the output folder holds the previous build, untouched: a check
 * that fails leaves no half-written dist/.
 */
export function publish(staging: string, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  renameSync(staging, outDir);
}

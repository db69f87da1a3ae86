import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBuiltPage, type BuiltPage } from '../../lib/builtPage';
import { listFiles } from '../listFiles';

/** The built site in memory: every file read once, for every step. */
export interface BuiltSite {
  root: string;
  /** Every file Astro wrote, by site path. */
  files: Map<string, Buffer>;
  /** Files the steps make, written together once every step has run. */
  output: Map<string, Uint8Array | string>;
}

/** Reads the build folder once. */
export function readSite(root: string): BuiltSite {
  const files = new Map(listFiles(root).map((f) => [f, readFileSync(join(root, f))] as const));
  return { root, files, output: new Map() };
}

/** Every page of the site, parsed once (src/lib/builtPage.ts). */
export function parsePages(site: BuiltSite): Map<string, BuiltPage> {
  const pages = new Map<string, BuiltPage>();
  for (const [path, content] of site.files) {
    if (path.endsWith('.html')) pages.set(path, readBuiltPage(content.toString('utf8')));
  }
  return pages;
}

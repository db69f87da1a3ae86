import { scriptHash } from '../lib/contentSecurityPolicy';
import { bundleScript } from './bundleScript';

/**
 * Every client entry (a file of src/scripts/) that pages inline (src/components/InlineScript.astro).
 * The list is the Content-Security-Policy: the policy allows exactly these scripts, by the hash of
 * the bundler's output, and nothing else inline, whatever a page contains.
 */
export const INLINE_SCRIPTS = ['beforePaint.ts', 'tocInit.ts', 'page.ts', 'commandsPage.ts', 'notFound.ts'] as const;

export type InlineScriptEntry = (typeof INLINE_SCRIPTS)[number];

/** The CSP hash of each inline script, from the bundler's output. */
export async function siteScriptHashes(): Promise<string[]> {
  return Promise.all(INLINE_SCRIPTS.map(async (entry) => scriptHash(await bundleScript(entry))));
}

import { readdirSync } from 'node:fs';
import { TOPIC_IDS } from '../lib/topics';

/**
 * Throws when `contentDir` holds a folder that is not a declared topic, so that a note written into
 * `content/k8s/` by mistake fails the build instead of vanishing from the site.
 */
export function assertKnownTopics(contentDir: string): void {
  const folders = readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_'))
    .map((d) => d.name);
  const unknown = folders.filter((f) => !(TOPIC_IDS as string[]).includes(f));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown topic folder ${unknown.map((u) => `"${contentDir}/${u}/"`).join(', ')}. ` +
        `Topics are: ${TOPIC_IDS.join(', ')}. Move the notes into one of those folders, ` +
        `or add the topic to src/lib/topics.ts.`,
    );
  }
}

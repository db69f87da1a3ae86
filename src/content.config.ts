import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noteSchema } from './lib/noteSchema';
import { TOPICS } from './lib/topics';

/**
 * One collection per topic, all sharing the note schema. The files were checked before this runs
 * (src/integrations/notes.ts: a folder that is not a topic, a `.md` file, two names that differ
 * only in case, each note's frontmatter at its line), so the loader only loads.
 */
export const collections = Object.fromEntries(
  TOPICS.map((topic) => [
    topic.id,
    defineCollection({ loader: glob({ pattern: '[^_]*.mdx', base: `./content/${topic.id}` }), schema: noteSchema }),
  ]),
);

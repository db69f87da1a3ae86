import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noteSchema } from './lib/noteSchema';
import { TOPICS } from './lib/topics';
import { assertKnownTopics } from './lib/assertKnownTopics';

// A folder in content/ that is not a topic would be silently ignored: fail the build instead.
assertKnownTopics(process.env.NOTES_CONTENT_DIR ?? './content');

const contentDir = process.env.NOTES_CONTENT_DIR ?? './content';

/** One collection per topic, all sharing the note schema. */
export const collections = Object.fromEntries(
  TOPICS.map((topic) => [
    topic.id,
    defineCollection({
      loader: glob({ pattern: '**/[^_]*.mdx', base: `${contentDir}/${topic.id}` }),
      schema: noteSchema,
    }),
  ]),
);

import { defineCollection } from 'astro:content';
import { noteSchema } from './lib/noteSchema';
import { noteLoader } from './build/noteLoader';
import { TOPICS } from './lib/topics';
import { assertKnownTopics } from './build/assertKnownTopics';

/** Where the notes live, relative to the project root. */
const contentDir = './content';

// A folder in content/ that is not a topic would be silently ignored: fail the build instead.
assertKnownTopics(contentDir);

/** One collection per topic, all sharing the note schema. */
export const collections = Object.fromEntries(
  TOPICS.map((topic) => [
    topic.id,
    defineCollection({ loader: noteLoader(`${contentDir}/${topic.id}`), schema: noteSchema }),
  ]),
);

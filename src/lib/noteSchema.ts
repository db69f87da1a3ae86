import { z } from 'astro/zod';

/**
 * Frontmatter of one note (`content/<topic>/<slug>.mdx`). Every collection shares it.
 * The schema is the documentation of the data: each field says what it is for.
 */
export const noteSchema = z
  .object({
    /** Page title, shown as the page's only h1 and in the sidebar. */
    title: z.string().min(3, 'Give the note a title of at least 3 characters.'),
    /** One or two sentences: shown under the title, on topic pages and in search results. */
    description: z.string().min(20, 'Write a description of at least 20 characters.'),
    /** Position of the note inside its topic (1 = first). */
    order: z.number().int().positive(),
    /** Free keywords, also used as search aliases. */
    tags: z.array(z.string()).default([]),
    /** When the note was first published. */
    published: z.coerce.date(),
    /** When the note was last checked and updated (shown as "Last updated"). */
    updated: z.coerce.date(),
    /** Drafts are built in `astro dev` only, never in a production build. */
    draft: z.boolean().default(false),
    /** Tool versions the note was checked against, e.g. `{ "Docker Engine": "28", "Compose": "v2" }`. */
    checkedAgainst: z.record(z.string(), z.string()).refine((v) => Object.keys(v).length > 0, {
      message: 'List at least one tool version the note was checked against, e.g. { "Docker Engine": "28" }.',
    }),
  })
  .strict()
  .refine((d) => d.updated >= d.published, {
    message: '`updated` must not be earlier than `published`.',
    path: ['updated'],
  });

export type NoteFrontmatter = z.infer<typeof noteSchema>;

import { z } from 'astro/zod';

/**
 * A calendar date written YYYY-MM-DD. YAML parsers differ: Astro's reads an unquoted 2026-11-26 as
 * a Date, the build's checks (the `yaml` package, YAML 1.2) as a string. Both are accepted; any
 * other form (26/11/2026, "Nov 26 2026") and any date that does not exist (2026-02-30) is refused
 * with the format, instead of zod's "expected date, received Date".
 */
const DATE_FORMAT = 'Write the date as YYYY-MM-DD, for example 2026-11-26';
const DAY = 24 * 60 * 60 * 1000;

const noteDate = z
  .union([z.date(), z.string()], { error: (issue) => (issue.input === undefined ? 'missing' : DATE_FORMAT) })
  .transform((value, ctx) => {
    const text =
      value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)) : value;
    const date = new Date(`${text}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `${DATE_FORMAT} (not ${JSON.stringify(String(value))})` });
      return z.NEVER;
    }
    return date;
  });

/** The `searchPhrases` key of a note's introduction (the text above its first heading). */
export const INTRO_PHRASES = 'intro';

/** One entry of `checkedAgainst`: a release of src/data/versions.yaml and the day it was checked. */
export const checkedAgainstEntry = z
  .object({
    /** Tool id, a key of src/data/versions.yaml: `kubernetes`, `docker-engine`. */
    tool: z.string().min(1),
    /** One of that tool's release lines, quoted: `"1.37"`. */
    version: z.string({ error: 'write the version as a quoted string, e.g. "1.37"' }).min(1),
    /** The day the note was last checked against that release. */
    checked: noteDate,
  })
  .strict();

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
    /** Keywords the whole page is also found by in search (the page's introduction carries them). */
    tags: z.array(z.string()).default([]),
    /**
     * How readers ask for each section, when their words are not the section's: a list of phrases
     * (tasks, questions, symptoms, everyday words) by the anchor of an h2 or h3 of the note, e.g.
     * `view-container-logs: ["see what a container printed", "container output"]`. Search indexes
     * them as hidden words of that section (src/lib/search/buildSearchData.ts); the page does not
     * show them. The key `intro` (INTRO_PHRASES) is the page's introduction, the text above its
     * first heading, which answers questions about the page's subject as a whole. The build fails
     * on an anchor the note does not have (src/lib/model/checkNote.ts).
     */
    searchPhrases: z
      .record(
        z.string(),
        z
          .array(z.string().trim().min(2, 'write phrases of at least 2 characters'), {
            error: 'write the phrases as a list: `["container output", "see what it printed"]`',
          })
          .min(1, 'give at least one phrase'),
        {
          error:
            'write it as a map of section anchors to lists of phrases: `view-container-logs: ["container output"]`',
        },
      )
      .default({}),
    /** When the note was first published. */
    published: noteDate,
    /** When the note was last checked and updated (shown as "Last updated"). */
    updated: noteDate,
    /** Drafts are built in `astro dev` only, never in a production build. */
    draft: z.boolean().default(false),
    /**
     * The tool releases the note was checked against, and when: a list of entries of
     * src/data/versions.yaml, e.g. `- { tool: kubernetes, version: "1.37", checked: 2026-12-01 }`.
     * The build also fails on an unknown tool or version and warns about a release past its end of
     * life (src/lib/checkCheckedAgainst.ts).
     */
    checkedAgainst: z
      .array(checkedAgainstEntry, {
        error: (issue) =>
          issue.input === undefined
            ? undefined
            : 'write it as a list of releases from src/data/versions.yaml, one line each: ' +
              '`- { tool: kubernetes, version: "1.37", checked: 2026-12-01 }`. ' +
              'The old form `{ "Kubernetes": "1.34" }` is no longer read',
      })
      .min(1, 'list at least one tool release the note was checked against')
      .refine((list) => new Set(list.map((c) => `${c.tool}@${c.version}`)).size === list.length, {
        message: 'list each tool release only once',
      }),
  })
  .strict()
  .refine((d) => d.updated >= d.published, {
    message: '`updated` must not be earlier than `published`.',
    path: ['updated'],
  })
  // A day of slack: the writer's today may be the build machine's tomorrow.
  .refine((d) => d.updated.getTime() <= Date.now() + DAY, {
    message: '`updated` is a day still to come: write the day the note was last checked, YYYY-MM-DD.',
    path: ['updated'],
  });

export type NoteFrontmatter = z.infer<typeof noteSchema>;
export type CheckedAgainst = z.infer<typeof checkedAgainstEntry>;

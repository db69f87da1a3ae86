import { z } from 'astro/zod';

/** A calendar day written `YYYY-MM-DD`, read as midnight UTC of that day. */
const day = z.iso.date({ error: 'Write the date as YYYY-MM-DD.' }).transform((d) => new Date(`${d}T00:00:00Z`));

/** One supported release line of a tool, e.g. Kubernetes 1.37. */
export const releaseSchema = z
  .object({
    /** The release line as the notes cite it: `"1.37"`, `"29"`. Quote it: YAML reads 1.30 as 1.3. */
    version: z.string({ error: 'Write the version as a quoted string, e.g. "1.37".' }).min(1),
    /** First release of that line. */
    released: day,
    /** The day support ends, or `null` when none is announced. */
    endOfLife: day.nullable(),
    /** The official page that gives these dates. */
    source: z.url({ error: 'Give the official page of the release as an https:// URL.' }),
  })
  .strict()
  .refine((r) => !(r.endOfLife instanceof Date && r.released instanceof Date) || r.endOfLife >= r.released, {
    message: '`endOfLife` must not be earlier than `released`.',
    path: ['endOfLife'],
  });

/** One tool: the name readers see and its release lines. */
export const toolSchema = z
  .object({
    /** The tool's name on the pages: `Kubernetes`, `Docker Engine`. */
    name: z.string().min(1),
    /** Its release lines, newest first by convention. */
    releases: z
      .array(releaseSchema)
      .min(1, 'List at least one release.')
      .refine((list) => new Set(list.map((r) => r.version)).size === list.length, {
        message: 'Each version may appear only once.',
      }),
  })
  .strict();

/**
 * src/data/versions.yaml: the tool releases the notes are checked against, by tool id. The ids are
 * what a note's `checkedAgainst` entries name (`{ tool: kubernetes, version: "1.37", … }`).
 */
export const versionsSchema = z.record(z.string(), toolSchema).superRefine((tools, ctx) => {
  for (const id of Object.keys(tools).filter((id) => !/^[a-z][a-z0-9-]*$/.test(id))) {
    ctx.addIssue({
      code: 'custom',
      path: [id],
      message: `Tool ids are lower-case words joined by hyphens, e.g. docker-engine: rename "${id}".`,
    });
  }
});

export type Release = z.infer<typeof releaseSchema>;
export type Tool = z.infer<typeof toolSchema>;
export type Versions = z.infer<typeof versionsSchema>;

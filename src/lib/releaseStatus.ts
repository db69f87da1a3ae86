import type { Release, Tool } from './versionsSchema';

/** Whether a release's support has ended on `day` (it ends at the start of its end-of-life day). */
export const isPastEndOfLife = (release: Pick<Release, 'endOfLife'>, day: Date): boolean =>
  release.endOfLife !== null && day.getTime() >= release.endOfLife.getTime();

/** The versions of a tool still supported on `day`, in the file's order (newest first). */
export const supportedVersions = (tool: Tool, day: Date): string[] =>
  tool.releases.filter((r) => !isPastEndOfLife(r, day)).map((r) => r.version);

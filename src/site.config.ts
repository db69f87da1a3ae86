import { z } from 'astro/zod';

/** Site-wide settings, validated when the build starts. */
const siteConfigSchema = z.object({
  /** Name shown in the header and in every page title. */
  title: z.string(),
  /** What the site is, for the home page and the meta description. */
  description: z.string(),
  /**
   * The repository the notes are edited in, e.g. `https://github.com/owner/repo`. Every note's
   * "Edit this page" link comes from it (editUrl()); with no repository set, there is no edit link:
   * a link to a repository nobody has confirmed would be a guess.
   */
  repositoryUrl: z.url().optional(),
  /** The branch edits are made on. */
  repositoryBranch: z.string().default('main'),
  /** The author of the original notes, credited in the footer. */
  author: z.string(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export const SITE: SiteConfig = siteConfigSchema.parse({
  title: 'Docker & Kubernetes notes',
  description:
    'Reference notes on Docker, Docker Compose, CI/CD on AWS and Kubernetes: every command with what it does, its official reference, and copy buttons that copy only what you should paste.',
  author: 'saurabhp75',
});

/**
 * Where a file of the repository is edited (GitHub's and Gitea's `/edit/<branch>/<path>`), or
 * undefined when the site names no repository.
 */
export function editUrl(file: string, site: Pick<SiteConfig, 'repositoryUrl' | 'repositoryBranch'> = SITE) {
  if (!site.repositoryUrl) return undefined;
  return `${site.repositoryUrl.replace(/\/+$/, '')}/edit/${site.repositoryBranch}/${file.replace(/^\/+/, '')}`;
}

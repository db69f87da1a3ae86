import { z } from 'astro/zod';

/** Site-wide settings, validated when the build starts. */
const siteConfigSchema = z.object({
  /** Name shown in the header and in every page title. */
  title: z.string(),
  /** What the site is, for the home page and the meta description. */
  description: z.string(),
  /** Where a note's source is edited: the file path inside the repository is appended. */
  editBaseUrl: z.url(),
  /** The author of the original notes, credited in the footer. */
  author: z.string(),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

export const SITE: SiteConfig = siteConfigSchema.parse({
  title: 'Docker & Kubernetes notes',
  description:
    'Reference notes on Docker, Docker Compose, CI/CD on AWS and Kubernetes: every command with what it does, its official reference, and copy buttons that copy only what you should paste.',
  editBaseUrl: 'https://github.com/saurabhp75/docker-k8s-notes/edit/main/',
  author: 'saurabhp75',
});

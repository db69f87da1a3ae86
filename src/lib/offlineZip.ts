import { MANIFEST_PATH } from './offline/manifest';

/** The download of the export; every page's footer links it (src/components/Footer.astro). */
export const ZIP_NAME = 'docker-k8s-notes.zip';
/** The folder the zip unpacks into. */
export const ZIP_FOLDER = 'docker-k8s-notes';
/** The service worker, with the list of files to precache. */
export const SERVICE_WORKER = 'sw.js';
/**
 * The files the post-build steps add to what Astro rendered (pagefind's index aside): the zip,
 * the worker and the manifest of the offline copy (src/lib/offline/manifest.ts), which states the
 * zip's size: the pages cannot, since the zip holds them.
 */
export const PIPELINE_FILES = [ZIP_NAME, SERVICE_WORKER, MANIFEST_PATH] as const;

/** The download of the export; every page's footer links it (src/components/Footer.astro). */
export const ZIP_NAME = 'docker-k8s-notes.zip';
/** Written into the pages at render time; the build replaces it with the zip's measured size. */
export const ZIP_SIZE_MARKER = '__OFFLINE_ZIP_SIZE__';

import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { transformerMetaHighlight } from '@shikijs/transformers';
import pagefind from './src/integrations/pagefind';
import linkCheck from './src/integrations/linkCheck';
import searchData from './src/integrations/searchData';
import printView from './src/integrations/printView';
import csp from './src/integrations/csp';
import { offlineZip, serviceWorker } from './src/integrations/offline';
import { transformerShellSession } from './src/shiki/shellSession';
import { transformerPlaceholders } from './src/shiki/placeholders';
import { transformerCodeFrame } from './src/shiki/codeFrame';

export default defineConfig({
  site: 'https://notes.example.org',
  // One build for the web and the disk: every page is a real .html file (docker/index.html,
  // docker/container-lifecycle.html) and links point at those files (see src/lib/urls.ts).
  build: { format: 'preserve', inlineStylesheets: 'always' },
  trailingSlash: 'ignore',
  // Build steps, in this order on astro:build:done: fill the print view; write the search data;
  // add the Content-Security-Policy to every page; zip the export (pages link the zip); check
  // every link; index with pagefind; write the service worker with the list of every file.
  integrations: [mdx(), printView(), searchData(), csp(), offlineZip(), linkCheck(), pagefind(), serviceWorker()],
  markdown: {
    shikiConfig: {
      // Both themes as CSS variables; src/styles/global.css picks one with light-dark().
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      langAlias: { console: 'shellscript', shell: 'shellscript', dockerfile: 'docker' },
      // Order matters: the session parser rewrites the code before the others see its tokens.
      transformers: [
        transformerShellSession(),
        transformerPlaceholders(),
        transformerMetaHighlight(),
        transformerCodeFrame(),
      ],
    },
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler warns about
        // every one of them although Astro handles it. Keep the build log for real problems.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});

import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { transformerMetaHighlight } from '@shikijs/transformers';
import notes from './src/integrations/notes';
import { transformerShellSession } from './src/shiki/shellSession';
import { transformerPlaceholders } from './src/shiki/placeholders';
import { transformerCodeFrame } from './src/shiki/codeFrame';
import { CODE_THEMES } from './src/shiki/themes';
import { transformerTokenClasses } from './src/shiki/tokenClasses';
import { LANG_ALIAS } from './src/lib/codeLanguages';

export default defineConfig({
  site: 'https://notes.example.org',
  // One build for the web and the disk: every page is a real .html file (docker/index.html,
  // docker/container-lifecycle.html) and links point at those files (see src/lib/urls.ts).
  build: { format: 'preserve', inlineStylesheets: 'always' },
  trailingSlash: 'ignore',
  // The notes' build: the content model and its checks before rendering, the post-build pipeline
  // after (src/integrations/notes.ts lists every step in its order).
  integrations: [mdx(), notes()],
  markdown: {
    shikiConfig: {
      // Both themes as CSS variables; src/styles/global.css picks one with light-dark().
      themes: CODE_THEMES,
      defaultColor: false,
      // The languages a fence may name, aliases included, are in src/lib/codeLanguages.ts.
      langAlias: { ...LANG_ALIAS },
      // Order matters: the session parser rewrites the code before the others see its tokens, and
      // the token colours become classes last, once every other transformer has written its spans.
      transformers: [
        transformerShellSession(),
        transformerPlaceholders(),
        transformerMetaHighlight(),
        transformerCodeFrame(),
        transformerTokenClasses(),
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

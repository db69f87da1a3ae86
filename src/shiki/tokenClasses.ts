import type { ShikiTransformer } from 'shiki';
import type { Root, RootContent } from 'hast';
import { THEME_DATA } from './themes';
import {
  tokenPalette,
  tokenClassCss,
  tokenClassesFor,
  type FrameColours,
  type TokenPalettes,
} from '../lib/tokenClasses';

/** Each theme's colours, in a fixed order (src/lib/tokenClasses.ts). */
export const PALETTES: TokenPalettes = {
  light: tokenPalette(THEME_DATA.light),
  dark: tokenPalette(THEME_DATA.dark),
};

/** The colours of every block's frame, which Shiki writes on each `<pre>`. */
const FRAME: FrameColours = {
  light: { fg: THEME_DATA.light.colors?.['editor.foreground'], bg: THEME_DATA.light.colors?.['editor.background'] },
  dark: { fg: THEME_DATA.dark.colors?.['editor.foreground'], bg: THEME_DATA.dark.colors?.['editor.background'] },
};

/** The stylesheet rules for the classes {@link transformerTokenClasses} writes (in assets/site.*.css). */
export const TOKEN_CLASS_CSS = tokenClassCss(PALETTES, FRAME);

/**
 * Shiki writes each token's two colours as a style attribute,
 * `style="--shiki-light:#0A3069;--shiki-dark:#A5D6FF"`: 52 bytes on each of some 10,000 tokens,
 * a sixth of a code-heavy page. This writes `class="tl4 td9"` instead, whose rules the shared
 * stylesheet holds once, and drops the frame colours every block repeats (`<pre style>`). A style
 * with anything else in it (a colour outside the theme, a font style) is left as Shiki wrote it.
 * Hand-written: @shikijs/transformers' transformerStyleToClass builds its CSS only after every
 * block is highlighted, too late for a stylesheet that every page links by its content hash.
 */
export function transformerTokenClasses(): ShikiTransformer {
  return {
    name: 'notes:token-classes',
    root(root: Root) {
      const visit = (node: Root | RootContent) => {
        if (node.type !== 'element' && node.type !== 'root') return;
        if (node.type === 'element') {
          const style = node.properties.style;
          const result =
            typeof style === 'string' && tokenClassesFor(style, PALETTES, node.tagName === 'pre' ? FRAME : undefined);
          if (result) {
            if (result.style) node.properties.style = result.style;
            else delete node.properties.style;
            if (result.classes.length) this.addClassToHast(node, result.classes);
          }
        }
        for (const child of node.children) visit(child);
      };
      visit(root);
    },
  };
}

import type { ShikiTransformer } from 'shiki';
import type { Element, Root, RootContent } from 'hast';
import { THEME_DATA } from './themes';
import { tokenPalette, tokenClassCss, tokenClassesFor, type TokenPalettes } from '../lib/tokenClasses';

/** Each theme's colours, in a fixed order (src/lib/tokenClasses.ts). */
export const PALETTES: TokenPalettes = {
  light: tokenPalette(THEME_DATA.light),
  dark: tokenPalette(THEME_DATA.dark),
};

/** The stylesheet rules for the classes {@link transformerTokenClasses} writes (in assets/site.*.css). */
export const TOKEN_CLASS_CSS = tokenClassCss(PALETTES, {
  light: { fg: THEME_DATA.light.colors?.['editor.foreground'], bg: THEME_DATA.light.colors?.['editor.background'] },
  dark: { fg: THEME_DATA.dark.colors?.['editor.foreground'], bg: THEME_DATA.dark.colors?.['editor.background'] },
});

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
        if (node.type === 'element') rewrite(node);
        for (const child of node.children) visit(child);
      };
      visit(root);
    },
  };
}

function rewrite(el: Element) {
  const style = el.properties?.style;
  if (typeof style !== 'string') return;
  const result = tokenClassesFor(style, PALETTES, el.tagName === 'pre');
  if (!result) return;
  if (result.style) el.properties.style = result.style;
  else delete el.properties.style;
  if (!result.classes.length) return;
  // Shiki's hast writes `class` (a string or a list), where hast's own utilities write `className`.
  const key = 'className' in el.properties && !('class' in el.properties) ? 'className' : 'class';
  const existing = el.properties[key];
  const list = Array.isArray(existing)
    ? existing.map(String)
    : typeof existing === 'string'
      ? existing.split(/\s+/)
      : [];
  const classes = [...list.filter(Boolean), ...result.classes];
  if (key === 'class') el.properties.class = classes.join(' ');
  else el.properties.className = classes;
}

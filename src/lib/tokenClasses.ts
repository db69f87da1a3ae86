/**
 * Shiki's token colours as classes (src/shiki/tokenClasses.ts): each theme's colours get a fixed
 * index, `tl<i>` for the light theme and `td<i>` for the dark, and one stylesheet rule each.
 */

/** Each theme's colours, lower-case `#rrggbb`/`#rrggbbaa`, in the order they first appear in the theme. */
export interface TokenPalettes {
  light: string[];
  dark: string[];
}

interface ThemeLike {
  colors?: Record<string, string>;
  tokenColors?: { settings?: { foreground?: string } }[];
}

const HEX = /^#[0-9a-f]{6}(?:[0-9a-f]{2})?$/;

/** Every foreground colour a theme can give a token, the editor's foreground first. */
export function tokenPalette(theme: ThemeLike): string[] {
  const colours = [
    theme.colors?.['editor.foreground'],
    ...(theme.tokenColors ?? []).map((t) => t.settings?.foreground),
  ];
  const seen = new Set<string>();
  for (const c of colours) {
    const hex = c?.toLowerCase();
    if (hex && HEX.test(hex)) seen.add(hex);
  }
  return [...seen];
}

/** The frame colours Shiki writes on every `<pre>`; the stylesheet sets them once. */
export interface FrameColours {
  light: { fg?: string | undefined; bg?: string | undefined };
  dark: { fg?: string | undefined; bg?: string | undefined };
}

/** The rules for every class of both palettes, and the frame colours of `pre.astro-code`. */
export function tokenClassCss(palettes: TokenPalettes, frame: FrameColours): string {
  const rules = [
    ...palettes.light.map((c, i) => `.astro-code .tl${i}{--shiki-light:${c}}`),
    ...palettes.dark.map((c, i) => `.astro-code .td${i}{--shiki-dark:${c}}`),
  ];
  const vars = [
    frame.light.fg && `--shiki-light:${frame.light.fg.toLowerCase()}`,
    frame.dark.fg && `--shiki-dark:${frame.dark.fg.toLowerCase()}`,
    frame.light.bg && `--shiki-light-bg:${frame.light.bg.toLowerCase()}`,
    frame.dark.bg && `--shiki-dark-bg:${frame.dark.bg.toLowerCase()}`,
  ].filter(Boolean);
  return [`pre.astro-code{${vars.join(';')}}`, ...rules].join('\n');
}

/**
 * The classes for an element's style attribute, and what is left of the style; undefined when the
 * style has a colour outside the palettes (it stays as it is). For a `<pre>`, pass the frame
 * colours the stylesheet sets (see {@link tokenClassCss}): those go when the block has exactly
 * them, and so does `overflow-x:auto` (also set there); a block with other colours keeps its own.
 */
export function tokenClassesFor(
  style: string,
  palettes: TokenPalettes,
  frame?: FrameColours,
): { classes: string[]; style: string } | undefined {
  const frameValues: Record<string, string | undefined> = {
    '--shiki-light': frame?.light.fg,
    '--shiki-dark': frame?.dark.fg,
    '--shiki-light-bg': frame?.light.bg,
    '--shiki-dark-bg': frame?.dark.bg,
  };
  const declarations = style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => {
      const at = d.indexOf(':');
      return [d.slice(0, at).trim(), d.slice(at + 1).trim()] as const;
    });
  const classes: string[] = [];
  const rest: string[] = [];
  for (const [name, value] of declarations) {
    if (frame && frameValues[name]?.toLowerCase() === value.toLowerCase()) continue;
    if (frame && name === 'overflow-x' && value === 'auto') continue;
    if (name === '--shiki-light' || name === '--shiki-dark') {
      const palette = name === '--shiki-light' ? palettes.light : palettes.dark;
      const index = palette.indexOf(value.toLowerCase());
      if (index < 0) return undefined;
      classes.push(`${name === '--shiki-light' ? 'tl' : 'td'}${index}`);
      continue;
    }
    rest.push(`${name}:${value}`);
  }
  return { classes, style: rest.join(';') };
}

import { describe, expect, it } from 'vitest';
import { tokenClassCss, tokenClassesFor, tokenPalette } from '~/lib/tokenClasses';
import { shellAssetKind, shellAssetPath } from '~/lib/offline/shellAssets';

const palettes = { light: ['#1f2328', '#0a3069'], dark: ['#e6edf3', '#a5d6ff'] };

describe('tokenPalette', () => {
  it("lists the editor's foreground first, then each token colour once, lower-case", () => {
    expect(
      tokenPalette({
        colors: { 'editor.foreground': '#1F2328' },
        tokenColors: [
          { settings: { foreground: '#0A3069' } },
          { settings: {} },
          { settings: { foreground: '#0a3069' } },
          { settings: { foreground: 'red' } },
        ],
      }),
    ).toEqual(['#1f2328', '#0a3069']);
  });
});

describe('tokenClassesFor', () => {
  it("turns a token's two colours into one class per theme", () => {
    expect(tokenClassesFor('--shiki-light:#0A3069;--shiki-dark:#A5D6FF', palettes)).toEqual({
      classes: ['tl1', 'td1'],
      style: '',
    });
  });

  it('keeps what is not a colour (a font style) as style', () => {
    expect(
      tokenClassesFor('--shiki-light:#1F2328;--shiki-dark:#E6EDF3;--shiki-light-font-style:italic', palettes),
    ).toEqual({ classes: ['tl0', 'td0'], style: '--shiki-light-font-style:italic' });
  });

  it('leaves a style alone when a colour is outside the theme', () => {
    expect(tokenClassesFor('--shiki-light:#123456;--shiki-dark:#E6EDF3', palettes)).toBeUndefined();
  });

  const frame = { light: { fg: '#1F2328', bg: '#ffffff' }, dark: { fg: '#e6edf3', bg: '#0d1117' } };
  const frameStyle = (bg: string) =>
    `--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:${bg};--shiki-dark-bg:#0d1117;overflow-x:auto`;

  it("drops a frame's colours when they are the stylesheet's", () => {
    expect(tokenClassesFor(frameStyle('#ffffff'), palettes, frame)).toEqual({ classes: [], style: '' });
  });

  it('keeps the colours of a frame that has others', () => {
    expect(tokenClassesFor(frameStyle('#fafafa'), palettes, frame)).toEqual({
      classes: [],
      style: '--shiki-light-bg:#fafafa',
    });
  });
});

describe('tokenClassCss', () => {
  it('writes one rule per colour, and the frame colours of every block', () => {
    expect(
      tokenClassCss(palettes, {
        light: { fg: '#1F2328', bg: '#ffffff' },
        dark: { fg: '#e6edf3', bg: '#0d1117' },
      }).split('\n'),
    ).toEqual([
      'pre.astro-code{--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117}',
      '.astro-code .tl0{--shiki-light:#1f2328}',
      '.astro-code .tl1{--shiki-light:#0a3069}',
      '.astro-code .td0{--shiki-dark:#e6edf3}',
      '.astro-code .td1{--shiki-dark:#a5d6ff}',
    ]);
  });
});

describe('shell assets', () => {
  it('names a file by its kind and content hash, and reads the kind back under any prefix', () => {
    const path = shellAssetPath('site', '3f9c2a1b7e', 'css');
    expect(path).toBe('assets/site.3f9c2a1b7e.css');
    expect(shellAssetKind(path)).toBe('site.css');
    expect(shellAssetKind('/notes/assets/page.0a1b2c3d4e.js')).toBe('page.js');
    expect(shellAssetKind('assets/site.css')).toBeUndefined();
    expect(shellAssetKind('search/engine.js')).toBeUndefined();
  });
});

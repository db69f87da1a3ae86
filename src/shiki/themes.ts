import { bundledThemes, type ThemeRegistrationResolved } from 'shiki';

/** The code themes, one per colour scheme: Shiki writes both as CSS variables (`defaultColor: false`). */
export const CODE_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;

const load = async (name: keyof typeof bundledThemes) =>
  (await bundledThemes[name]()).default as unknown as ThemeRegistrationResolved;

/** Both themes' definitions, loaded once. */
export const THEME_DATA = { light: await load(CODE_THEMES.light), dark: await load(CODE_THEMES.dark) };

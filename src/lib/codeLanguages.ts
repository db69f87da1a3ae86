import { bundledLanguages, isSpecialLang } from 'shiki';

/**
 * The languages a code fence may name: the one list, read by the Shiki config (astro.config.ts)
 * and by the snippet checks (src/lib/snippets/checkFence.ts), so a block the checks accept is one
 * the site highlights. Astro highlights with Shiki's full bundle: a language is accepted when Shiki
 * bundles it (or one of its aliases), when it is one of Shiki's plain languages (`text`, `txt`,
 * `plaintext` …), or when it is one of the site's aliases below. Anything else Astro renders as
 * plain text with only a warning in the log.
 */

/** The site's own aliases, given to Shiki as `langAlias`. */
export const LANG_ALIAS: Readonly<Record<string, string>> = {
  console: 'shellscript',
  shell: 'shellscript',
  dockerfile: 'docker',
};

/** The languages the notes use (docs/WRITING.md, "Snippets"): the first ones a typo is compared with. */
export const NOTE_LANGUAGES = ['shell', 'yaml', 'json', 'dockerfile', 'text'] as const;

/** Whether the site highlights (or shows as plain text on purpose) a block of language `lang`. */
export function isKnownLanguage(lang: string): boolean {
  const name = Object.hasOwn(LANG_ALIAS, lang) ? LANG_ALIAS[lang]! : lang;
  return isSpecialLang(lang) || Object.hasOwn(bundledLanguages, name);
}

/** Every language name the site accepts, for "did you mean". */
export function knownLanguages(): string[] {
  return [...NOTE_LANGUAGES, ...Object.keys(LANG_ALIAS), ...Object.keys(bundledLanguages), 'text', 'plaintext', 'txt'];
}

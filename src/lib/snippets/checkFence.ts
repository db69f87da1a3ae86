import { NOTE_LANGUAGES, isKnownLanguage, knownLanguages } from '../codeLanguages';
import { CODE_META_ATTRIBUTES } from '../codeMeta';
import { didYouMean, orList } from '../shell/didYouMean';
import type { SnippetMeta } from './snippetMeta';

const attributeList = orList([...CODE_META_ATTRIBUTES]);
const noteLanguageList = orList([...NOTE_LANGUAGES]);

/**
 * The problems of a code fence's line itself: a language the site does not highlight (` ```ymal `,
 * rendered as plain text and not checked) and a meta attribute or word nothing reads
 * (`titel="compose.yaml"`, dropped without a header). `partial` and `fragment` are checked by
 * checkSnippet. Suggestions use edit distance (didYouMean), which sees `ymal` → `yaml`; a letter-
 * pair measure does not, as a transposition shares no pair.
 */
export function checkFence(lang: string, meta: SnippetMeta): string[] {
  const problems: string[] = [];
  if (lang && !isKnownLanguage(lang)) {
    // The notes' own languages first, so `ymal` is `yaml` rather than Shiki's alias `yml`.
    const near = didYouMean(lang, NOTE_LANGUAGES, 1);
    const suggestion = near.length ? near : didYouMean(lang, knownLanguages(), 1);
    const what = `unknown language \`${lang}\` (the block is neither highlighted nor checked)`;
    const shiki = 'https://shiki.style/languages';
    problems.push(
      suggestion.length
        ? `${what}: did you mean ${orList(suggestion)}? The notes use ${noteLanguageList} (docs/WRITING.md); any other language Shiki highlights is accepted (${shiki}).`
        : `${what}: use ${noteLanguageList} (docs/WRITING.md), or another language Shiki highlights (${shiki}).`,
    );
  }
  for (const name of Object.keys(meta.attributes)) {
    if ((CODE_META_ATTRIBUTES as readonly string[]).includes(name)) continue;
    const near = didYouMean(name, CODE_META_ATTRIBUTES, 1);
    problems.push(
      `unknown attribute \`${name}\` in the code fence, which nothing reads: ${near.length ? `did you mean ${orList(near)}?` : `a fence has ${attributeList} (docs/WRITING.md).`}`,
    );
  }
  if (meta.prompt !== undefined && meta.prompt !== '#')
    problems.push(
      `\`prompt="${meta.prompt}"\`: the only other prompt is the root prompt, \`prompt="#"\`; \`$ \` needs no attribute.`,
    );
  for (const word of meta.words) {
    if (word === 'partial') continue;
    const near = didYouMean(word.replace(/=.*/, ''), CODE_META_ATTRIBUTES, 1);
    problems.push(
      `unknown word \`${word}\` in the code fence, which nothing reads: ${near.length ? `did you mean ${orList(near)}?` : `a fence has ${attributeList} (\`title="compose.yaml"\`) and a line range such as \`{3-4}\` (docs/WRITING.md).`}`,
    );
  }
  return problems;
}

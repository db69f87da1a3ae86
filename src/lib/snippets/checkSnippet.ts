import { SHELL_LANGS } from '../shellSession';
import { checkFence } from './checkFence';
import { checkDockerfileSnippet } from './checkDockerfileSnippet';
import { checkJson } from './checkJson';
import { checkShellBlock } from './checkShellBlock';
import { checkYaml } from './checkYaml';
import { FRAGMENT_KINDS, isFragmentKind, type FragmentKind } from './fragments';
import { snippetMeta } from './snippetMeta';
import type { LocalProblem, Snippet, SnippetProblem, SnippetReport } from './types';

const YAML = new Set(['yaml', 'yml']);
const DOCKERFILE = new Set(['dockerfile', 'docker']);
const kindList = Object.keys(FRAGMENT_KINDS).join(', ');

/**
 * Checks one code block of a note and says what it checked. Every problem is at a line of the note
 * file: `snippet.line` is the line of the block's first code line, and a check's line inside the
 * block is added to it.
 */
export function checkSnippetReport(snippet: Snippet): SnippetReport {
  const lang = snippet.lang.toLowerCase();
  const meta = snippetMeta(snippet.meta);
  const checked: SnippetReport['checked'] = {};
  const count = { commands: 0, inGrammar: 0 };
  const local: LocalProblem[] = [];
  const atFence = (message: string) => ({ line: snippet.line - 1, message });

  let fragment: FragmentKind | undefined;
  const fenceProblems: SnippetProblem[] = checkFence(lang, meta).map(atFence);
  if (meta.words.includes('partial'))
    fenceProblems.push(
      atFence(
        `\`partial\` is no longer a marker: say which part of a file this is with \`fragment="…"\` (one of ${kindList}).`,
      ),
    );
  if (meta.fragment !== undefined) {
    if (!isFragmentKind(meta.fragment))
      fenceProblems.push(
        atFence(`unknown fragment kind \`${meta.fragment}\`: use one of ${kindList} (docs/WRITING.md).`),
      );
    else if (
      FRAGMENT_KINDS[meta.fragment].lang !== (YAML.has(lang) ? 'yaml' : DOCKERFILE.has(lang) ? 'dockerfile' : lang)
    )
      fenceProblems.push(
        atFence(`fragment \`${meta.fragment}\` is a ${FRAGMENT_KINDS[meta.fragment].lang} fragment, not ${lang}.`),
      );
    else fragment = meta.fragment;
  }
  if (fenceProblems.length) return { problems: fenceProblems, checked };

  if (SHELL_LANGS.has(lang)) local.push(...checkShellBlock(snippet.code, meta.prompt === '#', count));
  else if (YAML.has(lang)) local.push(...checkYaml(snippet.code, meta.title, fragment, checked, count));
  else if (lang === 'json') local.push(...checkJson(snippet.code, meta.title, checked));
  else if (DOCKERFILE.has(lang)) {
    checked[fragment ? 'fragment' : 'Dockerfile'] = 1;
    local.push(...checkDockerfileSnippet(snippet.code, fragment === 'dockerfile-stage', count));
  } else checked['unchecked text'] = 1;

  if (count.commands) {
    checked['shell command'] = count.commands;
    checked['shell command in grammar'] = count.inGrammar;
  }
  const problems = local.map((p) => ({ line: snippet.line + p.line - 1, message: p.message }));
  return { problems, checked };
}

/** The snippet checks' entry point for the content model: the problems of one code block. */
export function checkSnippet(snippet: Snippet): SnippetProblem[] {
  return checkSnippetReport(snippet).problems;
}

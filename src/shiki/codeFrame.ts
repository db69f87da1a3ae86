import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';
import { isShellLang } from '../lib/shellSession';
import { parseCodeMeta } from '../lib/codeMeta';
import { CLASS } from '../lib/markup';

/** Names shown in a frame's header when a block has no title. */
const LANGUAGE_NAMES: Record<string, string> = {
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  dockerfile: 'Dockerfile',
  docker: 'Dockerfile',
  ini: 'INI',
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  nginx: 'nginx',
  text: 'Text',
};

/** Reads `title="compose.yaml"` (or single quotes) from a code block's meta string. */
export function readTitle(meta: string | undefined): string | undefined {
  return parseCodeMeta(meta).title;
}

/**
 * Wraps every block in a frame: `<figure class="code-frame">` with a header that names the file
 * (`title="…"`) or the language, and a terminal look for shell sessions. The copy buttons are added
 * to the header by src/scripts/copy.ts.
 */
export function transformerCodeFrame(): ShikiTransformer {
  return {
    name: 'notes:code-frame',
    root(root) {
      const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
      if (!pre) return;
      const lang = this.options.lang;
      const title = readTitle(this.options.meta?.__raw);
      const terminal = isShellLang(lang);
      const label = title ?? (terminal ? 'Terminal' : (LANGUAGE_NAMES[lang] ?? lang));
      const header: Element = {
        type: 'element',
        tagName: 'figcaption',
        properties: { class: CLASS.codeHeader },
        children: [
          ...(terminal
            ? [
                {
                  type: 'element' as const,
                  tagName: 'span',
                  properties: { class: 'terminal-dots', 'aria-hidden': 'true' },
                  children: [],
                },
              ]
            : []),
          {
            type: 'element',
            tagName: 'span',
            properties: { class: title ? 'code-title' : 'code-lang' },
            children: [{ type: 'text', value: label }],
          },
        ],
      };
      root.children = [
        {
          type: 'element',
          tagName: 'figure',
          properties: { class: `${CLASS.codeFrame}${terminal ? ` ${CLASS.terminal}` : ''}`, 'data-lang': lang },
          children: [header, pre],
        },
      ];
    },
  };
}

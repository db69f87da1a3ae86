import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';
import { copyText, parseShellSession, type ShellSession } from '../lib/shellSession';

/** Languages written as terminal sessions (`$ ` prompts). */
export const SHELL_LANGS = new Set(['shell', 'sh', 'bash', 'console', 'shellsession', 'shellscript', 'zsh']);

declare module '@shikijs/types' {
  interface ShikiTransformerContextMeta {
    shellSession?: ShellSession;
  }
}

/**
 * Splits shell blocks into commands, output and comments at build time (src/lib/shellSession.ts):
 * - prompts are removed from the code and drawn as unselectable, aria-hidden spans;
 * - output and comment lines get classes (output is not highlighted as code);
 * - the <pre> carries `data-copy` (every command, one per line) and each command's first line
 *   `data-command`, which the copy buttons put on the clipboard.
 */
export function transformerShellSession(): ShikiTransformer {
  return {
    name: 'notes:shell-session',
    preprocess(code, options) {
      if (!SHELL_LANGS.has(options.lang)) return;
      const rootPrompt = /\bprompt=["']?#/.test(options.meta?.__raw ?? '');
      const session = parseShellSession(code, { rootPrompt });
      this.meta.shellSession = session;
      return session.lines.map((l) => l.text).join('\n');
    },
    line(node, lineNumber) {
      const session = this.meta.shellSession;
      const line = session?.lines[lineNumber - 1];
      if (!session || !line) return;
      this.addClassToHast(node, `line-${line.kind}`);
      if (line.prompt) {
        node.children.unshift({
          type: 'element',
          tagName: 'span',
          properties: { class: 'prompt', 'aria-hidden': 'true', 'data-pagefind-ignore': '' },
          children: [{ type: 'text', value: line.prompt }],
        });
      }
      if (line.kind === 'command' && line.command !== undefined && session.prompted) {
        node.properties['data-command'] = session.commands[line.command];
      }
      // Search: commands weigh more than prose; output is noise.
      if (line.kind === 'command' || line.kind === 'continuation') node.properties['data-pagefind-weight'] = '3';
      if (line.kind === 'output') node.properties['data-pagefind-ignore'] = '';
    },
    pre(node: Element) {
      const session = this.meta.shellSession;
      if (!session) {
        node.properties['data-copy'] = this.source.replace(/\n$/, '');
        return;
      }
      this.addClassToHast(node, 'shell-session');
      node.properties['data-copy'] = session.prompted ? copyText(session) : this.source.replace(/\n$/, '');
    },
  };
}

import type { ShikiTransformer } from 'shiki';
import type { Element } from 'hast';
import { copyText, sessionOfBlock, type ShellSession } from '../lib/shellSession';
import { ATTR, CLASS, lineKindClass } from '../lib/markup';

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
      const session = sessionOfBlock(options.lang, options.meta?.__raw, code);
      if (!session) return;
      this.meta.shellSession = session;
      return session.lines.map((l) => l.text).join('\n');
    },
    line(node, lineNumber) {
      const session = this.meta.shellSession;
      const line = session?.lines[lineNumber - 1];
      if (!session || !line) return;
      this.addClassToHast(node, lineKindClass(line.kind));
      if (line.prompt) {
        node.children.unshift({
          type: 'element',
          tagName: 'span',
          properties: { class: CLASS.prompt, 'aria-hidden': 'true' },
          children: [{ type: 'text', value: line.prompt }],
        });
      }
      if (line.kind === 'command' && line.command !== undefined && session.prompted) {
        node.properties[ATTR.command] = session.commands[line.command];
      }
    },
    pre(node: Element) {
      const session = this.meta.shellSession;
      if (!session) {
        node.properties[ATTR.copy] = this.source.replace(/\n$/, '');
        return;
      }
      this.addClassToHast(node, CLASS.shellSession);
      node.properties[ATTR.copy] = session.prompted ? copyText(session) : this.source.replace(/\n$/, '');
    },
  };
}

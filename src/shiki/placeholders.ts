import type { ShikiTransformer, ThemedToken } from 'shiki';
import { CLASS } from '../lib/markup';
import { PLACEHOLDER } from '../lib/placeholder';

/**
 * Makes each placeholder one token with the class `placeholder`, whatever the grammar made of it
 * (shell grammars read `<image>` as a redirection and split it in three).
 */
export function transformerPlaceholders(): ShikiTransformer {
  const marked = new WeakSet<ThemedToken>();
  return {
    name: 'notes:placeholders',
    tokens(lines) {
      return lines.map((tokens) => {
        const text = tokens.map((t) => t.content).join('');
        const ranges = [...text.matchAll(PLACEHOLDER)].map((m) => [m.index!, m.index! + m[0].length] as const);
        if (!ranges.length) return tokens;
        // Split tokens at every range boundary, then merge the pieces inside each range.
        const cuts = new Set(ranges.flat());
        const pieces: ThemedToken[] = [];
        let pos = 0;
        for (const t of tokens) {
          let start = 0;
          for (let i = 1; i < t.content.length; i++) {
            if (cuts.has(pos + i)) {
              pieces.push({ ...t, content: t.content.slice(start, i), offset: t.offset + start });
              start = i;
            }
          }
          pieces.push({ ...t, content: t.content.slice(start), offset: t.offset + start });
          pos += t.content.length;
        }
        const out: ThemedToken[] = [];
        let at = 0;
        for (const p of pieces) {
          const range = ranges.find(([s, e]) => at >= s && at < e);
          const prev = out.at(-1);
          if (range && prev && marked.has(prev) && at > range[0]) {
            prev.content += p.content;
          } else if (range) {
            const token = { ...p };
            marked.add(token);
            out.push(token);
          } else {
            out.push(p);
          }
          at += p.content.length;
        }
        return out;
      });
    },
    span(node, _line, _col, _lineElement, token) {
      if (marked.has(token)) this.addClassToHast(node, CLASS.placeholder);
    },
  };
}

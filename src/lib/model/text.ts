import type { Nodes } from 'mdast';
import type {} from 'mdast-util-mdx';
import { stringLiteral } from './esm';

/** Nodes whose content is a block of its own: their text is kept apart from the text around them. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'mdxJsxFlowElement',
  'thematicBreak',
]);

/**
 * The value of an MDX expression that is a plain string (`{'{'}`, the way to write a brace in
 * prose), else ''. Other expressions are code, not text.
 */
export function literalOf(node: Nodes): string {
  if (node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression') return '';
  return stringLiteral(node.value) ?? '';
}

/**
 * The readable text of a node as the page shows it: text and inline code, link text, the children
 * of JSX elements; not image alt texts, imports, expressions (other than string literals), nor
 * code blocks (the model reads those itself). Blocks are separated by a space.
 */
export function textOf(node: Nodes): string {
  const out: string[] = [];
  const walk = (n: Nodes) => {
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        out.push(n.value);
        return;
      case 'break':
        out.push(' ');
        return;
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        out.push(literalOf(n));
        return;
      case 'code':
      case 'image':
      case 'imageReference':
      case 'definition':
      case 'html':
      case 'yaml':
      case 'mdxjsEsm':
        return;
    }
    if ('children' in n) {
      const block = BLOCKS.has(n.type);
      if (block) out.push(' ');
      for (const child of n.children) walk(child as Nodes);
      if (block) out.push(' ');
    }
  };
  walk(node);
  return squash(out.join(''));
}

/** Collapses runs of white space to one space and trims. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

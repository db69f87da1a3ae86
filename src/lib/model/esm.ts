import { parse, parseExpressionAt } from 'acorn';
import type { Import, Problem } from './types';

/**
 * The imports of an ESM block of a note (`import Callout from '~/components/Callout.astro';`),
 * parsed with acorn (the parser MDX itself uses for ESM), at lines of the note file.
 *
 * @param code the block's source
 * @param line the file line of its first line
 */
export function parseEsm(code: string, line: number): Import[] | { problem: Problem } {
  try {
    const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    return program.body.flatMap((statement) =>
      statement.type === 'ImportDeclaration'
        ? [
            {
              names: statement.specifiers.map((s) => s.local.name),
              source: String(statement.source.value),
              line: line + (statement.loc?.start.line ?? 1) - 1,
            },
          ]
        : [],
    );
  } catch (e) {
    const at = (e as { loc?: { line: number } }).loc?.line ?? 1;
    return { problem: { line: line + at - 1, message: `The import does not parse: ${(e as Error).message}.` } };
  }
}

/** The value of an expression that is a plain string (`'{'`, a brace written in prose), else undefined. */
export function stringLiteral(code: string): string | undefined {
  try {
    const node = parseExpressionAt(code, 0, { ecmaVersion: 'latest' });
    if (code.slice(node.end).trim() !== '') return undefined;
    if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
      return node.quasis.map((q) => q.value.cooked ?? '').join('');
    }
  } catch {
    // Not an expression on its own: code, not text.
  }
  return undefined;
}

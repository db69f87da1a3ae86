import { parseCodeMeta } from '../codeMeta';

/**
 * Reads a code fence's meta string: `title="compose.yaml" fragment="compose-service" {3-4}`.
 * Attributes are `name="value"` or `name='value'`; bare words (`partial`) are flags. The snippet
 * checks' view of src/lib/codeMeta.ts, the one reader of a block's meta.
 */
export interface SnippetMeta {
  title?: string;
  fragment?: string;
  /** `prompt="#"`: `# ` is a root prompt in a shell block. */
  prompt?: string;
  /** Every attribute, for checks of unknown ones. */
  attributes: Record<string, string>;
  /** Bare words. */
  words: string[];
}

export function snippetMeta(meta: string): SnippetMeta {
  const { flags, ...rest } = parseCodeMeta(meta);
  return { ...rest, words: flags };
}

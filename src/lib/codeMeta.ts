/**
 * The meta string of a fenced code block, read once for everyone who needs it (the Shiki
 * transformers, the content model, the snippet checks):
 *
 *     ```yaml title="pod.yaml" {5-7} fragment="k8s-container" partial
 *     ```shell prompt="#"
 *
 * Hand-written because the grammar is this small: `key="value"`, `key='value'`, `key=value`, a
 * `{…}` line range (read by Shiki's transformerMetaHighlight) and bare flags.
 */
export interface CodeMeta {
  /** `title="compose.yaml"`: the file name shown in the frame's header. */
  title?: string;
  /** `prompt="#"`: the block's commands use the root prompt `# `. */
  prompt?: string;
  /** `fragment="compose-service"`: the block is that part of a larger file. */
  fragment?: string;
  /** Bare words such as `partial`. */
  flags: string[];
  /** Every `key=value` pair, the three above included. */
  attributes: Record<string, string>;
}

/** The attributes a fence may have: those above, the only ones anything reads. */
export const CODE_META_ATTRIBUTES = ['title', 'prompt', 'fragment'] as const;

const TOKEN = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|\{[^}]*\}|(\S+)/g;

export function parseCodeMeta(meta: string | null | undefined): CodeMeta {
  const attributes: Record<string, string> = {};
  const flags: string[] = [];
  for (const m of (meta ?? '').matchAll(TOKEN)) {
    if (m[1]) attributes[m[1]] = m[2] ?? m[3] ?? m[4] ?? '';
    else if (m[5]) flags.push(m[5]);
  }
  return {
    ...(attributes['title'] !== undefined ? { title: attributes['title'] } : {}),
    ...(attributes['prompt'] !== undefined ? { prompt: attributes['prompt'] } : {}),
    ...(attributes['fragment'] !== undefined ? { fragment: attributes['fragment'] } : {}),
    flags,
    attributes,
  };
}

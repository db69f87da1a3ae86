import { findCodeBlocks } from './validateSnippets';
import { parseShellSession } from './shellSession';
import { commandKeys } from './commandKey';

/** One command of the notes, where it is explained, and its official reference. */
export interface CommandEntry {
  /** The command as a reader pastes it (continuation lines included). */
  command: string;
  /** Its key (`docker compose up`), see commandKey.ts; the first key for a pipeline. */
  key: string;
  /** The tool it belongs to: `docker`, `compose` (for `docker compose`), `kubectl`, `minikube`, … */
  tool: string;
  /** Site path of the note and the id of the section that explains the command. */
  page: string;
  section: string;
  sectionTitle: string;
  /** The official reference linked for the key on that page, if any. */
  reference?: string;
}

export interface NoteSource {
  /** Site path of the note (`docker/container-lifecycle.html`). */
  page: string;
  /** The MDX source of the note (frontmatter not needed). */
  body: string;
  /** Headings as Astro's render() reports them, in document order. */
  headings: { depth: number; slug: string; text: string }[];
}

/** The tool of a key: `docker compose …` is Compose, otherwise the key's first word. */
export function toolOf(key: string): string {
  if (key.startsWith('docker compose')) return 'compose';
  return key.split(' ')[0]!;
}

/**
 * Every command of a note's shell blocks, with the section it sits in. Headings are matched to
 * Astro's heading list by order, so anchors are exactly the ones the page renders.
 */
export function extractCommands(note: NoteSource): CommandEntry[] {
  const lines = note.body.split('\n');
  const blocks = findCodeBlocks(note.body);
  const inBlock = new Set<number>();
  for (const b of blocks) {
    const n = b.code.split('\n').length;
    for (let i = b.startLine - 2; i <= b.startLine + n - 1; i++) inBlock.add(i);
  }
  const rendered = note.headings.filter((h) => h.depth >= 2 && h.depth <= 4);
  // File line (0-based) → the rendered heading it starts.
  const headingAt: { line: number; slug: string; text: string }[] = [];
  let h = 0;
  lines.forEach((line, i) => {
    if (!inBlock.has(i) && /^#{2,4}\s/.test(line) && rendered[h]) {
      headingAt.push({ line: i, slug: rendered[h]!.slug, text: rendered[h]!.text });
      h++;
    }
  });
  const referenceFor = (key: string) => {
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return note.body.match(new RegExp(`\\[\`${escaped}\`\\]\\((https?://[^)\\s]+)\\)`))?.[1];
  };

  const out: CommandEntry[] = [];
  for (const block of blocks) {
    if (!['shell', 'sh', 'bash', 'console'].includes(block.lang)) continue;
    const session = parseShellSession(block.code);
    if (!session.prompted) continue;
    const heading = [...headingAt].reverse().find((x) => x.line < block.startLine - 1);
    for (const command of session.commands) {
      const [key] = commandKeys(command.split('\n')[0]!.replace(/\\$/, ''));
      if (!key) continue;
      out.push({
        command,
        key,
        tool: toolOf(key),
        page: note.page,
        section: heading?.slug ?? '',
        sectionTitle: heading?.text ?? '',
        ...(referenceFor(key) ? { reference: referenceFor(key)! } : {}),
      });
    }
  }
  return out;
}

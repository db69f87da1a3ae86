import type { Code, Definition, Heading, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';
import { parseCodeMeta } from '../codeMeta';
import { sessionOfBlock } from '../shellSession';
import { checkMarkdown } from './checkMarkdown';
import { describeCommand } from './describeCommand';
import { parseEsm } from './esm';
import { ASTRO_MARKDOWN_DEFAULTS, MdxSyntaxError, parseMdx, type MarkdownFeatures, type MdxParser } from './parseMdx';
import { literalOf, squash, textOf } from './text';
import type { Command, Element, NoteModel, Section, Snippet } from './types';

/** Which note a source is: its file (relative to the project root), topic and slug. */
export interface NoteIdentity {
  file: string;
  topic: string;
  slug: string;
  /** Site path of its page. */
  path: string;
}

/** Containers that sit inside a line of text (their text joins the text around them). */
const INLINE = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference', 'mdxJsxTextElement']);

const MDX_HINT =
  'A placeholder such as <image> and a { or } in prose must be in backticks (`<image>`), or escaped (\\{).';

/** Sätteri's and micromark's error for `<!--`: an HTML comment is not MDX. */
const HTML_COMMENT = /^Unexpected character `!` \(U\+0021\) before name/;

/**
 * Builds the model of one note from its MDX source: one parse (parseMdx.ts), one walk in document
 * order. Heading anchors are made the way the page makes them (github-slugger over each heading's
 * text, in order, every level sharing one slugger), and the build compares them with the headings
 * the renderer reports (src/data/loadNotes.ts).
 */
export interface ModelOptions {
  /** The site's Markdown features (Astro's config); default Astro's defaults. */
  features?: MarkdownFeatures;
  /** The parser; default Sätteri's ({@link parseMdx}). The tests also run micromark's. */
  parse?: MdxParser;
}

export function buildNoteModel(source: string, note: NoteIdentity, options: ModelOptions = {}): NoteModel {
  const model: NoteModel = {
    ...note,
    frontmatter: {},
    frontmatterSource: undefined,
    frontmatterLine: 1,
    intro: { text: '', line: 1 },
    sections: [],
    commands: [],
    snippets: [],
    links: [],
    images: [],
    elements: [],
    components: [],
    imports: [],
    anchors: [],
    parsed: false,
    problems: [],
  };
  let tree: Root;
  try {
    tree = (options.parse ?? parseMdx)(source, options.features ?? ASTRO_MARKDOWN_DEFAULTS);
  } catch (e) {
    if (!(e instanceof MdxSyntaxError)) throw e;
    model.problems.push({
      line: e.line,
      message: HTML_COMMENT.test(e.message)
        ? 'MDX does not parse: an HTML comment, <!-- … -->, is not MDX. MDX comments are written `{/* … */}`.'
        : `MDX does not parse: ${e.message}. ${MDX_HINT}`,
    });
    return model;
  }
  new NoteWalker(model, tree).run();
  model.problems.push(...checkMarkdown(tree, source));
  model.parsed = true;
  return model;
}

class NoteWalker {
  private readonly slugger = new GithubSlugger();
  private readonly definitions = new Map<string, Definition>();
  /** Text of the intro (index 0) and of each section. */
  private readonly texts: string[][] = [[]];
  private sectionId = '';

  constructor(
    private readonly model: NoteModel,
    private readonly tree: Root,
  ) {}

  run(): void {
    this.collectDefinitions(this.tree);
    const first = this.tree.children.find((n) => n.type !== 'yaml' && n.type !== 'mdxjsEsm');
    this.model.intro.line = first?.position?.start.line ?? 1;
    for (const child of this.tree.children) this.visit(child);
    this.model.intro.text = squash(this.texts[0]!.join(''));
    this.model.sections.forEach((s, i) => (s.text = squash(this.texts[i + 1]!.join(''))));
    this.model.components = this.model.elements
      .filter((e) => /^[A-Z]/.test(e.name) || e.name.includes('.'))
      .map((e) => ({ name: e.name, line: e.line }));
    this.collectCommands();
  }

  private push(text: string): void {
    this.texts.at(-1)!.push(text);
  }

  private line(node: Nodes): number {
    return node.position?.start.line ?? 1;
  }

  private collectDefinitions(node: Nodes): void {
    if (node.type === 'definition') this.definitions.set(node.identifier, node);
    if ('children' in node) for (const c of node.children) this.collectDefinitions(c as Nodes);
  }

  private visit(node: Nodes): void {
    switch (node.type) {
      case 'yaml':
        return this.frontmatter(node.value, this.line(node));
      case 'mdxjsEsm':
        return this.esm(node);
      case 'heading':
        return this.heading(node);
      case 'code':
        return this.code(node);
      case 'definition':
      case 'html':
        return;
      case 'text':
        this.checkDashes(node.value, this.line(node));
        return this.push(node.value);
      case 'inlineCode':
        return this.push(node.value);
      case 'break':
        return this.push(' ');
      case 'mdxTextExpression':
      case 'mdxFlowExpression':
        return this.push(literalOf(node));
      case 'image':
        this.model.images.push({ src: node.url, alt: node.alt ?? '', syntax: 'markdown', line: this.line(node) });
        return;
      case 'imageReference': {
        const def = this.definitions.get(node.identifier);
        const src = def?.url ?? `[${node.label ?? node.identifier}]`;
        this.model.images.push({ src, alt: node.alt ?? '', syntax: 'markdown', line: this.line(node) });
        return;
      }
      case 'link':
      case 'linkReference': {
        const href =
          node.type === 'link' ? node.url : (this.definitions.get(node.identifier)?.url ?? `[${node.identifier}]`);
        const only = node.children.length === 1 ? node.children[0] : undefined;
        this.model.links.push({ href, text: textOf(node), isCode: only?.type === 'inlineCode', line: this.line(node) });
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        this.jsx(node);
        break;
    }
    if ('children' in node) {
      const block = !INLINE.has(node.type);
      if (block) this.push(' ');
      for (const child of node.children) this.visit(child as Nodes);
      if (block) this.push(' ');
    }
  }

  private frontmatter(value: string, line: number): void {
    this.model.frontmatterLine = line;
    this.model.frontmatterSource = value;
    try {
      const data = parseYaml(value) as unknown;
      if (data && typeof data === 'object' && !Array.isArray(data)) {
        this.model.frontmatter = data as Record<string, unknown>;
      }
    } catch {
      // Reported at its line by the frontmatter check (checkFrontmatter.ts).
    }
  }

  private esm(node: Extract<Nodes, { type: 'mdxjsEsm' }>): void {
    const imports = parseEsm(node.value, this.line(node));
    if ('problem' in imports) {
      this.model.problems.push(imports.problem);
      return;
    }
    this.model.imports.push(...imports);
  }

  /**
   * Smart punctuation turns `--` into an en dash (`---` into an em dash) outside code: a flag
   * written in prose or a heading ("up --build") would show as "up –build". A dash stuck to the
   * word after it, with a space or a bracket before, is that; a dash between words has spaces.
   */
  private checkDashes(text: string, line: number): void {
    for (const m of text.matchAll(/(?:^|[\s(])([–—])([a-z][\w-]*)/g)) {
      const flag = `${m[1] === '–' ? '--' : '---'}${m[2]}`;
      this.model.problems.push({
        line,
        message: `"${m[1]}${m[2]}" is how the page shows ${flag} written outside code: smart punctuation makes a dash of "--". Write the flag as code: \`${flag}\`.`,
      });
    }
  }

  private heading(node: Heading): void {
    const prose = (n: Nodes): void => {
      if (n.type === 'text') this.checkDashes(n.value, this.line(node));
      else if ('children' in n) n.children.forEach((c) => prose(c as Nodes));
    };
    prose(node);
    const title = textOf(node);
    const section: Section = {
      id: this.slugger.slug(title),
      title,
      level: node.depth,
      text: '',
      line: this.line(node),
    };
    this.model.sections.push(section);
    this.texts.push([]);
    this.sectionId = section.id;
  }

  private code(node: Code): void {
    const meta = parseCodeMeta(node.meta);
    const snippet: Snippet = {
      lang: (node.lang ?? '').toLowerCase(),
      meta: node.meta ?? '',
      ...(meta.title !== undefined ? { title: meta.title } : {}),
      ...(meta.fragment !== undefined ? { fragment: meta.fragment } : {}),
      code: node.value,
      // A fenced block's code starts on the line after its opening fence.
      line: this.line(node) + 1,
      sectionId: this.sectionId,
    };
    this.model.snippets.push(snippet);
    const session = sessionOfBlock(snippet.lang, snippet.meta, snippet.code);
    // What a reader reads of a session: its commands and comments, not its output.
    const text = session
      ? session.lines
          .filter((l) => l.kind !== 'output')
          .map((l) => l.text)
          .join('\n')
      : snippet.code;
    this.push(` ${text} `);
  }

  private jsx(node: MdxJsxFlowElement | MdxJsxTextElement): void {
    if (!node.name) return; // a fragment, <>…</>
    const attributes: Element['attributes'] = node.attributes.map((a) =>
      a.type === 'mdxJsxExpressionAttribute'
        ? { name: '...', value: undefined }
        : { name: a.name, value: typeof a.value === 'string' ? a.value : a.value === null ? '' : undefined },
    );
    const line = this.line(node);
    this.model.elements.push({ name: node.name, attributes, line });
    const attr = (name: string) => attributes.find((a) => a.name === name)?.value;
    const id = attr('id');
    if (id) this.model.anchors.push({ id, line });
    if (node.name === 'a' && attr('href') !== undefined) {
      this.model.links.push({ href: attr('href')!, text: textOf(node), isCode: false, line });
    }
    if (node.name === 'img') {
      this.model.images.push({ src: attr('src') ?? '', alt: attr('alt') ?? '', syntax: 'jsx', line });
    }
    // A callout's title is text the reader sees.
    const title = attr('title');
    if (title) this.push(` ${title} `);
  }

  private collectCommands(): void {
    const references = new Map<string, string>();
    for (const link of this.model.links) {
      if (link.isCode && /^https?:\/\//.test(link.href) && !references.has(link.text)) {
        references.set(link.text, link.href);
      }
    }
    for (const snippet of this.model.snippets) {
      const session = sessionOfBlock(snippet.lang, snippet.meta, snippet.code);
      if (!session?.prompted) continue;
      session.lines.forEach((l, i) => {
        if (l.kind !== 'command' || l.command === undefined) return;
        const text = session.commands[l.command]!;
        const d = describeCommand(text);
        const reference = d.key ? references.get(d.key) : undefined;
        const command: Command = {
          text,
          program: d.program,
          subcommand: d.subcommand,
          flags: d.flags,
          placeholders: d.placeholders,
          key: d.key,
          tool: d.tool,
          sectionId: snippet.sectionId,
          ...(reference ? { reference } : {}),
          line: snippet.line + i,
        };
        this.model.commands.push(command);
      });
    }
  }
}

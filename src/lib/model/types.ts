/**
 * The content model: what one note contains, parsed once from its MDX source (parseNote.ts) with
 * the positions of the source kept. Every line is a line of the .mdx file (1-based), so an error
 * about any part of a note can name the line a writer opens.
 */

/** A problem found in a note, at a line of its file, saying what to fix. */
export interface Problem {
  line: number;
  message: string;
}

/** A heading of the note and the content under it, up to the next heading of any level. */
export interface Section {
  /** The anchor the page renders for the heading (`view-container-logs`). */
  id: string;
  title: string;
  /** 2 for `##`, 3 for `###`… */
  level: number;
  /** The section's readable text: prose, code (for a shell session: commands and comments, not output). */
  text: string;
  line: number;
}

/** One command of a shell session, as a reader pastes it. */
export interface Command {
  /** The command as pasted: continuation lines and heredoc bodies included, no prompt. */
  text: string;
  /** The program run (`docker`), after environment assignments and `sudo`. */
  program: string;
  /** The sub-command words (`['compose', 'up']`). */
  subcommand: string[];
  /** The flags as written, without values (`['-d', '--name']`). */
  flags: string[];
  /** The placeholders (`['<container>']`). */
  placeholders: string[];
  /** The key that groups the command and names its reference (`docker compose up`); '' for a plain utility. */
  key: string;
  /** The tool the key belongs to (`compose` for `docker compose`, else the program). */
  tool: string;
  /** Id of the section the command is in ('' before the first heading). */
  sectionId: string;
  /** The official reference the note links for the key (`[`docker logs`](https://…)`), if any. */
  reference?: string;
  /** Line of the command's first line. */
  line: number;
}

/** A fenced code block. */
export interface Snippet {
  lang: string;
  meta: string;
  title?: string;
  /** `fragment="k8s-container"`: the block is that part of a larger file. */
  fragment?: string;
  code: string;
  /** Line of the first line of code (the line after the opening fence). */
  line: number;
  sectionId: string;
}

export interface Link {
  href: string;
  /** The link's text (for `[`docker logs`](…)`: `docker logs`). */
  text: string;
  /** Whether the whole text is inline code: the form of a command's reference link. */
  isCode: boolean;
  line: number;
}

export interface Image {
  src: string;
  alt: string;
  /** `markdown` for `![alt](src)`, `jsx` for `<img>`. */
  syntax: 'markdown' | 'jsx';
  line: number;
}

/** A JSX element of the note: a component (`Callout`) or an HTML element (`kbd`). */
export interface Element {
  name: string;
  /** Attributes as written; an expression value (`{…}`) is `undefined`. */
  attributes: { name: string; value: string | undefined }[];
  line: number;
}

export interface ComponentUse {
  name: string;
  line: number;
}

/** An ESM import at the top of the note. */
export interface Import {
  /** Names bound by the import (`Callout`). */
  names: string[];
  source: string;
  line: number;
}

/** A target a link can point at besides the headings: an element with an `id`. */
export interface Anchor {
  id: string;
  line: number;
}

export interface NoteModel {
  /** The .mdx file, relative to the project root, with forward slashes. */
  file: string;
  /** Topic folder and the note's id in its collection (the glob loader's id). */
  topic: string;
  slug: string;
  /** Site path of the page (`docker/container-lifecycle.html`). */
  path: string;
  /**
   * The frontmatter as YAML data (not yet checked against the schema), its source (undefined when
   * the note has none) and the line of its opening `---`.
   */
  frontmatter: Record<string, unknown>;
  frontmatterSource: string | undefined;
  frontmatterLine: number;
  /** The text before the first heading. */
  intro: { text: string; line: number };
  sections: Section[];
  commands: Command[];
  snippets: Snippet[];
  links: Link[];
  images: Image[];
  elements: Element[];
  components: ComponentUse[];
  imports: Import[];
  anchors: Anchor[];
  /** Whether the source parsed: when it did not, `problems` says where, and the rest is empty. */
  parsed: boolean;
  /** Problems found while building the model: MDX or an import that does not parse. */
  problems: Problem[];
}

/** A problem at a line of a file of the project (a note, mostly). */
export interface FileProblem extends Problem {
  /** The file, relative to the project root. */
  file: string;
}

/**
 * The markup contract: the classes and data attributes that one part of the site writes and another
 * reads. Shiki transformers and components write them, client scripts and build steps find them.
 * Every such name is spelled here once and imported everywhere, so renaming one cannot leave a
 * reader behind (a renamed class used to break the offline index while every test stayed green).
 *
 * Names that only a stylesheet uses are not here: CSS is not a reader that can silently break.
 *
 * Each name is its own constant, so that a client script bundles only the names it uses
 * (`CLASS_CODE_FRAME`); `CLASS` and `ATTR` group them for build-time code.
 */

// Classes shared by the code that writes them and the code that reads them.

/** `<figure>` around every code block (src/shiki/codeFrame.ts); copy buttons go into its header. */
export const CLASS_CODE_FRAME = 'code-frame';
/** A code frame that shows a shell session. */
export const CLASS_TERMINAL = 'is-terminal';
/** The `<figcaption>` of a code frame: title or language, and the copy button. */
export const CLASS_CODE_HEADER = 'code-header';
/** The `<pre>` of a shell session. */
export const CLASS_SHELL_SESSION = 'shell-session';
/** Every line of a highlighted block (Shiki's own class). */
export const CLASS_LINE = 'line';
/** The unselectable `$ ` of a command line and of a command on the Commands page. */
export const CLASS_PROMPT = 'prompt';
/** A value the reader fills in: `<container>`. */
export const CLASS_PLACEHOLDER = 'placeholder';
/** The copy button of a whole block. */
export const CLASS_COPY_BLOCK = 'copy-block';
/** A copy button of one command. */
export const CLASS_COPY_LINE = 'copy-line';
/** The link to a heading's own anchor, beside the heading. */
export const CLASS_HEADING_ANCHOR = 'heading-anchor';
/** A command as the Commands page shows it (src/components/CommandText.astro). */
export const CLASS_COMMAND_TEXT = 'command-text';
/** The `<article>` of a note page. */
export const CLASS_NOTE = 'note';
/** The note's rendered MDX inside its article. */
export const CLASS_PROSE = 'prose';

/** The classes, grouped. */
export const CLASS = {
  codeFrame: CLASS_CODE_FRAME,
  terminal: CLASS_TERMINAL,
  codeHeader: CLASS_CODE_HEADER,
  shellSession: CLASS_SHELL_SESSION,
  line: CLASS_LINE,
  prompt: CLASS_PROMPT,
  placeholder: CLASS_PLACEHOLDER,
  copyBlock: CLASS_COPY_BLOCK,
  copyLine: CLASS_COPY_LINE,
  headingAnchor: CLASS_HEADING_ANCHOR,
  commandText: CLASS_COMMAND_TEXT,
  note: CLASS_NOTE,
  prose: CLASS_PROSE,
} as const;

/** The class of a shell-session line of kind `kind` (src/lib/shellSession.ts). */
export const lineKindClass = (kind: string) => `line-${kind}`;

// Data attributes, written as in HTML (`data-copy`): scripts read them with getAttribute().

/** On a block's `<pre>`: everything its copy button copies (commands only, for a session). */
export const ATTR_COPY = 'data-copy';
/** On a command's first line: that command as pasted (continuation lines included). */
export const ATTR_COMMAND = 'data-command';
/** On a button drawn at build time: the text it copies (Commands page, search results). */
export const ATTR_COPY_TEXT = 'data-copy-text';
/** The live region that announces "Copied". */
export const ATTR_COPY_STATUS = 'data-copy-status';
/** Marks a button whose click handler is bound (so binding twice is avoided). */
export const ATTR_BOUND = 'data-bound';
/** On an input of the placeholder form: the placeholder it fills in. */
export const ATTR_PLACEHOLDER = 'data-placeholder';
/** The placeholder form, hidden until its script runs. */
export const ATTR_PLACEHOLDER_FORM = 'data-placeholder-form';
/** Commands page: the filter form, its tool chips, rows, groups, count and empty message. */
export const ATTR_COMMAND_FILTER = 'data-command-filter';
export const ATTR_TOOL_CHIP = 'data-tool-chip';
export const ATTR_COMMAND_ROW = 'data-command-row';
export const ATTR_TOOL_GROUP = 'data-tool-group';
export const ATTR_TOOL = 'data-tool';
/** Commands page: the link of a row to its section, whose title is the task the filter matches. */
export const ATTR_TASK = 'data-task';
export const ATTR_COMMAND_COUNT = 'data-command-count';
export const ATTR_COMMAND_EMPTY = 'data-command-empty';

/** The data attributes, grouped. */
export const ATTR = {
  copy: ATTR_COPY,
  command: ATTR_COMMAND,
  copyText: ATTR_COPY_TEXT,
  copyStatus: ATTR_COPY_STATUS,
  bound: ATTR_BOUND,
  placeholder: ATTR_PLACEHOLDER,
  placeholderForm: ATTR_PLACEHOLDER_FORM,
  commandFilter: ATTR_COMMAND_FILTER,
  toolChip: ATTR_TOOL_CHIP,
  commandRow: ATTR_COMMAND_ROW,
  toolGroup: ATTR_TOOL_GROUP,
  tool: ATTR_TOOL,
  task: ATTR_TASK,
  commandCount: ATTR_COMMAND_COUNT,
  commandEmpty: ATTR_COMMAND_EMPTY,
} as const;

/** A CSS selector for an attribute: `[data-copy]`. */
export const byAttr = (attribute: string) => `[${attribute}]`;

/** A CSS selector for a class: `.code-frame`. */
export const byClass = (className: string) => `.${className}`;

import { posix } from 'node:path';
import type { ZodType } from 'astro/zod';
import { CALLOUT_KINDS, isCalloutType } from '../calloutKinds';
import { checkFrontmatter } from './checkFrontmatter';
import { closest } from './closest';
import { checkSearchPhrases } from './checkSearchPhrases';
import { checkSnippet } from './checkSnippet';
import { HTML_ELEMENTS } from './htmlElements';
import type { NoteModel, Problem } from './types';

/** What the checks of one note need to know beyond the note. */
export interface NoteCheckContext {
  /** The frontmatter schema (src/lib/noteSchema.ts). */
  schema: ZodType;
  /** Whether a file exists, by its path relative to the project root. */
  exists: (path: string) => boolean;
  /** The components a note may use: name → the path to import it from (`~/components/Callout.astro`). */
  components: ReadonlyMap<string, string>;
}

/**
 * Every problem of one note that the note alone can show, at lines of its file: the frontmatter,
 * the MDX it is written in, its components and HTML, its images and its snippets. Links need the
 * other notes too (checkLinks.ts).
 */
export function checkNote(model: NoteModel, context: NoteCheckContext): Problem[] {
  if (!model.parsed) return model.problems;
  const frontmatter = checkFrontmatter(model.frontmatterSource, model.frontmatterLine, context.schema);
  return [
    ...model.problems,
    ...frontmatter,
    ...checkHeadings(model),
    // A note whose frontmatter is broken is not read further: say that first.
    ...(frontmatter.length ? [] : checkHasContent(model)),
    ...checkSearchPhrases(model),
    ...checkImports(model, context),
    ...checkElements(model, context),
    ...checkImages(model, context),
    ...model.snippets.flatMap((s) => checkSnippet(s)),
  ].sort((a, b) => a.line - b.line);
}

/** `~/components/X.astro` → `src/components/X.astro`; `./x` → next to the note; a package → undefined. */
function resolveImport(source: string, noteFile: string): string | undefined {
  if (source.startsWith('~/')) return `src/${source.slice(2)}`;
  if (source.startsWith('./') || source.startsWith('../')) return posix.join(posix.dirname(noteFile), source);
  return undefined;
}

/** A note with nothing after its frontmatter would be published as an empty page. */
function checkHasContent(model: NoteModel): Problem[] {
  if (model.intro.text.trim() || model.sections.length || model.snippets.length || model.components.length) return [];
  return [
    {
      line: model.frontmatterLine,
      message:
        'The note has nothing after its frontmatter, so its page would be empty: write its introduction and sections, or set `draft: true` until it has them.',
    },
  ];
}

function checkHeadings(model: NoteModel): Problem[] {
  const problems: Problem[] = [];
  let previous = 1;
  const first = new Map<string, number>();
  for (const s of model.sections) {
    // Two headings with one text: the second's anchor is `#x-1`, which no writer links to on
    // purpose, and the table of contents and search show two sections of the same name.
    const text = s.title.trim().toLowerCase();
    const seen = first.get(text);
    if (seen === undefined) first.set(text, s.line);
    else
      problems.push({
        line: s.line,
        message: `"${s.title}" is the text of the heading at line ${seen} too: give each heading its own words, so that each has its own anchor (this one's is #${s.id}) and is told apart in the table of contents and in search.`,
      });
    if (s.level === 1) {
      problems.push({
        line: s.line,
        message: `"# ${s.title}" is a second title: the note's title is its frontmatter \`title\`. Start sections at ##.`,
      });
    } else if (s.level > previous + 1) {
      problems.push({
        line: s.line,
        message: `"${'#'.repeat(s.level)} ${s.title}" skips a heading level (after an h${previous}): use ${'#'.repeat(previous + 1)}.`,
      });
    }
    previous = s.level;
  }
  return problems;
}

function checkImports(model: NoteModel, context: NoteCheckContext): Problem[] {
  return model.imports.flatMap((i) => {
    const path = resolveImport(i.source, model.file);
    if (path === undefined || context.exists(path)) return [];
    const near = i.names.map((n) => closest(n, context.components.keys())).find(Boolean);
    const hint = near ? ` Did you mean \`import ${near} from '${context.components.get(near)}';\`?` : '';
    return [{ line: i.line, message: `The import "${i.source}" names a file that does not exist (${path}).${hint}` }];
  });
}

function checkElements(model: NoteModel, context: NoteCheckContext): Problem[] {
  const imported = new Set(model.imports.flatMap((i) => i.names));
  const problems: Problem[] = [];
  for (const e of model.elements) {
    const root = e.name.split('.')[0]!;
    if (/^[A-Z]/.test(root) || e.name.includes('.')) {
      if (imported.has(root)) {
        if (e.name === 'Callout') problems.push(...checkCallout(e));
        continue;
      }
      const path = context.components.get(root);
      const near = path ? undefined : closest(root, context.components.keys());
      problems.push({
        line: e.line,
        message: path
          ? `<${e.name}> is used but not imported: add \`import ${root} from '${path}';\` below the frontmatter.`
          : near
            ? `<${e.name}> is not a known component: did you mean <${near}> (\`import ${near} from '${context.components.get(near)}';\`)?`
            : `<${e.name}> is not a known component. Use one of ${[...context.components.keys()].join(', ')} ` +
              '(imported below the frontmatter), or add the component under src/components/.',
      });
      continue;
    }
    if (e.name === 'script') {
      problems.push({
        line: e.line,
        message:
          "<script> in a note: a note cannot run code in a reader's browser (the Content-Security-Policy blocks it). " +
          'Show code in a fenced block (```js), or build the behaviour as a component under src/components/.',
      });
      continue;
    }
    if (e.name === 'a') {
      problems.push({
        line: e.line,
        message:
          'Write the link in Markdown, [text](href): the print view and the link check follow Markdown links, ' +
          'and an <a> in a note is left as it is.',
      });
      continue;
    }
    const heading = e.name.match(/^h([1-6])$/);
    if (heading) {
      problems.push({
        line: e.line,
        message:
          `<${e.name}> in a note: write the heading as \`${'#'.repeat(Number(heading[1]))} …\`, ` +
          'so that it gets its anchor, its place in the table of contents and in search.',
      });
      continue;
    }
    if (!HTML_ELEMENTS.has(e.name)) {
      problems.push({
        line: e.line,
        message:
          `<${e.name}> is not an HTML element a note may use. A placeholder in prose goes in backticks ` +
          `(\`<${e.name}>\`); styles and embeds (<style>, <iframe>) belong in components.`,
      });
    }
    for (const a of e.attributes) {
      if (/^on[a-z]/i.test(a.name)) {
        problems.push({
          line: e.line,
          message: `The \`${a.name}\` attribute on <${e.name}> is an inline event handler: a note cannot run code in a reader's browser. Remove it.`,
        });
      }
    }
  }
  return problems;
}

/** A callout's `type` must be one the component knows (src/lib/calloutKinds.ts): else the page fails to render. */
function checkCallout(e: NoteModel['elements'][number]): Problem[] {
  const types = Object.keys(CALLOUT_KINDS).join(', ');
  const type = e.attributes.find((a) => a.name === 'type');
  if (type && type.value === undefined) return []; // an expression, type={…}
  if (type && isCalloutType(type.value!)) return [];
  return [
    {
      line: e.line,
      message: type
        ? `<Callout type="${type.value}"> is not a kind of callout: use one of ${types}.`
        : `<Callout> has no \`type\`: add one of ${types}, as in <Callout type="note">.`,
    },
  ];
}

/** `decodeURI`, or undefined when a `%` in the path is not an escape (`disk-100%.png`). */
function decodePath(path: string): string | undefined {
  try {
    return decodeURI(path);
  } catch {
    return undefined;
  }
}

function checkImages(model: NoteModel, context: NoteCheckContext): Problem[] {
  const problems: Problem[] = [];
  for (const image of model.images) {
    const shown = image.syntax === 'markdown' ? `![${image.alt}](${image.src})` : `<img src="${image.src}">`;
    if (/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(image.src)) {
      problems.push({
        line: image.line,
        message:
          `${shown} loads an image from another site: the site makes no request to other sites, and works offline. ` +
          'Save the image next to the note and write ![what it shows](./file.png).',
      });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(image.src)) continue; // data: URLs
    const decoded = decodePath(image.src.split(/[?#]/)[0]!);
    const path =
      decoded === undefined
        ? undefined
        : image.src.startsWith('/')
          ? `public${decoded}`
          : posix.join(posix.dirname(model.file), decoded);
    if (path === undefined) {
      problems.push({
        line: image.line,
        message: `${shown}: the path has a % that is not an escape: write % as %25 (or rename the file).`,
      });
    } else if (!context.exists(path)) {
      problems.push({
        line: image.line,
        message: `${shown}: the image ${path} does not exist. Check the file name; a path is relative to the note's file.`,
      });
    } else if (image.syntax === 'jsx' && !image.src.startsWith('/')) {
      problems.push({
        line: image.line,
        message: `${shown}: the build copies only Markdown images. Write it as ![${image.alt || 'what it shows'}](${image.src}).`,
      });
    }
    if (!image.alt.trim()) {
      problems.push({
        line: image.line,
        message: `${shown} has no text alternative: say what the image shows, as in ![A Pod with two containers](${image.src}).`,
      });
    }
  }
  return problems;
}

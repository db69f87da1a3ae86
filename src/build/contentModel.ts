import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildNoteModel } from '../lib/model/buildNoteModel';
import { checkContentFiles } from '../lib/model/checkContentFiles';
import { checkLinks } from '../lib/model/checkLinks';
import { checkNote } from '../lib/model/checkNote';
import { duplicateSearchPhrases } from '../lib/model/checkSearchPhrases';
import { duplicateTitles } from '../lib/model/checkTitles';
import { noteIdentity } from '../lib/model/noteIdentity';
import type { MarkdownFeatures } from '../lib/model/parseMdx';
import type { FileProblem, NoteModel } from '../lib/model/types';

export { formatProblems } from './formatProblems';
import { noteSchema } from '../lib/noteSchema';
import { checkCheckedAgainst } from '../lib/checkCheckedAgainst';
import { loadVersions } from './loadVersions';
import { TOPIC_IDS } from '../lib/topics';
import { listFiles } from './listFiles';
import { siteIndex } from './siteIndex';

/** The model of every note of the content folder, and every problem found in them. */
export interface ContentModel {
  /** Every note that parsed, drafts included, in file order. */
  notes: NoteModel[];
  /** The notes that are pages of this build (drafts only in `astro dev`). */
  published: NoteModel[];
  /** What stops the build. */
  problems: FileProblem[];
  /** What the writer should know, which does not stop it (a release past its end of life). */
  warnings: FileProblem[];
}

export interface ContentOptions {
  /** The project root (absolute). */
  root: string;
  /** The content folder, relative to the root. */
  contentDir?: string;
  /** A production build leaves drafts out: links to them are broken there. */
  production: boolean;
  features: MarkdownFeatures;
  /** The day of the build, for the releases' end of life (default: now). */
  today?: Date;
}

/** Folders whose components notes use (Callout, the diagrams), to name them in error messages. */
const NOTE_COMPONENTS = ['src/components/Callout.astro', 'src/components/diagrams'];

/**
 * Reads every file of the content folder once, builds each note's model (src/lib/model/) and runs
 * every check that the sources allow, before anything is rendered: the files themselves, each
 * note's frontmatter (its `checkedAgainst` releases against src/data/versions.yaml too), MDX,
 * components, HTML, images and snippets, the links between pages, and titles repeated in a topic.
 * The one entry point of the build's checks: the integration calls it, and so do the tests.
 */
export function loadContentModel(options: ContentOptions): ContentModel {
  const contentDir = options.contentDir ?? 'content';
  const root = options.root;
  const files = existsSync(join(root, contentDir)) ? listFiles(join(root, contentDir)) : [];
  const sorted = checkContentFiles(files, contentDir, TOPIC_IDS);
  const problems: FileProblem[] = [...sorted.problems];
  const warnings: FileProblem[] = [];
  const exists = (path: string) => existsSync(join(root, path));
  const components = noteComponents(root);
  const versions = loadVersions(root);
  const today = options.today ?? new Date();
  const notes = sorted.notes.map((path) => {
    const source = readFileSync(join(root, contentDir, path), 'utf8');
    const model = buildNoteModel(source, noteIdentity(path, contentDir), { features: options.features });
    for (const p of checkNote(model, { schema: noteSchema, exists, components }))
      problems.push({ file: model.file, ...p });
    if (model.parsed) {
      const releases = checkCheckedAgainst(source, versions, today);
      for (const p of releases.errors) problems.push({ file: model.file, ...p });
      for (const p of releases.warnings) warnings.push({ file: model.file, ...p });
    }
    return model;
  });
  const published = notes.filter((n) => n.parsed && !(options.production && n.frontmatter['draft'] === true));
  const unparsed = notes.filter((n) => !n.parsed).map((n) => n.path);
  problems.push(...checkLinks(published, siteIndex(root), unparsed));
  problems.push(...duplicateSearchPhrases(published));
  problems.push(...duplicateTitles(published));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { notes, published, problems, warnings };
}

/** Names of the components a note may import, with the path to import each from. */
function noteComponents(root: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const entry of NOTE_COMPONENTS) {
    const path = join(root, entry);
    if (!existsSync(path)) continue;
    const list = entry.endsWith('.astro') ? [path] : readdirSync(path).map((f) => join(path, f));
    for (const file of list.filter((f) => f.endsWith('.astro'))) {
      const rel = relative(join(root, 'src'), file).split('\\').join('/');
      found.set(
        rel
          .split('/')
          .at(-1)!
          .replace(/\.astro$/, ''),
        `~/${rel}`,
      );
    }
  }
  return found;
}

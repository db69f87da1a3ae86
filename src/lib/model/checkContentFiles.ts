import { noteIdentity } from './noteIdentity';
import type { FileProblem } from './types';

/** The notes a content folder holds, and what is wrong with its files. */
export interface ContentFiles {
  /** Paths inside the content folder of the notes to build (`docker/container-lifecycle.mdx`). */
  notes: string[];
  problems: FileProblem[];
}

const hidden = (path: string) => path.split('/').some((part) => part.startsWith('.') || part.startsWith('_'));

/**
 * Sorts the files of the content folder into notes and mistakes, so that no note is silently left
 * out: a folder that is not a topic, a `.md` file, a note outside a topic folder or in a sub-folder,
 * two files that would be one page (names that differ only in case), a note called `index`.
 * Files and folders starting with `.` or `_` are ignored, as documented in docs/WRITING.md.
 *
 * @param files every file under the content folder, as forward-slash paths inside it
 * @param contentDir the content folder, relative to the project root (`content`)
 * @param topics the topic ids (src/lib/topics.ts)
 */
export function checkContentFiles(files: string[], contentDir: string, topics: readonly string[]): ContentFiles {
  const problems: FileProblem[] = [];
  const notes: string[] = [];
  const at = (path: string, message: string, line = 1) =>
    problems.push({ file: `${contentDir}/${path}`, line, message });
  const unknownFolders = new Set<string>();
  for (const path of [...files].sort()) {
    if (hidden(path)) continue;
    const parts = path.split('/');
    const isNote = /\.mdx$/i.test(path);
    const isMarkdown = /\.(md|markdown)$/i.test(path);
    if (!isNote && !isMarkdown) continue; // images and other files a note may use
    if (parts.length === 1) {
      at(path, `A note must be in a topic folder: move it to ${contentDir}/<topic>/ (topics: ${topics.join(', ')}).`);
      continue;
    }
    if (!topics.includes(parts[0]!)) {
      if (!unknownFolders.has(parts[0]!)) {
        unknownFolders.add(parts[0]!);
        at(
          path,
          `The folder ${contentDir}/${parts[0]}/ is not a topic. Topics are: ${topics.join(', ')}. ` +
            'Move the notes into one of those folders, or add the topic to src/lib/topics.ts.',
        );
      }
      continue;
    }
    if (isMarkdown) {
      const name = parts.at(-1)!;
      at(
        path,
        `Notes are MDX files: rename ${name} to ${name.replace(/\.\w+$/, '.mdx')} (a .md file is not published).`,
      );
      continue;
    }
    if (parts.length > 2) {
      at(path, `Notes sit directly in their topic folder: move it to ${contentDir}/${parts[0]}/${parts.at(-1)}.`);
      continue;
    }
    if (!path.endsWith('.mdx')) {
      at(path, `Write the extension in lower case: rename it to ${parts.at(-1)!.replace(/\.mdx$/i, '.mdx')}.`);
      continue;
    }
    notes.push(path);
  }
  const bySlug = new Map<string, string>();
  for (const path of notes) {
    const { topic, slug, path: page } = noteIdentity(path, contentDir);
    if (slug === '' || slug === 'index') {
      at(
        path,
        `A note cannot be called "${slug || path}": ${topic}/index.html is the topic's own page. Rename the file.`,
      );
      continue;
    }
    const other = bySlug.get(`${topic}/${slug}`);
    if (other) {
      at(
        path,
        `${contentDir}/${other} and this file would be the same page, ${page}: file names that differ only ` +
          'in case or punctuation make one page, and one note would be lost. Rename one of them.',
      );
      continue;
    }
    bySlug.set(`${topic}/${slug}`, path);
  }
  const kept = new Set(bySlug.values());
  return { notes: notes.filter((n) => kept.has(n)), problems };
}

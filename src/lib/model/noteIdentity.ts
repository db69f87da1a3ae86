import { slug } from 'github-slugger';
import { notePath } from '../urls';
import type { NoteIdentity } from './buildNoteModel';

/**
 * Which note a file of the content folder is: `docker/Container-Lifecycle.mdx` is the note
 * `container-lifecycle` of the topic `docker`, published at `docker/container-lifecycle.html`.
 * The slug is made as Astro's glob loader makes a collection entry's id (github-slugger over each
 * part of the path), so the model and the collection always name a note alike.
 *
 * @param contentPath the file's path inside the content folder, with forward slashes
 * @param contentDir the content folder, relative to the project root (`content`)
 */
export function noteIdentity(contentPath: string, contentDir: string): NoteIdentity {
  const [topic = '', ...rest] = contentPath.split('/');
  const noteSlug = rest
    .join('/')
    .replace(/\.mdx$/, '')
    .split('/')
    .map((part) => slug(part))
    .join('/');
  return { file: `${contentDir}/${contentPath}`, topic, slug: noteSlug, path: notePath(topic, noteSlug) };
}

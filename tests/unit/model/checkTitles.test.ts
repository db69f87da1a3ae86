import { describe, expect, it } from 'vitest';
import { buildNoteModel } from '~/lib/model/buildNoteModel';
import { duplicateTitles } from '~/lib/model/checkTitles';
import { noteIdentity } from '~/lib/model/noteIdentity';

const note = (path: string, title: string) =>
  buildNoteModel(`---\ndescription: x\ntitle: ${title}\n---\n\nText.\n`, noteIdentity(path, 'content'));

describe('duplicateTitles', () => {
  it('passes titles that differ, or are repeated in another topic', () => {
    expect(
      duplicateTitles([note('docker/a.mdx', 'Ports'), note('docker/b.mdx', 'Volumes'), note('compose/a.mdx', 'Ports')]),
    ).toEqual([]);
  });

  it('reports each note of a topic with one title, at its title, naming the others', () => {
    const problems = duplicateTitles([
      note('docker/a.mdx', 'Ports'),
      note('docker/b.mdx', 'ports '),
      note('docker/c.mdx', '"PORTS"'),
    ]);
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'content/docker/a.mdx:3',
      'content/docker/b.mdx:3',
      'content/docker/c.mdx:3',
    ]);
    expect(problems[0]!.message).toBe(
      'The title "Ports" is the title of content/docker/b.mdx (line 3) and content/docker/c.mdx (line 3) too, in the same topic: the sidebar and search would show two notes that read the same. Give each note its own title.',
    );
  });
});

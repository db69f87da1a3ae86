import { describe, expect, it } from 'vitest';
import { buildNoteModel } from '~/lib/model/buildNoteModel';
import { compareHeadings } from '~/lib/model/compareHeadings';

const model = buildNoteModel('---\ntitle: x\n---\n\n## Run it\n\n### Stop it\n', {
  file: 'content/docker/x.mdx',
  topic: 'docker',
  slug: 'x',
  path: 'docker/x.html',
});

describe('compareHeadings', () => {
  it('accepts the headings the renderer made', () => {
    expect(
      compareHeadings(model, [
        { depth: 2, slug: 'run-it', text: 'Run it' },
        { depth: 3, slug: 'stop-it', text: 'Stop it' },
      ]),
    ).toBeUndefined();
  });

  it('names the file and line of the first heading that differs', () => {
    expect(
      compareHeadings(model, [
        { depth: 2, slug: 'run-it', text: 'Run it' },
        { depth: 3, slug: 'stop-it-1', text: 'Stop it' },
      ]),
    ).toMatch(
      /^content\/docker\/x\.mdx:7: the page renders h3 #stop-it-1 \("Stop it"\) where the content model has h3 #stop-it \("Stop it"\)\./,
    );
  });

  it('notices a heading the model missed', () => {
    expect(compareHeadings(model, [{ depth: 2, slug: 'run-it', text: 'Run it' }])).toMatch(
      /^content\/docker\/x\.mdx:7: the page renders no heading where the content model has h3 #stop-it/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { buildToc } from '~/lib/toc';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops h1 and h4', () => {
    expect(buildToc([h(1, 'Title'), h(2, 'Run'), h(3, 'Detached'), h(4, 'Deep'), h(3, 'Ports'), h(2, 'Stop')])).toEqual(
      [
        {
          slug: 'run',
          text: 'Run',
          children: [
            { slug: 'detached', text: 'Detached', children: [] },
            { slug: 'ports', text: 'Ports', children: [] },
          ],
        },
        { slug: 'stop', text: 'Stop', children: [] },
      ],
    );
  });

  it('keeps an h3 that comes before any h2 as a top-level entry', () => {
    expect(buildToc([h(3, 'Early'), h(2, 'Later')]).map((i) => i.text)).toEqual(['Early', 'Later']);
  });

  it('is empty for a page without sections', () => {
    expect(buildToc([])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildNoteModel } from '~/lib/model/buildNoteModel';

const note = { file: 'content/docker/x.mdx', topic: 'docker', slug: 'x', path: 'docker/x.html' };

/** A note whose body starts at line 6 (five lines of frontmatter and ESM before it). */
const source = (...body: string[]) =>
  ['---', 'title: X', '---', "import Callout from '~/components/Callout.astro';", '', ...body].join('\n');

describe('buildNoteModel', () => {
  const model = buildNoteModel(
    source(
      'Intro with `<image>` and a [link](other.html#part).', // 6
      '',
      '## View "container" logs (docker logs --follow)', // 8
      '',
      '```shell', // 10
      '$ docker logs --follow <container>', // 11
      'hello from the output',
      '$ echo done',
      '```',
      '',
      'Read [`docker logs`](https://docs.docker.com/reference/cli/docker/container/logs/).', // 16
      '',
      '### Follow', // 18
      '',
      '<Callout type="tip" title="Stop following">', // 20
      '',
      'Press Ctrl-C. ![Logs](./logs.png)', // 22
      '',
      '</Callout>',
      '',
      '#### Deeper', // 26
      '',
      '```zsh prompt="#"', // 28
      '# docker ps --all',
      '```',
      '',
      '## View container logs', // 32
      '',
      '```yaml title="pod.yaml" fragment="k8s-container"', // 34
      'name: web',
      '```',
      '',
      '<img src="./a.png" alt="A" id="figure-a" /> and {\'{\'} braces', // 38
    ),
    note,
  );

  it('keeps the frontmatter, the imports and the intro', () => {
    expect(model.parsed).toBe(true);
    expect(model.frontmatter).toEqual({ title: 'X' });
    expect(model.frontmatterLine).toBe(1);
    expect(model.imports).toEqual([{ names: ['Callout'], source: '~/components/Callout.astro', line: 4 }]);
    expect(model.intro).toEqual({ text: 'Intro with <image> and a link.', line: 6 });
  });

  it('makes the anchors the page renders: smart punctuation, one slugger for the page, numbered repeats', () => {
    expect(model.sections.map((s) => [s.level, s.id, s.title, s.line])).toEqual([
      [2, 'view-container-logs-docker-logs-follow', 'View “container” logs (docker logs –follow)', 8],
      [3, 'follow', 'Follow', 18],
      [4, 'deeper', 'Deeper', 26],
      [2, 'view-container-logs', 'View container logs', 32],
    ]);
  });

  it("reads each section's text: prose, commands and comments, a callout's title, never output", () => {
    expect(model.sections[0]!.text).toBe('docker logs --follow <container> echo done Read docker logs.');
    expect(model.sections[1]!.text).toBe('Stop following Press Ctrl-C.');
    expect(model.sections[3]!.text).toBe('name: web and { braces');
  });

  it('finds every command of every shell language, at its line, with its reference', () => {
    expect(model.commands.map((c) => [c.text, c.key, c.tool, c.sectionId, c.line, c.reference ?? null])).toEqual([
      [
        'docker logs --follow <container>',
        'docker logs',
        'docker',
        'view-container-logs-docker-logs-follow',
        11,
        'https://docs.docker.com/reference/cli/docker/container/logs/',
      ],
      ['echo done', '', '', 'view-container-logs-docker-logs-follow', 13, null],
      ['docker ps --all', 'docker ps', 'docker', 'deeper', 29, null],
    ]);
    expect(model.commands[0]).toMatchObject({
      program: 'docker',
      subcommand: ['logs'],
      flags: ['--follow'],
      placeholders: ['<container>'],
    });
  });

  it('keeps each snippet with its first line in the note and its meta', () => {
    expect(model.snippets.map((s) => [s.lang, s.line, s.title ?? null, s.fragment ?? null, s.sectionId])).toEqual([
      ['shell', 11, null, null, 'view-container-logs-docker-logs-follow'],
      ['zsh', 29, null, null, 'deeper'],
      ['yaml', 35, 'pod.yaml', 'k8s-container', 'view-container-logs'],
    ]);
  });

  it('keeps links, images, elements, components and anchors with their lines', () => {
    expect(model.links).toEqual([
      { href: 'other.html#part', text: 'link', isCode: false, line: 6 },
      {
        href: 'https://docs.docker.com/reference/cli/docker/container/logs/',
        text: 'docker logs',
        isCode: true,
        line: 16,
      },
    ]);
    expect(model.images).toEqual([
      { src: './logs.png', alt: 'Logs', syntax: 'markdown', line: 22 },
      { src: './a.png', alt: 'A', syntax: 'jsx', line: 38 },
    ]);
    expect(model.components).toEqual([{ name: 'Callout', line: 20 }]);
    expect(model.elements.map((e) => e.name)).toEqual(['Callout', 'img']);
    expect(model.anchors).toEqual([{ id: 'figure-a', line: 38 }]);
  });

  it('reports MDX that does not parse at its line, with the fix', () => {
    const broken = buildNoteModel(source('Run docker run <image> now.'), note);
    expect(broken.parsed).toBe(false);
    expect(broken.problems).toEqual([
      {
        line: 6,
        message:
          'MDX does not parse: Expected a closing tag for `<image>` before the end of `paragraph`. ' +
          'A placeholder such as <image> and a { or } in prose must be in backticks (`<image>`), or escaped (\\{).',
      },
    ]);
  });

  it('resolves reference-style links and images', () => {
    const m = buildNoteModel(
      source('See [the docs][docs] and ![a chart][chart].', '', '[docs]: a.html', '[chart]: ./c.png'),
      note,
    );
    expect(m.links.map((l) => l.href)).toEqual(['a.html']);
    expect(m.images.map((i) => i.src)).toEqual(['./c.png']);
  });
});

import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentModel } from '~/build/contentModel';
import { checkSnippet } from '~/lib/snippets/checkSnippet';
import { findSnippets } from '~/lib/snippets/findSnippets';

/**
 * Every fixture of tests/fixtures/ is a content folder with one kind of mistake. Each goes through
 * the entry point the build uses (src/build/contentModel.ts, called by the notes integration before
 * anything is rendered), and must fail with exactly these messages, at these lines of the note.
 * Paths are shown relative to the fixture; `<content>` stands for its folder (content/ in a build).
 */
function problemsOf(name: string, production = true): string[] {
  const contentDir = `tests/fixtures/${name}`;
  const model = loadContentModel({
    root: process.cwd(),
    contentDir,
    production,
    features: { gfm: true, smartypants: true },
  });
  return model.problems.map(
    (p) => `${p.file.slice(contentDir.length + 1)}:${p.line}: ${p.message.replaceAll(contentDir, '<content>')}`,
  );
}

const FIXTURES: [string, string[]][] = [
  [
    'bad-date',
    [
      'docker/dates.mdx:5: `published` is invalid: Write the date as YYYY-MM-DD, for example 2026-11-26 (not "26/11/2026").',
      'docker/dates.mdx:6: `updated` is invalid: Write the date as YYYY-MM-DD, for example 2026-11-26 (not "2026-02-30").',
    ],
  ],
  [
    'bad-frontmatter',
    [
      'docker/broken.mdx:1: `description` is missing.',
      'docker/broken.mdx:3: `order` is invalid: Invalid input: expected number, received string.',
    ],
  ],
  [
    'bad-link-forms',
    [
      'docker/links.mdx:13: The link "/index.html" is broken: a link from the site root breaks when the site is opened from disk: write it relative to this page.',
      'docker/links.mdx:13: The link "../compose/" is broken: it links to a folder: link to its index.html, so that it also works from disk.',
      'docker/links.mdx:13: The link "javascript:alert(1)" is broken: a javascript: link runs code: link to a page instead.',
      'docker/links.mdx:14: The link "links.html#link" is broken: docker/links.html has no section #link (did you mean #links?).',
      'docker/links.mdx:14: The link "links" is broken: docker/links does not exist (link to links.html: pages end in .html).',
      'docker/links.mdx:15: The link "links.mdx" is broken: docker/links.mdx does not exist (link to the page, links.html: a note\'s .mdx file is not published).',
      'docker/links.mdx:15: The link "Links.html" is broken: docker/Links.html does not exist (did you mean links.html? Paths are case-sensitive on most servers).',
    ],
  ],
  [
    'broken-json-snippet',
    ['docker/json.mdx:17: JSON does not parse (column 1): Expected double-quoted property name.'],
  ],
  [
    'broken-yaml-snippet',
    [
      'kubernetes/pod.mdx:21: YAML does not parse: Sequence item without - indicator.',
      'kubernetes/pod.mdx:27: Service lacks `metadata.name`: kubectl apply needs a name.',
    ],
  ],
  [
    'case-collision',
    [
      'docker/ports.mdx:1: <content>/docker/Ports.mdx and this file would be the same page, docker/ports.html: file names that differ only in case or punctuation make one page, and one note would be lost. Rename one of them.',
    ],
  ],
  [
    'component-not-imported',
    [
      "docker/callout.mdx:13: <Callout> is used but not imported: add `import Callout from '~/components/Callout.astro';` below the frontmatter.",
    ],
  ],
  [
    'future-date',
    [
      'docker/future.mdx:6: `updated` is invalid: `updated` is a day still to come: write the day the note was last checked, YYYY-MM-DD.',
    ],
  ],
  [
    'duplicate-heading',
    [
      'docker/twice.mdx:18: "View container logs" is the text of the heading at line 10 too: give each heading its own words, so that each has its own anchor (this one\'s is #view-container-logs-1) and is told apart in the table of contents and in search.',
    ],
  ],
  [
    'duplicate-title',
    [
      'docker/logging.mdx:3: The title "container  logs" is the title of <content>/docker/logs.mdx (line 2) too, in the same topic: the sidebar and search would show two notes that read the same. Give each note its own title.',
      'docker/logs.mdx:2: The title "Container logs" is the title of <content>/docker/logging.mdx (line 3) too, in the same topic: the sidebar and search would show two notes that read the same. Give each note its own title.',
    ],
  ],
  [
    'empty-note',
    [
      'docker/empty.mdx:1: The note has nothing after its frontmatter, so its page would be empty: write its introduction and sections, or set `draft: true` until it has them.',
    ],
  ],
  [
    'dead-link',
    [
      'docker/links.mdx:12: The link "missing-page.html" is broken: docker/missing-page.html does not exist.',
      'docker/links.mdx:12: The link "links.html#no-such-section" is broken: docker/links.html has no section #no-such-section.',
    ],
  ],
  // Only the built site can tell (the Commands page has no such group): see badContent.test.ts.
  ['dead-link-generated-page', []],
  ['drafts', []],
  // Builds, with a warning: see below and badContent.test.ts.
  ['end-of-life', []],
  // Good content: one diagram in two notes and twice on a page; its ids are checked in badContent.test.ts.
  ['shared-diagram', []],
  ['frontmatter-syntax', ['compose/bad.mdx:4: Frontmatter is not valid YAML: Missing closing "quote']],
  [
    'flag-outside-code',
    [
      'compose/flags.mdx:11: "–build" is how the page shows --build written outside code: smart punctuation makes a dash of "--". Write the flag as code: `--build`.',
      'compose/flags.mdx:13: "–no-cache" is how the page shows --no-cache written outside code: smart punctuation makes a dash of "--". Write the flag as code: `--no-cache`.',
    ],
  ],
  [
    'heading-levels',
    [
      'docker/headings.mdx:11: "# A second title" is a second title: the note\'s title is its frontmatter `title`. Start sections at ##.',
      'docker/headings.mdx:15: "#### Too deep" skips a heading level (after an h2): use ###.',
    ],
  ],
  [
    'search-phrases',
    [
      'docker/phrases.mdx:6: `searchPhrases` names the section `view-container-log`, which this note does not have: did you mean `view-container-logs`? Use the anchor of one of its h2 or h3 headings (the part of its link after #).',
      'docker/phrases.mdx:7: `searchPhrases` names `follow-the-output`, a heading below h3: search lands on the h2 or h3 above it. Move its phrases to `show-the-output`.',
      'docker/phrases.mdx:9: The search phrase "Delete a container" is given for docker/phrases.html#remove-containers too: keep it on the one section that answers it.',
      'docker/phrases.mdx:10: `searchPhrases.kill-a-container` is invalid: write the phrases as a list: `["container output", "see what it printed"]`.',
      "docker/phrases.mdx:11: `searchPhrases.intro` is the introduction's, and this note also has a heading whose anchor is `intro`: rename that heading, so each set of phrases has one section.",
      'docker/restart.mdx:6: The search phrase "clean up" is given for docker/phrases.html#remove-containers too: keep it on the one section that answers it.',
      // `intro` is the introduction's key, not a missing section; its phrases are checked for copies too.
      'docker/restart.mdx:7: The search phrase "halt it" is given for docker/phrases.html#stop-a-container too: keep it on the one section that answers it.',
    ],
  ],
  [
    'image-without-alt',
    [
      'docker/alt.mdx:13: ![](./pixel.png) has no text alternative: say what the image shows, as in ![A Pod with two containers](./pixel.png).',
    ],
  ],
  [
    'index-note',
    [
      'docker/index.mdx:1: A note cannot be called "index": docker/index.html is the topic\'s own page. Rename the file.',
    ],
  ],
  [
    'inline-handler',
    [
      "docker/handler.mdx:13: The `onclick` attribute on <span> is an inline event handler: a note cannot run code in a reader's browser. Remove it.",
    ],
  ],
  [
    'jsx-link',
    [
      'docker/link.mdx:13: Write the link in Markdown, [text](href): the print view and the link check follow Markdown links, and an <a> in a note is left as it is.',
    ],
  ],
  ['link-to-draft', ['docker/published.mdx:13: The link "draft.html" is broken: docker/draft.html does not exist.']],
  [
    'markdown-file',
    ['docker/notes.md:1: Notes are MDX files: rename notes.md to notes.mdx (a .md file is not published).'],
  ],
  [
    'mdx-syntax',
    [
      'docker/placeholder.mdx:13: MDX does not parse: Expected a closing tag for `<image>` before the end of `paragraph`. A placeholder such as <image> and a { or } in prose must be in backticks (`<image>`), or escaped (\\{).',
    ],
  ],
  [
    'missing-image',
    [
      "docker/image.mdx:93: ![The container lifecycle](./lifecycle.png): the image <content>/docker/lifecycle.png does not exist. Check the file name; a path is relative to the note's file.",
    ],
  ],
  [
    'missing-img-element',
    [
      'docker/img.mdx:13: <img src="./architecture.png">: the image <content>/docker/architecture.png does not exist. Check the file name; a path is relative to the note\'s file.',
    ],
  ],
  [
    'missing-import',
    [
      'docker/imports.mdx:10: The import "~/components/diagrams/PortDiagram.astro" names a file that does not exist (src/components/diagrams/PortDiagram.astro).',
    ],
  ],
  [
    'nested-note',
    ['docker/more/deep.mdx:1: Notes sit directly in their topic folder: move it to <content>/docker/deep.mdx.'],
  ],
  [
    'note-outside-topic',
    [
      'stray.mdx:1: A note must be in a topic folder: move it to <content>/<topic>/ (topics: docker, compose, delivery, kubernetes).',
    ],
  ],
  [
    'remote-image',
    [
      'docker/remote.mdx:13: ![The Docker logo](https://www.docker.com/logo.png) loads an image from another site: the site makes no request to other sites, and works offline. Save the image next to the note and write ![what it shows](./file.png).',
    ],
  ],
  [
    'script-in-note',
    [
      "docker/script.mdx:15: <script> in a note: a note cannot run code in a reader's browser (the Content-Security-Policy blocks it). Show code in a fenced block (```js), or build the behaviour as a component under src/components/.",
    ],
  ],
  [
    'unknown-component',
    [
      "docker/diagram.mdx:15: <ContainerLifecycl> is not a known component: did you mean <ContainerLifecycle> (`import ContainerLifecycle from '~/components/diagrams/ContainerLifecycle.astro';`)?",
    ],
  ],
  [
    'unknown-element',
    [
      'docker/element.mdx:13: <container> is not an HTML element a note may use. A placeholder in prose goes in backticks (`<container>`); styles and embeds (<style>, <iframe>) belong in components.',
    ],
  ],
  [
    'unknown-release',
    [
      'kubernetes/pods.mdx:8: `checkedAgainst`: unknown tool "kubernets". Known tools: kubernetes, minikube, helm, skaffold, docker-engine, compose, aws-cli, eb-cli, nodejs; add a new one to src/data/versions.yaml.',
      'kubernetes/pods.mdx:9: `checkedAgainst`: Kubernetes has no release "1.3" in src/data/versions.yaml. Known: 1.37, 1.36, 1.35, 1.34. Correct the version, or add the release to the file.',
    ],
  ],
  [
    'unknown-topic',
    [
      'k8s/pods.mdx:1: The folder <content>/k8s/ is not a topic. Topics are: docker, compose, delivery, kubernetes. Move the notes into one of those folders, or add the topic to src/lib/topics.ts.',
    ],
  ],
  ['uppercase-extension', ['docker/Shout.MDX:1: Write the extension in lower case: rename it to Shout.mdx.']],
  [
    'html-comment',
    [
      'docker/comment.mdx:13: MDX does not parse: an HTML comment, <!-- … -->, is not MDX. MDX comments are written `{/* … */}`.',
    ],
  ],
  [
    'html-heading',
    [
      'docker/heading.mdx:13: <h3> in a note: write the heading as `### …`, so that it gets its anchor, its place in the table of contents and in search.',
    ],
  ],
  [
    'percent-in-path',
    [
      'docker/percent.mdx:13: ![A disk at 100 percent](./disk-100%.png): the path has a % that is not an escape: write % as %25 (or rename the file).',
      'docker/percent.mdx:15: The link "percent.html#50%-off" is broken: its #fragment has a % that is not an escape: write % as %25 (a heading\'s anchor has no %).',
    ],
  ],
  [
    'pipe-in-table',
    [
      'docker/table.mdx:15: This table row has 3 cells but the table has 2 columns, so the last one is not shown: write a `|` inside a cell as `\\|` (in code too).',
    ],
  ],
  [
    'unclosed-fence',
    [
      'docker/closed.mdx:13: The code block ```shell is not closed, so everything after it is shown as code: close it with ``` where its code ends.',
      'docker/open.mdx:13: The code block ```shell is not closed, so what follows it is shown as code up to the ```yaml at line 20: close it with ``` before line 20.',
    ],
  ],
  [
    'undefined-reference',
    [
      'docker/reference.mdx:13: The link reference `[logs-ref]` has no definition, so the page shows it as text: add `[logs-ref]: <url>` on a line of its own, or write an inline link [text](url).',
    ],
  ],
  [
    'unknown-callout-type',
    [
      'docker/callout.mdx:15: <Callout type="warning"> is not a kind of callout: use one of note, tip, caution, deprecated, mistake.',
    ],
  ],
];

describe('bad content is refused with the file, the line in the note and what to fix', () => {
  it.each(FIXTURES.filter(([, expected]) => expected.length))('%s', (name, expected) => {
    expect(problemsOf(name)).toEqual(expected);
  });

  it('covers every fixture folder', () => {
    // tests/fixtures/snippets/ holds one note per snippet check, and valid/ correct ones:
    // tests/unit/snippetFixtures.test.ts.
    const folders = readdirSync('tests/fixtures').filter((f) => f !== 'snippets');
    expect(FIXTURES.map(([name]) => name).sort()).toEqual(folders.sort());
  });

  it('has at least 20 kinds of bad content', () => {
    expect(FIXTURES.filter(([, expected]) => expected.length).length).toBeGreaterThanOrEqual(20);
  });
});

describe('a release past its end of life', () => {
  it('is a warning at the line of the version, not an error', () => {
    const model = loadContentModel({
      root: process.cwd(),
      contentDir: 'tests/fixtures/end-of-life',
      production: true,
      features: { gfm: true, smartypants: true },
      today: new Date('2026-12-01T00:00:00Z'),
    });
    expect(model.problems).toEqual([]);
    expect(model.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`)).toEqual([
      'tests/fixtures/end-of-life/kubernetes/old.mdx:8: checked against Kubernetes 1.34, which reached end of life on 2026-10-27. Check the note against a supported release (1.37, 1.36, 1.35) and update `checkedAgainst`.',
    ]);
  });
});

describe('drafts', () => {
  it('are checked, and a link to one is broken only where drafts are left out', () => {
    expect(problemsOf('drafts')).toEqual([]);
    expect(problemsOf('link-to-draft', false)).toEqual([]);
  });
});

describe('the snippet fixtures, through the build', () => {
  // tests/unit/snippetFixtures.test.ts asserts the exact message and line of each snippet check
  // (T10s's validators, called directly). Here the same notes go through the build's own entry
  // point, as published notes with a complete frontmatter: the build must refuse each one with
  // exactly those problems, at the same lines of the note (moved by the longer frontmatter).
  const dir = 'tests/.tmp/snippet-fixtures';
  const names = readdirSync('tests/fixtures/snippets')
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const frontmatter = (title: string) =>
    [
      '---',
      `title: ${JSON.stringify(title)}`,
      'description: A note with one kind of bad snippet.',
      'order: 1',
      'published: 2026-11-26',
      'updated: 2026-11-26',
      'checkedAgainst: [{ tool: docker-engine, version: "29", checked: 2026-11-26 }]',
      '---',
      '',
    ].join('\n');

  it("refuses each one with the validators' problems, at its lines in the note", () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'docker'), { recursive: true });
    const expected: string[] = [];
    for (const name of names) {
      const source = readFileSync(join('tests/fixtures/snippets', name), 'utf8');
      const [, head = '', body = ''] = source.match(/^(---\n[\s\S]*?\n---\n)([\s\S]*)$/) ?? [];
      const published = frontmatter(name.replace(/\.mdx$/, '')) + body;
      const shift = published.split('\n').length - source.split('\n').length;
      expect(head, `${name} starts with its frontmatter`).not.toBe('');
      writeFileSync(join(dir, 'docker', name), published);
      const problems = findSnippets(source).flatMap(checkSnippet);
      expect(problems.length, `${name} is bad content`).toBeGreaterThan(0);
      expected.push(...problems.map((p) => `docker/${name}:${p.line + shift}: ${p.message}`));
    }
    const model = loadContentModel({
      root: process.cwd(),
      contentDir: dir,
      production: true,
      features: { gfm: true, smartypants: true },
    });
    expect(model.notes).toHaveLength(names.length);
    expect(model.problems.map((p) => `${p.file.slice(dir.length + 1)}:${p.line}: ${p.message}`).sort()).toEqual(
      expected.sort(),
    );
  });
});

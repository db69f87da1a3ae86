import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '~/lib/builtPage';
import { checkBuiltSite } from '~/lib/checkBuiltSite';
import { scriptHash } from '~/lib/contentSecurityPolicy';

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('readBuiltPage', () => {
  it('reads ids, links (and which are prose), scripts and handlers with an HTML parser', () => {
    const read = readBuiltPage(
      page(
        '<h2 id="a">A</h2><p id="a">again</p><a href="x.html#b" title="a > b">x</a>' +
          '<div class="prose"><p><a href="y.html">y</a></p></div>' +
          '<script>const t = `<a href="${u}">`;</script><script src="search/engine.js"></script>' +
          '<script type="application/json">{"a":1}</script><span onclick="go()">s</span>',
        '<base href="/"><link rel="stylesheet" href="assets/site.css"><link rel="icon" href="i.svg">',
      ),
    );
    expect([...read.ids]).toEqual(['a']);
    expect(read.duplicateIds).toEqual(['a']);
    expect(read.links).toEqual([
      { href: 'x.html#b', inProse: false },
      { href: 'y.html', inProse: true },
    ]);
    expect(read.inlineScripts).toEqual(['const t = `<a href="${u}">`;']);
    expect(read.scriptSources).toEqual(['search/engine.js']);
    expect(read.stylesheets).toEqual(['assets/site.css']);
    expect(read.handlers).toEqual([{ tag: 'span', attribute: 'onclick' }]);
    expect(read.base).toBe('/');
  });
});

describe('checkBuiltSite', () => {
  const pages = new Map([
    [
      'index.html',
      readBuiltPage(page('<a href="docker/index.html">D</a><a href="docker/">folder</a><script>ok()</script>')),
    ],
    [
      'docker/index.html',
      readBuiltPage(
        page(
          '<div class="prose"><a href="run.html#logs">ok</a><a href="run.html#nope">bad</a></div><a href="../gone.html">x</a>',
        ),
      ),
    ],
    [
      'docker/run.html',
      readBuiltPage(
        page(
          '<h2 id="logs">L</h2><a href="#logs">self</a><a href="https://docs.docker.com/">e</a><script>evil()</script>',
          '<link rel="stylesheet" href="../assets/site.css"><link rel="stylesheet" href="../assets/gone.css">' +
            '<link rel="stylesheet" href="https://cdn.example.com/x.css">',
        ),
      ),
    ],
    ['404.html', readBuiltPage(page('<a href="docker/index.html">from the root</a>', '<base href="/">'))],
  ]);
  const problems = checkBuiltSite(pages, {
    files: new Set([...pages.keys(), 'notes.zip', 'assets/site.css']),
    scriptHashes: new Set([scriptHash('ok()')]),
    sourceOf: (p, href) =>
      p === 'docker/index.html' && href === 'run.html#nope'
        ? { file: 'content/docker/index.mdx', line: 12 }
        : undefined,
  });

  it('reports broken links, at the note line when a note wrote them, and scripts the policy blocks', () => {
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'index.html:0: The link "docker/" is broken: it links to a folder: link to its index.html, so that it also works from disk. (made by the site\'s pages or components, not by a note)',
      'content/docker/index.mdx:12: The link "run.html#nope" is broken: docker/run.html has no element with the id "nope".',
      'docker/index.html:0: The link "../gone.html" is broken: gone.html does not exist. (made by the site\'s pages or components, not by a note)',
      'docker/run.html:0: An inline script that is not one of the site\'s own (src/build/siteScripts.ts) is on the page: the Content-Security-Policy blocks it. It starts "evil()" (made by the site\'s pages or components, not by a note)',
      'docker/run.html:0: The stylesheet "../assets/gone.css" does not exist (made by the site\'s pages or components, not by a note)',
      'docker/run.html:0: The stylesheet "https://cdn.example.com/x.css" comes from another site: the site loads nothing from elsewhere (made by the site\'s pages or components, not by a note)',
    ]);
  });
});

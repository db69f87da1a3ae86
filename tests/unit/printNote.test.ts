import { describe, expect, it } from 'vitest';
import { printNote, proseOf } from '~/lib/printNote';

describe('printNote', () => {
  const printed = new Set(['docker/a.html', 'docker/b.html', 'compose/c.html']);
  it('shifts headings, prefixes ids and rewrites links for one page at the site root', () => {
    const html =
      '<div class="heading-wrapper level-2"><h2 id="run">Run</h2><a class="heading-anchor" href="#run">#</a></div>' +
      '<p><a href="b.html#logs">b</a> <a href="../compose/c.html">c</a> <a href="../gone/x.html#y">x</a> <a href="https://docs.docker.com/">d</a></p>' +
      '<svg aria-labelledby="t d"><title id="t">T</title></svg><h3 id="sub">Sub</h3>';
    expect(printNote(html, 'docker/a.html', printed)).toBe(
      '<div class="heading-wrapper level-3"><h3 id="docker--a--run">Run</h3><a class="heading-anchor" href="#docker--a--run">#</a></div>' +
        '<p><a href="#docker--b--logs">b</a> <a href="#compose--c">c</a> <a href="gone/x.html#y">x</a> <a href="https://docs.docker.com/">d</a></p>' +
        '<svg aria-labelledby="docker--a--t docker--a--d"><title id="docker--a--t">T</title></svg><h4 id="docker--a--sub">Sub</h4>',
    );
  });

  it('takes the prose of a built page', () => {
    expect(proseOf('<article class="note"><header>h</header><div class="prose"><p>x</p>\n</div></article>')).toBe(
      '<p>x</p>\n',
    );
  });
});

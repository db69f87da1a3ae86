import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { transformerShellSession } from '~/shiki/shellSession';
import { transformerPlaceholders } from '~/shiki/placeholders';
import { transformerCodeFrame, readTitle } from '~/shiki/codeFrame';
import { SHELL_LANGS } from '~/lib/shellSession';
import { buildNoteModel } from '~/lib/model/buildNoteModel';
import { attributeValues } from '../html';

const render = (code: string, lang: string, meta = '') =>
  codeToHtml(code, {
    lang: lang === 'shell' ? 'shellscript' : lang,
    themes: { light: 'github-light-default', dark: 'github-dark-default' },
    defaultColor: false,
    meta: { __raw: meta },
    transformers: [
      // The real pipeline sees the author's language name; mimic Astro's alias handling.
      {
        name: 'lang',
        preprocess(_c, o) {
          o.lang = lang;
        },
      },
      transformerShellSession(),
      transformerPlaceholders(),
      transformerCodeFrame(),
    ],
  });

describe('shell blocks', () => {
  it('draw the prompt unselectable and copy only the commands', async () => {
    const html = await render('$ docker logs <container>\nhello\n$ docker ps', 'shell');
    expect(html).toContain('<span class="prompt" aria-hidden="true">$ </span>');
    expect(html).toContain('data-copy="docker logs <container>\ndocker ps"');
    expect(html).toMatch(/class="line line-output"/);
    expect(html).toContain('data-command="docker ps"');
    expect(html).toContain('class="code-frame is-terminal"');
  });

  it('make each placeholder one token', async () => {
    const html = await render('$ kubectl describe pod <pod-name>', 'shell');
    expect(html).toMatch(/<span [^>]*class="placeholder">&#x3C;pod-name><\/span>/);
  });
});

describe('frames', () => {
  it.each([
    ['title="compose.yaml"', 'compose.yaml'],
    ["title='k8s/deployment.yaml' {2}", 'k8s/deployment.yaml'],
    ['{1,3}', undefined],
  ])('readTitle(%s) = %s', (meta, title) => expect(readTitle(meta)).toBe(title));

  it('name the file of a titled block and copy the code as is', async () => {
    const html = await render('services:\n  web:\n    image: nginx', 'yaml', 'title="compose.yaml"');
    expect(html).toContain('<figcaption class="code-header"><span class="code-title">compose.yaml</span></figcaption>');
    expect(html).toContain('data-copy="services:\n  web:\n    image: nginx"');
  });
});

describe('the copy buttons and the Commands page read a block alike', () => {
  // One list of shell languages and one session parser (src/lib/shellSession.ts): every language
  // that gets copy buttons also gets its commands into the model (the Commands page, search).
  it.each([...SHELL_LANGS])('```%s', async (lang) => {
    const code = '$ docker ps --all\nCONTAINER ID\n$ kubectl get pods';
    const html = await render(code, lang);
    const copied = attributeValues(html, 'data-command');
    const model = buildNoteModel(`---\ntitle: x\n---\n\n\`\`\`${lang}\n${code}\n\`\`\`\n`, {
      file: 'content/docker/x.mdx',
      topic: 'docker',
      slug: 'x',
      path: 'docker/x.html',
    });
    expect(copied).toEqual(['docker ps --all', 'kubectl get pods']);
    expect(model.commands.map((c) => c.text)).toEqual(copied);
  });
});

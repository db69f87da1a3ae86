import { describe, expect, it } from 'vitest';
import { extractSections } from '~/lib/extractSections';

const html = `<html><body><main><article class="note" data-pagefind-body data-pagefind-filter="topic:Docker">
<header class="note-header"><h1>Container lifecycle</h1><p>desc</p></header>
<details class="toc-mobile"><summary>On this page</summary>toc</details>
<div class="prose"><p>A container moves through states.</p>
<div class="heading-wrapper level-2"><h2 id="view-container-logs">View container logs</h2><a class="heading-anchor" href="#view-container-logs">#<span>Section titled</span></a></div>
<figure class="code-frame"><pre data-copy="docker logs &#x3C;container>"><code><span class="line line-command" data-command="docker logs &#x3C;container>"><span class="prompt">$ </span>docker logs &lt;container&gt;</span>
<span class="line line-output"><span>hello from output</span></span>
</code></pre></figure><p>Works for &quot;stopped&quot; containers.</p>
<div class="heading-wrapper level-3"><h3 id="follow">Follow</h3></div><p>Use -f.</p>
<figure class="code-frame"><pre><code><span class="line line-command" data-command="minikube ip"><span class="prompt">$ </span><span>minikube ip</span></span>
<span class="line line-output"><span>192.168.49.2</span></span></code></pre></figure>
</div></article></main></body></html>`;

describe('extractSections', () => {
  it('splits a note at its h2/h3 anchors with text and commands, skipping output and anchors', () => {
    expect(extractSections(html, 'docker/container-lifecycle.html')).toEqual([
      {
        id: 'docker/container-lifecycle.html',
        page: 'docker/container-lifecycle.html',
        pageTitle: 'Container lifecycle',
        topic: 'Docker',
        title: 'Container lifecycle',
        text: 'A container moves through states.',
        commands: [],
      },
      {
        id: 'docker/container-lifecycle.html#view-container-logs',
        page: 'docker/container-lifecycle.html',
        pageTitle: 'Container lifecycle',
        topic: 'Docker',
        title: 'View container logs',
        text: 'docker logs <container> Works for "stopped" containers.',
        commands: ['docker logs <container>'],
      },
      {
        id: 'docker/container-lifecycle.html#follow',
        page: 'docker/container-lifecycle.html',
        pageTitle: 'Container lifecycle',
        topic: 'Docker',
        title: 'Follow',
        text: 'Use -f. minikube ip',
        commands: ['minikube ip'],
      },
    ]);
  });
});

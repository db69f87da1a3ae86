import { describe, expect, it } from 'vitest';
import { extractCommands, toolOf } from '~/lib/extractCommands';

const body = `
Intro text.

## View container logs

\`\`\`shell
$ docker logs <container>
hello
\`\`\`

Read them with [\`docker logs\`](https://docs.docker.com/reference/cli/docker/container/logs/).

### Follow the logs

\`\`\`shell
# keep streaming
$ docker logs -f <container>
\`\`\`

## Compose

\`\`\`yaml
services: {}
\`\`\`

\`\`\`shell
$ docker compose up -d
## not a heading inside a block
$ echo "$PASSWORD" | docker login --password-stdin
\`\`\`
`;

describe('extractCommands', () => {
  const headings = [
    { depth: 2, slug: 'view-container-logs', text: 'View container logs' },
    { depth: 3, slug: 'follow-the-logs', text: 'Follow the logs' },
    { depth: 2, slug: 'compose', text: 'Compose' },
  ];
  const found = extractCommands({ page: 'docker/x.html', body, headings });

  it('finds every command with its section, key, tool and reference', () => {
    expect(found.map((c) => [c.command, c.key, c.tool, c.section, c.reference ?? null])).toEqual([
      [
        'docker logs <container>',
        'docker logs',
        'docker',
        'view-container-logs',
        'https://docs.docker.com/reference/cli/docker/container/logs/',
      ],
      [
        'docker logs -f <container>',
        'docker logs',
        'docker',
        'follow-the-logs',
        'https://docs.docker.com/reference/cli/docker/container/logs/',
      ],
      ['docker compose up -d', 'docker compose up', 'compose', 'compose', null],
      ['echo "$PASSWORD" | docker login --password-stdin', 'docker login', 'docker', 'compose', null],
    ]);
  });

  it.each([
    ['docker compose up', 'compose'],
    ['docker run', 'docker'],
    ['kubectl get', 'kubectl'],
    ['minikube docker-env', 'minikube'],
  ])('toolOf(%s) = %s', (key, tool) => expect(toolOf(key)).toBe(tool));
});

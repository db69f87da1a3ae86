import { describe, expect, it } from 'vitest';
import { commandLineProblem } from '~/lib/snippets/execCommand';
import { checkKubernetesPart } from '~/lib/snippets/kubernetes/checkKubernetesObject';
import { KUBERNETES_PARTS } from '~/lib/snippets/fragments';

describe('commandLineProblem', () => {
  it.each([
    [['sh', '-c', 'curl -f http://localhost']],
    [['curl', '-f', 'http://localhost']],
    [['/usr/local/bin/healthcheck']],
    [['<command>', 'x']],
    [[]],
  ])('%j is right', (items) => expect(commandLineProblem(items)).toBeUndefined());

  it('splits a command line, or runs it in a shell', () => {
    expect(commandLineProblem(['npm run start'])).toBe(
      'runs a program named `npm run start`, which does not exist: nothing splits an item of the list. Give each argument its own item, `["npm", "run", "start"]`, or let a shell split the line, `["sh", "-c", "npm run start"]`.',
    );
    expect(commandLineProblem(['curl -f', 'http://x'])).toMatch(/`\["curl", "-f", "http:\/\/x"\]`/);
  });

  it('runs a line with shell syntax only in a shell, and gives `sh -c` its items', () => {
    expect(commandLineProblem(['cat /tmp/a && cat /tmp/b'])).toMatch(
      /Let a shell run the line, `\["sh", "-c", "cat \/tmp\/a && cat \/tmp\/b"\]`\.$/,
    );
    expect(commandLineProblem(["sh -c 'echo hi; sleep 1'"])).toMatch(
      /Give the shell its `-c` and the script as items of their own, `\["sh", "-c", "echo hi; sleep 1"\]`\.$/,
    );
  });

  it('keeps each later item one word in the line it gives a shell', () => {
    // Joined bare, the shell would read `sh -c echo hi; x`: a script `echo`, then a command `x`.
    expect(commandLineProblem(['sh -c', 'echo hi; x'])).toMatch(
      /`\["sh", "-c", "echo hi; x"\]`, or let a shell split the line, `\["sh", "-c", "sh -c 'echo hi; x'"\]`\.$/,
    );
    // `sh -c 'script' a`: the script with its `-c`, and `a` after it, its `$0`.
    expect(commandLineProblem(["sh -c 'echo $0'", 'a'])).toMatch(
      /Give the shell its `-c` and the script as items of their own, `\["sh", "-c", "echo \$0", "a"\]`\.$/,
    );
  });
});

describe("a container's commands", () => {
  const messages = (container: object) =>
    checkKubernetesPart(container, KUBERNETES_PARTS['k8s-container'], () => 1).map((p) => p.message);

  it('are checked: its own, its lifecycle hooks and its probes', () => {
    const got = messages({
      name: 'web',
      image: 'nginx',
      command: ['nginx -g daemon off;'],
      lifecycle: { preStop: { exec: { command: ['nginx -s quit'] } } },
      startupProbe: { exec: { command: ['cat /tmp/ready'] } },
      args: ['--port 80'],
    });
    expect(got.map((m) => m.split(' runs ')[0])).toEqual([
      '`command` of a container',
      '`lifecycle.preStop.exec.command` of a container',
      '`startupProbe.exec.command` of a container',
    ]);
  });
});

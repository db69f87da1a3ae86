import { describe, expect, it } from 'vitest';
import { matchCommand } from '~/lib/commandFilter';

const row = (command: string, task = 'Some task') => ({ command, task });
const matches = (q: string, command: string, task?: string) => !!matchCommand(q, row(command, task));

describe('matchCommand', () => {
  it.each([
    ['logs', 'docker logs <container>', 'View container logs', true],
    ['logs', 'kubectl logs deployment/web --follow', 'Local development workflow', true],
    ['logs', 'docker login', 'Log in to the registry', false],
    ['logs', 'docker run -d <image>', 'Run in the background', false],
    // The task (the section heading) counts, the note title does not.
    ['background', 'docker run -d <image>', 'Run in the background', true],
    ['-d', 'docker compose up -d', 'Run in the background (up -d)', true],
    ['-d', 'docker run --rm <image>', 'Run once', false],
    ['--build', 'docker compose up --build', 'Rebuild images', true],
    ['compose ps', 'docker compose ps', 'Service status', true],
    ['compose ps', 'docker ps', 'List containers', false],
    ['pod', 'kubectl get pods', 'Checking status', true],
    ['container', 'docker logs <container>', 'Read the output', false], // a placeholder is not a word
    ['roll', 'kubectl rollout restart deployment/web', 'Restart', true], // still typing
    ['roll ', 'kubectl rollout restart deployment/web', 'Restart', false],
  ])('"%s" in %s (%s): %s', (q, command, task, out) => expect(matches(q, command, task)).toBe(out));

  it('gives the ranges to mark in the command and the task', () => {
    expect(matchCommand('logs', row('docker logs --follow <container>', 'View container logs'))).toEqual({
      command: [[7, 11]],
      task: [[15, 19]],
    });
    expect(matchCommand('up -d', row('docker compose up -d', 'Run in the background (up -d)'))).toEqual({
      command: [
        [15, 17],
        [18, 20],
      ],
      task: [
        [23, 25],
        [26, 28],
      ],
    });
  });

  it('matches everything with an empty query', () => {
    expect(matchCommand('  ', row('docker ps'))).toEqual({ command: [], task: [] });
  });
});

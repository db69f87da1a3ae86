import { describe, expect, it } from 'vitest';
import { copyText, parseShellSession } from '~/lib/shellSession';

const kinds = (code: string, rootPrompt = false) =>
  parseShellSession(code, { rootPrompt }).lines.map((l) => `${l.kind}:${l.text}`);

describe('parseShellSession', () => {
  it.each([
    {
      name: 'prompt + output',
      code: '$ docker ps\nCONTAINER ID   IMAGE\n3f2a9c         nginx',
      commands: ['docker ps'],
      lines: ['command:docker ps', 'output:CONTAINER ID   IMAGE', 'output:3f2a9c         nginx'],
    },
    {
      name: 'backslash continuation stays one command',
      code: '$ docker run -d \\\n    -p 8080:80 \\\n    nginx\nabc123',
      commands: ['docker run -d \\\n    -p 8080:80 \\\n    nginx'],
      lines: ['command:docker run -d \\', 'continuation:    -p 8080:80 \\', 'continuation:    nginx', 'output:abc123'],
    },
    {
      name: 'comments are neither output nor commands',
      code: '# list every container\n$ docker ps --all',
      commands: ['docker ps --all'],
      lines: ['comment:# list every container', 'command:docker ps --all'],
    },
    {
      name: 'a heredoc belongs to its command',
      code: "$ cat <<'EOF' > compose.yaml\nservices:\n  web:\n    image: nginx\nEOF\n$ docker compose up -d",
      commands: ["cat <<'EOF' > compose.yaml\nservices:\n  web:\n    image: nginx\nEOF", 'docker compose up -d'],
      lines: [
        "command:cat <<'EOF' > compose.yaml",
        'continuation:services:',
        'continuation:  web:',
        'continuation:    image: nginx',
        'continuation:EOF',
        'command:docker compose up -d',
      ],
    },
    {
      name: 'blank lines separate, and are not copied',
      code: '$ minikube start\n\n$ minikube ip\n192.168.49.2',
      commands: ['minikube start', 'minikube ip'],
      lines: ['command:minikube start', 'blank:', 'command:minikube ip', 'output:192.168.49.2'],
    },
    {
      name: 'a block with no prompt at all is a script',
      code: 'docker build -t web .\n# then run it\ndocker run web',
      commands: ['docker build -t web .', 'docker run web'],
      lines: ['command:docker build -t web .', 'comment:# then run it', 'command:docker run web'],
    },
    {
      name: 'a prompt with only a comment runs nothing',
      code: '$ # nothing to run\n$ docker ps',
      commands: ['docker ps'],
      lines: ['comment:# nothing to run', 'command:docker ps'],
    },
  ])('$name', ({ code, commands, lines }) => {
    const session = parseShellSession(code);
    expect(session.commands).toEqual(commands);
    expect(kinds(code)).toEqual(lines);
  });

  it('reads "# " as a comment, or as a root prompt when the block says prompt="#"', () => {
    const code = '# apt-get update\n$ docker ps';
    expect(kinds(code)).toEqual(['comment:# apt-get update', 'command:docker ps']);
    expect(kinds(code, true)).toEqual(['command:apt-get update', 'command:docker ps']);
  });

  it('removes the prompt but remembers it', () => {
    const [line] = parseShellSession('$ docker ps').lines;
    expect(line).toEqual({ kind: 'command', text: 'docker ps', prompt: '$ ', command: 0 });
  });
});

describe('copyText', () => {
  it('copies the commands, one per line, never prompts or output', () => {
    const s = parseShellSession('$ docker logs web\nhello\n$ docker stop web\nweb');
    expect(copyText(s)).toBe('docker logs web\ndocker stop web');
  });
});

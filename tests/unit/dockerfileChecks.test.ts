import dockerfileAst from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { checkCopyFrom } from '~/lib/snippets/checkCopyFrom';
import { dockerfileCommands } from '~/lib/snippets/dockerfileCommands';

const parse = (code: string) => dockerfileAst.DockerfileParser.parse(code);
const commandsOf = (code: string) => dockerfileCommands(parse(code).getInstructions());

describe('dockerfileCommands', () => {
  it('gives the commands of RUN, CMD and ENTRYPOINT, shell or exec form, at their lines', () => {
    expect(
      commandsOf(
        'FROM node:24\nRUN --mount=type=cache,target=/root/.npm npm ci\nCMD ["npm", "run", "start"]\nENTRYPOINT ["sh", "-c", "echo \'hi\'"]\nCMD npm start',
      ),
    ).toEqual({
      commands: [
        { text: 'npm ci', line: 2 },
        { text: 'npm run start', line: 3 },
        { text: `sh -c 'echo '\\''hi'\\'''`, line: 4 },
        { text: 'npm start', line: 5 },
      ],
      problems: [],
    });
  });

  it('checks `[ … ]` that is shell as shell, and leaves heredocs and other instructions alone', () => {
    expect(commandsOf('RUN [ -f x ] || exit 1\nRUN <<EOF\nnpm ci\nEOF\nCOPY . .').commands).toEqual([
      { text: '[ -f x ] || exit 1', line: 1 },
    ]);
  });

  it('reports an exec form meant as JSON that does not parse', () => {
    const messages = (code: string) => commandsOf(code).problems.map((p) => p.message);
    expect(messages('ENTRYPOINT ["a" "b"]')).toEqual([
      'Dockerfile: the exec form of `ENTRYPOINT` is not valid JSON, so Docker runs it as a shell command: write it as JSON, the items separated by commas: `ENTRYPOINT ["a", "b"]`.',
    ]);
    expect(messages('CMD ["npm", "start",]')[0]).toMatch(/`CMD \["npm", "start"\]`\.$/);
    expect(messages('CMD ["sleep", 10]')[0]).toMatch(/write each item as a double-quoted string/);
    expect(messages('RUN [ "$CI" ]')).toEqual([]);
  });
});

describe('checkCopyFrom', () => {
  const lines = (code: string) => checkCopyFrom(parse(code)).map((p) => p.line);
  const stages = 'FROM node:24 AS build\nFROM node:24 AS base\nFROM nginx\n';

  it('reports a bare name within two edits of a stage', () => {
    expect(lines(`${stages}COPY --from=buidl /a /b\nCOPY --from=bsae /a /b`)).toEqual([4, 5]);
  });

  it('leaves stages, indexes, images and variables alone', () => {
    expect(
      lines(
        `${stages}COPY --from=BUILD /a /b\nCOPY --from=0 /a /b\nCOPY --from=bash /a /b\nCOPY --from=busybox /a /b\nCOPY --from=nginx:alpine /a /b\nCOPY --from=ghcr.io/x/y /a /b\nCOPY --from=$STAGE /a /b\nCOPY --from=postgres /a /b`,
      ),
    ).toEqual([]);
    expect(lines('COPY --from=buidl /a /b')).toEqual([]);
  });
});

import dockerfileAst from 'dockerfile-ast';
import { describe, expect, it } from 'vitest';
import { checkCopyFrom } from '~/lib/snippets/checkCopyFrom';
import { checkFromImage } from '~/lib/snippets/checkFromImage';
import { checkStageArgs } from '~/lib/snippets/checkStageArgs';
import { checkDockerfileSnippet } from '~/lib/snippets/checkDockerfileSnippet';
import { exposeProblem } from '~/lib/snippets/checkExpose';
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

  it('reports an exec form whose program is a whole command line, unless CMD feeds an ENTRYPOINT', () => {
    const result = (code: string) => commandsOf(code);
    expect(result('FROM node:24\nCMD ["npm start"]')).toEqual({
      commands: [],
      problems: [
        {
          line: 2,
          message:
            'Dockerfile: `CMD ["npm start"]` runs a program named `npm start`, which does not exist: nothing splits an item of the list. Give each argument its own item, `["npm", "start"]`, or let a shell split the line, `["sh", "-c", "npm start"]`.',
        },
      ],
    });
    expect(result('RUN ["apt-get update"]').problems[0]!.message).toMatch(
      /^Dockerfile: `RUN \["apt-get update"\]` runs/,
    );
    // CMD's items are the arguments of an ENTRYPOINT: `sh -c` takes the whole line as one.
    expect(result('ENTRYPOINT ["sh", "-c"]\nCMD ["npm start"]').problems).toEqual([]);
    expect(result('CMD ["sh", "-c", "npm start"]').problems).toEqual([]);
  });

  it("checks HEALTHCHECK's command like CMD's, after its options, and even with an ENTRYPOINT", () => {
    const result = (code: string) => commandsOf(code);
    expect(result('HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1').commands).toEqual([
      { text: 'curl -f http://localhost/ || exit 1', line: 1 },
    ]);
    expect(result('HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]').commands).toEqual([
      { text: 'curl -f http://localhost/', line: 1 },
    ]);
    // The healthcheck is run on its own, never as the ENTRYPOINT's arguments.
    expect(
      result('ENTRYPOINT ["node"]\nHEALTHCHECK CMD ["curl -f http://localhost/"]').problems.map((p) => p.message),
    ).toEqual([
      'Dockerfile: `HEALTHCHECK CMD ["curl -f http://localhost/"]` runs a program named `curl -f http://localhost/`, which does not exist: nothing splits an item of the list. Give each argument its own item, `["curl", "-f", "http://localhost/"]`, or let a shell split the line, `["sh", "-c", "curl -f http://localhost/"]`.',
    ]);
    expect(result('HEALTHCHECK NONE')).toEqual({ commands: [], problems: [] });
  });

  it('takes an ENTRYPOINT for the CMD of its own stage and of the stages built FROM it, not of the others', () => {
    const lines = (code: string) => commandsOf(code).problems.map((p) => p.line);
    // The dev stage's ENTRYPOINT is not in the last image, whose `CMD ["npm start"]` runs a program `npm start`.
    expect(lines('FROM node:24 AS dev\nENTRYPOINT ["sh", "-c"]\nFROM node:24-alpine\nCMD ["npm start"]')).toEqual([4]);
    expect(lines('FROM node:24 AS base\nENTRYPOINT ["sh", "-c"]\nFROM base AS web\nCMD ["npm start"]')).toEqual([]);
    expect(
      lines('FROM node:24 AS base\nENTRYPOINT ["sh", "-c"]\nFROM base AS web\nFROM web\nCMD ["npm start"]'),
    ).toEqual([]);
    expect(lines('FROM node:24\nCMD ["npm start"]\nENTRYPOINT ["sh", "-c"]')).toEqual([]);
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

describe('checkFromImage', () => {
  const found = (code: string) => checkFromImage(parse(code));

  it('reports a FROM image that docker build cannot parse, at its line', () => {
    expect(found('FROM node:24 AS build\nFROM Nginx:1.29')).toEqual([
      {
        line: 2,
        message:
          'Dockerfile: `FROM`: `Nginx:1.29` is not a valid image name: Docker refuses repository names with upper-case letters ("invalid reference format: repository name must be lowercase"): write `nginx:1.29`.',
      },
    ]);
    expect(found('FROM --platform=$BUILDPLATFORM node:24:alpine AS build')[0]!.message).toMatch(
      /as `node:24-alpine` \(/,
    );
  });

  it('leaves variables, stages, registries and digests alone', () => {
    expect(
      found(
        'ARG NODE=24\nFROM node:${NODE} AS build\nFROM build AS test\nFROM ghcr.io/owner/app:1.0\nFROM localhost:5000/web\nFROM scratch',
      ),
    ).toEqual([]);
  });
});

describe('checkStageArgs', () => {
  const found = (code: string) => checkStageArgs(parse(code));

  it('reports a global ARG used in a stage that does not declare it, once per stage', () => {
    expect(
      found(
        'ARG NODE_VERSION=24\nARG APP=web\nFROM node:${NODE_VERSION} AS build\nRUN echo $NODE_VERSION > v\nRUN echo ${NODE_VERSION}\nFROM nginx\nLABEL app=$APP',
      ),
    ).toEqual([
      {
        line: 4,
        message:
          "Dockerfile: `$NODE_VERSION` in `RUN` is not the `ARG NODE_VERSION` declared before the first `FROM`: that one is outside every stage, and a stage sees it only once it declares it again (until then `$NODE_VERSION` is empty, or the base image's own variable). Add `ARG NODE_VERSION` (without a value: it keeps the default) after this stage's `FROM` (https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact).",
      },
      {
        line: 7,
        message: expect.stringMatching(/^Dockerfile: `\$APP` in `LABEL` is not the `ARG APP` declared/) as string,
      },
    ]);
  });

  it('leaves alone an ARG the stage declares again, its own ARG and ENV, and the FROM lines', () => {
    expect(
      found(
        'ARG V=1\nARG W\nFROM alpine:$V\nARG V\nRUN echo $V\nENV W=2\nRUN echo $W\nFROM alpine:$V AS second\nARG V\nCOPY app-$V.tar /',
      ),
    ).toEqual([]);
    expect(found('FROM node:24\nARG PORT=3000\nEXPOSE $PORT')).toEqual([]);
  });
});

describe('exposeProblem', () => {
  it.each(['80', '80/tcp', '53/udp', '9000/sctp', '8000-8010/udp', '$PORT', '${PORT}/udp', '"3000"'])(
    'EXPOSE %s is right',
    (arg) => expect(exposeProblem(arg)).toBeUndefined(),
  );

  it('refuses a host port or IP: publishing is `docker run -p`', () => {
    expect(exposeProblem('127.0.0.1:8080:80/udp')).toMatch(
      /^`EXPOSE 127\.0\.0\.1:8080:80\/udp` maps a host port.*write `EXPOSE 80\/udp`, and publish it when the container runs, `docker run -p 127\.0\.0\.1:8080:80\/udp`/,
    );
  });

  it('refuses a protocol, or a port, that the build refuses', () => {
    expect(exposeProblem('80/tpc')).toBe(
      '`EXPOSE 80/tpc` has no protocol `tpc` (the build fails: "invalid proto: tpc"): did you mean `80/tcp`? EXPOSE takes `80` (TCP), `80/tcp`, `80/udp` or `80/sctp` (https://docs.docker.com/reference/dockerfile/#expose).',
    );
    expect(exposeProblem('http')).toMatch(
      /^`http` in `EXPOSE http` is not a port number \(the build fails: "invalid containerPort: http"\)/,
    );
    expect(exposeProblem('70000')).toMatch(/is not a port from 1 to 65535/);
    expect(exposeProblem('80/TCP')).toMatch(/write the protocol in lower case, `EXPOSE 80\/tcp`/);
  });

  it("is said once per port, at its line, instead of dockerfile-utils' message", () => {
    const count = { commands: 0, inGrammar: 0 };
    expect(
      checkDockerfileSnippet('FROM nginx\nEXPOSE 80 http\nEXPOSE \\\n  80/tpc', false, count).map(
        (p) => `${p.line}: ${p.message.split(' (')[0]}`,
      ),
    ).toEqual([
      '2: Dockerfile: `http` in `EXPOSE http` is not a port number',
      '4: Dockerfile: `EXPOSE 80/tpc` has no protocol `tpc`',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  composeReferenceProblems,
  healthcheckTestProblem,
  mountTargetProblem,
  portMappingProblem,
} from '~/lib/snippets/composeReferences';

/** The messages for a Compose file, with the path each is at. */
const problems = (yaml: string, part: 'file' | 'override' | 'service' = 'file') => {
  const paths: string[] = [];
  const messages = composeReferenceProblems(
    parse(yaml),
    (path) => {
      paths.push(path.join('.'));
      return paths.length;
    },
    part,
  ).map((p) => p.message);
  return messages.map((m, i) => `${paths[i]}: ${m}`);
};

describe('composeReferenceProblems', () => {
  it('passes a file whose references are all defined', () => {
    const file = `
services:
  web:
    build: .
    restart: on-failure:3
    ports: ["8080:80", "127.0.0.1:5432:5432", "[::1]:9000:9000/udp", "\${PORT}:80", 3000]
    depends_on:
      db: { condition: service_healthy }
      cache: { condition: service_started, required: false }
    networks: [default, back]
    secrets: [pw, { source: key, target: /run/key }]
    configs: [nginx]
    volumes:
      - ./src:/app/src
      - /app/node_modules
      - ~/.npm:/root/.npm
      - pgdata:/data:ro
      - { type: volume, source: pgdata, target: /more }
      - { type: bind, source: ./x, target: /x }
      - \${DATA}:/data2
  db:
    image: postgres
volumes: { pgdata: }
networks: { back: }
secrets: { pw: { file: ./pw.txt }, key: { environment: KEY } }
configs: { nginx: { file: ./nginx.conf } }
`;
    expect(problems(file)).toEqual([]);
  });

  it('names each undefined reference at its line, with the fix', () => {
    const file = `
services:
  web:
    image: nginx
    depends_on: { dbb: { condition: service_healthy } }
    networks: { frontend: {} }
    secrets: [db_password]
    configs: [{ source: site }]
    volumes: ["pg-data:/data", { type: volume, source: cache, target: /cache }]
  db:
    image: postgres
volumes: { pgdata: }
`;
    expect(problems(file)).toEqual([
      'services.web.depends_on.dbb: service `web` depends on `dbb`, which is not a service of this file: did you mean `db`?',
      'services.web.volumes.0: service `web` uses the named volume `pg-data`, which the top-level `volumes:` does not declare: did you mean `pgdata`?',
      'services.web.volumes.1: service `web` uses the named volume `cache`, which the top-level `volumes:` does not declare: declare it there.',
      'services.web.networks.frontend: service `web` uses the network `frontend`, which the top-level `networks:` does not declare: declare it there.',
      'services.web.secrets.0: service `web` uses the secret `db_password`, which the top-level `secrets:` does not declare: declare it there (with `file:` or `environment:`).',
      'services.web.configs.0: service `web` uses the config `site`, which the top-level `configs:` does not declare: declare it there (with `file:`, `environment:` or `content:`).',
    ]);
    expect(problems('services:\n  web:\n    image: x\n    depends_on: [api]\n')).toEqual([
      'services.web.depends_on.0: service `web` depends on `api`, which is not a service of this file: define it under `services:` or remove it.',
    ]);
  });

  it('leaves references alone where the definitions come from elsewhere', () => {
    const web = 'services:\n  web:\n    image: x\n    depends_on: [db]\n    volumes: ["data:/data"]\n';
    expect(problems(web, 'override')).toEqual([]);
    expect(problems(`include: [db.yaml]\n${web}`)).toEqual([]);
    expect(problems('image: x\ndepends_on: [db]\nvolumes: ["data:/data"]\n', 'service')).toEqual([]);
  });

  it('checks restart policies and port mappings in every part', () => {
    expect(problems('services:\n  web:\n    image: x\n    restart: alway\n')).toEqual([
      'services.web.restart: `restart: alway` of service `web` is not a restart policy: did you mean `always`?',
    ]);
    expect(problems('image: x\nrestart: sometimes\nports: ["8080:80:90"]\n', 'service')).toEqual([
      'restart: `restart: sometimes` of the service is not a restart policy: use `no`, `always`, `on-failure[:<retries>]` or `unless-stopped`.',
      'ports.0: port mapping `8080:80:90` of the service has too many parts (Docker reads `8080` as a host IP): write `HOST:CONTAINER`, as `8080:80`, or `HOST_IP:HOST:CONTAINER`, as `127.0.0.1:8080:80`.',
    ]);
  });
});

describe('composeReferenceProblems where the schema found problems (`faults`)', () => {
  const withFaults = (yaml: string, faults: (string | number)[][]) =>
    composeReferenceProblems(parse(yaml), () => 1, 'file', faults).map((p) => p.message);
  const file = `
services:
  web:
    image: nginx
    depends_on: [dbb]
    volumes: ["pgdata:/data"]
    restart: alway
  db:
    image: postgres
`;

  it('still reports what is wrong outside the faulted paths', () => {
    expect(withFaults(file, [['services', 'web', 'portz']])).toHaveLength(3);
  });

  it('says nothing at or under a faulted path', () => {
    expect(withFaults(file, [['services', 'web', 'depends_on']])).toEqual([
      'service `web` uses the named volume `pgdata`, which the top-level `volumes:` does not declare: declare it there.',
      '`restart: alway` of service `web` is not a restart policy: did you mean `always`?',
    ]);
    expect(withFaults(file, [['services', 'web']])).toEqual([]);
  });

  it('checks no reference against a declaration that is faulted or may be misspelt', () => {
    const messages = (top: string, faults: (string | number)[][]) =>
      withFaults(`services:\n  db:\n    image: postgres\n    volumes: ["pgdata:/data"]\n${top}`, faults);
    expect(messages('volumes: [pgdata]\n', [['volumes']])).toEqual([]);
    expect(messages('volume:\n  pgdata:\n', [['volume']])).toEqual([]);
    expect(messages('networks:\n  pgdata:\n', [['networks', 'pgdata']])).toHaveLength(1);
  });
});

describe('portMappingProblem', () => {
  it.each([
    '80',
    '8080:80',
    '8080:80/udp',
    '127.0.0.1:8080:80',
    ':8080:80',
    '[::1]:8080:80',
    '::1:8080:80',
    '${P}:1:2',
  ])('%s is valid', (mapping) => expect(portMappingProblem(mapping)).toBeUndefined());
  it.each(['8080:80:90', '1:2:3:4', 'localhost:8080:80'])('%s has too many parts', (mapping) =>
    expect(portMappingProblem(mapping)).toMatch(/^has too many parts/),
  );
});

describe('healthcheckTestProblem', () => {
  it.each([
    'curl -f http://localhost || exit 1',
    ['CMD', 'curl', '-f', 'http://localhost'],
    ['CMD-SHELL', 'curl -f http://localhost || exit 1'],
    ['CMD', '/healthcheck'],
    ['NONE'],
    [],
  ])('%j is right', (test) => expect(healthcheckTestProblem(test)).toBeUndefined());

  it('wants a program and its arguments as items of their own after CMD', () => {
    expect(healthcheckTestProblem(['CMD', 'pg_isready -U postgres'])).toMatch(
      /runs a program named `pg_isready -U postgres`.*`\["CMD", "pg_isready", "-U", "postgres"\]`.*`\["CMD-SHELL", "pg_isready -U postgres"\]`/,
    );
    // Shell syntax: only a shell can run it.
    expect(healthcheckTestProblem(['CMD', 'curl -f x || exit 1'])).toMatch(
      /Let a shell run the line, `\["CMD-SHELL", "curl -f x \|\| exit 1"\]`/,
    );
  });

  it('wants NONE, CMD or CMD-SHELL first', () => {
    expect(healthcheckTestProblem(['curl', '-f', 'http://localhost'])).toBe(
      '`["curl", "-f", "http://localhost"]`, must start with `"CMD"`, `"CMD-SHELL"` or `"NONE"`: write `["CMD", "curl", "-f", "http://localhost"]` (or `["CMD-SHELL", "curl -f http://localhost"]`, run by a shell) (https://docs.docker.com/reference/compose-file/services/#healthcheck).',
    );
    expect(healthcheckTestProblem(['cmd', 'true'])).toMatch(/write `\["CMD", "true"\]`/);
    expect(healthcheckTestProblem(['redis-cli ping'])).toMatch(/write `\["CMD-SHELL", "redis-cli ping"\]`/);
    // The shell's line keeps the script one word, as the list had it.
    expect(healthcheckTestProblem(['/bin/sh', '-c', 'curl -f x || exit 1'])).toMatch(
      /\(or `\["CMD-SHELL", "\/bin\/sh -c 'curl -f x \|\| exit 1'"\]`, run by a shell\)/,
    );
  });

  it('wants one string after CMD-SHELL', () => {
    expect(healthcheckTestProblem(['CMD-SHELL', 'curl', '-f', 'x'])).toMatch(
      /gives the shell one command, `curl`.*`\["CMD-SHELL", "curl -f x"\]`/,
    );
  });
});

describe('mountTargetProblem', () => {
  it.each([
    './data:/data',
    'pgdata:/var/lib/postgresql/data:ro',
    '/app/node_modules',
    '~/.npm:/root/.npm',
    '${DATA}:data',
    'C:\\data:C:\\data',
    { type: 'bind', source: './x', target: '/x' },
    { type: 'volume', source: 'v', target: '${TARGET}' },
    { type: 'npipe', source: '\\\\.\\pipe\\docker_engine', target: '\\\\.\\pipe\\docker_engine' },
  ])('%j is mounted at an absolute path', (volume) => expect(mountTargetProblem(volume)).toBeUndefined());

  it('wants the container path absolute, in the short and the long syntax', () => {
    expect(mountTargetProblem('./data:data')?.message).toBe(
      '`./data:data` mounts at `data` in the container, which is not an absolute path (Docker refuses it: "invalid mount path: \'data\' mount path must be absolute"): write `./data:/data`.',
    );
    expect(mountTargetProblem('cache:./cache:ro')?.message).toMatch(/write `cache:\/cache:ro`\.$/);
    expect(mountTargetProblem('niltalk-data')?.message).toMatch(
      /^`niltalk-data` is an anonymous volume mounted at `niltalk-data` in the container, .* write `niltalk-data:\/path\/in\/container`; for an anonymous volume, `\/niltalk-data`\.$/,
    );
    expect(mountTargetProblem({ type: 'volume', source: 'v', target: 'data' })).toEqual({
      target: true,
      message:
        '`target: data` is not an absolute path in the container (Docker refuses it: "invalid mount path: \'data\' mount path must be absolute"): write `target: /data`.',
    });
  });

  it('is checked for volumes and tmpfs, at their lines', () => {
    expect(
      problems(
        'image: x\nvolumes: ["./a:/a", "./b:b", { type: bind, source: ./c, target: c }]\ntmpfs: ["/run", "tmp:size=64m"]\n',
        'service',
      ),
    ).toEqual([
      'volumes.1: the volume of the service: `./b:b` mounts at `b` in the container, which is not an absolute path (Docker refuses it: "invalid mount path: \'b\' mount path must be absolute"): write `./b:/b`.',
      'volumes.2.target: the volume of the service: `target: c` is not an absolute path in the container (Docker refuses it: "invalid mount path: \'c\' mount path must be absolute"): write `target: /c`.',
      'tmpfs.1: the `tmpfs` `tmp:size=64m` of the service is not an absolute path in the container (Docker refuses it: "invalid mount path: \'tmp\' mount path must be absolute"): write `/tmp:size=64m`.',
    ]);
    expect(problems('image: x\ntmpfs: run\n', 'service')).toHaveLength(1);
  });

  it("checks a service's image as Docker parses it, unless Compose interpolates it", () => {
    expect(problems('services:\n  web: { image: Nginx:1.29 }\n  db: { image: "postgres:${PG:-18}" }\n')).toEqual([
      'services.web.image: the `image` of service `web`: `Nginx:1.29` is not a valid image name: Docker refuses repository names with upper-case letters ("invalid reference format: repository name must be lowercase"): write `nginx:1.29`.',
    ]);
    expect(problems('image: redis:8:alpine\n', 'service')).toEqual([
      'image: the `image` of the service: `redis:8:alpine` is not a valid image name: an image name has one tag, after a single `:` (Docker refuses the name: "invalid reference format"): write the tag as one word, as `redis:8-alpine` (https://docs.docker.com/reference/cli/docker/image/tag/#description).',
    ]);
  });

  it('refuses a port protocol Docker does not know, and offers the close one', () => {
    expect(portMappingProblem('8080:80/tpc')).toBe(
      'has no protocol `tpc` (Docker refuses it: "invalid proto: tpc"): did you mean `8080:80/tcp`? The protocol is `tcp` (the default: `8080:80`), `udp` or `sctp` (https://docs.docker.com/reference/compose-file/services/#ports).',
    );
    expect(portMappingProblem('127.0.0.1:53:53/dns')).toBe(
      'has no protocol `dns` (Docker refuses it: "invalid proto: dns"): the protocol is `tcp` (the default: `127.0.0.1:53:53`), `udp` or `sctp` (https://docs.docker.com/reference/compose-file/services/#ports).',
    );
    for (const ok of ['53:53/udp', '9000/sctp', '8080:80/tcp', '[::1]:80:80/udp'])
      expect(portMappingProblem(ok)).toBeUndefined();
    expect(problems('services:\n  web: { image: nginx, ports: ["8080:80/tpc"] }\n')).toEqual([
      'services.web.ports.0: port mapping `8080:80/tpc` of service `web` has no protocol `tpc` (Docker refuses it: "invalid proto: tpc"): did you mean `8080:80/tcp`? The protocol is `tcp` (the default: `8080:80`), `udp` or `sctp` (https://docs.docker.com/reference/compose-file/services/#ports).',
    ]);
  });
});

import { isMapping, itemsOf, type Mapping } from '../plainData';
import { code, didYouMean, orList } from '../shell/didYouMean';
import { imageReferenceProblem } from '../shell/imageReference';
import { commandLineProblem, formatList, isCommandLine, needsShell, shellLine } from './execCommand';
import type { LocalProblem } from './types';

type Path = (string | number)[];
/** A value Compose interpolates (`${PGDATA}`) is not known here. */
const interpolated = (s: string) => s.includes('$');

/** A reference from a service to a name the file must define, and where it is written. */
interface Reference {
  name: string;
  path: Path;
}

/** The names in a list (`[a, b]`), a list of `{ source: a }`, or a map's keys (`{ a: …, b: … }`). */
function referencesIn(value: unknown, path: Path, skip: (item: unknown) => boolean = () => false): Reference[] {
  if (Array.isArray(value))
    return value.flatMap((item, i) => {
      const name = typeof item === 'string' ? item : isMapping(item) ? item['source'] : undefined;
      return typeof name === 'string' ? [{ name, path: [...path, i] }] : [];
    });
  if (isMapping(value))
    return Object.entries(value)
      .filter(([, v]) => !skip(v))
      .map(([name]) => ({ name, path: [...path, name] }));
  return [];
}

/** The named volumes a service mounts: `pgdata:/var/lib/postgresql/data`, or `type: volume` with a `source`. */
function namedVolumes(value: unknown, path: Path): Reference[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, i) => {
    let source: unknown;
    if (typeof item === 'string') source = item.includes(':') ? item.split(':')[0] : undefined;
    else if (isMapping(item) && (item['type'] ?? 'volume') === 'volume') source = item['source'];
    // A host path starts with `.`, `/` or `~` (or a drive letter); a volume name is a plain word.
    return typeof source === 'string' && /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(source)
      ? [{ name: source, path: [...path, i] }]
      : [];
  });
}

const RESTART = /^(no|always|on-failure(:\d+)?|unless-stopped)$/;
const PROTOCOLS = ['tcp', 'udp', 'sctp'];
const PORTS = 'https://docs.docker.com/reference/compose-file/services/#ports';
const RESTART_POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'];
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const IPV6 = /^[0-9a-fA-F:.]+$/;

/**
 * What a port mapping's short syntax (`[HOST_IP:][HOST:]CONTAINER[/PROTOCOL]`) gets wrong, if
 * anything: the protocol is `tcp`, `udp` or `sctp`, and everything before `HOST:CONTAINER` is the host IP, as Docker reads it, so `8080:80:90`
 * has a host IP `8080` that is no IP.
 */
export function portMappingProblem(mapping: string): string | undefined {
  if (interpolated(mapping)) return undefined;
  const protocol = mapping.match(/\/([^/:]*)$/)?.[1];
  if (protocol !== undefined && !PROTOCOLS.includes(protocol.toLowerCase())) {
    const near = didYouMean(protocol.toLowerCase(), PROTOCOLS, 2, 2);
    const base = mapping.slice(0, -protocol.length - 1);
    return `has no protocol ${code(protocol)} (Docker refuses it: "invalid proto: ${protocol}"): ${near.length ? `did you mean ${orList(near.map((p) => `${base}/${p}`))}? The` : 'the'} protocol is \`tcp\` (the default: ${code(base)}), \`udp\` or \`sctp\` (${PORTS}).`;
  }
  const parts = mapping.replace(/\/\w+$/, '').split(':');
  if (parts.length < 3) return undefined;
  const ip = parts
    .slice(0, -2)
    .join(':')
    .replace(/^\[(.*)\]$/, '$1');
  if (ip === '' || IPV4.test(ip) || (IPV6.test(ip) && ip.split(':').length >= 3)) return undefined;
  return `has too many parts (Docker reads \`${ip}\` as a host IP): write \`HOST:CONTAINER\`, as \`8080:80\`, or \`HOST_IP:HOST:CONTAINER\`, as \`127.0.0.1:8080:80\`.`;
}

const HEALTHCHECK = 'https://docs.docker.com/reference/compose-file/services/#healthcheck';
const TEST_TYPES = ['CMD', 'CMD-SHELL', 'NONE'];

/**
 * What a healthcheck's `test` list gets wrong, if anything (a string is run by a shell, as
 * `CMD-SHELL`, and is right): its first item must be `CMD`, `CMD-SHELL` or `NONE`; after `CMD`
 * comes the program and each of its arguments as an item of its own, as Docker execs them
 * (`["CMD", "curl -f http://localhost"]` runs a program named `curl -f http://localhost`); after
 * `CMD-SHELL` one string, the command (the shell takes any further item as `$0`, `$1` …).
 */
export function healthcheckTestProblem(test: unknown): string | undefined {
  if (!Array.isArray(test) || !test.length || !test.every((t): t is string => typeof t === 'string')) return undefined;
  const [type, ...command] = test;
  const list = code(formatList(test));
  const shellList = (line: string) => ['CMD-SHELL', line];
  const shellForm = (line: string) => formatList(shellList(line));
  if (!TEST_TYPES.includes(type!)) {
    const upper = type!.toUpperCase();
    const fixed = TEST_TYPES.includes(upper)
      ? code(formatList([upper, ...command]))
      : isCommandLine(type) || needsShell(type!)
        ? code(shellForm(shellLine(test)))
        : `${code(formatList(['CMD', ...test]))} (or ${code(shellForm(shellLine(test)))}, run by a shell)`;
    return `${list}, must start with \`"CMD"\`, \`"CMD-SHELL"\` or \`"NONE"\`: write ${fixed} (${HEALTHCHECK}).`;
  }
  if (type === 'CMD') {
    const problem = commandLineProblem(command, { exec: (words) => ['CMD', ...words], shell: shellList });
    return problem && `${list}, ${problem.replace(/\.$/, '')} (${HEALTHCHECK}).`;
  }
  if (type === 'CMD-SHELL' && command.length > 1)
    return `${list}, gives the shell one command, ${code(command[0]!)}, and the other items as its \`$0\`, \`$1\` …: write the command as one string, ${code(shellForm(command.join(' ')))} (${HEALTHCHECK}).`;
  return undefined;
}

/** A container path Docker accepts: absolute (on Linux; `C:\\data` in a Windows container). */
const isAbsolute = (path: string) => path.startsWith('/') || /^([a-zA-Z]:)?[\\/]/.test(path);
/** The absolute path meant by a relative one: `data`, `./data` → `/data`. */
const absolute = (path: string) => `/${path.replace(/^(\.\/)+/, '')}`;
const MOUNT_PATH = (path: string) => `Docker refuses it: "invalid mount path: '${path}' mount path must be absolute"`;

/**
 * What is wrong with the container side of a service's volume, if anything: the path a volume or
 * bind mount is mounted at in the container must be absolute, in the short syntax
 * (`SOURCE:TARGET[:MODE]`, or `TARGET` alone for an anonymous volume) and the long one (`target:`).
 */
export function mountTargetProblem(volume: unknown): { target?: true; message: string } | undefined {
  if (typeof volume === 'string') {
    const parts = volume.split(':');
    if (interpolated(volume) || parts.length > 3 || /^[a-zA-Z]$/.test(parts[0]!)) return undefined;
    const target = parts.length === 1 ? parts[0]! : parts[1]!;
    if (!target || isAbsolute(target)) return undefined;
    if (parts.length === 1)
      return {
        message: `${code(volume)} is an anonymous volume mounted at ${code(target)} in the container, which is not an absolute path (${MOUNT_PATH(target)}): to mount a named volume or a host folder, write ${code(`${volume}:/path/in/container`)}; for an anonymous volume, ${code(absolute(target))}.`,
      };
    const fixed = [parts[0], absolute(target), ...parts.slice(2)].join(':');
    return {
      message: `${code(volume)} mounts at ${code(target)} in the container, which is not an absolute path (${MOUNT_PATH(target)}): write ${code(fixed)}.`,
    };
  }
  if (!isMapping(volume) || volume['type'] === 'npipe') return undefined;
  const target = volume['target'];
  if (typeof target !== 'string' || !target || interpolated(target) || isAbsolute(target)) return undefined;
  return {
    target: true,
    message: `\`target: ${target}\` is not an absolute path in the container (${MOUNT_PATH(target)}): write \`target: ${absolute(target)}\`.`,
  };
}

/** A problem at a path of the Compose file, before it is placed at a line. */
interface Finding {
  path: Path;
  message: string;
}

/** The top-level keys that declare what services refer to. */
const DECLARATIONS = ['volumes', 'networks', 'secrets', 'configs'];

/** Whether `prefix` is `path` or one of its parents. */
const within = (path: Path, prefix: Path) =>
  prefix.length <= path.length && prefix.every((k, i) => String(k) === String(path[i]));

/**
 * What `docker compose config` rejects in a Compose file beyond its schema: an `image:` that is no
 * image reference (imageReference.ts), a `restart:` that is no restart policy, a port mapping with too many parts and, in a whole file (`part: 'file'`), a
 * service that `depends_on` a service the file does not define, or a named volume, network, secret
 * or config that the top-level `volumes:`, `networks:`, `secrets:` or `configs:` does not declare.
 * Not in a file merged onto another (`'override'`: `compose.prod.yaml`), one service's mapping
 * (`'service'`), or a file that `include`s others: they get definitions from elsewhere.
 *
 * `faults` are the paths where the schema found a problem (jsonSchemaProblems' paths): these checks
 * run on a file the schema refuses too, so that every mistake shows at once, but say nothing at or
 * under a faulted path (the schema has said what is wrong there), and check no reference against a
 * declaration that is faulted itself (`volumes: [pgdata]`, a list) or may be misspelt (an unknown
 * top-level key `volume:`): each reference would be a follow-on of that one mistake.
 */
export function composeReferenceProblems(
  value: unknown,
  lineOf: (path: Path) => number,
  part: 'file' | 'override' | 'service' = 'file',
  faults: Path[] = [],
): LocalProblem[] {
  return composeFindings(value, part, faults).map((f) => ({ line: lineOf(f.path), message: f.message }));
}

function composeFindings(value: unknown, part: 'file' | 'override' | 'service', faults: Path[]): Finding[] {
  if (!isMapping(value)) return [];
  const file: Mapping = part === 'service' ? { services: { '': value } } : value;
  if (!isMapping(file['services'])) return [];
  const findings: Finding[] = [];
  const add = (path: Path, message: string) => {
    if (!faults.some((f) => within(path, f))) findings.push({ path, message });
  };
  const services = file['services'];
  const serviceNames = Object.keys(services);
  const declared = (key: string) => (isMapping(file[key]) ? Object.keys(file[key]) : []);
  // A declaration the schema faults (not a mapping), or an unknown top-level key that may be it misspelt.
  const unsure = new Set(
    DECLARATIONS.filter(
      (key) =>
        (key in file && !isMapping(file[key])) ||
        faults.some(
          (f) => f.length === 1 && !DECLARATIONS.includes(String(f[0])) && didYouMean(String(f[0]), [key]).length,
        ),
    ),
  );
  const checkReferences = part === 'file' && !('include' in file);

  for (const [serviceName, service] of Object.entries(services)) {
    if (!isMapping(service)) continue;
    const at = (...path: Path) => (part === 'service' ? path : ['services', serviceName, ...path]);
    const of = part === 'service' ? 'the service' : `service ${code(serviceName)}`;
    const name = serviceName;
    if (checkReferences) {
      // `depends_on: { db: { required: false } }` is optional: Compose only warns.
      const optional = (v: unknown) => isMapping(v) && v['required'] === false;
      for (const ref of referencesIn(service['depends_on'], at('depends_on'), optional)) {
        if (ref.name in services || interpolated(ref.name)) continue;
        const near = didYouMean(
          ref.name,
          serviceNames.filter((s) => s !== name),
        );
        add(
          ref.path,
          `service ${code(name)} depends on ${code(ref.name)}, which is not a service of this file: ` +
            (near.length ? `did you mean ${orList(near)}?` : 'define it under `services:` or remove it.'),
        );
      }
      const kinds: [string, string, Reference[], string][] = [
        ['volumes', 'named volume', namedVolumes(service['volumes'], at('volumes')), ''],
        ['networks', 'network', referencesIn(service['networks'], at('networks')), ''],
        ['secrets', 'secret', referencesIn(service['secrets'], at('secrets')), ' (with `file:` or `environment:`)'],
        [
          'configs',
          'config',
          referencesIn(service['configs'], at('configs')),
          ' (with `file:`, `environment:` or `content:`)',
        ],
      ];
      for (const [key, what, refs, how] of kinds) {
        if (unsure.has(key)) continue;
        const names = declared(key);
        for (const ref of refs) {
          if (names.includes(ref.name) || interpolated(ref.name) || (key === 'networks' && ref.name === 'default'))
            continue;
          const near = didYouMean(ref.name, names);
          add(
            ref.path,
            `service ${code(name)} uses the ${what} ${code(ref.name)}, which the top-level \`${key}:\` does not declare: ` +
              (near.length ? `did you mean ${orList(near)}?` : `declare it there${how}.`),
          );
        }
      }
    }
    const image = service['image'];
    const imageProblem = typeof image === 'string' && !interpolated(image) ? imageReferenceProblem(image) : undefined;
    if (imageProblem) add(at('image'), `the \`image\` of ${of}: ${imageProblem}`);
    const restart = service['restart'];
    if (typeof restart === 'string' && !RESTART.test(restart) && !interpolated(restart)) {
      const near = didYouMean(restart.replace(/:.*/, ''), RESTART_POLICIES);
      add(
        at('restart'),
        `\`restart: ${restart}\` of ${of} is not a restart policy: ` +
          (near.length
            ? `did you mean ${orList(near)}?`
            : 'use `no`, `always`, `on-failure[:<retries>]` or `unless-stopped`.'),
      );
    }
    if (Array.isArray(service['volumes']))
      service['volumes'].forEach((volume, i) => {
        const problem = mountTargetProblem(volume);
        if (problem)
          add(at('volumes', i, ...(problem.target ? ['target'] : [])), `the volume of ${of}: ${problem.message}`);
      });
    const tmpfs = service['tmpfs'];
    (typeof tmpfs === 'string' ? [tmpfs] : itemsOf(tmpfs)).forEach((mount, i) => {
      const target = typeof mount === 'string' ? mount.split(':')[0]! : '';
      if (!target || interpolated(target) || isAbsolute(target)) return;
      add(
        typeof tmpfs === 'string' ? at('tmpfs') : at('tmpfs', i),
        `the \`tmpfs\` ${code(mount as string)} of ${of} is not an absolute path in the container (${MOUNT_PATH(target)}): write ${code(absolute(target) + (mount as string).slice(target.length))}.`,
      );
    });
    const healthcheck = service['healthcheck'];
    const test = isMapping(healthcheck) ? healthcheckTestProblem(healthcheck['test']) : undefined;
    if (test) add(at('healthcheck', 'test'), `the healthcheck \`test\` of ${of}, ${test}`);
    const entrypoint = Array.isArray(service['entrypoint']) ? commandLineProblem(service['entrypoint']) : undefined;
    if (entrypoint) add(at('entrypoint', 0), `the \`entrypoint\` of ${of} ${entrypoint}`);
    if (Array.isArray(service['ports']))
      service['ports'].forEach((port, i) => {
        const problem = typeof port === 'string' ? portMappingProblem(port) : undefined;
        if (problem) add(at('ports', i), `port mapping ${code(port as string)} of ${of} ${problem}`);
      });
  }
  return findings;
}

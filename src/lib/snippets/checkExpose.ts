import type { Dockerfile } from 'dockerfile-ast';
import { code, didYouMean, orList } from '../shell/didYouMean';
import type { LocalProblem } from './types';

const EXPOSE = 'https://docs.docker.com/reference/dockerfile/#expose';
const INVALID_FORMAT = 'https://docs.docker.com/reference/build-checks/expose-invalid-format/';
const PROTOCOLS = ['tcp', 'udp', 'sctp'];
const PORT = /^(\d+)(?:-(\d+))?$/;

/**
 * What is wrong with one port of `EXPOSE`, if anything. EXPOSE records the port the container
 * listens on (`80`, `80/udp`, `8000-8010`): a host port or IP (`8080:80`) is publishing, which
 * `docker run -p` does; BuildKit keeps only the container port and warns (ExposeInvalidFormat,
 * "will become an error"). A protocol other than tcp, udp or sctp, or a port that is no number from
 * 1 to 65535, fails the build ("invalid proto", "invalid containerPort"); a protocol in capitals is
 * read in lower case, with a warning (ExposeProtoCasing). A variable (`$PORT`) is not known here.
 */
export function exposeProblem(arg: string): string | undefined {
  const value = arg.replace(/^"(.*)"$/, '$1');
  if (value.includes('$')) return undefined;
  const [spec = '', protocol, ...more] = value.split('/');
  if (spec.includes(':')) {
    const container = spec.split(':').at(-1)!;
    const port = `${container}${protocol === undefined ? '' : `/${protocol}`}`;
    return `${code(`EXPOSE ${value}`)} maps a host port, which EXPOSE does not do: BuildKit keeps only the container port and warns (ExposeInvalidFormat, to become an error). EXPOSE records the port the container listens on: write ${code(`EXPOSE ${port}`)}, and publish it when the container runs, ${code(`docker run -p ${value}`)} (${INVALID_FORMAT}).`;
  }
  const range = spec.match(PORT);
  if (!range)
    return `${code(spec)} in ${code(`EXPOSE ${value}`)} is not a port number (the build fails: "invalid containerPort: ${spec}"): write the port the container listens on, as ${code('EXPOSE 80')} or ${code('EXPOSE 8000-8010')}, or a variable, ${code('EXPOSE $PORT')} (${EXPOSE}).`;
  if (range.slice(1).some((p) => p !== undefined && (Number(p) < 1 || Number(p) > 65535)))
    return `${code(`EXPOSE ${value}`)} is not a port from 1 to 65535 (the build fails: "invalid containerPort: ${spec}") (${EXPOSE}).`;
  if (protocol === undefined) return undefined;
  if (more.length || !PROTOCOLS.includes(protocol.toLowerCase())) {
    const near = didYouMean(protocol.toLowerCase(), PROTOCOLS, 2, 2);
    return `${code(`EXPOSE ${value}`)} has no protocol ${code(protocol)} (the build fails: "invalid proto: ${protocol}"): ${near.length ? `did you mean ${orList(near.map((p) => `${spec}/${p}`))}? ` : ''}EXPOSE takes ${code(spec)} (TCP), ${code(`${spec}/tcp`)}, ${code(`${spec}/udp`)} or ${code(`${spec}/sctp`)} (${EXPOSE}).`;
  }
  if (protocol !== protocol.toLowerCase())
    return `${code(`EXPOSE ${value}`)}: write the protocol in lower case, ${code(`EXPOSE ${spec}/${protocol.toLowerCase()}`)} (BuildKit warns: ExposeProtoCasing) (${EXPOSE}).`;
  return undefined;
}

/** Each port of each `EXPOSE` instruction (exposeProblem), at its line. */
export function checkExpose(dockerfile: Dockerfile): LocalProblem[] {
  return dockerfile
    .getInstructions()
    .filter((i) => i.getKeyword() === 'EXPOSE')
    .flatMap((i) =>
      i.getArguments().flatMap((arg) => {
        const problem = exposeProblem(arg.getValue());
        return problem ? [{ line: arg.getRange().start.line + 1, message: `Dockerfile: ${problem}` }] : [];
      }),
    );
}

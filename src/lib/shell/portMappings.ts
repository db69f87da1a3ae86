import { code } from './didYouMean';

/**
 * The port syntax of `docker run -p` (`[IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, each port a
 * number or a range `8000-8010`: https://docs.docker.com/reference/cli/docker/container/run/#publish)
 * and of `kubectl port-forward` (`[LOCAL_PORT:]REMOTE_PORT`, where the remote port may be a named
 * port of the pod or service: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_port-forward/).
 */
const PORT_MAX = 65535;
const inRange = (n: string) => Number(n) <= PORT_MAX;
const isPortOrRange = (s: string) => /^\d+(-\d+)?$/.test(s) && s.split('-').every(inRange);
/** A named port: an IANA service name (lower-case letters, digits and `-`, a letter among them, 15 at most). */
const isPortName = (s: string) => /^[a-z0-9]([a-z0-9-]{0,13}[a-z0-9])?$/.test(s) && /[a-z]/.test(s);

/** Why a `-p`/`--publish` value of `docker run` is not a port mapping, or undefined when it is. */
export function publishProblem(value: string, written: string, command: string): string | undefined {
  const [mapping, protocol, ...more] = value.split('/');
  let parts: string[];
  const ipv6 = mapping!.match(/^\[[0-9a-fA-F:.]+\]:(.*)$/);
  if (ipv6) parts = ['ip', ...ipv6[1]!.split(':')];
  else parts = mapping!.split(':');
  // An IPv6 address without brackets, or something else this does not read: not checked.
  if (parts.length > 3) return undefined;
  const container = parts.at(-1)!;
  const host = parts.length > 1 ? parts.at(-2)! : '';
  const ok =
    !more.length &&
    (protocol === undefined || /^(tcp|udp|sctp)$/.test(protocol)) &&
    isPortOrRange(container) &&
    (host === '' || isPortOrRange(host));
  if (ok) return undefined;
  const why = [...value.matchAll(/\d+/g)].some((m) => !inRange(m[0]))
    ? `a port goes up to ${PORT_MAX}`
    : 'it is `[IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, the ports numbers or ranges, the protocol `tcp`, `udp` or `sctp`';
  return `${code(value)} is not a port mapping for ${code(written)} of ${code(command)}: ${why}, e.g. ${code('8080:80')} (https://docs.docker.com/reference/cli/docker/container/run/#publish).`;
}

/** Why an argument of `kubectl port-forward` after the resource is not `[LOCAL_PORT:]REMOTE_PORT`. */
export function portForwardProblem(value: string): string | undefined {
  const parts = value.split(':');
  const [local, remote] = parts.length === 2 ? parts : ['', parts[0]!];
  const localOk = local === '' || (/^\d+$/.test(local!) && inRange(local!));
  const remoteOk = (/^\d+$/.test(remote!) && inRange(remote!) && Number(remote) > 0) || isPortName(remote!);
  if (parts.length <= 2 && localOk && remoteOk) return undefined;
  const why = [...value.matchAll(/\d+/g)].some((m) => !inRange(m[0]))
    ? `a port goes up to ${PORT_MAX}`
    : 'it is `[LOCAL_PORT:]REMOTE_PORT`, the local port a number, the remote one a number or a named port';
  return `${code(value)} is not a port for ${code('kubectl port-forward')}: ${why}, e.g. ${code('8080:80')} or ${code(':80')} (https://kubernetes.io/docs/reference/kubectl/generated/kubectl_port-forward/).`;
}

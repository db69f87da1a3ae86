import { code } from './didYouMean';

/**
 * Checks an image reference as Docker parses it (github.com/distribution/reference, grammar in its
 * reference.go; docker's normalize.go for the registry host):
 *
 *   reference := name [ ":" tag ] [ "@" digest ]
 *   name      := [host [":" port] "/"] path-component ["/" path-component]*
 *   path-component := [a-z0-9]+ ((\.|_|__|-+) [a-z0-9]+)*
 *   tag       := [\w][\w.-]{0,127}
 *   digest    := algorithm ":" hex (32 characters at least)
 *
 * The host is the first component when it has a `.` or `:`, is `localhost`, or has an upper-case
 * letter (a host may have them); every other component must be lower case, or Docker refuses the
 * name: "invalid reference format: repository name must be lowercase".
 */
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;
const HOST =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:.]+\])(?::\d+)?$/;
const REF = 'https://docs.docker.com/reference/cli/docker/image/tag/#description';

/**
 * A usage name (`IMAGE`, `NAME[:TAG]`), a placeholder or an expansion is not an image name to
 * check; the caller leaves out expansions and placeholders.
 */
const isUsageName = (ref: string) => /[[<{]/.test(ref) || (/[A-Z]/.test(ref) && !/[a-z]/.test(ref));

/** Why `ref` is not an image reference Docker accepts, or undefined when it is (or is not checked). */
export function imageReferenceProblem(ref: string): string | undefined {
  if (!ref || isUsageName(ref)) return undefined;
  const [nameAndTag, digest, ...extra] = ref.split('@');
  const invalid = (why: string) => `${code(ref)} is not a valid image name: ${why} (${REF}).`;
  if (extra.length || (digest !== undefined && !DIGEST.test(digest)))
    return invalid('a digest is written `@sha256:` and the hex digits');
  const slash = nameAndTag!.lastIndexOf('/');
  const colon = nameAndTag!.lastIndexOf(':');
  const [name, tag] = colon > slash ? [nameAndTag!.slice(0, colon), nameAndTag!.slice(colon + 1)] : [nameAndTag!];
  if (tag !== undefined && !TAG.test(tag))
    return invalid(
      'a tag is letters, digits, `_`, `.` and `-`, up to 128 of them, and starts with a letter, digit or `_`',
    );
  const parts = name!.split('/');
  const first = parts[0]!;
  const hasHost = parts.length > 1 && (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  if (hasHost && !HOST.test(first)) return invalid(`${code(first)} is not a registry host`);
  const path = hasHost ? parts.slice(1) : parts;
  if (path.every((p) => PATH_COMPONENT.test(p))) return undefined;
  // `nginx:1.27:alpine`: a second `:` in the name, which is a tag written in two parts.
  const tags = path.at(-1)!.split(':');
  if (
    tags.length > 1 &&
    tag !== undefined &&
    PATH_COMPONENT.test(tags[0]!) &&
    tags.slice(1).every((t) => TAG.test(t))
  ) {
    const fixed = [...parts.slice(0, -1), tags[0]].join('/') + `:${[...tags.slice(1), tag].join('-')}`;
    return `${code(ref)} is not a valid image name: an image name has one tag, after a single \`:\` (Docker refuses the name: "invalid reference format"): write the tag as one word, as ${code(fixed + (digest === undefined ? '' : `@${digest}`))} (${REF}).`;
  }
  if (path.every((p) => PATH_COMPONENT.test(p.toLowerCase()))) {
    const fixed = [...(hasHost ? [first] : []), ...path.map((p) => p.toLowerCase())].join('/');
    return `${code(ref)} is not a valid image name: Docker refuses repository names with upper-case letters ("invalid reference format: repository name must be lowercase"): write ${code(fixed + ref.slice(name!.length))}.`;
  }
  return invalid(
    'a repository name is lower-case letters and digits, separated by `.`, `_`, `__` or `-`, in parts joined by `/`',
  );
}

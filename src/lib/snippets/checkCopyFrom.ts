import type { Dockerfile } from 'dockerfile-ast';
import { didYouMean, orList } from '../shell/didYouMean';
import type { LocalProblem } from './types';

/**
 * Official images that are copied from by their bare name (`COPY --from=busybox …`): never taken for
 * a misspelt stage, even when a stage has a name close to one (`bash` beside a stage `base`).
 */
const IMAGES = new Set([
  'alpine',
  'bash',
  'busybox',
  'caddy',
  'debian',
  'docker',
  'golang',
  'httpd',
  'nginx',
  'node',
  'python',
  'redis',
  'rust',
  'scratch',
  'ubuntu',
]);

/**
 * `COPY --from=buidl`: a name that is no stage of the Dockerfile. `--from` takes a stage name, a
 * stage's index or an image, and Docker pulls `buidl` as an image (and fails far from the typo).
 * Only a likely typo is reported: a bare lowercase name (an image reference with `/`, `:`, `.` or
 * `@`, a variable and an index are left alone) that is not a stage but is within two edits of one,
 * and is not a well-known image. Any other bare name is taken as an image from Docker Hub.
 */
export function checkCopyFrom(dockerfile: Dockerfile): LocalProblem[] {
  const stages = dockerfile
    .getFROMs()
    .map((f) => f.getBuildStage()?.toLowerCase())
    .filter((s): s is string => !!s);
  return dockerfile.getCOPYs().flatMap((copy) => {
    const flag = copy.getFromFlag();
    const value = flag?.getValue();
    const range = flag?.getValueRange();
    if (!value || !range || /[/:.@$]/.test(value) || /^\d+$/.test(value)) return [];
    const name = value.toLowerCase();
    if (stages.includes(name) || IMAGES.has(name)) return [];
    const near = didYouMean(name, stages, 3, 2);
    if (!near.length) return [];
    return [
      {
        line: range.start.line + 1,
        message: `Dockerfile: \`COPY --from=${value}\` names no stage of this Dockerfile (Docker would pull an image \`${value}\`): did you mean ${orList(near)}?`,
      },
    ];
  });
}

import { isMapping } from '../plainData';
import { code } from '../shell/didYouMean';
import type { LocalProblem } from './types';

/**
 * The first major version of each action the notes use that runs on Node.js 24. GitHub forces
 * JavaScript actions onto Node.js 24 since June 2026 and removed Node.js 20 (and the Node.js 16 and
 * 12 before it) from its runners in September 2026 (the changelog's date moved, 16 then 23
 * September: https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/),
 * so an older major is forced onto a runtime it was not written for. Written by hand (no data file lists
 * actions' runtimes); each figure checked in the action's release notes, December 2026:
 */
const FIRST_NODE24_MAJOR: Record<string, number> = {
  // v5.0.0 "support for Node.js 24" (actions/checkout#2238).
  'actions/checkout': 5,
  // v5 the first major on Node.js 24; v4 runs on Node.js 20 (the Node.js 20 deprecation warnings).
  'actions/setup-node': 5,
  // v4.0.0 "Node 24 as default runtime" (docker/login-action#929).
  'docker/login-action': 4,
  // v7: v6 runs on Node.js 20 (the runners' "forced to run on Node.js 24" warning names it).
  'docker/build-push-action': 7,
  // v4: v3 runs on Node.js 20.
  'docker/setup-buildx-action': 4,
  'docker/setup-qemu-action': 4,
  // v6: v5 runs on Node.js 20.
  'docker/metadata-action': 6,
};

/** Every `uses:` of a workflow, a job or a step, with its path in the YAML. */
function usesOf(value: unknown, part?: 'step' | 'job'): { path: (string | number)[]; uses: unknown }[] {
  const ofSteps = (steps: unknown, at: (string | number)[]) =>
    Array.isArray(steps)
      ? steps.flatMap((s, i) => (isMapping(s) && 'uses' in s ? [{ path: [...at, i, 'uses'], uses: s.uses }] : []))
      : [];
  const ofJob = (job: unknown, at: (string | number)[]) =>
    isMapping(job)
      ? [...('uses' in job ? [{ path: [...at, 'uses'], uses: job.uses }] : []), ...ofSteps(job.steps, [...at, 'steps'])]
      : [];
  if (part === 'step')
    return Array.isArray(value)
      ? ofSteps(value, [])
      : isMapping(value) && 'uses' in value
        ? [{ path: ['uses'], uses: value.uses }]
        : [];
  if (part === 'job') return ofJob(value, []);
  const jobs = isMapping(value) ? value.jobs : undefined;
  return isMapping(jobs) ? Object.entries(jobs).flatMap(([name, job]) => ofJob(job, ['jobs', name])) : [];
}

/**
 * `uses: actions/checkout@v2`: an action's major that runs on a Node.js the runners no longer have;
 * and `uses: actions/checkout`, without the `@` and a version, which GitHub refuses. Local actions
 * (`./…`) and Docker images (`docker://…`) take no version.
 */
export function checkActionVersions(
  value: unknown,
  lineOf: (path: (string | number)[]) => number,
  part?: 'step' | 'job',
): LocalProblem[] {
  return usesOf(value, part).flatMap(({ path, uses }) => {
    if (typeof uses !== 'string' || uses.startsWith('./') || uses.startsWith('docker://') || uses.includes('${{'))
      return [];
    const [action, ref] = uses.split('@') as [string, string?];
    const first = FIRST_NODE24_MAJOR[action.toLowerCase()];
    if (ref === undefined || ref === '')
      return [
        {
          line: lineOf(path),
          message: `\`uses: ${uses}\` needs a version after \`@\`, which GitHub requires: write ${code(`${action}@${first ? `v${first}` : '<version>'}`)} (https://docs.github.com/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsuses).`,
        },
      ];
    const major = ref.match(/^v?(\d+)(?:\.|$)/)?.[1];
    if (!first || major === undefined || Number(major) >= first) return [];
    return [
      {
        line: lineOf(path),
        message: `${code(`${action}@${ref}`)} is written for a Node.js that GitHub's runners no longer ship (Node.js 20 and older were removed in the autumn of 2026; the runner forces such actions onto Node.js 24, which they were never tested on): use ${code(`${action}@v${first}`)} or later (https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/).`,
      },
    ];
  });
}

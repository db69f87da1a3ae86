import { validateWorkflow } from '@action-validator/core';
import { didYouMean, orList } from '../shell/didYouMean';
import type { LocalProblem } from './types';

interface ValidatorError {
  code: string;
  path?: string;
  title?: string;
  detail?: string;
  states?: { errors: ValidatorError[] }[];
}

/** The keys of a workflow, a job and a step (https://docs.github.com/actions/reference/workflow-syntax-for-github-actions), for suggestions. */
const KEYS = {
  workflow: ['name', 'run-name', 'on', 'permissions', 'env', 'defaults', 'concurrency', 'jobs'],
  job: [
    'name',
    'permissions',
    'needs',
    'if',
    'runs-on',
    'snapshot',
    'environment',
    'concurrency',
    'outputs',
    'env',
    'defaults',
    'steps',
    'timeout-minutes',
    'strategy',
    'continue-on-error',
    'container',
    'services',
    'uses',
    'with',
    'secrets',
  ],
  step: [
    'id',
    'if',
    'name',
    'uses',
    'run',
    'shell',
    'with',
    'env',
    'continue-on-error',
    'timeout-minutes',
    'working-directory',
  ],
};

/** A `oneOf` error holds one list of errors per alternative: the alternative with the fewest is the one meant. */
function flatten(errors: ValidatorError[]): ValidatorError[] {
  return errors.flatMap((e) => {
    if (!e.states?.length) return [e];
    const best = [...e.states].sort((a, b) => flatten(a.errors).length - flatten(b.errors).length)[0]!;
    return flatten(best.errors);
  });
}

function describe(e: ValidatorError): string {
  const extra = e.detail?.match(/^Additional property '(.+)' is not allowed$/);
  if (extra) {
    const depth = (e.path ?? '').split('/').length - 1;
    const keys = depth === 0 ? KEYS.workflow : depth === 2 ? KEYS.job : KEYS.step;
    const near = didYouMean(extra[1]!, keys);
    return `unknown key \`${extra[1]}\`${near.length ? `: did you mean ${orList(near)}?` : ''}`;
  }
  if (e.code === 'required') return `\`${(e.path ?? '').split('/').at(-1)}\` is required`;
  return (e.detail ?? e.title ?? e.code).replace(/\.$/, '');
}

/**
 * Checks a GitHub Actions workflow with @action-validator/core (the SchemaStore workflow schema,
 * plus checks such as job `needs` that exist). A step (`fragment="workflow-step"`) or a job
 * (`fragment="workflow-job"`) is checked inside a minimal workflow around it.
 */
export function checkWorkflow(
  code: string,
  lineOf: (path: (string | number)[]) => number,
  part?: 'step' | 'job',
): LocalProblem[] {
  const source =
    part === 'step'
      ? `on: push\njobs:\n  fragment:\n    runs-on: ubuntu-latest\n    steps:\n${indent(asList(code), 6)}`
      : part === 'job'
        ? `on: push\njobs:\n  fragment:\n${indent(code, 4)}`
        : code;
  const prefix = part === 'step' ? ['jobs', 'fragment', 'steps', 0] : part === 'job' ? ['jobs', 'fragment'] : [];
  const state = validateWorkflow(source) as { errors: ValidatorError[] };
  const seen = new Set<string>();
  return flatten(state.errors).flatMap((e) => {
    const key = `${e.path}:${e.code}:${e.detail}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const path = (e.path ?? '')
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const local = path.slice(prefix.length);
    const where = e.path ? ` at \`${e.path}\`` : '';
    const extra = e.detail?.match(/^Additional property '(.+)' is not allowed$/)?.[1];
    const at = e.code === 'required' ? local.slice(0, -1) : extra ? [...local, extra] : local;
    const message = describe(e);
    return [
      { line: lineOf(at), message: `GitHub Actions workflow${where}: ${message}${/[?.]$/.test(message) ? '' : '.'}` },
    ];
  });
}

const asList = (code: string) => (/^\s*-/.test(code) ? code : `- ${code.replace(/\n/g, '\n  ')}`);
const indent = (code: string, n: number) =>
  code
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');

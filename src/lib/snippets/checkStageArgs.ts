import type { Arg, Dockerfile, Env } from 'dockerfile-ast';
import type { LocalProblem } from './types';

const ARG_AND_FROM = 'https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact';

/**
 * `ARG VERSION=1.0` before the first `FROM`, then `RUN echo $VERSION` in a stage: an ARG declared
 * before a FROM is outside every build stage and serves only the FROMs; in a stage it is empty
 * unless the stage declares it again, `ARG VERSION` (no value: it takes the global default). The
 * build succeeds with an empty value (or the base image's variable of that name, `NODE_VERSION` in
 * the node images), and BuildKit's UndefinedVar check warns. Reported at the
 * first use in each stage of each such name; a name the stage sets (`ARG`, `ENV`) before the use
 * is the stage's own.
 */
export function checkStageArgs(dockerfile: Dockerfile): LocalProblem[] {
  const instructions = dockerfile.getInstructions();
  const firstFrom = instructions.findIndex((i) => i.getKeyword() === 'FROM');
  if (firstFrom < 0) return [];
  const global = new Set(
    instructions
      .slice(0, firstFrom)
      .filter((i) => i.getKeyword() === 'ARG')
      .flatMap((i) => (i as Arg).getProperty()?.getName() ?? []),
  );
  if (!global.size) return [];
  const problems: LocalProblem[] = [];
  let declared = new Set<string>();
  let reported = new Set<string>();
  for (const instruction of instructions.slice(firstFrom)) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      declared = new Set();
      reported = new Set();
      continue;
    }
    for (const variable of instruction.getVariables()) {
      const name = variable.getName();
      if (!global.has(name) || declared.has(name) || reported.has(name)) continue;
      reported.add(name);
      problems.push({
        line: variable.getNameRange().start.line + 1,
        message: `Dockerfile: \`$${name}\` in \`${keyword}\` is not the \`ARG ${name}\` declared before the first \`FROM\`: that one is outside every stage, and a stage sees it only once it declares it again (until then \`$${name}\` is empty, or the base image's own variable). Add \`ARG ${name}\` (without a value: it keeps the default) after this stage's \`FROM\` (${ARG_AND_FROM}).`,
      });
    }
    if (keyword === 'ARG') {
      const name = (instruction as Arg).getProperty()?.getName();
      if (name) declared.add(name);
    }
    if (keyword === 'ENV') for (const p of (instruction as Env).getProperties()) declared.add(p.getName());
  }
  return problems;
}

import dockerfileAst from 'dockerfile-ast';
import { checkCommands, type CommandCount } from './checkCommands';
import { checkCopyFrom } from './checkCopyFrom';
import { checkDockerfile } from './checkDockerfile';
import { checkExpose } from './checkExpose';
import { checkFromImage } from './checkFromImage';
import { checkStageArgs } from './checkStageArgs';
import { dockerfileCommands } from './dockerfileCommands';
import type { LocalProblem } from './types';

const { DockerfileParser } = dockerfileAst; // a CommonJS package

/**
 * A Dockerfile: dockerfile-utils' checks, the image of each `FROM`, a global `ARG` used in a stage
 * that does not declare it, `COPY --from` against the stages, the ports of `EXPOSE`,
 * and the commands of `RUN`, `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` (shell or exec form) checked as
 * shell commands.
 */
export function checkDockerfileSnippet(code: string, stage: boolean, count: CommandCount): LocalProblem[] {
  const dockerfile = DockerfileParser.parse(code);
  const { commands, problems } = dockerfileCommands(dockerfile.getInstructions());
  return [
    ...checkDockerfile(code, stage),
    ...checkFromImage(dockerfile),
    ...(stage ? [] : checkStageArgs(dockerfile)),
    ...checkCopyFrom(dockerfile),
    ...checkExpose(dockerfile),
    ...problems,
    ...checkCommands(commands, count),
  ].sort((a, b) => a.line - b.line);
}

import dockerfileAst from 'dockerfile-ast';
import { checkCommands, type CommandCount } from './checkCommands';
import { checkDockerfile } from './checkDockerfile';
import type { LocalProblem } from './types';

const { DockerfileParser } = dockerfileAst; // a CommonJS package

/** A Dockerfile: dockerfile-utils' checks, and each shell-form `RUN` checked as a shell command. */
export function checkDockerfileSnippet(code: string, stage: boolean, count: CommandCount): LocalProblem[] {
  const problems = checkDockerfile(code, stage);
  const runs = DockerfileParser.parse(code)
    .getInstructions()
    .filter((i) => i.getKeyword() === 'RUN')
    .flatMap((i) => {
      const text = i.getRawArgumentsContent();
      const range = i.getArgumentsRange();
      if (!text || !range || text.trimStart().startsWith('[') || text.startsWith('<<')) return [];
      // `--mount=…` and other RUN flags come before the command.
      const command = text.replace(/^(?:--[\w-]+=\S+\s+)+/, '');
      return [{ text: command, line: range.start.line + 1 }];
    });
  return [...problems, ...checkCommands(runs, count)];
}

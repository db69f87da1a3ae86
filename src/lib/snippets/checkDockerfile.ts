import dockerfileUtils from 'dockerfile-utils';
import { didYouMean, orList } from '../shell/didYouMean';
import type { LocalProblem } from './types';

/** The Dockerfile instructions (https://docs.docker.com/reference/dockerfile/#overview). */
const INSTRUCTIONS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
];

// A CommonJS package: its names are read from the default export, which Node and Vite both give.
const { validate, ValidationSeverity, ValidationCode } = dockerfileUtils;
/** LSP severities (vscode-languageserver-types' DiagnosticSeverity). */
const ERROR = 1;
const WARNING = 2;
/** dockerfile-utils' codes for a bad port or protocol of EXPOSE, which checkExpose.ts says better. */
const EXPOSE_CODES: unknown[] = [ValidationCode.INVALID_PORT, ValidationCode.INVALID_PROTO];
/** dockerfile-utils' lint rules, each set to what catches a real mistake. */
const SETTINGS = {
  deprecatedMaintainer: ValidationSeverity.ERROR,
  directiveCasing: ValidationSeverity.WARNING,
  emptyContinuationLine: ValidationSeverity.WARNING,
  instructionCasing: ValidationSeverity.WARNING,
  instructionCmdMultiple: ValidationSeverity.ERROR,
  instructionEntrypointMultiple: ValidationSeverity.ERROR,
  instructionHealthcheckMultiple: ValidationSeverity.ERROR,
  instructionJSONInSingleQuotes: ValidationSeverity.ERROR,
  instructionWorkdirRelative: ValidationSeverity.WARNING,
};

/**
 * Checks a Dockerfile with dockerfile-utils (the parser and linter of the Docker language server):
 * syntax, unknown instructions, arguments, a missing FROM, and the lint rules above; `CMD["x"]`
 * without a space is an unknown instruction there, as it is for `docker build`. A stage fragment
 * (`fragment="dockerfile-stage"`) is checked without the FROM.
 */
export function checkDockerfile(code: string, fragment = false): LocalProblem[] {
  const text = fragment ? `FROM scratch\n${code}` : code;
  const shift = fragment ? 1 : 0;
  const lines = text.split('\n');
  return validate(text, SETTINGS)
    .filter((d) => (d.severity === ERROR || d.severity === WARNING) && !EXPOSE_CODES.includes(d.code))
    .map((d) => {
      const source = lines[d.range.start.line] ?? '';
      const text = typeof d.message === 'string' ? d.message : d.message.value;
      // `CMD["node", "app.js"]`: without the space the keyword is `CMD["NODE",`, an unknown instruction.
      const glued = source.match(/^\s*([A-Za-z]+)\[/);
      const unknown = text.match(/^Unknown instruction: (\S+)$/)?.[1];
      const near = unknown ? didYouMean(unknown.toUpperCase(), INSTRUCTIONS) : [];
      const message =
        glued && unknown
          ? `\`${glued[1]}[…]\` needs a space before the \`[\`: write \`${source.trim().replace(/^([A-Za-z]+)\[/, '$1 [')}\``
          : unknown && near.length
            ? `unknown instruction \`${unknown}\`: did you mean ${orList(near)}?`
            : text.replace(/\.$/, '');
      return {
        line: d.range.start.line + 1 - shift,
        message: `Dockerfile: ${message}${message.endsWith('?') ? '' : '.'}`,
      };
    });
}

import type { Dockerfile } from 'dockerfile-ast';
import { imageReferenceProblem } from '../shell/imageReference';
import type { LocalProblem } from './types';

/**
 * The image of each `FROM`, as `docker build` parses it (imageReference.ts): `FROM Node:24` or
 * `FROM node:24:alpine` fails the build with "invalid reference format". A name with a variable
 * (`FROM node:${NODE_VERSION}`) is known only at build time, and a stage's name (`FROM build`) is
 * a valid name too.
 */
export function checkFromImage(dockerfile: Dockerfile): LocalProblem[] {
  return dockerfile.getFROMs().flatMap((from) => {
    const image = from.getImage();
    const range = from.getImageRange();
    const problem = image && range && !image.includes('$') ? imageReferenceProblem(image) : undefined;
    return problem ? [{ line: range!.start.line + 1, message: `Dockerfile: \`FROM\`: ${problem}` }] : [];
  });
}

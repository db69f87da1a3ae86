/**
 * `<container>`, `<image>`, `<deployment-name>`: how the notes write a value the reader fills in.
 * One pattern for the highlighter, the Commands page, the content model and the copy script.
 */
export const PLACEHOLDER = /<[a-z][a-z0-9-]*>/g;

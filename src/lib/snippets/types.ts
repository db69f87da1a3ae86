/** A fenced code block of a note, as the content model gives it. */
export interface Snippet {
  /** The fence's language (`yaml`, `shell`, `dockerfile` …). */
  lang: string;
  /** The rest of the fence line (`title="compose.yaml" fragment="compose-service" {3-4}`). */
  meta: string;
  /** The code, without the fences. */
  code: string;
  /** Line in the note file of the first code line (1-based). */
  line: number;
}

/** A problem in a note's code block, located at a line of the note's file (1-based). */
export interface SnippetProblem {
  line: number;
  /** What is wrong and what to fix. */
  message: string;
}

/** What a check reads in a snippet, for the per-page summary (`3 shell commands (2 in grammar)`). */
export type CheckedKind =
  | 'shell command'
  | 'shell command in grammar'
  | 'Kubernetes object'
  | 'Compose file'
  | 'Compose fragment'
  | 'Dockerfile'
  | 'GitHub Actions workflow'
  | 'Travis CI file'
  | 'Dockerrun.aws.json'
  | 'YAML'
  | 'JSON'
  | 'fragment'
  | 'unchecked text';

/** The result of checking one snippet. */
export interface SnippetReport {
  problems: SnippetProblem[];
  /** What was checked, with counts. */
  checked: Partial<Record<CheckedKind, number>>;
}

/** A problem found inside a snippet, at a line of the snippet (1-based), before it is placed in the note. */
export interface LocalProblem {
  line: number;
  message: string;
}

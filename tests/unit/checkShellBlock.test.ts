import { describe, expect, it } from 'vitest';
import { checkShellBlock } from '~/lib/snippets/checkShellBlock';

const problems = (code: string, rootPrompt = false) =>
  checkShellBlock(code, rootPrompt, { commands: 0, inGrammar: 0 }).map((p) => p.line);

describe('checkShellBlock: a prompt without its space', () => {
  it('finds `$docker` among output and in a script', () => {
    expect(problems('$ docker ps\nCONTAINER ID\n$docker kill web')).toEqual([3]);
    expect(problems('$docker ps')).toEqual([1]);
    expect(problems('#docker ps\n# docker ps', true)).toEqual([1]);
  });

  it('leaves output that starts with a variable, continuations and heredocs alone', () => {
    expect(problems("$ echo '$HOME'\n$HOME\n$ echo '${PATH}'\n${PATH}")).toEqual([]);
    expect(problems('$ echo a \\\n$x')).toEqual([]);
    expect(problems("$ cat <<'EOF'\n$name\nEOF")).toEqual([]);
    expect(problems('$ echo hi\n#include <stdio.h>')).toEqual([]);
  });
});

// `npm test`: every check of the project, each stage's duration printed as it ends and all of them
// in a summary. Stops after the first step in which a stage fails.
//
// The steps run in order; the stages of one step run at the same time. The static checks and the
// unit tests need neither the build nor each other, and three of them (ESLint and Prettier, astro
// check, the snippet checks) are single-threaded, so on a 2-core machine running them side by side
// saves about a fifth of their time (measured: 51.7 s one after another, 40.2 s together). Their
// output is held back and printed whole when each ends, so it never interleaves.
//
//   node scripts/test.mjs                       every stage
//   node scripts/test.mjs lint "type check"     chosen stages, by name
import { spawn } from 'node:child_process';

/** The steps, in order: static checks and unit tests first, then the build and what reads it. */
const STEPS = [
  [
    ['lint', 'npm run -s lint'],
    ['type check', 'npm run -s check'],
    ['snippet checks', 'npm run -s check:snippets'],
    ['unit and build tests', 'npm run -s test:unit'],
  ],
  [['build', 'npm run -s build']],
  [
    ['HTML validation', 'npm run -s validate'],
    ['size budgets', 'npm run -s budget'],
  ],
  [['end-to-end tests', 'npm run -s test:e2e']],
];

const only = process.argv.slice(2);
const known = STEPS.flat().map(([name]) => name);
const unknown = only.filter((name) => !known.includes(name));
if (unknown.length) {
  console.error(`Unknown stage ${unknown.map((n) => `"${n}"`).join(', ')}; the stages are: ${known.join(', ')}.`);
  process.exit(2);
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs one stage; alone, its output streams; beside others, it is printed whole when it ends. */
function runStage(name, command, alone) {
  return new Promise((resolvePromise) => {
    console.log(`\n━━ ${name}: ${command}${alone ? '' : ' (output when it ends)'}`);
    const t0 = Date.now();
    const child = spawn(command, { shell: true, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('close', (code) => {
      const ms = Date.now() - t0;
      const ok = code === 0;
      if (!alone) {
        console.log(`\n━━ ${name}: output`);
        process.stdout.write(Buffer.concat(chunks));
      }
      console.log(`━━ ${name}: ${ok ? 'passed' : 'FAILED'} in ${seconds(ms)}`);
      resolvePromise([name, ms, ok]);
    });
  });
}

const done = [];
const started = Date.now();
for (const step of STEPS) {
  const stages = step.filter(([name]) => !only.length || only.includes(name));
  if (!stages.length) continue;
  const results = await Promise.all(stages.map(([name, command]) => runStage(name, command, stages.length === 1)));
  done.push(...results);
  if (results.some(([, , ok]) => !ok)) break;
}

console.log('\nStage durations (stages of one step ran at the same time):');
for (const [name, ms, ok] of done)
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(22)} ${seconds(ms).padStart(8)}`);
console.log(`  total ${' '.repeat(21)}${seconds(Date.now() - started).padStart(8)}`);
const failed = done.filter(([, , ok]) => !ok).map(([name]) => `"${name}"`);
if (failed.length) {
  console.error(`\nnpm test failed at the stage${failed.length > 1 ? 's' : ''} ${failed.join(', ')}.`);
  process.exit(1);
}

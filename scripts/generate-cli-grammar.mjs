// Generates the CLI grammar files in src/data/cli/ from the tools' own reference data: the
// sub-command tree and every command's flags. Only the derived facts are written (names of
// commands and flags, whether a flag takes a value); no prose or code is copied. Reference URLs are
// built from the command path by src/lib/shell/referenceUrl.ts.
//
//   node scripts/generate-cli-grammar.mjs docker   <docker/cli git dir> <docker/buildx git dir> <docker/compose git dir>
//   node scripts/generate-cli-grammar.mjs kubectl  <kubernetes/kubectl git dir> [kubectl binary]
//   node scripts/generate-cli-grammar.mjs minikube <kubernetes/minikube git dir>
//   node scripts/generate-cli-grammar.mjs helm     <helm/helm-www git dir>
//   node scripts/generate-cli-grammar.mjs git      <git/git git dir>
//   node scripts/generate-cli-grammar.mjs npm      <npm package dir, e.g. /usr/lib/node_modules/npm>
//   node scripts/generate-cli-grammar.mjs aws      <python with awscli installed, e.g. python3>
//   node scripts/generate-cli-grammar.mjs gcloud   <Google Cloud SDK dir, e.g. /usr/lib/google-cloud-sdk>
//
// A git dir is a snapshot without a work tree (files are read with `git show HEAD:<path>`). CI never
// runs this: the generated files are checked in. eb has no published data: src/data/cli/eb.json is
// written by hand.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import prettier from 'prettier';
import { parse as parseYaml } from 'yaml';

const OUT = new URL('../src/data/cli/', import.meta.url);
const today = new Date().toISOString().slice(0, 10);

const git = (dir, ...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const show = (dir, path) => git(dir, 'show', `HEAD:${path}`);
const ls = (dir, path) => git(dir, 'ls-tree', '--name-only', 'HEAD', `${path}/`).split('\n').filter(Boolean);
const head = (dir) => git(dir, 'log', '-1', '--format=%H %cs').trim().split(' ');
const describe = (dir) => {
  try {
    return git(dir, 'describe', '--tags', 'HEAD').trim();
  } catch {
    return head(dir)[0].slice(0, 12);
  }
};

/**
 * A flag spec as the grammar stores it: `-s|--long`, with `=` when it takes a value, and the value's
 * type after it where the reference gives one the checks use (`-r|--replicas=int`).
 */
const spec = (names, takesValue, type) =>
  [...new Set(names)].sort((a, b) => a.length - b.length).join('|') + (takesValue ? `=${type ?? ''}` : '');
/** The reference's integer value types (cobra/pflag: `int`, `int32`, `uint16` …), stored as `int`. */
const integerType = (type) => (/^u?int(8|16|32|64)?$/i.test(type) ? 'int' : undefined);
/**
 * A usage line without the words that name the command (`prefix`): `docker compose exec [OPTIONS]
 * SERVICE COMMAND [ARGS...]` → `[OPTIONS] SERVICE COMMAND [ARGS...]`. The checks read the arguments
 * a command needs from it (src/lib/shell/usageArguments.ts).
 */
const usageTail = (line, prefix) => {
  const words = line.trim().split(/\s+/);
  let i = 0;
  while (i < prefix.length && words[i] === prefix[i]) i++;
  return words.slice(i).join(' ');
};

/**
 * The usage of the cobra commands defined in a Go source tree (`Use: "exec [OPTIONS] CONTAINER
 * COMMAND [ARG...]"`), each with the file it is in and its name; a usage of several lines gives
 * each form (`docker cp`).
 */
function goUsages(dir, under) {
  const files = git(dir, 'grep', '-l', '-E', '\\bUse: ', 'HEAD', '--', `${under}/*.go`)
    .split('\n')
    .filter((f) => f && !f.endsWith('_test.go'))
    .map((f) => f.replace(/^HEAD:/, ''));
  const out = [];
  for (const file of files)
    for (const m of show(dir, file).matchAll(/\bUse:\s*(?:"([^"]*)"|`([^`]*)`)/g)) {
      const lines = (m[1] ?? m[2])
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const name = lines[0].split(/\s+/)[0];
      if (!/^[a-z][\w-]*$/.test(name)) continue;
      out.push({
        file,
        name,
        usage: lines.map((l) =>
          usageTail(l, l.startsWith('docker ') ? ['docker', ...l.split(/\s+/).slice(1, 2)] : [name]),
        ),
      });
    }
  return out;
}
const sortFlags = (flags) =>
  [...new Set(flags)].sort((a, b) => a.replace(/^.*\|/, '').localeCompare(b.replace(/^.*\|/, '')));

/** Inserts a command at a path of the tree, creating the groups on the way. */
function put(root, path, data) {
  let node = root;
  for (const [i, word] of path.entries()) {
    node.commands ??= {};
    node.commands[word] ??= {};
    if (i === path.length - 1) Object.assign(node.commands[word], data);
    node = node.commands[word];
  }
  return node;
}

/** Marks every command that has sub-commands as a group, unless `runnable` says it takes arguments. */
function markGroups(node, runnable = () => false, path = []) {
  for (const [name, child] of Object.entries(node.commands ?? {})) markGroups(child, runnable, [...path, name]);
  if (node.commands && Object.keys(node.commands).length && !runnable(path)) node.group = true;
  if (node.flags) node.flags = sortFlags(node.flags);
}

/** Moves the flags that every sub-command of a node has up to the node (they are inherited). */
function hoistCommonFlags(node) {
  const children = Object.values(node.commands ?? {});
  if (children.length < 2 || children.some((c) => !c.flags)) return;
  const common = children[0].flags.filter((f) => children.every((c) => c.flags.includes(f)));
  node.flags = sortFlags([...(node.flags ?? []), ...common]);
  for (const c of children) c.flags = c.flags.filter((f) => !common.includes(f));
}

async function write(name, data) {
  const file = new URL(`${name}.json`, OUT);
  const text = await prettier.format(JSON.stringify(data), { parser: 'json', printWidth: 120 });
  writeFileSync(file, text);
  console.log(`wrote src/data/cli/${name}.json (${(text.length / 1024).toFixed(0)} KB)`);
}

// ── Docker: docker/cli's generated reference tables, buildx's, and docker/compose's YAML ──

/** Flags from a cli-docs-tool Markdown options table (`| [`-f`](#follow), [`--follow`](#follow) | `bool` |`). */
function markdownTableFlags(md) {
  const flags = [];
  const options = md.split(/^### Options\s*$/m)[1]?.split(/^#|<!---MARKER_GEN_END-->/m)[0] ?? '';
  for (const row of options.split('\n')) {
    const cells = row.split('|').map((c) => c.trim());
    if (cells.length < 4 || !cells[1].includes('`-')) continue;
    const names = [...cells[1].matchAll(/`(--?[\w.-]+)`/g)].map((m) => m[1]);
    const type = cells[2].replace(/`/g, '');
    flags.push(spec(names, type !== 'bool', integerType(type)));
  }
  return flags;
}

const markdownAliases = (md) =>
  [...(md.split(/^### Aliases\s*$/m)[1]?.split(/^#/m)[0] ?? '').matchAll(/`docker ([^`]+)`/g)].map((m) =>
    m[1].split(' '),
  );

async function docker(cliDir, buildxDir, composeDir) {
  // docker/cli installs its global options (`--context`, `--host`, `--config`, `--log-level`,
  // `--tls*`, `--debug`) on the root command's own flag set, not as persistent flags: they are
  // valid only before the sub-command (`docker --context prod run`), and plugins (compose, buildx)
  // do not take them either.
  const root = { program: 'docker', localFlags: true };
  const cliRef = 'docs/reference/commandline';
  // Top-level shortcuts (`docker ps`) have their own file; the tree is the files' names.
  const aliases = [];
  for (const file of ls(cliDir, cliRef).filter((f) => f.endsWith('.md'))) {
    const name = file.split('/').at(-1).replace(/\.md$/, '');
    const md = show(cliDir, file);
    const flags = markdownTableFlags(md);
    if (name === 'docker') {
      root.flags = flags;
      continue;
    }
    if (name === 'build' || name === 'builder_build' || name === 'image_build') continue; // buildx below
    const path = name.split('_');
    put(root, path, { flags });
    for (const alias of markdownAliases(md)) aliases.push({ path, alias });
  }
  // `docker build` is `docker buildx build` (BuildKit is the default builder since Engine 23).
  const buildx = { flags: [], commands: {} };
  for (const file of ls(buildxDir, 'docs/reference').filter((f) => /buildx[\w-]*\.md$/.test(f))) {
    const name = file.split('/').at(-1).replace(/\.md$/, '');
    const md = show(buildxDir, file);
    const flags = markdownTableFlags(md);
    const path = name.split('_').slice(1);
    if (!path.length) buildx.flags = flags;
    else put(buildx, path, { flags });
    for (const alias of markdownAliases(md)) aliases.push({ path: ['buildx', ...path], alias });
  }
  put(root, ['buildx'], buildx);
  // Compose v2 and later: `docker compose`, from docker/compose docs/reference/*.yaml.
  const compose = {};
  for (const file of ls(composeDir, 'docs/reference').filter((f) => /docker_compose[\w-]*\.yaml$/.test(f))) {
    const doc = parseYaml(show(composeDir, file));
    const path = doc.command.split(' ').slice(2);
    const flags = (doc.options ?? []).map((o) =>
      spec(
        [`--${o.option}`, ...(o.shorthand ? [`-${o.shorthand}`] : [])],
        o.value_type !== 'bool',
        integerType(o.value_type),
      ),
    );
    const globals = (doc.inherited_options ?? []).length ? [] : [];
    // A usage of several lines gives each form (`docker compose cp`), as docker/cli's do.
    const usage = (doc.usage ?? '')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => usageTail(l, ['docker', 'compose', ...path]));
    if (!path.length) Object.assign(compose, { flags: [...flags, ...globals] });
    else put(compose, path, { flags, ...(usage.length ? { usage } : {}) });
  }
  put(root, ['compose'], compose);
  const at = (path) => path.reduce((n, w) => n?.commands?.[w], root);
  // Usage: docker/cli's and buildx's cobra definitions, by the directory of the command's group
  // (cli/command/container/exec.go is `docker container exec`); top-level shortcuts take theirs
  // from the command they are an alias of, below.
  for (const { file, name, usage } of goUsages(cliDir, 'cli/command')) {
    // A command only at the top (`docker login`, in cli/command/registry/) is under its own name.
    const group = file.split('/').at(-2);
    const node = at([group, name]) ?? (group !== 'command' ? at([name]) : undefined);
    if (node && node !== root && !node.commands && !node.usage) node.usage = usage;
  }
  // buildx's are by directory too: commands/inspect.go is `docker buildx inspect`, and
  // commands/history/inspect.go and commands/imagetools/inspect.go are the groups' own `inspect`.
  for (const { file, name, usage } of goUsages(buildxDir, 'commands')) {
    const node = at(['buildx', ...file.split('/').slice(1, -1), name]);
    if (node && !node.usage) node.usage = usage;
  }
  // Aliases: other names of a command, under the same parent or elsewhere (`docker ps`).
  for (const { path, alias } of aliases) {
    const target = at(path);
    const existing = at(alias);
    if (target && existing && !!target.usage !== !!existing.usage) {
      if (target.usage) existing.usage = target.usage;
      else target.usage = existing.usage;
    }
    if (!target || existing) continue;
    const parent = alias.length === 1 ? root : at(alias.slice(0, -1));
    if (parent && alias.slice(0, -1).join(' ') === path.slice(0, -1).join(' ')) {
      target.aliases = [...new Set([...(target.aliases ?? []), alias.at(-1)])];
    } else put(root, alias, structuredClone(target));
  }
  // Flags end at the first argument where the rest is a command to run (`docker run IMAGE CMD…`).
  for (const path of [
    ['run'],
    ['create'],
    ['exec'],
    ['container', 'run'],
    ['container', 'create'],
    ['container', 'exec'],
    ['compose', 'run'],
    ['compose', 'exec'],
  ]) {
    const node = at(path);
    if (node) node.flagsEndAtFirstArg = true;
  }
  markGroups(root);
  const [cliCommit, cliDate] = head(cliDir);
  const [buildxCommit] = head(buildxDir);
  const [composeCommit] = head(composeDir);
  await write('docker', {
    $comment: 'Generated by scripts/generate-cli-grammar.mjs; do not edit by hand.',
    program: 'docker',
    source: {
      from:
        'docker/cli docs/reference/commandline/*.md (generated option tables), docker/buildx docs/reference/*.md, ' +
        'docker/compose docs/reference/*.yaml: the data of https://docs.docker.com/reference/cli/docker/',
      version: `docker/cli ${describe(cliDir)} (${cliCommit.slice(0, 12)}), buildx ${describe(buildxDir)} (${buildxCommit.slice(0, 12)}), compose ${describe(composeDir)} (${composeCommit.slice(0, 12)})`,
      date: `${cliDate}, generated ${today}`,
    },
    ...root,
  });
}

// ── cobra Markdown (minikube, helm): `## cmd`, a usage block, `### Options` code blocks ──

/** Flags from a cobra options code block: `  -n, --namespace string   description`. */
function cobraFlags(block) {
  const flags = [];
  for (const line of block.split('\n')) {
    const m = line.match(/^\s+(?:(-\w), )?(--[\w.-]+)(?: ([\w.[\]=]+))?(?:\s{2,}|$)/);
    if (m) flags.push(spec([m[1], m[2]].filter(Boolean), !!m[3] && !m[3].startsWith('[')));
  }
  return flags;
}

/** Each `## <program> …` section (or the whole file under a `title:`) of a cobra Markdown page. */
function cobraSections(md, program) {
  const sections = [];
  const parts = md.split(new RegExp(`^## (?=${program}\\b)`, 'm'));
  const title = md.match(/^title:\s*"?([^"\n]+)"?/m)?.[1];
  for (const [i, part] of parts.entries()) {
    const name = i === 0 ? (title?.startsWith(program) && parts.length === 1 ? title : undefined) : part.split('\n')[0];
    if (!name) continue;
    const usage = part.match(new RegExp(`\`\`\`(?:shell)?\\n(${program} [^\\n]*)\\n`))?.[1] ?? '';
    const local = part.match(/### Options\s*\n+```\n([\s\S]*?)```/)?.[1] ?? '';
    const inherited = part.match(/### Options inherited from parent commands\s*\n+```\n([\s\S]*?)```/)?.[1] ?? '';
    sections.push({
      path: name.trim().split(/\s+/).slice(1),
      usage,
      local: cobraFlags(local),
      inherited: cobraFlags(inherited),
    });
  }
  return sections;
}

/** Builds a tool from cobra sections: globals are the flags every command inherits. */
function cobraTree(program, sections) {
  const root = { program };
  const inheritedSets = sections.filter((s) => s.path.length).map((s) => new Set(s.inherited));
  const globals = [...(inheritedSets[0] ?? [])].filter((f) => inheritedSets.every((s) => s.has(f)));
  const takesArgs = new Set();
  for (const s of sections) {
    const own = s.local.filter((f) => !globals.includes(f));
    const fromParents = s.inherited.filter((f) => !globals.includes(f));
    if (!s.path.length) root.flags = [...new Set([...s.local, ...globals])];
    else put(root, s.path, { flags: [...new Set([...own, ...fromParents])] });
    // A usage with an argument after the command (`minikube service [flags] SERVICE`) takes arguments.
    const after = s.usage
      .split(/\s+/)
      .slice(s.path.length + 1)
      .filter((w) => !/^\[?(flags|command)\]?$/i.test(w));
    if (after.some((w) => /[A-Z<]/.test(w) && !/^\[?(SUB)?COMMAND\]?$/.test(w))) takesArgs.add(s.path.join(' '));
  }
  root.flags ??= globals;
  markGroups(root, (path) => takesArgs.has(path.join(' ')));
  return root;
}

async function minikube(dir) {
  const base = 'site/content/en/docs/commands';
  const sections = ls(dir, base)
    .filter((f) => f.endsWith('.md') && !f.endsWith('_index.md'))
    .flatMap((f) => cobraSections(show(dir, f), 'minikube'));
  // `minikube` itself has no page of its own: its flags are the ones every command inherits.
  const tree = cobraTree('minikube', sections);
  // `minikube completion SHELL`: its one argument is the name of one of its sub-commands (bash,
  // fish, powershell, zsh), and minikube rejects any other, so a word after it is checked as one.
  if (tree.commands?.completion?.commands) tree.commands.completion.group = true;
  const [commit, date] = head(dir);
  await write('minikube', {
    $comment: 'Generated by scripts/generate-cli-grammar.mjs; do not edit by hand.',
    program: 'minikube',
    source: {
      from: 'kubernetes/minikube site/content/en/docs/commands/*.md (generated by cobra): https://minikube.sigs.k8s.io/docs/commands/',
      version: `${describe(dir)} (${commit.slice(0, 12)})`,
      date: `${date}, generated ${today}`,
    },
    ...tree,
  });
}

async function helm(dir) {
  const sections = ls(dir, 'docs/helm')
    .filter((f) => /helm[\w-]*\.mdx?$/.test(f))
    .flatMap((f) => cobraSections(show(dir, f), 'helm'));
  const tree = cobraTree('helm', sections);
  const [commit, date] = head(dir);
  await write('helm', {
    $comment: 'Generated by scripts/generate-cli-grammar.mjs; do not edit by hand.',
    program: 'helm',
    source: {
      from: 'helm/helm-www docs/helm/*.md (current Helm docs, generated by cobra): https://helm.sh/docs/helm/',
      version: `helm-www ${commit.slice(0, 12)}`,
      date: `${date}, generated ${today}`,
    },
    ...tree,
  });
}

// ── git: the OPTIONS lists (`--force`::) of Documentation/git-*.adoc, includes followed ──

function gitOptions(dir, path, seen = new Set()) {
  if (seen.has(path)) return [];
  seen.add(path);
  let text;
  try {
    text = show(dir, path);
  } catch {
    return [];
  }
  const flags = [];
  for (const line of text.split('\n')) {
    const include = line.match(/^include::([\w/.-]+\.adoc)\[\]/);
    if (include) {
      const target = include[1].startsWith('config/') ? undefined : join('Documentation', include[1]);
      if (target) flags.push(...gitOptions(dir, target, seen));
      continue;
    }
    const m = line.match(/^`?(-[^`:]*?)`?::$/);
    if (!m) continue;
    for (const form of m[1].split(/`?,\s*`?/)) {
      const opt = form.trim().match(/^(--?(?:\[no-\])?[a-zA-Z0-9][\w-]*)(\[?=|\s+<|\s+\S)?/);
      if (!opt || /^--?<|^-\d$/.test(form)) continue;
      const [, raw, value = ''] = opt;
      const takesValue = /^(=|\s+<|\s+\S)/.test(value) && !value.startsWith('[');
      const names = raw.includes('[no-]') ? [raw.replace('[no-]', ''), raw.replace('[no-]', 'no-')] : [raw];
      for (const n of names) {
        flags.push(spec([n], takesValue));
        // git accepts `--no-<option>` for its long options.
        if (n.startsWith('--') && !n.startsWith('--no-') && !takesValue)
          flags.push(spec([`--no-${n.slice(2)}`], false));
      }
    }
  }
  return flags;
}

/** Merges `-x` and `--long` specs that the docs list on consecutive lines into one spec. */
async function gitTool(dir) {
  const list = show(dir, 'command-list.txt')
    .split('\n')
    .filter((l) => /^git-[\w-]+\s/.test(l))
    .map((l) => l.split(/\s+/)[0].replace(/^git-/, ''));
  const root = { program: 'git', flags: sortFlags(gitOptions(dir, 'Documentation/git.adoc')), commands: {} };
  for (const name of list) {
    const flags = gitOptions(dir, `Documentation/git-${name}.adoc`);
    if (!flags.length && !ls(dir, 'Documentation').includes(`Documentation/git-${name}.adoc`)) continue;
    root.commands[name] = { flags: sortFlags([...flags, '-h']) };
  }
  root.group = true;
  const [commit, date] = head(dir);
  await write('git', {
    $comment: 'Generated by scripts/generate-cli-grammar.mjs; do not edit by hand.',
    program: 'git',
    source: {
      from: 'git/git command-list.txt and Documentation/git-*.adoc OPTIONS: https://git-scm.com/docs',
      version: `${describe(dir)} (${commit.slice(0, 12)})`,
      date: `${date}, generated ${today}`,
    },
    ...root,
  });
}

// ── npm: the package's own docs (docs/content/commands) and its config definitions ──

async function npm(pkgDir) {
  const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
  const config = await import(join(pkgDir, 'node_modules/@npmcli/config/lib/definitions/index.js'));
  const { definitions, shorthands } = config.default ?? config;
  // Every config option can be given as a flag to any command (`npm install --save-dev`).
  const byName = new Map();
  for (const [name, def] of Object.entries(definitions)) {
    const types = [def.type].flat();
    const bool = types.includes(Boolean);
    const names = [`--${name}`, ...(def.short ? [`-${def.short}`] : [])];
    byName.set(name, { names, bool });
    if (bool) byName.set(`no-${name}`, { names: [`--no-${name}`], bool: true });
  }
  for (const [short, expansion] of Object.entries(shorthands)) {
    const target = expansion[0]?.replace(/^--/, '');
    const def = byName.get(target);
    if (!def || short.length > 2) {
      if (short.length <= 2) byName.set(`short-${short}`, { names: [`-${short}`], bool: true });
      continue;
    }
    def.names = [...new Set([...def.names, `-${short}`])];
  }
  const flags = sortFlags([...byName.values()].map((d) => spec(d.names, !d.bool)));
  const root = { program: 'npm', flags, commands: {}, group: true };
  const docs = join(pkgDir, 'docs/content/commands');
  for (const file of readdirSync(docs).filter((f) => /^npm-[\w-]+\.md$/.test(f))) {
    const name = file.replace(/^npm-|\.md$/g, '');
    const md = readFileSync(join(docs, file), 'utf8');
    const aliases =
      md
        .match(/^aliases?: (.+)$/m)?.[1]
        .split(/,\s*/)
        .map((a) => a.trim()) ?? [];
    root.commands[name] = aliases.length ? { aliases } : {};
  }
  await write('npm', {
    $comment: 'Generated by scripts/generate-cli-grammar.mjs; do not edit by hand.',
    program: 'npm',
    source: {
      from: 'the npm package: docs/content/commands/npm-*.md and @npmcli/config definitions: https://docs.npmjs.com/cli/',
      version: `npm ${version}`,
      date: `generated ${today}`,
    },
    ...root,
  });
}

// ── gcloud: the Cloud SDK's static completion tree (data/cli/gcloud_completions.py) ──

/** The command groups the tree keeps in full; the other groups keep their names only. */
const GCLOUD_GROUPS = ['auth', 'config', 'container', 'iam', 'projects', 'artifacts', 'components', 'run', 'builds'];

async function gcloud(sdkDir) {
  const version = readFileSync(join(sdkDir, 'VERSION'), 'utf8').trim();
  const json = execFileSync(
    'python3',
    [
      '-c',
      'import runpy,json,sys; print(json.dumps(runpy.run_path(sys.argv[1])["STATIC_COMPLETION_CLI_TREE"]))',
      join(sdkDir, 'data/cli/gcloud_completions.py'),
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  const tree = JSON.parse(json);
  const convert = (node) => {
    const out = { flags: sortFlags(Object.entries(node.flags ?? {}).map(([n, t]) => spec([n], t !== 'bool'))) };
    const children = Object.entries(node.commands ?? {});
    if (children.length) out.commands = Object.fromEntries(children.map(([n, c]) => [n, convert(c)]));
    return out;
  };
  const root = { program: 'gcloud', flags: convert({ flags: tree.flags }).flags, commands: {} };
  for (const [name, node] of Object.entries(tree.commands)) {
    root.commands[name] = GCLOUD_GROUPS.includes(name) ? convert(node) : { anyFlags: true };
  }
  markGroups(root);
  // A group kept by name only accepts anything below it.
  for (const [name, node] of Object.entries(root.commands)) if (!GCLOUD_GROUPS.includes(name)) delete node.group;
  await write('gcloud', {
    $comment: `Generated by scripts/generate-cli-grammar.mjs; do not edit by hand. Full trees for: ${GCLOUD_GROUPS.join(', ')}; other groups by name only.`,
    program: 'gcloud',
    source: {
      from: 'Google Cloud SDK data/cli/gcloud_completions.py (the static CLI tree the SDK ships): https://cloud.google.com/sdk/gcloud/reference',
      version: `Google Cloud SDK ${version}`,
      date: `generated ${today}`,
    },
    ...root,
  });
}

// ── aws: the AWS CLI's own command table (botocore service models + awscli customizations) ──

const AWS_SERVICES = [
  'ec2',
  'ecr',
  'ecs',
  'eks',
  'elasticbeanstalk',
  'elasticache',
  'rds',
  'iam',
  'sts',
  's3',
  's3api',
  'logs',
  'cloudformation',
  'elbv2',
  'secretsmanager',
  'ssm',
  'configure',
];

const AWS_DUMP = `
import json, sys
from awscli.clidriver import create_clidriver
import awscli, botocore
driver = create_clidriver()
table = driver._get_command_table()
keep = set(sys.argv[1].split(','))
def is_bool(arg):
    action = getattr(arg, '_action', None) or getattr(arg, 'action', None)
    return getattr(arg, 'cli_type_name', None) == 'boolean' or action in ('store_true', 'store_false')
def args_of(cmd):
    return [[name, is_bool(arg)] for name, arg in getattr(cmd, 'arg_table', {}).items()]
def walk(cmd, depth):
    node = {'flags': args_of(cmd)}
    sub = getattr(cmd, 'subcommand_table', None)
    if sub is None and hasattr(cmd, '_get_command_table'): sub = cmd._get_command_table()
    if sub and depth < 3:
        node['commands'] = {n: walk(c, depth + 1) for n, c in sub.items()}
    return node
def is_bool_global(arg):
    return is_bool(arg) or (getattr(arg, '_action', None) or getattr(arg, 'action', None)) == 'version'
out = {'globals': [[n, is_bool_global(a)] for n, a in driver._get_argument_table().items()], 'services': {}}
for name, cmd in table.items():
    out['services'][name] = walk(cmd, 1) if name in keep else None
print(json.dumps({'awscli': awscli.__version__, 'botocore': botocore.__version__, 'tree': out}))
`;

async function aws(python) {
  const dump = JSON.parse(
    execFileSync(python, ['-c', AWS_DUMP, AWS_SERVICES.join(',')], { encoding: 'utf8', maxBuffer: 1 << 28 }),
  );
  // `--generate-cli-skeleton` takes an optional value (`input`, `output`, `yaml-input`).
  const optionalValue = new Set(['generate-cli-skeleton']);
  const flagsOf = (list) => sortFlags(list.map(([n, bool]) => spec([`--${n}`], !bool && !optionalValue.has(n))));
  const convert = (node) => {
    const out = { flags: flagsOf(node.flags) };
    if (node.commands)
      out.commands = Object.fromEntries(Object.entries(node.commands).map(([n, c]) => [n, convert(c)]));
    return out;
  };
  // AWS CLI v2's global options that v1 (whose command table this reads) does not have:
  // https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-options.html
  const v2Globals = ['--cli-binary-format=', '--no-cli-pager', '--cli-auto-prompt', '--no-cli-auto-prompt'];
  const root = { program: 'aws', flags: sortFlags([...flagsOf(dump.tree.globals), ...v2Globals]), commands: {} };
  for (const [name, node] of Object.entries(dump.tree.services)) {
    root.commands[name] = node ? convert(node) : { anyFlags: true };
  }
  for (const node of Object.values(root.commands)) hoistCommonFlags(node);
  markGroups(root);
  for (const node of Object.values(root.commands)) if (node.anyFlags) delete node.group;
  // `aws s3 cp` takes its paths as arguments, as do the other s3 commands.
  await write('aws', {
    $comment: `Generated by scripts/generate-cli-grammar.mjs; do not edit by hand. Full trees for: ${AWS_SERVICES.join(', ')}; other services by name only.`,
    program: 'aws',
    source: {
      from: "The AWS CLI's command table: botocore service models (data/<service>/<version>/service-2.json) and the awscli customizations: https://awscli.amazonaws.com/v2/documentation/api/latest/reference/",
      version: `awscli ${dump.awscli}, botocore ${dump.botocore}`,
      date: `generated ${today}`,
    },
    ...root,
  });
}

// ── kubectl: cobra commands in kubernetes/kubectl's Go source (see kubectlFromGo below) ──

const [tool, ...paths] = process.argv.slice(2);
const generators = { docker, minikube, helm, git: gitTool, npm, gcloud, aws };
if (tool === 'kubectl') {
  const { kubectl } = await import('./generate-cli-grammar-kubectl.mjs');
  await kubectl(paths[0], paths[1] ?? 'kubectl', write, {
    show,
    ls,
    head,
    describe,
    git,
    spec,
    sortFlags,
    put,
    markGroups,
    today,
    usageTail,
  });
} else if (generators[tool]) await generators[tool](...paths);
else {
  console.error(
    `usage: node scripts/generate-cli-grammar.mjs <${['kubectl', ...Object.keys(generators)].join('|')}> <source>…`,
  );
  process.exit(2);
}

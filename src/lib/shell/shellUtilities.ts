/**
 * Shell built-ins and plain system utilities: not the commands a reader is learning, so they have
 * no key (no Commands-page entry, no reference link needed) and are not checked.
 */
export const SHELL_UTILITIES = new Set([
  'echo',
  'cd',
  'export',
  'cat',
  'base64',
  'ls',
  'mkdir',
  'cp',
  'mv',
  'rm',
  'grep',
  'printf',
  'source',
  '.',
  'sleep',
  'curl',
  'true',
  'false',
  'set',
  'unset',
  'exit',
  'test',
  '[',
  'open',
  'xdg-open',
  'touch',
  'head',
  'tail',
  'eval',
  'read',
  'wc',
  'sort',
  'uniq',
  'jq',
  'watch',
  'xargs',
  'pwd',
  'which',
  'env',
]);

/**
 * Real programs whose names are close to a checked tool's (`wget` and `git`, `kubelet` and
 * `kubectl`, `dockerd` and `docker`, `pnpm` and `npm`): never read as a misspelling of it. They
 * are not checked either; they keep their key like any tool outside the grammar.
 */
export const OTHER_PROGRAMS = new Set([
  'wget',
  'kubelet',
  'kubeadm',
  'kubectx',
  'kubens',
  'kubeseal',
  'kustomize',
  'dockerd',
  'containerd',
  'nerdctl',
  'crictl',
  'podman',
  'pnpm',
  'yarn',
  'npx',
  'node',
  'helmfile',
  'awslocal',
  'gitk',
]);

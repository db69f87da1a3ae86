import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSnippet } from '~/lib/snippets/checkSnippet';
import { findSnippets } from '~/lib/snippets/findSnippets';

/** The problems of a fixture note (tests/fixtures/snippets/<name>.mdx), at lines of the note. */
const problemsOf = (name: string) =>
  findSnippets(readFileSync(`tests/fixtures/snippets/${name}.mdx`, 'utf8')).flatMap(checkSnippet);

// One note of bad content per check: the exact message a writer sees, at the line of the note.
describe('each kind of bad snippet fails with what to fix, at its line in the note', () => {
  it.each([
    [
      'compose-service-fragment',
      8,
      'unknown key `enviroment` at the top level of the service: did you mean `environment`?',
    ],
    [
      'compose-depends-on-undefined',
      10,
      'service `web` depends on `postgress`, which is not a service of this file: did you mean `postgres`?',
    ],
    [
      'compose-port-protocol',
      10,
      'port mapping `53:53/upd` of service `dns` has no protocol `upd` (Docker refuses it: "invalid proto: upd"): did you mean `53:53/udp`? The protocol is `tcp` (the default: `53:53`), `udp` or `sctp` (https://docs.docker.com/reference/compose-file/services/#ports).',
    ],
    ['compose-restart-policy', 9, '`restart: alway` of service `web` is not a restart policy: did you mean `always`?'],
    [
      'compose-undeclared-volume',
      11,
      'service `db` uses the named volume `pgdata`, which the top-level `volumes:` does not declare: declare it there.',
    ],
    [
      'compose-healthcheck-one-item',
      10,
      'the healthcheck `test` of service `web`, `["CMD", "curl -f http://localhost"]`, runs a program named `curl -f http://localhost`, which does not exist: nothing splits an item of the list. Give each argument its own item, `["CMD", "curl", "-f", "http://localhost"]`, or let a shell split the line, `["CMD-SHELL", "curl -f http://localhost"]` (https://docs.docker.com/reference/compose-file/services/#healthcheck).',
    ],
    [
      'compose-volume-relative-target',
      10,
      'the volume of service `db`: `pgdata:var/lib/postgresql/data` mounts at `var/lib/postgresql/data` in the container, which is not an absolute path (Docker refuses it: "invalid mount path: \'var/lib/postgresql/data\' mount path must be absolute"): write `pgdata:/var/lib/postgresql/data`.',
    ],
    ['compose-unknown-key', 9, 'unknown key `portz` at `services.web` of the Compose file: did you mean `ports`?'],
    [
      'compose-version',
      6,
      'the top-level `version:` is obsolete (Compose Specification): Compose ignores it and warns "the attribute `version` is obsolete"; remove it.',
    ],
    [
      'dockerfile-cmd-no-space',
      8,
      'Dockerfile: `CMD[…]` needs a space before the `[`: write `CMD ["node", "index.js"]`.',
    ],
    ['dockerfile-cmd-command', 8, 'unknown command `strat` for `npm`: did you mean `npm star` or `npm start`?'],
    [
      'dockerfile-copy-from-stage',
      13,
      'Dockerfile: `COPY --from=buidl` names no stage of this Dockerfile (Docker would pull an image `buidl`): did you mean `build`?',
    ],
    [
      'dockerfile-entrypoint-exec-command',
      8,
      'unknown command `strat` for `npm`: did you mean `npm star` or `npm start`?',
    ],
    [
      'dockerfile-exec-one-item',
      11,
      'Dockerfile: `CMD ["npm start"]` runs a program named `npm start`, which does not exist: nothing splits an item of the list. Give each argument its own item, `["npm", "start"]`, or let a shell split the line, `["sh", "-c", "npm start"]`.',
    ],
    [
      'dockerfile-exec-form-json',
      9,
      'Dockerfile: the exec form of `CMD` is not valid JSON, so Docker runs it as a shell command: write it as JSON, the items separated by commas: `CMD ["npm", "start"]`.',
    ],
    [
      'dockerfile-expose-mapping',
      8,
      'Dockerfile: `EXPOSE 8080:80` maps a host port, which EXPOSE does not do: BuildKit keeps only the container port and warns (ExposeInvalidFormat, to become an error). EXPOSE records the port the container listens on: write `EXPOSE 80`, and publish it when the container runs, `docker run -p 8080:80` (https://docs.docker.com/reference/build-checks/expose-invalid-format/).',
    ],
    [
      'dockerfile-global-arg',
      10,
      "Dockerfile: `$NODE_VERSION` in `RUN` is not the `ARG NODE_VERSION` declared before the first `FROM`: that one is outside every stage, and a stage sees it only once it declares it again (until then `$NODE_VERSION` is empty, or the base image's own variable). Add `ARG NODE_VERSION` (without a value: it keeps the default) after this stage's `FROM` (https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact).",
    ],
    ['dockerfile-no-from', 6, 'Dockerfile: No source image provided with `FROM`.'],
    [
      'dockerfile-run-command',
      8,
      'unknown flag `--if-presnt` for `npm run`: did you mean `--if-present` or `--no-if-present`?',
    ],
    ['dockerfile-unknown-instruction', 7, 'Dockerfile: unknown instruction `COPPY`: did you mean `COPY`?'],
    [
      'dockerrun-unknown-key',
      9,
      'unknown key `memroy` at `containerDefinitions[0]` of Dockerrun.aws.json: did you mean `memory`?',
    ],
    [
      'fence-unknown-attribute',
      5,
      'unknown attribute `titel` in the code fence, which nothing reads: did you mean `title`?',
    ],
    [
      'fence-unknown-language',
      5,
      'unknown language `ymal` (the block is neither highlighted nor checked): did you mean `yaml`? The notes use `shell`, `yaml`, `json`, `dockerfile` or `text` (docs/WRITING.md); any other language Shiki highlights is accepted (https://shiki.style/languages).',
    ],
    [
      'fence-unknown-prompt-attribute',
      5,
      'unknown attribute `promt` in the code fence, which nothing reads: did you mean `prompt`?',
    ],
    [
      'fragment-unknown-kind',
      5,
      'unknown fragment kind `compose-services`: use one of compose-service, k8s-container, k8s-pod-spec, k8s-pod-template, workflow-job, workflow-step, dockerfile-stage (docs/WRITING.md).',
    ],
    [
      'json-duplicate-key',
      10,
      'JSON has the key `"scripts"` twice in one object: a reader of the file keeps only the last one, so merge the two.',
    ],
    ['json-syntax', 9, 'JSON does not parse (column 1): Expected double-quoted property name.'],
    [
      'k8s-container-fragment',
      10,
      '`imagePullPolicy` of a container must be one of `Always`, `IfNotPresent` or `Never`.',
    ],
    [
      'k8s-duplicate-container',
      14,
      'two containers of Pod `web` are named `web`: give each container of a pod its own name (the API server rejects a duplicate).',
    ],
    [
      'k8s-exec-command-one-item',
      16,
      '`spec.containers[0].livenessProbe.exec.command` of Pod `web` runs a program named `curl -f http://localhost/healthz`, which does not exist: nothing splits an item of the list. Give each argument its own item, `["curl", "-f", "http://localhost/healthz"]`, or let a shell split the line, `["sh", "-c", "curl -f http://localhost/healthz"]`.',
    ],
    [
      'k8s-cronjob-schedule',
      11,
      '`spec.schedule` of CronJob `report`, `0 30 2 * * *`, has 6 fields, and a CronJob schedule has five, minute hour day-of-month month day-of-week (the API server: "expected exactly 5 fields, found 6"): drop the seconds, the first field (a CronJob runs at most once a minute), `30 2 * * *` (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax).',
    ],
    [
      'k8s-job-restart-policy',
      12,
      'Job `migrate` lacks `spec.template.spec.restartPolicy`: left out, it is a pod\'s default, `Always`, which the pods of a Job cannot have (the API server rejects it: "Unsupported value: "Always""): set `restartPolicy: OnFailure` or `restartPolicy: Never` (https://kubernetes.io/docs/concepts/workloads/controllers/job/#pod-template).',
    ],
    [
      'k8s-image-name',
      21,
      '`spec.template.spec.containers[0].image` of Deployment `web` fails its pod with InvalidImageName: `nginx:1.30:alpine` is not a valid image name: an image name has one tag, after a single `:` (Docker refuses the name: "invalid reference format"): write the tag as one word, as `nginx:1.30-alpine` (https://docs.docker.com/reference/cli/docker/image/tag/#description).',
    ],
    ['k8s-kind-typo', 7, 'unknown kind `Deploymnet`: did you mean `Deployment` (apps/v1)?'],
    ['k8s-missing-selector', 10, 'Deployment `web` lacks `spec.selector`, which is required.'],
    [
      'k8s-probe-port-name',
      20,
      '`spec.containers[0].readinessProbe.httpGet.port` of Pod `web` is `htpp`, a port name that container `web` does not declare: the kubelet finds no such port and the probe always fails (https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port); did you mean `http`?',
    ],
    [
      'k8s-service-target-port',
      35,
      '`spec.ports[0].targetPort` of Service `web` is `web`, which no container of the pods it selects (Deployment `web`) names: the pods are left out of its endpoints, and connections to it fail (https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service); name one of their ports, `http`, or give the number.',
    ],
    [
      'k8s-node-port-range',
      17,
      "`spec.ports[0].nodePort` of Service `web` must be in the node port range, 30000 to 32767 (the API server's default `--service-node-port-range`).",
    ],
    [
      // The claim templates are PersistentVolumeClaims: their fields, not the StatefulSet spec's.
      'k8s-statefulset-claim',
      30,
      'unknown field `acessModes` in `spec.volumeClaimTemplates[0].spec` of StatefulSet `db`: did you mean `accessModes`?',
    ],
    [
      'k8s-yaml11-boolean',
      18,
      '`on` unquoted is a boolean to kubectl, which reads YAML 1.1 (`yes`, `no`, `on`, `off` are true and false): quote it, `"on"`, if it is text.',
    ],
    ['k8s-list-item', 13, 'unknown field `dta` of ConfigMap `web-config`: did you mean `data`?'],
    [
      'k8s-quantity',
      16,
      '`spec.containers[0].resources.limits.memory` of Pod `web` must be a quantity such as `512Mi`, `1Gi` or, for CPU, `500m` (units Ki, Mi, Gi or k, M, G).',
    ],
    [
      'k8s-secret-not-base64',
      11,
      '`data.password` of Secret `db` must be base64: encode the value (`echo -n <value> | base64`), or give it under `stringData`, which takes plain text.',
    ],
    [
      'k8s-removed-api',
      17,
      '`apiVersion: extensions/v1beta1` was removed in Kubernetes 1.16 (Ingress: 1.22): use `apiVersion: networking.k8s.io/v1` for Ingress.',
    ],
    [
      'k8s-selector-mismatch',
      13,
      'the selector of Deployment `web` does not match its pod template: `spec.selector.matchLabels.component: web`, but `spec.template.metadata.labels.component` is `api`: give the template the same label (kubectl apply fails with "selector does not match template labels").',
    ],
    ['k8s-unknown-field', 14, 'unknown field `portz` in `spec.containers[0]` of Pod `web`: did you mean `ports`?'],
    ['k8s-wrong-apiversion', 7, 'Deployment is not served at `apiVersion: v1`: use `apiVersion: apps/v1`.'],
    ['k8s-wrong-type', 11, '`spec.replicas` of Deployment `web` must be an integer.'],
    [
      'partial-marker',
      5,
      '`partial` is no longer a marker: say which part of a file this is with `fragment="…"` (one of compose-service, k8s-container, k8s-pod-spec, k8s-pod-template, workflow-job, workflow-step, dockerfile-stage).',
    ],
    [
      'shell-compose-v1',
      6,
      '`docker-compose` is Compose v1, removed (no longer updated since July 2023 and not shipped with Docker any more): use `docker compose up` (https://docs.docker.com/compose/releases/migrate/).',
    ],
    [
      'shell-kubectl-resource-type',
      7,
      'unknown resource type `deploymnet` for `kubectl describe`: did you mean `deployment`?',
    ],
    [
      'shell-docker-root-flag',
      7,
      '`--context` is a flag of `docker` itself: write it before the sub-command, `docker --context prod run`.',
    ],
    ['shell-flag-value', 7, '`wdie` is not a value of `-o` of `kubectl get`: did you mean `wide`?'],
    ['shell-flag-typo', 7, 'unknown flag `--folow` for `docker logs`: did you mean `--follow`?'],
    [
      'shell-unknown-flag',
      7,
      'unknown flag `--colour` for `kubectl get`: it has no such flag (the nearest is `--cluster`); its flags: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/',
    ],
    [
      'shell-prompt-no-space',
      8,
      '`$docker kill <container>` is read as output, not as a command (not checked, not copied): write the prompt as `$ ` (dollar, space).',
    ],
    [
      'shell-script-prompt-no-space',
      6,
      '`$docker logs --follow <container>` is read as a script line running `$docker`, not as a command (not checked, not copied): write the prompt as `$ ` (dollar, space).',
    ],
    [
      'shell-lost-continuation',
      7,
      '`-p 8080:80 nginx` is read as output, not as part of the command above (not checked, not copied): end the line before with ` \\` to continue the command.',
    ],
    [
      'shell-minikube-group',
      7,
      'unknown command `enabel` for `minikube addons`: did you mean `minikube addons enable`?',
    ],
    ['shell-unknown-program', 6, 'unknown program `kubctl`: did you mean `kubectl get deployments`?'],
    [
      'shell-unknown-subcommand',
      7,
      'unknown command `restat` for `kubectl rollout`: did you mean `kubectl rollout restart`?',
    ],
    [
      'shell-missing-argument',
      7,
      '`docker exec` is missing COMMAND: its usage is `docker exec [OPTIONS] CONTAINER COMMAND [ARG...]` (https://docs.docker.com/reference/cli/docker/exec/).',
    ],
    [
      'shell-kubectl-exec-dash',
      7,
      '`kubectl exec` runs the COMMAND written after `--`, which is missing: its usage is `kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]` (https://kubernetes.io/docs/reference/kubectl/generated/kubectl_exec/).',
    ],
    [
      'shell-flag-after-image',
      7,
      '`-p` after the image `nginx` is passed to the container as its command, not to `docker run`: write the flags before the image, `docker run … -p 8080:80 nginx`.',
    ],
    [
      'shell-integer-flag',
      6,
      '`two` is not a whole number, which `--replicas` of `kubectl create deployment` takes: write a number, e.g. `--replicas=3`.',
    ],
    [
      'shell-port-mapping',
      7,
      '`80:abc` is not a port mapping for `-p` of `docker run`: it is `[IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL]`, the ports numbers or ranges, the protocol `tcp`, `udp` or `sctp`, e.g. `8080:80` (https://docs.docker.com/reference/cli/docker/container/run/#publish).',
    ],
    [
      'shell-port-forward',
      7,
      '`99999:80` is not a port for `kubectl port-forward`: a port goes up to 65535, e.g. `8080:80` or `:80` (https://kubernetes.io/docs/reference/kubectl/generated/kubectl_port-forward/).',
    ],
    ['shell-service-type', 6, '`nodeport` is not a value of `--type` of `kubectl expose`: did you mean `NodePort`?'],
    [
      'shell-image-uppercase',
      7,
      '`MyApp` is not a valid image name: Docker refuses repository names with upper-case letters ("invalid reference format: repository name must be lowercase"): write `myapp`.',
    ],
    [
      'workflow-action-version',
      11,
      "`actions/checkout@v3` is written for a Node.js that GitHub's runners no longer ship (Node.js 20 and older were removed in the autumn of 2026; the runner forces such actions onto Node.js 24, which they were never tested on): use `actions/checkout@v5` or later (https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/).",
    ],
    [
      'workflow-action-no-version',
      12,
      '`uses: docker/login-action` needs a version after `@`, which GitHub requires: write `docker/login-action@v4` (https://docs.github.com/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idstepsuses).',
    ],
    [
      'travis-unknown-key',
      9,
      'unknown key `befor_install` at the top level of .travis.yml: did you mean `before_install`?',
    ],
    [
      'workflow-run-command',
      14,
      '`docker-compose` is Compose v1, removed (no longer updated since July 2023 and not shipped with Docker any more): use `docker compose up` (https://docs.docker.com/compose/releases/migrate/).',
    ],
    ['workflow-unknown-key', 10, 'GitHub Actions workflow at `/jobs/test`: unknown key `stepz`: did you mean `steps`?'],
    ['yaml-duplicate-key', 9, 'YAML does not parse: the key `image` appears twice in one mapping: keep one.'],
    [
      'yaml-syntax',
      10,
      'YAML does not parse: Flow sequence in block collection must be sufficiently indented and end with a ].',
    ],
    [
      'yaml-unrecognised',
      6,
      'this YAML is not a file the checks recognise: give the block a `title` with its file name (`compose.yaml`, `deployment.yaml`, `.github/workflows/ci.yml` …) or, if it is part of a file, a `fragment` kind (docs/WRITING.md, "Snippets").',
    ],
  ])('%s', (name, line, message) => {
    expect(problemsOf(name)).toEqual([{ line, message }]);
  });
});

// A note with two mistakes of different checks: both show at once, not one after the other's fix.
describe('each mistake of a snippet shows, whichever check finds it', () => {
  it('a Compose file that the schema refuses still has its references checked', () => {
    expect(problemsOf('compose-schema-and-references')).toEqual([
      { line: 9, message: 'unknown key `portz` at `services.web` of the Compose file: did you mean `ports`?' },
      {
        line: 12,
        message: 'service `web` depends on `postgress`, which is not a service of this file: did you mean `postgres`?',
      },
    ]);
  });
});

describe('correct snippets that a check once refused pass (tests/fixtures/snippets/valid/)', () => {
  it.each(readdirSync('tests/fixtures/snippets/valid').filter((f) => f.endsWith('.mdx')))('%s', (file) =>
    expect(findSnippets(readFileSync(`tests/fixtures/snippets/valid/${file}`, 'utf8')).flatMap(checkSnippet)).toEqual(
      [],
    ),
  );
});

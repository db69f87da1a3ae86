import { describe, expect, it } from 'vitest';
import { analyzeCommand } from '~/lib/shell/analyzeCommand';
import { expectAccepted, messages } from './commandMessages';
import { didYouMean } from '~/lib/shell/didYouMean';
import { lexShell } from '~/lib/shell/lexShell';
import { simpleCommands } from '~/lib/shell/simpleCommands';
import { snippetMeta } from '~/lib/snippets/snippetMeta';

describe('analyzeCommand: program, sub-command path, flags and key from the grammar', () => {
  it.each([
    ['docker run -d -p 8080:80 --name web nginx', 'docker run', ['-d', '-p', '--name']],
    ['docker compose -f compose.yaml up --build -d', 'docker compose up', ['-f', '--build', '-d']],
    ['docker container prune --force', 'docker container prune', ['--force']],
    ['docker build -t web:1 -f Dockerfile.dev .', 'docker build', ['-t', '-f']],
    ['kubectl -n prod get pods -o wide', 'kubectl get', ['-n', '-o']],
    ['kubectl create secret generic pg --from-literal=PASSWORD=x', 'kubectl create secret generic', ['--from-literal']],
    ['kubectl rollout restart deployment/web', 'kubectl rollout restart', []],
    ['minikube start --driver=docker', 'minikube start', ['--driver']],
    ['helm repo add <repo> <url>', 'helm repo add', []],
    ['aws ec2 describe-vpcs --filters Name=is-default,Values=true', 'aws ec2 describe-vpcs', ['--filters']],
    [
      'gcloud container clusters get-credentials <cluster> --location <location>',
      'gcloud container clusters get-credentials',
      ['--location'],
    ],
    ['eb create client-env --elb-type application', 'eb create', ['--elb-type']],
    ['npm install -D vitest', 'npm install', ['-D']],
    ['git push -u origin feature', 'git push', ['-u']],
  ])('%s → %s', (command, key, flags) => {
    const a = analyzeCommand(command);
    expect([a.key, a.flags, a.inGrammar, a.problems]).toEqual([key, flags, true, []]);
  });

  it('reads the shell around the command: sudo, env prefixes, pipelines, $( ), eval and heredocs', () => {
    expect(analyzeCommand('sudo -E docker ps -a').key).toBe('docker ps');
    expect(analyzeCommand('CI=true npm run test -- --coverage').key).toBe('npm run');
    expect(analyzeCommand('echo "$PW" | docker login -u "$ID" --password-stdin').keys).toEqual(['docker login']);
    expect(analyzeCommand('docker build -t web . && docker push web').keys).toEqual(['docker build', 'docker push']);
    expect(analyzeCommand('eval $(minikube docker-env -u)').key).toBe('minikube docker-env');
    expect(analyzeCommand("cat <<'EOF' | kubectl apply -f -\nkind: Pod\n  --not-a-flag\nEOF").keys).toEqual([
      'kubectl apply',
    ]);
    expect(messages('kubectl delete pod $(kubectl get pods -o name --selectr app=web)')).toEqual([
      'unknown flag `--selectr` for `kubectl get`: did you mean `--selector`?',
    ]);
  });

  it('understands placeholders and expansions as arguments, never as typos', () => {
    const a = analyzeCommand('kubectl describe <kind> <name>');
    expect([a.key, a.placeholders, a.problems]).toEqual(['kubectl describe', ['<kind>', '<name>'], []]);
    expect(analyzeCommand('docker run [<options>] <image> [<command>]').placeholders).toEqual([
      '<options>',
      '<image>',
      '<command>',
    ]);
    expect(messages('kubectl <verb> pods')).toEqual([]);
    expect(messages('docker push "$DOCKER_ID"/web:"$TAG"')).toEqual([]);
    expect(messages('helm install <release> oci://<registry>/<chart> --version <version>')).toEqual([]);
  });

  it('leaves the flags of the command that docker run starts alone', () => {
    expect(messages('docker run -it --rm busybox sh -c "echo hi"')).toEqual([]);
    expect(messages('kubectl exec -it web -- sh -c "ls -la"')).toEqual([]);
  });

  it('names the valid form of a misspelt or retired command', () => {
    expect(messages('kubctl get deployments')).toEqual([
      'unknown program `kubctl`: did you mean `kubectl get deployments`?',
    ]);
    expect(messages('docker-compose up -d')).toEqual([
      '`docker-compose` is Compose v1, removed (no longer updated since July 2023 and not shipped with Docker any more): use `docker compose up` (https://docs.docker.com/compose/releases/migrate/).',
    ]);
    expect(messages('kubectl get pods --colour')).toEqual([
      'unknown flag `--colour` for `kubectl get`: it has no such flag (the nearest is `--cluster`); its flags: https://kubernetes.io/docs/reference/kubectl/generated/kubectl_get/',
    ]);
    expect(messages('docker contianer ls')).toEqual([
      'unknown command `contianer` for `docker`: did you mean `docker container`?',
    ]);
    expect(messages('docker run --detatch nginx')).toEqual([
      'unknown flag `--detatch` for `docker run`: did you mean `--detach` or `--attach`?',
    ]);
    expect(messages('git comit -m "x"')).toEqual(['unknown command `comit` for `git`: did you mean `git commit`?']);
    expect(messages('helm repo')).toEqual(['`helm repo` needs a command: one of add, index, list, remove, update.']);
    expect(messages('docker run -p')).toEqual(['flag `-p` of `docker run` needs a value.']);
    expect(messages('minikube config unsett memory')).toEqual([
      'unknown command `unsett` for `minikube config`: did you mean `minikube config unset`?',
    ]);
    expect(messages('minikube completion powershel')).toEqual([
      'unknown command `powershel` for `minikube completion`: did you mean `minikube completion powershell`?',
    ]);
    expect(messages('minikube profile dev')).toEqual([]);
  });

  it("takes docker's global options only before the sub-command", () => {
    expect(messages('docker --context prod run -d nginx')).toEqual([]);
    expect(messages('docker -H tcp://10.0.0.5:2375 --tlsverify ps')).toEqual([]);
    expect(messages('docker ps -H tcp://10.0.0.5:2375')).toEqual([
      '`-H` is a flag of `docker` itself: write it before the sub-command, `docker -H tcp://10.0.0.5:2375 ps`.',
    ]);
    expect(messages('docker image ls --log-level=debug')).toEqual([
      '`--log-level` is a flag of `docker` itself: write it before the sub-command, `docker --log-level=debug image ls`.',
    ]);
    expect(messages('docker compose --context prod up')).toEqual([
      '`--context` is a flag of `docker` itself: write it before the sub-command, `docker --context prod compose`.',
    ]);
    // A sub-command's own flag of the same name is its own: `docker buildx build --debug`.
    expect(messages('docker build --debug -t web .')).toEqual([]);
    expect(messages('docker compose -f compose.yaml --env-file .env up -d')).toEqual([]);
  });

  it('reads real programs near a checked tool’s name as themselves, not as its misspelling', () => {
    expectAccepted([
      'wget -qO- https://example.com',
      'kubelet --version',
      'kubeadm init',
      'dockerd --debug',
      'pnpm install',
    ]);
    expect(messages('kubctl get pods')[0]).toMatch(/^unknown program `kubctl`: did you mean `kubectl get pods`\?/);
  });

  it('takes --help on every command, and -h where it is not a flag of its own', () => {
    expectAccepted([
      'docker ps --help',
      'docker compose up --help',
      'docker --help',
      'kubectl get -h',
      'kubectl apply --help',
    ]);
    // `docker run -h` is --hostname, which takes a value.
    expect(messages('docker run -h')).toEqual(['flag `-h` of `docker run` needs a value.']);
  });

  it('checks the value of a flag whose values are a fixed set', () => {
    expect(messages('kubectl get pods -o wdie')).toEqual([
      '`wdie` is not a value of `-o` of `kubectl get`: did you mean `wide`?',
    ]);
    expect(messages('docker run --restart=alway nginx')).toEqual([
      '`alway` is not a value of `--restart` of `docker run`: did you mean `always`?',
    ]);
    expect(messages('kubectl apply --dry-run=serer -f pod.yaml')).toEqual([
      '`serer` is not a value of `--dry-run` of `kubectl apply`: did you mean `server`?',
    ]);
    expect(messages('kubectl get pods -o csv')[0]).toMatch(
      /^`csv` is not a value of `-o` of `kubectl get`: it takes `json`/,
    );
    expectAccepted([
      'kubectl get pods -owide',
      'kubectl get pods -o=json',
      "kubectl get pods -o jsonpath='{.items[*].metadata.name}'",
      'kubectl get pods -o custom-columns=NAME:.metadata.name',
      'kubectl explain pods -o plaintext',
      'kubectl create deployment web --image=nginx --dry-run=client -o yaml',
      'docker run --restart on-failure:3 nginx',
      'docker container run --pull=always nginx',
      'docker build --pull .',
      'kubectl get pods -o <format>',
      'kubectl get pods -o "$FORMAT"',
    ]);
  });

  it('gives tools outside the grammar their old key, unchecked, and shell utilities none', () => {
    expect(analyzeCommand('skaffold dev --port-forward')).toMatchObject({
      key: 'skaffold dev',
      inGrammar: false,
      problems: [],
    });
    expect(analyzeCommand('curl -fsSL https://example.com').key).toBeUndefined();
    expect(analyzeCommand('sudo apt install ca-certificates').key).toBe('apt install');
  });
});

describe('lexShell and simpleCommands', () => {
  it('keeps offsets, removes quotes and reads <placeholders> as words', () => {
    const words = lexShell(`docker logs "my app" <container> 2>&1`).tokens.filter((t) => t.type === 'word');
    expect(words.map((w) => [w.value, w.start])).toEqual([
      ['docker', 0],
      ['logs', 7],
      ['my app', 12],
      ['<container>', 21],
      ['1', 36],
    ]);
  });

  it('reports an unclosed quote', () => {
    expect(lexShell(`echo "hello`).problems).toEqual([
      { offset: 5, message: 'unclosed double quote: add the closing `"`' },
    ]);
  });

  it('drops redirections and their targets, and skips heredoc bodies', () => {
    const split = simpleCommands('sudo tee /etc/x <<EOF > /dev/null\ndocker run nope\nEOF\nls');
    expect(split.commands.map((c) => c.words.map((w) => w.value))).toEqual([['tee', '/etc/x'], ['ls']]);
  });
});

describe('didYouMean', () => {
  it.each([
    ['kubctl', ['kubectl', 'docker', 'helm'], ['kubectl']],
    ['--detatch', ['--detach', '--attach', '--dns'], ['--detach', '--attach']],
    ['xyz', ['kubectl'], []],
  ])('%s', (word, candidates, expected) => expect(didYouMean(word, candidates)).toEqual(expected));
});

describe('snippetMeta', () => {
  it('reads title, fragment, prompt, line ranges and bare words', () => {
    expect(snippetMeta('title="compose.yaml" fragment="compose-service" {3-4} partial')).toEqual({
      title: 'compose.yaml',
      fragment: 'compose-service',
      attributes: { title: 'compose.yaml', fragment: 'compose-service' },
      words: ['partial'],
    });
  });
});

describe('arguments the usage line needs (src/data/cli/, usage)', () => {
  it.each([
    ['docker exec -it web', '`docker exec` is missing COMMAND'],
    ['kubectl logs', '`kubectl logs` is missing POD or TYPE/NAME'],
    ['kubectl logs -f', '`kubectl logs` is missing POD or TYPE/NAME'],
    ['docker run --rm -it', '`docker run` is missing IMAGE'],
    ['docker cp web:/app/log.txt', '`docker cp` is missing DEST_PATH|-'],
    ['kubectl exec -it web', '`kubectl exec` runs the COMMAND written after `--`, which is missing'],
    ['kubectl exec -it web sh', '`kubectl exec` runs the COMMAND written after `--`, which is missing'],
    ['kubectl exec -it web --', '`kubectl exec` is missing COMMAND after `--`'],
    ['kubectl set env deployment/web', '`kubectl set env` is missing KEY_1=VAL_1'],
    ['docker compose cp web:/app/log.txt', '`docker compose cp` is missing DEST_PATH|-'],
    // buildx's own `inspect [NAME]` is not the usage of `imagetools inspect [OPTIONS] NAME`.
    ['docker buildx imagetools inspect', '`docker buildx imagetools inspect` is missing NAME'],
  ])('%s', (command, start) => {
    const [message, ...more] = messages(command);
    expect(more).toEqual([]);
    expect(message?.startsWith(`${start}: its usage is `), message).toBe(true);
  });

  it('accepts placeholders, expansions, selectors and help as the arguments', () =>
    expectAccepted([
      'docker exec -it <container> sh',
      'docker exec -it $CID sh',
      'docker exec -it $(docker ps -q -l) sh',
      'kubectl logs -l app=web',
      'kubectl logs --selector app=web -f',
      'kubectl logs -f deploy/web',
      'kubectl exec -it deploy/web -- sh',
      'kubectl delete pods --all',
      'kubectl apply -f pod.yaml',
      'kubectl rollout restart deployment',
      'docker run --help',
      'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
      'docker cp web:/app/log.txt .',
      'docker compose cp web:/app/log.txt ./log.txt',
      'docker compose cp ./config.json web:/app/config.json',
      'docker buildx inspect',
      'docker build .',
      'docker login',
      'docker compose up',
    ]));

  it("reads a quoted value in a usage line as one word: cronjob's `--schedule='0/5 * * * ?'`", () =>
    expectAccepted(['kubectl create cronjob hello --image=busybox:1.37 --schedule="*/1 * * * *" -- date']));

  it('reads `KEY_1=VAL_1 ... KEY_N=VAL_N` as one argument or more, not two', () =>
    expectAccepted([
      'kubectl taint nodes node1 dedicated=gpu:NoSchedule',
      'kubectl set env deployment/web LOG_LEVEL=debug',
      'kubectl label pods web env=prod',
    ]));

  it('takes the flags that list or read the pairs in place of them: set env, label, annotate', () =>
    expectAccepted([
      'kubectl set env deployment/web --list',
      'kubectl set env --from=secret/web-env deployment/web',
      'kubectl label pods web --list',
      'kubectl annotate pods web --list',
    ]));

  it("takes the word after a flag in a usage line for the flag's value, in capitals or not", () =>
    expectAccepted(['kubectl create service externalname db --external-name db.example.com']));
});

describe('docker run flags after the image', () => {
  it.each([
    [
      'docker run nginx -p 8080:80',
      '`-p` after the image `nginx` is passed to the container as its command, not to `docker run`: write the flags before the image, `docker run … -p 8080:80 nginx`.',
    ],
    [
      'docker run -d nginx --name web',
      '`--name` after the image `nginx` is passed to the container as its command, not to `docker run`: write the flags before the image, `docker run … --name web nginx`.',
    ],
    [
      'docker create ubuntu -it bash',
      '`-it` after the image `ubuntu` is passed to the container as its command, not to `docker create`: write the flags before the image, `docker create … -it ubuntu bash`.',
    ],
  ])('%s', (command, message) => expect(messages(command)).toEqual([message]));

  it("leaves the container command's own flags alone", () =>
    expectAccepted([
      'docker run --rm alpine ls -la',
      'docker run --rm node:22 -v',
      'docker run -d postgres -c shared_buffers=256MB',
      'docker run --rm python:3 -c "print(1)"',
      'docker run --rm -p 8080:80 nginx',
    ]));
});

describe('flag values: service types, integers, ports', () => {
  it.each([
    [
      'kubectl expose deploy web --port=80 --type=nodeport',
      '`nodeport` is not a value of `--type` of `kubectl expose`: did you mean `NodePort`?',
    ],
    [
      'kubectl create service NodePort web --tcp=80:80',
      'unknown command `NodePort` for `kubectl create service`: did you mean `kubectl create service nodeport`?',
    ],
    [
      'kubectl create deployment web --image=nginx --replicas=two',
      '`two` is not a whole number, which `--replicas` of `kubectl create deployment` takes: write a number, e.g. `--replicas=3`.',
    ],
    [
      'kubectl port-forward svc/web 99999:80',
      '`99999:80` is not a port for `kubectl port-forward`: a port goes up to 65535, e.g. `8080:80` or `:80` (https://kubernetes.io/docs/reference/kubectl/generated/kubectl_port-forward/).',
    ],
    [
      'docker run -p 8080;80 nginx',
      '`8080;80`: the `;` ends the command there, and `80` runs as a command of its own: a port mapping is written with `:`, `8080:80`.',
    ],
  ])('%s', (command, message) => expect(messages(command)).toContain(message));

  it.each(['80:abc', '8080;80', '70000:80', '8080:80/http', '127.0.0.1:8080'])('docker run -p %s', (value) =>
    expect(messages(`docker run -p "${value}" nginx`)[0]).toMatch(
      /^`.*` is not a port mapping for `-p` of `docker run`: /,
    ),
  );

  it('accepts the forms of the references', () =>
    expectAccepted([
      'docker run -p 8080:80 -p 127.0.0.1:8080:80 -p 8080:80/udp -p 8000-8010:8000-8010 -p 80 nginx',
      'docker run -p 127.0.0.1::80 -p [::1]:8080:80 nginx',
      'docker run --publish=8080:80 nginx',
      'kubectl port-forward svc/web 8080:80 :81 8443:https',
      'kubectl port-forward pod/web 5000',
      'kubectl create deployment web --image=nginx --replicas=3',
      'kubectl scale deploy web --replicas=0',
      'kubectl logs web --tail=-1',
      'kubectl create deployment web --image=nginx --replicas=$N',
      'kubectl expose deploy web --port=80 --type=LoadBalancer',
    ]));
});

describe('image names', () => {
  it.each([
    ['docker build -t MyApp .', '`MyApp`', '`myapp`'],
    [
      'docker tag web Registry.example.com/MyTeam/web:v1',
      '`Registry.example.com/MyTeam/web:v1`',
      '`Registry.example.com/myteam/web:v1`',
    ],
    ['docker run MyImage', '`MyImage`', '`myimage`'],
    ['docker push MyUser/web', undefined, undefined],
  ])('%s', (command, name, fixed) =>
    expect(messages(command)).toEqual(
      name
        ? [
            `${name} is not a valid image name: Docker refuses repository names with upper-case letters ("invalid reference format: repository name must be lowercase"): write ${fixed}.`,
          ]
        : [],
    ),
  );

  it('refuses an empty or malformed tag', () =>
    expect(messages('docker push web:')[0]).toMatch(/^`web:` is not a valid image name: a tag is /));

  it('refuses a tag written in two parts, and says how to join them', () => {
    expect(messages('docker run nginx:1.27:alpine')).toEqual([
      '`nginx:1.27:alpine` is not a valid image name: an image name has one tag, after a single `:` (Docker refuses the name: "invalid reference format"): write the tag as one word, as `nginx:1.27-alpine` (https://docs.docker.com/reference/cli/docker/image/tag/#description).',
    ]);
    expect(messages('docker pull localhost:5000/web:1:dev')[0]).toMatch(/as `localhost:5000\/web:1-dev` \(/);
  });

  it('checks the schedule of kubectl create cronjob', () => {
    expect(messages("kubectl create cronjob hello --image=busybox:1.37 --schedule='61 * * * *' -- date")).toEqual([
      '`61 * * * *`, the `--schedule` of `kubectl create cronjob`, has `61` as its minute, which is 0 to 59 (the API server: "end of range (61) above maximum (59)") (https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax).',
    ]);
    expectAccepted(["kubectl create cronjob hello --image=busybox:1.37 --schedule='*/1 * * * *' -- date"]);
  });

  it('checks the image of kubectl --image', () => {
    expect(messages('kubectl create deployment web --image=Nginx:1.29')).toEqual([
      '`Nginx:1.29` is not a valid image name: Docker refuses repository names with upper-case letters ("invalid reference format: repository name must be lowercase"): write `nginx:1.29`.',
    ]);
    expect(messages('kubectl run web --image nginx:1.29:alpine')[0]).toMatch(/as `nginx:1.29-alpine`/);
    expectAccepted([
      'kubectl run web --image=nginx:1.29 --port=80',
      'kubectl create job hello --image=busybox:1.37 -- echo hi',
      'kubectl create deployment web --image=<image>',
      'kubectl create deployment web --image=$IMAGE',
    ]);
  });

  it('accepts registries, ports, tags, digests, placeholders and usage names', () =>
    expectAccepted([
      'docker build -t web:1.0 -t registry.example.com:5000/team/web:latest .',
      'docker tag web localhost:5000/web',
      'docker pull nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      'docker push <user>/web',
      'docker push $IMAGE',
      'docker run IMAGE',
      'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
    ]));
});

import { describe, expect, it } from 'vitest';
import { commandKeys, keyOfSimpleCommand } from '~/lib/commandKey';

describe('keyOfSimpleCommand', () => {
  it.each([
    ['docker run -d nginx', 'docker run'],
    ['docker run -it <image> sh', 'docker run'],
    ['docker compose up --build', 'docker compose up'],
    ['docker container prune', 'docker container prune'],
    ['docker system prune -a', 'docker system prune'],
    ['docker build -f Dockerfile.dev .', 'docker build'],
    ['kubectl get pods', 'kubectl get'],
    ['kubectl apply -f k8s/', 'kubectl apply'],
    ['kubectl create secret generic pgpassword --from-literal=PGPASSWORD=x', 'kubectl create secret generic'],
    ['kubectl set image deployment/web web=nginx:1.27', 'kubectl set image'],
    ['kubectl rollout restart deployment/web', 'kubectl rollout restart'],
    ['minikube start --driver=docker', 'minikube start'],
    ['minikube image load web:dev', 'minikube image load'],
    ['npm run test -- --coverage', 'npm run'],
    ['npx create-react-app client', 'npx create-react-app'],
    ['create-react-app client', 'create-react-app'],
    ['git checkout -b feature', 'git checkout'],
    ['travis encrypt-file service-account.json -r me/repo', 'travis encrypt-file'],
    ['sudo docker ps', 'docker ps'],
    ['CI=true npm run test', 'npm run'],
    ['eval $(minikube docker-env)', 'minikube docker-env'],
    ['echo hello', undefined],
    ['cd app', undefined],
  ])('%s → %s', (cmd, key) => expect(keyOfSimpleCommand(cmd)).toBe(key));
});

describe('commandKeys', () => {
  it('keys every command of a pipeline or list', () => {
    expect(commandKeys('echo "$DOCKER_PASSWORD" | docker login -u "$DOCKER_ID" --password-stdin')).toEqual([
      'docker login',
    ]);
    expect(commandKeys('docker build -t web . && docker push web')).toEqual(['docker build', 'docker push']);
  });
});

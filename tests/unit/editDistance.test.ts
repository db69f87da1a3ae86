import { describe, expect, it } from 'vitest';
import { editDistance } from '~/lib/editDistance';

describe('editDistance', () => {
  it.each([
    ['kubctl', 'kubectl', 1],
    ['dokcer', 'docker', 1],
    ['secrect', 'secret', 1],
    ['minikub', 'minikube', 1],
    // A swap of neighbours is one edit.
    ['scv', 'svc', 1],
    ['pdos', 'pods', 1],
    ['pod', 'pods', 1],
    ['', 'ab', 2],
    ['logs', 'pods', 2],
    ['docker', 'kubectl', 3],
  ])('%s → %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it('stops past its limit', () => expect(editDistance('deployment', 'service', 2)).toBe(3));
});

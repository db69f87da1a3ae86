/** `['spec', 'containers', 0, 'image']` → `spec.containers[0].image`. */
export const fieldPath = (path: (string | number)[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${p}` : p)).join('');

/** An ajv instancePath (`/spec/containers/0/image`) as a path. */
export const fromInstancePath = (pointer: string): (string | number)[] =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));

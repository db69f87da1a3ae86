import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash } from '~/lib/contentSecurityPolicy';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('contentSecurityPolicy', () => {
  it('allows the site itself and exactly the scripts it is given, by hash', () => {
    const policy = contentSecurityPolicy([scriptHash('b()'), scriptHash('a()'), scriptHash('a()')]);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[sha('a()'), sha('b()')].sort().join(' ')};`);
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('hashes the exact text of a script', () => {
    expect(scriptHash('x()')).toBe(sha('x()'));
    expect(scriptHash('x() ')).not.toBe(sha('x()'));
  });
});

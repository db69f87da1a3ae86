import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspFor, withCsp } from '~/lib/contentSecurityPolicy';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('cspFor', () => {
  it("allows the site itself and the page's own inline scripts, by hash", () => {
    const policy = cspFor('<head><script>a()</script></head><body><script>b()</script><script>a()</script></body>');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')} ${sha('b()')};`);
    expect(policy).toContain("object-src 'none'");
  });

  it('goes first in <head>, before any script', () => {
    expect(withCsp('<html><head><script>x()</script></head></html>')).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><script>/,
    );
  });
});

import { expect, it } from 'vitest';
import { formatBytes } from '~/lib/formatBytes';

it.each([
  [12, '1 KB'],
  [840_400, '840 KB'],
  [1_249_999, '1.2 MB'],
  [12_345_678, '12.3 MB'],
])('formatBytes(%i) = %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

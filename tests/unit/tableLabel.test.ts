import { expect, it } from 'vitest';
import { tableLabel } from '~/lib/tableLabel';

it('names a table by its column headings, references decoded and markup left out', () => {
  const html =
    '<thead><tr><th>Type</th><th>Reachable <em>from</em></th><th align="left">Typical&nbsp;use &amp; cost</th></tr></thead><tbody><tr><td>x</td></tr></tbody>';
  expect(tableLabel(html)).toBe('Table: Type, Reachable from, Typical use & cost');
});

it('is "Table" when there are no headings', () => {
  expect(tableLabel('<tbody><tr><td>a</td><td>b</td></tr></tbody>')).toBe('Table');
});

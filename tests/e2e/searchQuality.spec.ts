import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openSearchWithKeyboard, searchDialog, searchInput } from './utils';

/**
 * The query set (tests/search/queries.json): realistic queries, each with the section it must land
 * on. The right section must come first for at least 90 % of them and in the top three for all.
 */
interface Query {
  q: string;
  expect: string;
  kind: string;
}
const queries = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as Query[];

test('the query set lands on the right sections', async ({ page }, info) => {
  test.setTimeout(120_000);
  expect(queries.length).toBeGreaterThanOrEqual(40);
  await page.goto(info.project.name === 'file' ? 'index.html' : '/index.html');
  await openSearchWithKeyboard(page);
  const rows: { q: string; kind: string; rank: number; got: string[] }[] = [];
  for (const { q, expect: want, kind } of queries) {
    await searchInput(page).fill(q);
    await expect(page.locator('[data-search-status]')).toContainText(`“${q}”`);
    const got = await searchDialog(page)
      .locator('[data-result-link]')
      .evaluateAll((links) =>
        links.map((a) => {
          const u = new URL((a as HTMLAnchorElement).href);
          const path = u.pathname.replace(/^.*?\/((?:docker|compose|delivery|kubernetes)\/)/, '$1');
          return `${path}${u.hash}`;
        }),
      );
    rows.push({ q, kind, rank: got.indexOf(want) + 1, got: got.slice(0, 3) });
  }
  const first = rows.filter((r) => r.rank === 1).length;
  const top3 = rows.filter((r) => r.rank >= 1 && r.rank <= 3).length;
  const summary = `first: ${first}/${rows.length} (${Math.round((100 * first) / rows.length)} %), top 3: ${top3}/${rows.length}`;
  console.log(`[${info.project.name}] ${summary}`);
  for (const r of rows.filter((r) => r.rank !== 1))
    console.log(`  rank ${r.rank || '-'} ${r.kind}: "${r.q}" → ${r.got.join(' | ') || 'nothing'}`);
  info.annotations.push({ type: 'search quality', description: summary });
  expect(first / rows.length, summary).toBeGreaterThanOrEqual(0.9);
  expect(
    rows.filter((r) => r.rank === 0 || r.rank > 3).map((r) => r.q),
    'queries not in the top three',
  ).toEqual([]);
});

import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseVersions } from '../../src/lib/parseVersions';
import { elements, notePages, readPage } from './site';

/**
 * What the versions data (src/data/versions.yaml) tells a reader: each note names the releases it was
 * checked against, the footer names them all, and a note says so once a release is past its end of
 * life, also in a copy built before that day.
 */
const versions = parseVersions(readFileSync('src/data/versions.yaml', 'utf8')).versions!;
const kubernetesPage = notePages.find((p) => p.startsWith('kubernetes/'))!;

test('a note names the releases it was checked against, and the footer names every one of them', async ({ page }) => {
  await page.goto(`/${kubernetesPage}`);
  const line = page.locator('.note-meta').getByText(/^Checked against /);
  await expect(line).toHaveText(/^Checked against Kubernetes \d+\.\d+.* on \d{1,2} \w+ \d{4}$/);

  // Every "Name version" of every note's line is in the footer of every page.
  const cited = new Set<string>();
  for (const path of notePages) {
    const text =
      elements(readPage(path), (t) => t.tagName === 'span')
        .map((e) => e.text)
        .find((t) => t.startsWith('Checked against ')) ?? '';
    for (const tool of Object.values(versions)) {
      for (const r of tool.releases)
        if (text.includes(`${tool.name} ${r.version}`)) cited.add(`${tool.name} ${r.version}`);
    }
  }
  expect(cited.size).toBeGreaterThanOrEqual(3);
  const footer = (await page.locator('footer').innerText()).replace(/\//g, ` `);
  for (const c of cited) {
    const [name, version] = [c.slice(0, c.lastIndexOf(' ')), c.slice(c.lastIndexOf(' ') + 1)];
    expect(footer, `footer names ${c}`).toMatch(new RegExp(`${name} [\\d. ]*\\b${version.replace('.', '\\.')}\\b`));
  }
});

test('no end-of-life notice while the releases are supported', async ({ page }) => {
  await page.goto(`/${kubernetesPage}`);
  await expect(page.getByRole('note', { name: 'Checked against an unsupported release' })).toHaveCount(0);
});

test('once a release is past its end of life, the note says so, even when built before that day', async ({ page }) => {
  const html = readPage(kubernetesPage);
  const day = html.match(/data-end-of-life="(\d{4}-\d{2}-\d{2})"/)?.[1];
  expect(day, 'a note checked against a release with an announced end of life').toBeTruthy();
  const release = Object.values(versions)
    .flatMap((t) => t.releases.map((r) => ({ ...r, name: t.name })))
    .find((r) => r.endOfLife?.toISOString().slice(0, 10) === day)!;

  await page.clock.setFixedTime(new Date(`${day}T00:00:01Z`));
  await page.goto(`/${kubernetesPage}`);
  const notice = page.getByRole('note', { name: 'Checked against an unsupported release' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(
    `Checked against ${release.name} ${release.version}, which reached end of life on ${day}.`,
  );
  await expect(notice.getByRole('link', { name: `${release.name} releases` })).toHaveAttribute('href', release.source);

  // The day before, it stays hidden.
  await page.clock.setFixedTime(new Date(`${day}T00:00:00Z`).getTime() - 1000);
  await page.reload();
  await expect(notice).toBeHidden();
});

import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

const sourceCommands = readdirSync('tests/source-commands').flatMap(
  (f) => JSON.parse(readFileSync(`tests/source-commands/${f}`, 'utf8')) as { command: string; page: string }[],
);

test('the Commands page lists every command, grouped by tool, with its section and reference', async ({ page }) => {
  await page.goto('/index.html');
  await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: 'Commands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Commands' })).toBeVisible();
  for (const tool of ['docker', 'docker compose', 'kubectl', 'minikube']) {
    await expect(page.getByRole('heading', { level: 2, name: tool, exact: true })).toBeVisible();
  }
  // Every shell command of the original notes is there.
  const listed = new Set(
    await page
      .locator('[data-command-row] .command-text')
      .evaluateAll((els) => els.map((e) => e.textContent!.replace(/^\$ /, ''))),
  );
  const shellCommands = sourceCommands.filter((c) => !c.command.startsWith('FROM '));
  expect(shellCommands.filter((c) => !listed.has(c.command)).map((c) => c.command)).toEqual([]);

  // A row links to the section that explains it and to the official reference.
  const row = page
    .locator('[data-command-row]')
    .filter({ has: page.locator('.command-text', { hasText: /^\$ docker logs <container>$/ }) });
  await expect(row.getByRole('link', { name: 'View container logs' })).toHaveAttribute(
    'href',
    'docker/container-lifecycle.html#view-container-logs',
  );
  await expect(row.getByRole('link', { name: /docker logs reference/ })).toHaveAttribute(
    'href',
    'https://docs.docker.com/reference/cli/docker/container/logs/',
  );
  await row.getByRole('link', { name: 'View container logs' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'View container logs' })).toBeInViewport();
});

test('the Commands page filters by typing and by tool, and copies a command', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/commands.html');
  const rows = page.locator('[data-command-row]:visible');
  const total = await rows.count();
  await page.getByLabel('Filter commands').fill('rollout');
  await expect(page.locator('[data-command-count]')).toHaveText(/^\d+ commands?$/);
  const filtered = await rows.allTextContents();
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThan(total);
  expect(filtered.every((t) => /rollout/i.test(t))).toBe(true);

  await page.getByLabel('Filter commands').fill('');
  await page.getByRole('button', { name: 'minikube', exact: true }).click();
  await expect(page).toHaveURL(/\?tool=minikube$/);
  const tools = await rows.locator('.command-text').allTextContents();
  expect(tools.length).toBeGreaterThan(3);
  expect(tools.every((t) => /minikube/.test(t))).toBe(true);

  await page.getByLabel('Filter commands').fill('zzzz-nothing');
  await expect(page.getByText('No command matches.')).toBeVisible();
  await page.getByLabel('Filter commands').fill('ip');
  const first = rows.first();
  await first.getByRole('button', { name: /^Copy command: minikube/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^minikube /);
});

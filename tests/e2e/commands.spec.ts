import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { notePages, pageCommands } from './site';
import { matchCommand } from '../../src/lib/commandFilter';

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

/** Each row as a reader sees it: the command, its task (the section's heading), its tool group. */
const readRows = (page: Page) =>
  page.locator('[data-command-row]').evaluateAll((rows) =>
    rows.map((r) => ({
      command: r.querySelector('.command-text')!.textContent!.replace(/^\$ /, ''),
      /** What its copy button copies: what the filter reads. */
      pasted: r.querySelector<HTMLElement>('[data-copy-text]')!.dataset.copyText!,
      task: r.querySelector('[data-task]')?.textContent?.trim() ?? '',
      group: r.closest('[data-tool-group]')!.querySelector('h2')!.textContent!.trim(),
      shown: !(r as HTMLElement).hidden && (r as HTMLElement).checkVisibility(),
    })),
  );

test('the Commands page filters by typing and by tool, and copies a command', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/commands.html');
  const all = await readRows(page);
  const count = page.locator('[data-command-count]');
  await expect(count).toHaveText(`${all.length} commands`);
  expect(all.every((r) => r.shown)).toBe(true);

  // Typing keeps exactly the rows whose command or task has every typed word (src/lib/commandFilter.ts,
  // unit-tested), and says how many.
  const filter = page.getByLabel('Filter commands');
  for (const typed of ['rollout', 'logs container', 'delete pod']) {
    const expected = all.filter((r) => matchCommand(typed, { command: r.pasted, task: r.task })).map((r) => r.command);
    expect(expected.length).toBeGreaterThan(0);
    await filter.fill(typed);
    await expect(count).toHaveText(`${expected.length} of ${all.length} commands match “${typed}”`);
    const shown = (await readRows(page)).filter((r) => r.shown);
    expect(shown.map((r) => r.command)).toEqual(expected);
    // Each word is in what the reader sees of the row: its command or its task.
    for (const w of typed.split(' ')) {
      expect(shown.filter((r) => !`${r.command} ${r.task}`.toLowerCase().includes(w.slice(0, 4)))).toEqual([]);
    }
  }
  // Every `kubectl rollout` command of the notes is among them.
  const rollouts = [...new Set(notePages.flatMap(pageCommands).filter((c) => c.startsWith('kubectl rollout ')))];
  expect(rollouts.length).toBeGreaterThan(0);
  await filter.fill('rollout');
  const shown = (await readRows(page)).filter((r) => r.shown).map((r) => r.command);
  expect(rollouts.filter((c) => !shown.includes(c))).toEqual([]);

  // A tool keeps exactly that tool's group, and goes into the URL.
  await filter.fill('');
  await page.getByRole('button', { name: 'minikube', exact: true }).click();
  await expect(page).toHaveURL(/\?tool=minikube$/);
  const minikube = all.filter((r) => r.group === 'minikube').map((r) => r.command);
  await expect(count).toHaveText(`${minikube.length} of ${all.length} commands (minikube only)`);
  expect((await readRows(page)).filter((r) => r.shown).map((r) => r.command)).toEqual(minikube);
  const notesMinikube = [...new Set(notePages.flatMap(pageCommands).filter((c) => c.startsWith('minikube ')))];
  expect(notesMinikube.filter((c) => !minikube.includes(c))).toEqual([]);

  await filter.fill('zzzz-nothing');
  await expect(page.getByText('No command matches.')).toBeVisible();
  await expect(count).toHaveText(`0 of ${all.length} commands match “zzzz-nothing” (minikube only)`);

  // The copy button of a row copies its command.
  await filter.fill('ip');
  const first = page.locator('[data-command-row]:visible').first();
  const text = (await first.locator('.command-text').textContent())!.replace(/^\$ /, '');
  await first.getByRole('button', { name: /^Copy command: minikube/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test('filtering for "logs" shows the log commands only, marked, and says how many', async ({ page }) => {
  await page.goto('/commands.html');
  await page.getByLabel('Filter commands').fill('logs');
  const rows = page.locator('[data-command-row]:visible');
  const commands = await rows.locator('.command-text').allTextContents();
  expect(commands.length).toBeGreaterThanOrEqual(3);
  // Each shown command is a logs command: the word is in the command, not only in the note's title.
  expect(commands.filter((c) => !/\blogs\b/.test(c))).toEqual([]);
  expect(commands.some((c) => c.includes('kubectl logs'))).toBe(true);
  expect(commands.some((c) => c.includes('docker login'))).toBe(false);
  const total = await page.locator('[data-command-row]').count();
  await expect(page.locator('[data-command-count]')).toHaveText(`${commands.length} of ${total} commands match “logs”`);
  // The matching words are marked (CSS Custom Highlight API).
  const marked = await page.evaluate(() => [...CSS.highlights.get('command-filter')!].map((r) => r.toString()));
  expect(marked.length).toBeGreaterThanOrEqual(commands.length);
  expect(new Set(marked.map((m) => m.toLowerCase()))).toEqual(new Set(['logs']));
  // A flag finds the commands that have it; the task (the section heading) counts too.
  await page.getByLabel('Filter commands').fill('-d');
  const flagged = await rows.evaluateAll((rs) =>
    rs.map((r) => `${r.querySelector('.command-text')!.textContent} | ${r.querySelector('[data-task]')?.textContent}`),
  );
  expect(flagged.length).toBeGreaterThan(2);
  expect(flagged.filter((c) => !/\s-d(\s|\)|$)/.test(c))).toEqual([]);
  await page.getByLabel('Filter commands').fill('background');
  const tasks = await rows.locator('[data-task]').allTextContents();
  expect(tasks.length).toBeGreaterThan(0);
  expect(tasks.every((t) => /background/i.test(t))).toBe(true);
});

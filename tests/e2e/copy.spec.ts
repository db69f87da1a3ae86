import { expect, test, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The code frame whose first command line reads `first`. */
const frameStartingWith = (page: Page, first: string) =>
  page
    .locator('figure.code-frame')
    .filter({ has: page.locator(`.line[data-command="${first}"]`) })
    .first();

test('copy on a prompt + output block copies the command, not the prompt or the output', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  const frame = frameStartingWith(page, 'docker run busybox echo hi there');
  await expect(frame).toContainText('$ docker run busybox echo hi there');
  await expect(frame).toContainText('hi there');
  await frame.getByRole('button', { name: 'Copy command' }).click();
  expect(await clipboard(page)).toBe('docker run busybox echo hi there');
  await expect(frame.getByRole('button', { name: 'Copied' })).toBeVisible();
  await expect(page.locator('[data-copy-status]')).toHaveText('Copied');
});

test('a block of several commands copies them one per line, and each on its own', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  const frame = frameStartingWith(page, 'docker ps');
  await frame.getByRole('button', { name: 'Copy all commands' }).click();
  expect(await clipboard(page)).toBe('docker ps\ndocker ps --all');

  const second = frame.locator('.line[data-command="docker ps --all"]');
  await second.hover();
  await second.getByRole('button', { name: 'Copy command: docker ps --all' }).click();
  expect(await clipboard(page)).toBe('docker ps --all');
});

test('a command continued with \\ is copied whole, with its continuation lines', async ({ page }) => {
  await page.goto('/kubernetes/production-and-tooling.html');
  const line = page.locator('.line[data-command^="gcloud projects add-iam-policy-binding"]').first();
  await line.hover();
  await line.getByRole('button', { name: /^Copy command: gcloud projects add-iam-policy-binding/ }).click();
  const text = await clipboard(page);
  expect(text.split('\n')).toHaveLength(3);
  expect(text).toMatch(
    /^gcloud projects add-iam-policy-binding <project> \\\n\s+--member=.*\\\n\s+--role="roles\/container\.developer"$/,
  );
});

test('keyboard only: Tab reaches the copy buttons, Enter copies, focus is visible', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  const frame = frameStartingWith(page, 'docker ps');
  const lineButton = frame.getByRole('button', { name: 'Copy command: docker ps --all' });
  await frame.getByRole('button', { name: 'Copy all commands' }).focus();
  // The per-line buttons follow the block's button in tab order (after the <pre> itself when it
  // is wider than the screen: then it is focusable, for scrolling).
  await page.keyboard.press('Tab');
  if (await frame.locator('pre').evaluate((pre) => pre === document.activeElement)) await page.keyboard.press('Tab');
  await expect(frame.getByRole('button', { name: 'Copy command: docker ps', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(lineButton).toBeFocused();
  await expect(lineButton).toHaveCSS('opacity', '1');
  const outline = await lineButton.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Enter');
  expect(await clipboard(page)).toBe('docker ps --all');
});

test('selecting the text of a block never picks up prompts or output', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  const frame = frameStartingWith(page, 'docker run busybox echo hi there');
  const selected = await frame.locator('pre').evaluate((pre) => {
    const range = document.createRange();
    range.selectNodeContents(pre);
    const sel = getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    return sel.toString();
  });
  expect(selected).not.toContain('$ ');
  expect(selected).not.toContain('hi there\n');
  expect(selected).toContain('docker run busybox echo hi there');
});

test('copy falls back when the Clipboard API is missing, and still copies the command', async ({ page, context }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  // The clipboard is the browser's: a second tab, which has the API, reads what the first copied.
  const reader = await context.newPage();
  await reader.goto('/index.html');
  await reader.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  await page.goto('/docker/container-lifecycle.html');
  const frame = frameStartingWith(page, 'docker run busybox echo hi there');
  await frame.getByRole('button', { name: 'Copy command' }).click();
  await expect(frame.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await clipboard(reader)).toBe('docker run busybox echo hi there');
});

test('a placeholder filled in once is used by every copy on the page', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  await page.getByText(/^Fill in placeholders/).click();
  await page.getByLabel('<container>', { exact: true }).fill('web');
  const frame = frameStartingWith(page, 'docker logs <container>');
  await expect(frame.locator('.placeholder').first()).toHaveText('web');
  await frame.getByRole('button', { name: /^Copy/ }).first().click();
  expect(await clipboard(page)).toBe('docker logs web');
  // Placeholders without a value stay as they are.
  const ps = frameStartingWith(page, 'docker ps');
  await ps.getByRole('button', { name: 'Copy all commands' }).click();
  expect(await clipboard(page)).toBe('docker ps\ndocker ps --all');
  // The value carries over to the next page of the session.
  await page.goto('/docker/ports-and-volumes.html');
  await expect(page.locator('.placeholder', { hasText: 'web' }).first()).toBeAttached();
});

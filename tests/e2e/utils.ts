import { expect, type Page } from '@playwright/test';

/** Small page-object helpers shared by the end-to-end specs. */
export const searchDialog = (page: Page) => page.locator('[data-search-dialog]');
export const searchInput = (page: Page) => page.getByRole('searchbox', { name: 'Search commands and notes' });

/** Opens search with the keyboard shortcut, as a keyboard-only reader would. */
export async function openSearchWithKeyboard(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  await expect(searchInput(page)).toBeFocused();
}

/** Collects console errors and failed or off-site requests for a page. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`off-site: ${r.url()}`);
  });
  return problems;
}

import { expect, test } from '@playwright/test';
import { openSearchWithKeyboard, searchDialog, searchInput } from './utils';

test('keyboard only: Ctrl/⌘+K, type "docker logs", Enter lands on the logs section', async ({ page }) => {
  await page.goto('/');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('docker logs');
  const first = searchDialog(page).locator('[data-result-link]').first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', /container-lifecycle\.html\?hl=docker\+logs#view-container-logs$/);
  // Arrow keys move through the results and back up to the field.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(searchDialog(page).locator('[data-result-link]').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docker\/container-lifecycle\.html\?hl=docker\+logs#view-container-logs$/);
  await expect(page.getByRole('heading', { level: 2, name: 'View container logs' })).toBeInViewport();
});

test('Enter in the field opens the first result; Esc closes and gives focus back', async ({ page }) => {
  await page.goto('/kubernetes/index.html');
  const trigger = page.getByRole('button', { name: /Search/ }).first();
  await trigger.click();
  await expect(searchInput(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  await expect(trigger).toBeFocused();

  await openSearchWithKeyboard(page);
  await page.keyboard.type('kubectl apply');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kubernetes\/objects-and-manifests\.html/);
});

test('the query is kept in the URL and restored on reload', async ({ page }) => {
  await page.goto('/');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('minikube ip');
  await expect(page).toHaveURL(/\?q=minikube\+ip$/);
  await page.reload();
  await expect(searchInput(page)).toHaveValue('minikube ip');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toBeVisible();
});

test('the search engine is not loaded until a reader shows intent', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => r.url().includes('/pagefind/') && loaded.push(r.url()));
  await page.goto('/docker/container-lifecycle.html');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  await page
    .getByRole('button', { name: /Search/ })
    .first()
    .hover();
  await expect.poll(() => loaded.some((u) => u.endsWith('pagefind.js'))).toBe(true);
});

test('the tool filter keeps the sections with commands of that tool', async ({ page }) => {
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('logs');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toBeVisible();
  await searchDialog(page).getByLabel('Commands of').selectOption('kubectl');
  await expect(page.locator('[data-search-status]')).toContainText('“logs”');
  await expect(searchDialog(page).locator('.search-hit-command code').first()).toHaveText(/^kubectl logs/);
  const commands = await searchDialog(page).locator('.search-hit-command code').allTextContents();
  expect(commands.length).toBeGreaterThan(0);
  expect(commands.every((c) => c.startsWith('kubectl'))).toBe(true);
});

test('after Esc the focus is back where the reader was', async ({ page }) => {
  await page.goto('/docker/container-lifecycle.html');
  // Opened with the shortcut while nothing had focus: back to the header's search button.
  await openSearchWithKeyboard(page);
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  await expect(page.locator('.site-header [data-search-open]')).toBeFocused();
  // Opened with the shortcut from a link of the page: back to that link, the page not scrolled.
  const link = page.getByRole('link', { name: 'How images and containers work' }).last();
  await link.focus();
  const scroll = await page.evaluate(() => scrollY);
  await openSearchWithKeyboard(page);
  await page.keyboard.press('Escape');
  await expect(link).toBeFocused();
  expect(await page.evaluate(() => scrollY)).toBe(scroll);
});

test('at 1280×800 at least four results fit, and none repeats its title as its excerpt', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('docker run');
  await expect(searchDialog(page).locator('[data-result-link]').nth(5)).toBeAttached();
  const fit = await page.evaluate(() => {
    const box = document.querySelector('[data-search-results]')!.getBoundingClientRect();
    const bottom = Math.min(box.bottom, innerHeight);
    return [...document.querySelectorAll('.search-hit')].filter((h) => h.getBoundingClientRect().bottom <= bottom)
      .length;
  });
  expect(fit).toBeGreaterThanOrEqual(4);
  const hits = await searchDialog(page)
    .locator('.search-hit')
    .evaluateAll((hs) =>
      hs.map((h) => [
        h.querySelector('.search-hit-section')!.textContent!,
        h.querySelector('.search-hit-excerpt')?.textContent ?? '',
      ]),
    );
  expect(hits.filter(([title, excerpt]) => excerpt!.startsWith(title!))).toEqual([]);
});

test('a question that shares only some words with the notes still finds the section', async ({ page }) => {
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  // pagefind alone finds nothing: no section has all of these words.
  await page.keyboard.type('why do stopped containers still use disk space');
  // The section that says a stopped container's layer stays on disk, and the one that removes it.
  await expect(searchDialog(page).locator('[data-result-link]').first()).toHaveAttribute(
    'href',
    /container-lifecycle\.html\?hl=[^#]*#(restart-a-stopped-container|remove-stopped-containers-and-prune)$/,
  );
  await searchInput(page).fill('how do I see logs of a pod');
  await expect(page.locator('[data-search-status]')).toContainText('“how do I see logs of a pod”');
  // "logs" is not "login": the registry login section is not among the results.
  const hrefs = await searchDialog(page)
    .locator('[data-result-link]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
  expect(hrefs).not.toContain('#log-in-to-the-registry');
  // The troubleshooting note's section on a Pod's logs answers it.
  expect(hrefs[0]).toBe('#view-logs-kubectl-logs');
});

test("a reader's words that only a section's search phrases have find that section, and the page does not show them", async ({
  page,
}) => {
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  // No note says "ssh": the two sections on a shell in a container list it among their searchPhrases.
  await page.keyboard.type('ssh into a docker container');
  const first = searchDialog(page).locator('[data-result-link]').first();
  await expect(first).toHaveAttribute(
    'href',
    /docker\/container-lifecycle\.html\?hl=[^#]*#open-a-shell-in-a-container$/,
  );
  await searchInput(page).fill('ssh into a pod');
  await expect(first).toHaveAttribute(
    'href',
    /kubernetes\/troubleshooting\.html\?hl=[^#]*#open-a-shell-in-a-container-kubectl-exec$/,
  );
  // pagefind's word positions tell a phrase match from a text match: the ranking saw it as one.
  const signals = await page.evaluate(
    async () => (await window.__notesSearch!('ssh into a pod', '')).sections[0]!.signals,
  );
  expect(signals['asked']).toBeGreaterThan(0);
  expect(signals['together']).toBeGreaterThan(0);
  await first.click();
  await expect(page.getByRole('heading', { level: 2, name: /Open a shell in a container/ })).toBeInViewport();
  await expect(page.locator('main')).not.toContainText(/ssh/i);
});

test('a result shows its command, and the command copies from the result', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('kubectl set image');
  const command = searchDialog(page).locator('.search-hit-command').first();
  await expect(command.locator('code')).toHaveText(/^kubectl set image deployment\//);
  await command.getByRole('button', { name: /^Copy command: kubectl set image/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^kubectl set image deployment\//);
});

test('typos and aliases still find the right notes', async ({ page }) => {
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('kubctl');
  await expect(page.locator('[data-search-status]')).toContainText('Searched for “kubectl”');
  await searchInput(page).fill('k8s');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toHaveAttribute('href', /\/kubernetes\//);
  await searchInput(page).fill('pvc');
  await expect(searchDialog(page).locator('[data-result-link]').first()).toHaveAttribute(
    'href',
    /\/kubernetes\/storage\.html\?hl=persistentvolumeclaim#/,
  );
});

test('the page a result opens marks the search terms', async ({ page }) => {
  await page.goto('/index.html');
  await openSearchWithKeyboard(page);
  await page.keyboard.type('docker logs');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/hl=docker\+logs/);
  // The page's script marks the words once it runs, which may be a moment after the URL changes.
  const marked = () =>
    page.evaluate(() => {
      const h = CSS.highlights.get('search-terms');
      return [...new Set(h ? [...h].map((r) => r.toString().toLowerCase()) : [])];
    });
  await expect
    .poll(async () => (await marked()).filter((w) => w === 'logs' || w === 'docker').sort())
    .toEqual(['docker', 'logs']);
});

test.describe('on a connection that drops requests', () => {
  // The worker's own fetches bypass Playwright's routes: without it, every request is seen here.
  test.use({ serviceWorkers: 'block' });

  test('search works again on the next keystroke once the engine or the index loads', async ({ page }) => {
    const lost = { engine: true, index: true };
    const dropped: string[] = [];
    await page.route(/\/search\/engine\.js$|\/pagefind\/index\/[^/]+\.pf_index$/, (route) => {
      const { pathname } = new URL(route.request().url());
      if (!lost[pathname.endsWith('.js') ? 'engine' : 'index']) return route.continue();
      dropped.push(pathname);
      return route.abort('connectionreset');
    });
    await page.goto('/');
    await openSearchWithKeyboard(page);
    const status = searchDialog(page).locator('[data-search-status]');

    // The engine's script is lost (on opening, and again on typing): the reader is told. The word
    // is in one section's text only, so only pagefind's index finds it.
    await searchInput(page).fill('tarball');
    await expect(status).toHaveText(/could not load its index/);
    expect(dropped.filter((p) => p.endsWith('engine.js')).length).toBeGreaterThan(0);
    // It comes back, but the index chunks are lost: pagefind answers that with nothing.
    lost.engine = false;
    await searchInput(page).fill('tarball ');
    await expect(status).toHaveText('Nothing found for “tarball”.');
    expect(dropped.some((p) => p.endsWith('.pf_index'))).toBe(true);
    // The line is back: that "nothing" was not kept, and the next keystroke finds the section.
    lost.index = false;
    await searchInput(page).fill('tarball');
    await expect(status).toHaveText(/^\d+ results? for “tarball”\.$/);
    await expect(searchDialog(page).locator('[data-result-link]').first()).toHaveAttribute(
      'href',
      /docker\/dockerfile-and-builds\.html\?hl=tarball#docker-build-and-the-build-context$/,
    );
  });
});

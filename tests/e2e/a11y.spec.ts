import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { allPages } from './site';

/** Every page of the build, in both themes, swept by axe (WCAG 2.2 AA rules and axe's best practices). */
for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of allPages) {
      test(`${path} has no accessibility violations`, async ({ page }) => {
        await page.goto(`/${path}`);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        const summary = violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}

/** Phones get another layout (header row of topics, folded menu and ToC): sweep the main page types. */
test.describe('phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const path of ['index.html', 'docker/index.html', 'docker/container-lifecycle.html', 'commands.html']) {
    test(`${path} has no accessibility violations on a phone`, async ({ page }) => {
      await page.goto(`/${path}`);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) e.g. ${v.nodes[0]?.target.join(' ')}`),
      ).toEqual([]);
    });
  }
});

import { test, type Page } from '@playwright/test';
import axe from 'axe-core';

/**
 * One accessibility sweep of one page in one state, in every theme asked for: the page is loaded
 * once and axe runs in it several times.
 *
 *   const report = await sweep(page, 'commands.html', { viewport: PHONE, state: openMenu });
 *   expect(report.violations).toEqual([]);
 *
 * Why axe-core is driven here and not through @axe-core/playwright's AxeBuilder: AxeBuilder
 * injects axe again for every analyze() and, by default, finishes each run in a new page, which
 * made the sweep of one note take 6–10 s; here axe is injected once per page load and each run
 * is one `axe.run` in the page. That skips frames, so the sweep refuses a page that has one.
 *
 * What makes it fast and sized:
 * - `resultTypes: ['violations']`: axe does not build the details of what passed.
 * - The themes only change colours (custom properties), so the rules that do not look at colour
 *   run once, on the whole page, together with the colour rules (contrast, links told apart by
 *   colour alone) in the first theme; every other theme runs the colour rules alone. One run with
 *   every rule costs less than two that split them, since each run first builds axe's tree of the
 *   page: on a note, 272 ms against 298 + 257 ms; on print.html, 3.5 s against 2.2 + 2.7 s.
 * - The page is not split into parts: a colour run first lays a grid over every element of the
 *   page (axe-core's createGrid walks document.body whatever the `include`), which is most of its
 *   cost, so on print.html a colour run of one article took 7.3 s of CPU against 8.4 s for the
 *   whole page. One colour run per theme over the whole page is the cheapest.
 * - The test's timeout grows with the page's size and the number of themes, since a colour run
 *   costs about 0.7 ms of CPU per element (print.html: 12,500 elements).
 */

export type Theme = 'light' | 'dark';

export interface SweepOptions {
  /** Themes to check, in order; the first is the one the page loads in. Default: both. */
  themes?: Theme[];
  /** Viewport to load the page at (default: the project's). */
  viewport?: { width: number; height: number };
  /**
   * Puts the loaded page in the state to check (a menu open, the search dialog open with a
   * query typed, …). Runs once, before the first theme.
   */
  state?: (page: Page) => Promise<void>;
}

export interface SweepReport {
  /** One line per violated rule and theme: `[theme] rule: help (n elements) e.g. selector`. */
  violations: string[];
  /** Elements in the page (the timeout was sized on it). */
  elements: number;
}

/** WCAG 2.2 A and AA, and axe's best practices. */
export const A11Y_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** The rules whose answer depends on the colours, and so on the theme. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** Timeout: a base, plus this much per thousand elements and colour pass (several times what a quiet 2-core machine needs). */
const BASE_MS = 20_000;
const MS_PER_1000_ELEMENTS = 6_000;

export async function sweep(page: Page, path: string, options: SweepOptions = {}): Promise<SweepReport> {
  const themes = options.themes?.length ? options.themes : (['light', 'dark'] as Theme[]);
  const first = themes[0]!;
  if (options.viewport) await page.setViewportSize(options.viewport);
  await page.emulateMedia({ colorScheme: first, reducedMotion: 'reduce' });
  await page.goto(path.startsWith('/') ? path : `/${path}`);
  await options.state?.(page);
  if (page.frames().length > 1) throw new Error(`${path} has a frame: the sweep does not look inside frames.`);

  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const info = test.info();
  info.setTimeout(Math.max(info.timeout, BASE_MS + (elements / 1000) * MS_PER_1000_ELEMENTS * (themes.length + 1)));

  await page.evaluate(axe.source);
  const violations: string[] = [];
  const run = async (theme: Theme, rules: { tags?: string[]; only?: string[] }) => {
    const found = await page.evaluate(
      async ({ tags, only }) => {
        const result = await window.axe.run(document, {
          runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags! },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({
          id: v.id,
          help: v.help,
          count: v.nodes.length,
          example: v.nodes[0]?.target.join(' ') ?? '',
        }));
      },
      { tags: rules.tags, only: rules.only },
    );
    violations.push(...found.map((v) => `[${theme}] ${v.id}: ${v.help} (${v.count}) e.g. ${v.example}`));
  };

  // Every rule, in the first theme, on the whole page (page-level rules need the whole page);
  // then the colour rules alone in each other theme.
  await run(first, { tags: A11Y_TAGS });
  for (const theme of themes.slice(1)) {
    await switchTheme(page, theme);
    await run(theme, { only: COLOUR_RULES });
  }
  return { violations, elements };
}

/** Switches the system colour scheme; the site follows it live when the reader chose nothing. */
async function switchTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

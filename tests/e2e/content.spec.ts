import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { commandKeys } from '../../src/lib/commandKey';
import { decodeEntities } from '../../src/lib/decodeEntities';
import { allPages, notePages, OFFICIAL_HOSTS, readPage } from './site';

/**
 * Checks of the notes as built: what the notes issue promises a reader on every page.
 * The page-level checks run in the browser, on the page a reader gets.
 */
test('there are notes to check', () => {
  expect(notePages.length).toBeGreaterThanOrEqual(20);
});

for (const path of notePages) {
  test(`${path}: headings in order, diagrams described, every command linked to its reference`, async ({ page }) => {
    await page.goto(`/${path}`);
    const report = await page.evaluate(() => {
      const article = document.querySelector('article.note')!;
      const levels = [
        ...document.querySelectorAll(
          'main h1, article.note h2, article.note h3, article.note h4, article.note h5, article.note h6',
        ),
      ].map((h) => ({
        level: Number(h.tagName[1]),
        text: h.textContent!.trim(),
      }));
      const diagrams = [...article.querySelectorAll('svg[role="img"]')].map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
        return {
          ids: ids.length,
          text: ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' | '),
        };
      });
      const commands = [...article.querySelectorAll<HTMLElement>('pre.shell-session [data-command]')].map(
        (l) => l.dataset.command!,
      );
      const links = [...article.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')]
        .filter(
          (a) => a.querySelector('code') && a.textContent!.trim() === a.querySelector('code')!.textContent!.trim(),
        )
        .map((a) => ({ key: a.textContent!.trim(), host: new URL(a.href).host }));
      return { levels, diagrams, commands, links };
    });

    // One h1, then no level skipped on the way down.
    expect(report.levels.filter((h) => h.level === 1)).toHaveLength(1);
    const skips = report.levels
      .filter((h, i) => i > 0 && h.level > report.levels[i - 1]!.level + 1)
      .map((h) => `h${h.level} "${h.text}"`);
    expect(skips, 'headings that skip a level').toEqual([]);

    // Every diagram has a title and a text alternative.
    for (const d of report.diagrams) {
      expect(d.ids).toBe(2);
      expect(d.text.split(' | ')[1]!.length, `text alternative of "${d.text.split(' | ')[0]}"`).toBeGreaterThanOrEqual(
        40,
      );
    }

    // Every command key has a link, with the key as its text, to an official reference.
    const keys = [...new Set(report.commands.flatMap((c) => commandKeys(c.split('\n')[0]!.replace(/\\$/, ''))))];
    const linked = new Map(report.links.map((l) => [l.key, l.host]));
    const unlinked = keys.filter((k) => !linked.has(k));
    expect(unlinked, 'commands without a reference link').toEqual([]);
    const unofficial = keys
      .filter((k) => linked.has(k) && !OFFICIAL_HOSTS.includes(linked.get(k)!))
      .map((k) => `${k} → ${linked.get(k)}`);
    expect(unofficial, 'reference links to unofficial hosts').toEqual([]);
  });
}

test('diagram labels stay inside the boxes they are written in, and never overlap', async ({ page }) => {
  const overflows: string[] = [];
  for (const path of notePages) {
    await page.goto(`/${path}`);
    const found = await page.evaluate(() => {
      const out: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>('figure.diagram svg')) {
        // Screen boxes, so that groups moved with transform are compared where they are drawn.
        const rects = [...svg.querySelectorAll<SVGRectElement>('rect')].map((r) => r.getBoundingClientRect());
        for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
          const b = t.getBoundingClientRect();
          const cx = b.x + b.width / 2;
          const cy = b.y + b.height / 2;
          // The smallest box the label's centre is in is the box it is written in.
          const box = rects
            .filter((r) => cx > r.x && cx < r.x + r.width && cy > r.y && cy < r.y + r.height)
            .sort((a, c) => a.width * a.height - c.width * c.height)[0];
          if (!box) continue;
          const tolerance = 1.5;
          if (b.x < box.x - tolerance || b.x + b.width > box.x + box.width + tolerance) {
            out.push(`"${t.textContent}" (${Math.round(b.width)} px wide, box ${Math.round(box.width)} px)`);
          }
        }
        // No two labels on top of each other (a 2 px overlap of line boxes is allowed).
        const texts = [...svg.querySelectorAll<SVGTextElement>('text')].map((t) => ({
          t: t.textContent,
          b: t.getBoundingClientRect(),
        }));
        for (let i = 0; i < texts.length; i++) {
          for (let j = i + 1; j < texts.length; j++) {
            const a = texts[i]!.b;
            const c = texts[j]!.b;
            const w = Math.min(a.x + a.width, c.x + c.width) - Math.max(a.x, c.x);
            const h = Math.min(a.y + a.height, c.y + c.height) - Math.max(a.y, c.y);
            if (w > 2 && h > 2) out.push(`"${texts[i]!.t}" overlaps "${texts[j]!.t}"`);
          }
        }
      }
      return out;
    });
    overflows.push(...found.map((f) => `${path}: ${f}`));
  }
  expect(overflows).toEqual([]);
});

test('the site has at least 8 diagrams', () => {
  const count = notePages
    .map((p) => (readPage(p).match(/<svg[^>]*role="img"/g) ?? []).length)
    .reduce((a, b) => a + b, 0);
  expect(count).toBeGreaterThanOrEqual(8);
});

/** tests/source-commands/*.json: every command of the original notes, in its corrected form. */
const sourceCommands = readdirSync('tests/source-commands').flatMap(
  (f) =>
    JSON.parse(readFileSync(`tests/source-commands/${f}`, 'utf8')) as {
      source: string;
      command: string;
      page: string;
    }[],
);

test('every command of the source notes is on the page that explains it', () => {
  expect(sourceCommands.length).toBeGreaterThanOrEqual(50);
  const missing = sourceCommands.filter(({ command, page }) => {
    const html = readPage(`${page}.html`);
    const copyable = [...html.matchAll(/data-copy="([^"]*)"/g)].flatMap((m) =>
      decodeEntities(m[1]!)
        .split('\n')
        .map((l) => l.trim().replace(/^- /, '')),
    );
    return !copyable.includes(command.trim());
  });
  expect(
    missing.map((m) => `${m.page}: ${m.command}  (source: ${m.source})`),
    'source commands missing from the built site',
  ).toEqual([]);
});

test('no page loads anything from another site', () => {
  const external = /<(?:script|img|iframe|source|video|audio|link)\b[^>]*\s(?:src|href|srcset)="(?:https?:)?\/\//g;
  const offenders = allPages.flatMap((p) =>
    [
      ...readPage(p)
        .replace(/<a\b[^>]*>/g, '')
        .matchAll(external),
    ].map((m) => `${p}: ${m[0].slice(0, 80)}`),
  );
  expect(offenders).toEqual([]);
});

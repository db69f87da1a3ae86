import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { commandKeys } from '../../src/lib/commandKey';
import {
  allPages,
  attributeValues,
  diagramUses,
  notePages,
  OFFICIAL_HOSTS,
  publishedNotes,
  readPage,
  sourceNotes,
  startTags,
} from './site';

/**
 * Checks of the notes as built: what the notes issue promises a reader on every page.
 * The page-level checks run in the browser, on the page a reader gets.
 */
test('every published note of content/ is a page of the build, and no draft is', () => {
  expect(publishedNotes.length).toBeGreaterThan(0);
  expect(notePages).toEqual(publishedNotes.map((n) => n.path).sort());
  const drafts = sourceNotes.filter((n) => n.draft).map((n) => n.path);
  expect(notePages.filter((p) => drafts.includes(p))).toEqual([]);
});

for (const path of notePages) {
  test(`${path}: headings in order, every diagram drawn and described, every command linked to its reference`, async ({
    page,
  }) => {
    await page.goto(`/${path}`);
    const note = publishedNotes.find((n) => n.path === path)!;
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

    // Every diagram the note uses is drawn, with a title and a text alternative, and its labels fit.
    expect(report.diagrams.length, 'diagrams drawn').toBe(diagramUses(note.body).length);
    expect(await page.evaluate(diagramLabelProblems), 'diagram labels out of place').toEqual([]);
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
    const copyable = attributeValues(html, 'data-copy').flatMap((copy) =>
      copy.split('\n').map((l) => l.trim().replace(/^- /, '')),
    );
    return !copyable.includes(command.trim());
  });
  expect(
    missing.map((m) => `${m.page}: ${m.command}  (source: ${m.source})`),
    'source commands missing from the built site',
  ).toEqual([]);
});

test('no page loads anything from another site', () => {
  // What a page loads: these elements' URL attributes (links a reader follows, <a>, load nothing).
  const loads = new Set(['script', 'img', 'iframe', 'source', 'video', 'audio', 'link', 'embed', 'object']);
  const urlAttrs = new Set(['src', 'href', 'srcset', 'poster', 'data']);
  const remote = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\//i;
  const offenders = allPages.flatMap((p) =>
    startTags(readPage(p))
      .filter((t) => loads.has(t.tagName))
      .flatMap((t) =>
        t.attrs
          .filter((a) => urlAttrs.has(a.name))
          .flatMap((a) => (a.name === 'srcset' ? a.value.split(',') : [a.value]))
          .filter((url) => remote.test(url) && !/^\s*file:/i.test(url))
          .map((url) => `${p}: <${t.tagName}> loads ${url.trim()}`),
      ),
  );
  expect(offenders).toEqual([]);
});

/**
 * Runs in the page: labels of the diagrams that leave their box, cross a box's edge, leave the
 * drawing or sit on another label.
 */
function diagramLabelProblems(): string[] {
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
      const tolerance = 1.5;
      if (!box) {
        // A label in the open (on an arrow, a caption): inside the drawing, and across no box's edge.
        const area = svg.getBoundingClientRect();
        if (
          b.x < area.x - tolerance ||
          b.right > area.right + tolerance ||
          b.y < area.y - tolerance ||
          b.bottom > area.bottom + tolerance
        ) {
          out.push(`"${t.textContent}" is cut off at the edge of the drawing`);
        }
        const crossed = rects.find((r) => {
          const w = Math.min(b.right, r.right) - Math.max(b.x, r.x);
          const h = Math.min(b.bottom, r.bottom) - Math.max(b.y, r.y);
          return w > tolerance && h > tolerance;
        });
        if (crossed) out.push(`"${t.textContent}" lies across the edge of a box`);
        continue;
      }
      if (b.x < box.x - tolerance || b.right > box.right + tolerance) {
        out.push(`"${t.textContent}" (${Math.round(b.width)} px wide, box ${Math.round(box.width)} px)`);
      }
      if (b.y < box.y - tolerance || b.bottom > box.bottom + tolerance) {
        out.push(`"${t.textContent}" (${Math.round(b.height)} px high, box ${Math.round(box.height)} px)`);
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
}

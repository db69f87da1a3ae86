/**
 * Filters the Commands page by typed text and by tool. A row matches when every word is a word of
 * its command or of its task (src/lib/commandFilter.ts); the matching words are marked with the CSS
 * Custom Highlight API (no change to the page's text; browsers without it show no marks), and the
 * count says how many rows match.
 */
import { matchCommand } from '~/lib/commandFilter';
import {
  ATTR_COMMAND_COUNT,
  ATTR_COMMAND_EMPTY,
  ATTR_COMMAND_FILTER,
  ATTR_COMMAND_ROW,
  ATTR_COPY_TEXT,
  ATTR_TASK,
  ATTR_TOOL,
  ATTR_TOOL_CHIP,
  ATTR_TOOL_GROUP,
  CLASS_COMMAND_TEXT,
  CLASS_PROMPT,
  byAttr,
  byClass,
} from '~/lib/markup';

/** DOM ranges for [start, end) offsets of an element's text, the prompt left out. */
function rangesOf(el: Element, spans: [number, number][]): Range[] {
  const nodes: { node: Text; start: number }[] = [];
  let offset = 0;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest(byClass(CLASS_PROMPT)) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    nodes.push({ node: n, start: offset });
    offset += n.data.length;
  }
  const at = (pos: number) => {
    const hit = nodes.findLast((x) => x.start <= pos) ?? nodes[0]!;
    return [hit.node, Math.min(pos - hit.start, hit.node.data.length)] as const;
  };
  return spans.map(([s, e]) => {
    const r = new Range();
    r.setStart(...at(s));
    r.setEnd(...at(e));
    return r;
  });
}

export function initCommandFilter(): void {
  const form = document.querySelector<HTMLElement>(byAttr(ATTR_COMMAND_FILTER));
  if (!form) return;
  const input = form.querySelector('input')!;
  const chips = [...form.querySelectorAll<HTMLButtonElement>(byAttr(ATTR_TOOL_CHIP))];
  const rows = [...document.querySelectorAll<HTMLElement>(byAttr(ATTR_COMMAND_ROW))].map((el) => {
    const task = el.querySelector(byAttr(ATTR_TASK));
    return {
      el,
      code: el.querySelector(byClass(CLASS_COMMAND_TEXT))!,
      task,
      data: {
        command: el.querySelector(byAttr(ATTR_COPY_TEXT))?.getAttribute(ATTR_COPY_TEXT) ?? '',
        task: task?.textContent?.trim() ?? '',
      },
    };
  });
  const groups = [...document.querySelectorAll<HTMLElement>(byAttr(ATTR_TOOL_GROUP))];
  const count = form.querySelector(byAttr(ATTR_COMMAND_COUNT))!;
  const empty = document.querySelector<HTMLElement>(byAttr(ATTR_COMMAND_EMPTY))!;
  const marks = 'highlights' in CSS ? new Highlight() : undefined;
  if (marks) CSS.highlights.set('command-filter', marks);
  let tool = new URL(location.href).searchParams.get('tool') ?? '';

  function apply(): void {
    const q = input.value;
    let shown = 0;
    marks?.clear();
    for (const row of rows) {
      const match = !tool || row.el.getAttribute(ATTR_TOOL) === tool ? matchCommand(q, row.data) : undefined;
      row.el.hidden = !match;
      if (!match) continue;
      shown++;
      if (!marks) continue;
      for (const r of rangesOf(row.code, match.command)) marks.add(r);
      if (row.task) for (const r of rangesOf(row.task, match.task)) marks.add(r);
    }
    for (const g of groups) g.hidden = !g.querySelector(`${byAttr(ATTR_COMMAND_ROW)}:not([hidden])`);
    for (const c of chips) c.setAttribute('aria-pressed', String(c.getAttribute(ATTR_TOOL_CHIP) === tool));
    const what = q.trim() ? ` match “${q.trim()}”` : '';
    const only = tool
      ? ` (${chips.find((c) => c.getAttribute(ATTR_TOOL_CHIP) === tool)?.textContent?.trim()} only)`
      : '';
    count.textContent = what || only ? `${shown} of ${rows.length} commands${what}${only}` : `${rows.length} commands`;
    empty.hidden = shown > 0;
  }

  input.addEventListener('input', apply);
  for (const chip of chips) {
    chip.addEventListener('click', () => {
      tool = chip.getAttribute(ATTR_TOOL_CHIP) ?? '';
      const url = new URL(location.href);
      if (tool) url.searchParams.set('tool', tool);
      else url.searchParams.delete('tool');
      history.replaceState(history.state, '', url);
      apply();
    });
  }
  apply();
}

/** Filters the Commands page by typed text (every word must match) and by tool. */
export function initCommandFilter(): void {
  const form = document.querySelector<HTMLElement>('[data-command-filter]');
  if (!form) return;
  const input = form.querySelector('input')!;
  const chips = [...form.querySelectorAll<HTMLButtonElement>('[data-tool-chip]')];
  const rows = [...document.querySelectorAll<HTMLElement>('[data-command-row]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-tool-group]')];
  const count = form.querySelector('[data-command-count]')!;
  const empty = document.querySelector<HTMLElement>('[data-command-empty]')!;
  let tool = new URL(location.href).searchParams.get('tool') ?? '';

  function apply(): void {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const row of rows) {
      const visible = (!tool || row.dataset.tool === tool) && words.every((w) => row.dataset.search!.includes(w));
      row.hidden = !visible;
      if (visible) shown++;
    }
    for (const g of groups) g.hidden = !g.querySelector('[data-command-row]:not([hidden])');
    for (const c of chips) c.setAttribute('aria-pressed', String(c.dataset.toolChip === tool));
    count.textContent = `${shown} command${shown === 1 ? '' : 's'}`;
    empty.hidden = shown > 0;
  }

  input.addEventListener('input', apply);
  for (const chip of chips) {
    chip.addEventListener('click', () => {
      tool = chip.dataset.toolChip ?? '';
      const url = new URL(location.href);
      if (tool) url.searchParams.set('tool', tool);
      else url.searchParams.delete('tool');
      history.replaceState(history.state, '', url);
      apply();
    });
  }
  apply();
}

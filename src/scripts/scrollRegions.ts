/**
 * Code blocks and tables that are wider than the screen scroll inside their frame. Such a frame is
 * made a focusable region with a name (tabindex, role, aria-label), so a keyboard can scroll it
 * and a screen reader says what it is (WCAG 2.1.1; axe's scrollable-region-focusable). A frame
 * that fits is left alone: no extra tab stop. Checked again whenever a frame changes size.
 */
function nameOf(el: HTMLElement): string {
  if (el.dataset.scrollLabel) return el.dataset.scrollLabel;
  const frame = el.closest('figure.code-frame');
  const title = frame?.querySelector('.code-title')?.textContent?.trim();
  if (title) return `Code: ${title}`;
  const command = el.querySelector<HTMLElement>('[data-command]')?.dataset.command?.split('\n')[0];
  if (command) return `Terminal: ${command}`;
  return `Code${el.dataset.language ? ` (${el.dataset.language})` : ''}`;
}

export function initScrollRegions(root: ParentNode = document): void {
  const frames = [...root.querySelectorAll<HTMLElement>('pre.astro-code, .table-scroll')];
  if (!frames.length || !('ResizeObserver' in window)) return;
  // Region names must differ from each other (axe: landmark-unique).
  const used = new Map<string, number>();
  const names = new Map(
    frames.map((el) => {
      const name = nameOf(el);
      const n = (used.get(name) ?? 0) + 1;
      used.set(name, n);
      return [el, n > 1 ? `${name} (${n})` : name];
    }),
  );
  const check = (el: HTMLElement) => {
    if (el.scrollWidth > el.clientWidth + 1) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', names.get(el)!);
    } else {
      for (const a of ['tabindex', 'role', 'aria-label']) el.removeAttribute(a);
    }
  };
  const observer = new ResizeObserver((entries) => {
    for (const e of entries) check(e.target as HTMLElement);
  });
  for (const el of frames) observer.observe(el);
}
